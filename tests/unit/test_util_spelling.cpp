#include <ftsu/cli/output.hpp>
#include <ftsu/core/aggregate.hpp>
#include <ftsu/core/answers.hpp>
#include <ftsu/core/checklist.hpp>
#include <ftsu/core/diagnostic.hpp>
#include <ftsu/core/diff.hpp>
#include <ftsu/core/document.hpp>
#include <ftsu/core/scoring.hpp>
#include <ftsu/util/spelling.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

namespace {

using ftsu::util::Spelling;

enum class Fruit { apple, pear, plum, last_ = plum };

constexpr Spelling<Fruit> k_fruits[] = {
    {Fruit::apple, "apple"},
    {Fruit::pear, "pear"},
    {Fruit::plum, "plum"},
};

// A table short of a value, one out of order, one with a text twice, one
// with an empty text: spells_every refuses each, so none would build as an
// enum's table.
constexpr Spelling<Fruit> k_short[] = {{Fruit::apple, "apple"}, {Fruit::pear, "pear"}};
constexpr Spelling<Fruit> k_out_of_order[] = {{Fruit::apple, "apple"},
                                              {Fruit::plum, "plum"},
                                              {Fruit::pear, "pear"}};
constexpr Spelling<Fruit> k_twice[] = {{Fruit::apple, "apple"},
                                       {Fruit::pear, "pear"},
                                       {Fruit::plum, "pear"}};
constexpr Spelling<Fruit> k_empty[] = {{Fruit::apple, "apple"},
                                       {Fruit::pear, ""},
                                       {Fruit::plum, "plum"}};

static_assert(ftsu::util::spells_every(k_fruits, Fruit::last_));
static_assert(!ftsu::util::spells_every(k_short, Fruit::last_));
static_assert(!ftsu::util::spells_every(k_out_of_order, Fruit::last_));
static_assert(!ftsu::util::spells_every(k_twice, Fruit::last_));
static_assert(!ftsu::util::spells_every(k_empty, Fruit::last_));

// Checks that every value of `table`'s enum, from the first to `last`, is
// spelled and read back as itself, that the keys are `expected` in order,
// and that texts it does not spell are refused.
template<class Enum, std::size_t N>
void
check_round_trip(const Spelling<Enum> (&table)[N],
                 Enum last,
                 const std::vector<std::string>& expected)
{
  for (std::size_t i = 0; i <= ftsu::util::enum_index(last); ++i) {
    const auto value = static_cast<Enum>(i);
    const std::string_view text = ftsu::util::spelling_of(table, value);
    CAPTURE(text);
    CHECK_FALSE(text.empty());
    CHECK(ftsu::util::parse_spelling(table, text) == value);
  }
  CHECK(ftsu::util::spelling_keys(table) == expected);
  CHECK_FALSE(ftsu::util::parse_spelling(table, "unknown"));
  CHECK_FALSE(ftsu::util::parse_spelling(table, ""));
  // Exactly as spelled: no other case, no spaces around.
  std::string upper = expected.front();
  upper.front() = static_cast<char>(upper.front() - 'a' + 'A');
  CHECK_FALSE(ftsu::util::parse_spelling(table, upper));
  CHECK_FALSE(ftsu::util::parse_spelling(table, " " + expected.front()));
}

} // namespace

TEST_CASE("spelling tables: the helpers")
{
  CHECK(ftsu::util::spelling_of(k_fruits, Fruit::pear) == "pear");
  CHECK(ftsu::util::parse_spelling(k_fruits, "plum") == Fruit::plum);
  CHECK_FALSE(ftsu::util::parse_spelling(k_fruits, "Plum"));
  CHECK(ftsu::util::spelling_keys(k_fruits) == std::vector<std::string>{"apple", "pear", "plum"});
  // A value outside the enum (a cast from a number) has no spelling.
  CHECK(ftsu::util::spelling_of(k_fruits, static_cast<Fruit>(7)).empty());
  CHECK(ftsu::util::enum_index(Fruit::last_) == 2);
}

TEST_CASE("spelling tables: every enum read or written round-trips")
{
  using namespace ftsu;
  SUBCASE("ActionStatus")
  {
    check_round_trip(core::k_action_statuses,
                     core::ActionStatus::last_,
                     {"open", "in-progress", "done", "dropped"});
    CHECK(core::to_string(core::ActionStatus::in_progress) == "in-progress");
    CHECK(core::parse_action_status("done") == core::ActionStatus::done);
    CHECK_FALSE(core::parse_action_status("closed"));
    CHECK(core::action_status_keys() == util::spelling_keys(core::k_action_statuses));
  }
  SUBCASE("MergeRule")
  {
    check_round_trip(core::k_merge_rules, core::MergeRule::last_, {"lowest", "majority", "median"});
    CHECK(core::to_string(core::MergeRule::median) == "median");
    CHECK(core::parse_merge_rule("majority") == core::MergeRule::majority);
    CHECK_FALSE(core::parse_merge_rule("mean"));
    CHECK(core::merge_rule_keys() == util::spelling_keys(core::k_merge_rules));
  }
  SUBCASE("Purpose")
  {
    check_round_trip(core::k_purposes,
                     core::Purpose::last_,
                     {"assurance", "approval", "information", "discussion"});
    CHECK(core::parse_purpose("discussion") == core::Purpose::discussion);
    CHECK_FALSE(core::parse_purpose("noting"));
    CHECK(core::purpose_keys() == util::spelling_keys(core::k_purposes));
  }
  SUBCASE("SourceStatus")
  {
    check_round_trip(core::k_source_statuses,
                     core::SourceStatus::last_,
                     {"current", "superseded", "withdrawn", "historical"});
    CHECK(core::to_string(core::SourceStatus::withdrawn) == "withdrawn");
    CHECK(core::parse_source_status("historical") == core::SourceStatus::historical);
    CHECK_FALSE(core::parse_source_status("replaced"));
    CHECK(core::source_status_keys() == util::spelling_keys(core::k_source_statuses));
  }
  SUBCASE("ItemStatus")
  {
    check_round_trip(core::k_item_statuses,
                     core::ItemStatus::last_,
                     {"answered", "unanswered", "not-applicable", "out-of-profile"});
    CHECK(core::to_string(core::ItemStatus::out_of_profile) == "out-of-profile");
  }
  SUBCASE("Change")
  {
    check_round_trip(
        core::k_changes,
        core::Change::last_,
        {"improved", "regressed", "unchanged", "added", "removed", "not-comparable", "unanswered"});
    CHECK(core::to_string(core::Change::not_comparable) == "not-comparable");
  }
  SUBCASE("Exclusion")
  {
    check_round_trip(core::k_exclusions,
                     core::Exclusion::last_,
                     {"same-file", "merged-counts", "already-counted"});
    CHECK(core::to_string(core::Exclusion::merged_counts) == "merged-counts");
  }
  SUBCASE("Severity")
  {
    check_round_trip(core::k_severities, core::Severity::last_, {"error", "warning"});
    CHECK(core::to_string(core::Severity::warning) == "warning");
  }
  SUBCASE("DocumentKind")
  {
    check_round_trip(core::k_document_formats,
                     core::DocumentKind::last_,
                     {"ftsu-gap/checklist/v1", "ftsu-gap/answers/v1"});
    CHECK(core::to_string(core::DocumentKind::answers) == core::k_answers_format);
  }
  SUBCASE("ColorMode")
  {
    check_round_trip(cli::k_color_modes, cli::ColorMode::last_, {"auto", "always", "never"});
    CHECK(cli::to_string(cli::ColorMode::auto_) == "auto");
    CHECK(cli::parse_color_mode("never") == cli::ColorMode::never);
    CHECK_FALSE(cli::parse_color_mode("yes"));
    CHECK(cli::color_mode_keys() == util::spelling_keys(cli::k_color_modes));
  }
}
