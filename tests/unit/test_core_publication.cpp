#include <ftsu/core/publication.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace ftsu;
using core::IdentifierKind;
using core::IdentifierMatch;

namespace {

// The rules every line of tests/data/publication-corpus.tsv is checked with
// (its header says so).
core::PublicationRules
corpus_rules()
{
  core::PublicationRules rules;
  rules.names = {"Anita Patel", "Oluwaseun Adeyemi", "Kowalski"};
  rules.patterns = {"Ward #", "case FTSU-####", "the * ward incident"};
  return rules;
}

std::vector<IdentifierMatch>
find(std::string_view text, core::TextField field = core::TextField::free_text)
{
  return core::find_identifiers(text, corpus_rules(), field);
}

// The text of each match, in order.
std::vector<std::string>
found_texts(std::string_view text, core::TextField field = core::TextField::free_text)
{
  std::vector<std::string> texts;
  for (const IdentifierMatch& match : find(text, field)) {
    texts.emplace_back(text.substr(match.offset, match.length));
  }
  return texts;
}

} // namespace

TEST_CASE("the publication corpus: precision and recall of at least 95 % each")
{
  std::ifstream file(std::filesystem::path(FTSU_SOURCE_DIR) / "tests/data/publication-corpus.tsv");
  REQUIRE(file);
  int positives = 0;
  int negatives = 0;
  int true_positives = 0;
  int false_positives = 0;
  int false_negatives = 0;
  int wrong_kind = 0;
  std::string line;
  while (std::getline(file, line)) {
    if (line.empty() || line[0] == '#') {
      continue;
    }
    const auto first = line.find('\t');
    const auto second = line.find('\t', first + 1);
    REQUIRE(second != std::string::npos);
    const std::string kind = line.substr(0, first);
    const std::string field = line.substr(first + 1, second - first - 1);
    const std::string text = line.substr(second + 1);
    const auto matches =
        find(text, field == "owner" ? core::TextField::owner : core::TextField::free_text);
    if (kind == "none") {
      ++negatives;
      if (!matches.empty()) {
        ++false_positives;
        MESSAGE(fmt::format(
            "false positive ({} in {}): {}", core::to_string(matches[0].kind), field, text));
      }
      continue;
    }
    ++positives;
    if (matches.empty()) {
      ++false_negatives;
      MESSAGE(fmt::format("missed ({} in {}): {}", kind, field, text));
      continue;
    }
    ++true_positives;
    bool kind_found = false;
    for (const IdentifierMatch& match : matches) {
      kind_found = kind_found || core::to_string(match.kind) == kind;
    }
    if (!kind_found) {
      ++wrong_kind;
      MESSAGE(fmt::format("found as {}, not {}: {}", core::to_string(matches[0].kind), kind, text));
    }
  }
  CHECK(positives >= 60);
  CHECK(negatives >= 60);
  const double precision = 100.0 * true_positives / std::max(1, true_positives + false_positives);
  const double recall = 100.0 * true_positives / std::max(1, positives);
  MESSAGE(
      fmt::format("publication corpus: {} positive and {} negative strings; precision {:.1f} %, "
                  "recall {:.1f} %; {} found as another kind",
                  positives,
                  negatives,
                  precision,
                  recall,
                  wrong_kind));
  CHECK(precision >= 95.0);
  CHECK(recall >= 95.0);
}

TEST_CASE("NHS numbers: the Modulus 11 check")
{
  CHECK(core::valid_nhs_number("9434765919"));
  CHECK_FALSE(core::valid_nhs_number("9434765918"));
  CHECK_FALSE(core::valid_nhs_number("943476591"));
  CHECK_FALSE(core::valid_nhs_number("94347659190"));
  CHECK_FALSE(core::valid_nhs_number("943 476 59"));
  // A check digit of 10 makes the number invalid whatever the tenth digit.
  CHECK_FALSE(core::valid_nhs_number("1234567890"));
  CHECK(found_texts("ref 943 476 5919.") == std::vector<std::string>{"943 476 5919"});
  CHECK(found_texts("ref 9434765919123").empty());
}

TEST_CASE("matches are whole, do not overlap, and are redacted")
{
  const std::string text = "Dr A. Patel (a.patel@nhs.net, 07700 900123) on Ward 7";
  const auto matches = find(text);
  REQUIRE(matches.size() == 4);
  CHECK(matches[0].kind == IdentifierKind::titled_name);
  CHECK(matches[1].kind == IdentifierKind::email);
  CHECK(matches[2].kind == IdentifierKind::phone);
  CHECK(matches[3].kind == IdentifierKind::phrase);
  CHECK(core::redact(text, matches) == "[removed] ([removed], [removed]) on [removed]");
  // "Anita Patel" of the names list and "Dr A. Patel" overlap: the earlier
  // and longer one is kept, once.
  CHECK(found_texts("Dr Anita Patel said") == std::vector<std::string>{"Dr Anita Patel"});
}

TEST_CASE("owner fields: names are findings unless allowed")
{
  CHECK(found_texts("Jane Smith", core::TextField::owner)
        == std::vector<std::string>{"Jane Smith"});
  CHECK(found_texts("Jane Smith", core::TextField::free_text).empty());
  core::PublicationRules rules = corpus_rules();
  rules.names_in_owner_allowed = true;
  CHECK(core::find_identifiers("Jane Smith", rules, core::TextField::owner).empty());
  // A title is a finding even where names are allowed.
  CHECK(core::find_identifiers("Dr Jane Smith", rules, core::TextField::owner).size() == 1);
}

TEST_CASE("patterns: # is one digit, * a run of letters and digits, whole words only")
{
  core::PublicationRules rules;
  rules.patterns = {"bay #", "ref *-#"};
  auto texts = [&](std::string_view text) {
    std::vector<std::string> out;
    for (const auto& match : core::find_identifiers(text, rules)) {
      out.emplace_back(text.substr(match.offset, match.length));
    }
    return out;
  };
  CHECK(texts("Bay 4 was closed") == std::vector<std::string>{"Bay 4"});
  CHECK(texts("Bay 44 was closed").empty());
  CHECK(texts("see REF ab12-3 now") == std::vector<std::string>{"REF ab12-3"});
  CHECK(texts("see ref -3 now").empty());
  // Many stars over a long text take the text's length times the pattern's.
  rules.patterns = {"* * * * * * * * x"};
  const std::string long_text(20000, 'a');
  CHECK(texts(long_text).empty());
}

TEST_CASE("rule files: trimmed lines, comments and blank lines left out")
{
  CHECK(core::rule_lines("# names\n  Anita Patel \n\n#12 ward\n# \nKowalski")
        == std::vector<std::string>{"Anita Patel", "#12 ward", "Kowalski"});
}

TEST_CASE("every kind has a description and a spelling")
{
  for (const auto& entry : core::k_identifier_kinds) {
    CHECK_FALSE(core::describe(entry.value).empty());
    CHECK_FALSE(entry.text.empty());
  }
}

TEST_CASE("the cover sheet is checked: free-text fields as such, its authors as authors")
{
  core::AnswersFile answers;
  answers.cover.recommendation = "Note the concern of Mr John Doe";
  answers.cover.author = "Dr Anita Rao, FTSU guardian";
  answers.cover.risks = {"BAF 3; ask jane.doe@nhs.net"};
  const auto found = core::check_publication(answers, {});
  REQUIRE(found.size() == 2);
  CHECK(found[0].field == "cover recommendation");
  CHECK(found[0].match.kind == IdentifierKind::titled_name);
  CHECK(found[1].field == "cover risks");
  CHECK(found[1].match.kind == IdentifierKind::email);
  CHECK(core::describe_place(found[0])
        == "the file's cover recommendation: a title and a name, characters 21 to 31");
}

TEST_CASE("fields: a command checks only what it prints")
{
  core::AnswersFile answers;
  answers.organisation = "Example Trust";
  core::AnswerEntry entry;
  entry.item_id = "a";
  entry.evidence = "See jane.doe@nhs.net";
  entry.action = "Call 07700 900123";
  answers.answers.push_back(entry);
  core::PublicationRules rules;
  CHECK(core::check_publication(answers, rules).size() == 2);
  rules.fields = {"action"};
  const auto found = core::check_publication(answers, rules);
  REQUIRE(found.size() == 1);
  CHECK(found[0].field == "action");
  CHECK(core::describe_place(found[0]) == "a, action: a UK phone number, characters 6 to 17");
  // Redaction follows the same fields: the evidence is left as it was.
  const auto removed = core::redact_publication(answers, rules);
  CHECK(removed.size() == 1);
  CHECK(*answers.answers[0].action == "Call [removed]");
  CHECK(*answers.answers[0].evidence == "See jane.doe@nhs.net");
}

TEST_CASE("an organisation's checklist: its texts are checked, source authors are not findings")
{
  core::Checklist checklist;
  checklist.title = "Our checklist";
  core::Source source;
  source.id = "francis";
  source.title = "Freedom to Speak Up review";
  source.publisher = "Sir Robert Francis";
  checklist.sources.push_back(source);
  core::Section section;
  section.id = "s";
  section.title = "Speaking up";
  core::Item item;
  item.id = "one";
  item.text = "Ask Sister Mary Jones on 0161 496 0000.";
  item.guidance = "No names here.";
  section.items.push_back(item);
  checklist.sections.push_back(section);
  const auto found = core::check_checklist_publication(checklist, {}, {});
  REQUIRE(found.size() == 2);
  CHECK(found[0].item == "one");
  CHECK(found[0].field == "checklist text");
  CHECK(found[0].match.kind == IdentifierKind::titled_name);
  CHECK(found[1].match.kind == IdentifierKind::phone);
  // An accepted text is no finding.
  const std::vector<core::PublishOk> accepted = {{"Sister Mary Jones", "FTSU guardian"}};
  CHECK(core::check_checklist_publication(checklist, {}, accepted).size() == 1);
  const auto removed = core::redact_checklist_publication(checklist, {}, {});
  CHECK(removed.size() == 2);
  CHECK(checklist.sections[0].items[0].text == "Ask [removed] on [removed].");
  CHECK(*checklist.sources[0].publisher == "Sir Robert Francis");
}
