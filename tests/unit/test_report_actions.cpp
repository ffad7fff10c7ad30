// Tests for src/ftsu/report/actions.cpp: the headline and the dispatcher.
// The renderers themselves are checked by the golden files.
#include <ftsu/core/error.hpp>
#include <ftsu/report/actions.hpp>

#include "testutil.hpp"

using namespace ftsu;

namespace {

core::ActionList
counted(std::size_t files, std::size_t open, std::size_t overdue, core::ActionFilter filter = {})
{
  core::ActionList list;
  list.files.resize(files);
  list.open = open;
  list.overdue = overdue;
  list.filter = std::move(filter);
  return list;
}

} // namespace

TEST_CASE("the headline counts the open and overdue actions and the files")
{
  CHECK(report::actions_headline(counted(2, 7, 2)) == "Open actions: 7 (2 overdue) across 2 files");
  CHECK(report::actions_headline(counted(1, 3, 0))
        == "Open actions: 3 (none overdue) across 1 file");
}

TEST_CASE("the headline names its filters")
{
  CHECK(report::actions_headline(
            counted(2, 5, 1, {std::string(" Director of People "), false, std::nullopt}))
        == "Open actions for Director of People: 5 (1 overdue) across 2 files");
  CHECK(report::actions_headline(counted(2, 2, 2, {std::nullopt, true, std::nullopt}))
        == "Overdue actions: 2 across 2 files");
  CHECK(report::actions_headline(counted(1, 1, 1, {std::string("Pat"), true, std::nullopt}))
        == "Overdue actions for Pat: 1 across 1 file");
}

TEST_CASE("an empty list's headline is a sentence saying so")
{
  CHECK(report::actions_headline(counted(2, 0, 0)) == "No open actions across 2 files.");
  CHECK(report::actions_headline(counted(1, 0, 0, {std::string("Pat"), true, std::nullopt}))
        == "No overdue actions for Pat across 1 file.");
}

TEST_CASE("every format but html renders an empty list")
{
  const core::ActionList list = counted(0, 0, 0);
  const auto render = [&](std::string_view name) {
    const auto* entry = report::find_format(report::actions_formats(), name);
    REQUIRE(entry != nullptr);
    return entry->render(list, {});
  };
  CHECK(render("text") == "No open actions across 0 files.\n");
  CHECK(render("markdown") == "# Open actions\n\nNo open actions across 0 files.\n");
  CHECK(render("csv").starts_with("\xEF\xBB\xBFowner,due,overdue,"));
  CHECK(render("json").find("\"owners\": []") != std::string::npos);
  CHECK(report::find_format(report::actions_formats(), "html") == nullptr);
}
