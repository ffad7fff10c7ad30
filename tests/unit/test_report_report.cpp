// Tests for src/ftsu/report/report.cpp (listed_items), report_csv.cpp and
// report_xlsx.cpp. The spreadsheet's sheets and cells are read back with
// openpyxl by tests/e2e/test_xlsx.sh; here only what needs no reader.
#include <ftsu/core/disagreement.hpp>
#include <ftsu/core/merge.hpp>
#include <ftsu/core/scoring.hpp>
#include <ftsu/report/report.hpp>
#include <ftsu/util/strings.hpp>

#include <memory>

#include "testutil.hpp"

using namespace ftsu;

namespace {

const char* const k_report_checklist = R"(format: ftsu-gap/checklist/v1
id: r
version: "1"
title: R
sections:
  - id: one
    title: One
    items:
      - {id: a, text: A}
      - {id: b, text: B, weight: 3}
  - id: two
    title: Two
    items:
      - {id: c, text: C, weight: 2}
      - {id: d, text: "=1+1"}
)";

struct ReportScored
{
  core::ChecklistPtr checklist;
  core::AnswersFile answers;
  core::Assessment assessment;
};

// Scores a: met, b: partial (overdue action), c: not-met, d: unanswered.
std::unique_ptr<ReportScored>
scored()
{
  auto out = std::make_unique<ReportScored>();
  const auto loaded = test::load_from_string(k_report_checklist);
  REQUIRE_MESSAGE(loaded.checklist, loaded.all());
  out->checklist = loaded.checklist;
  core::DiagnosticSink sink("a.yaml");
  auto answers = core::load_answers("format: ftsu-gap/answers/v1\nchecklist: r\n"
                                    "checklist_version: \"1\"\nassessed_on: 2026-03-31\n"
                                    "answers:\n  a: met\n"
                                    "  b: {answer: partial, action: Fix, due: 2026-01-31}\n"
                                    "  c: not-met\n  d:\n",
                                    sink);
  REQUIRE(answers);
  out->answers = std::move(*answers);
  out->assessment = core::score_answers(*out->checklist, out->answers, util::Date{2026, 4, 1});
  return out;
}

std::vector<std::string>
ids(const std::vector<const core::ItemScore*>& items)
{
  std::vector<std::string> out;
  for (const auto* item : items) {
    out.push_back(item->item->id);
  }
  return out;
}

} // namespace

TEST_CASE("listed_items gives every item, or the gaps in checklist order")
{
  const auto s = scored();
  CHECK(ids(report::listed_items(s->assessment, report::ItemRows::all))
        == std::vector<std::string>{"a", "b", "c", "d"});
  // The report ranks the gaps by points (c 2, b 1.5, d 1); listed, they keep
  // the checklist's order.
  CHECK(s->assessment.gaps == std::vector<std::size_t>{2, 1, 3});
  CHECK(ids(report::listed_items(s->assessment, report::ItemRows::gaps))
        == std::vector<std::string>{"b", "c", "d"});
}

TEST_CASE("the csv action plan has labels beside keys, and overdue")
{
  const auto s = scored();
  report::ReportOptions options;
  const auto lines = util::split(report::report_csv(s->assessment, options), '\n');
  REQUIRE(lines.size() == 6);
  CHECK(
      lines[0]
      == "\xEF\xBB\xBFid,section,section_title,statement,answer,answer_label,status,value,"
         "weight,gap,gain,mandatory,evidence,evidence_from,action,owner,due,overdue,action_status,"
         "progress,latest_note_on,latest_note,completed_on,dropped_reason,due_moves,action_by\r");
  CHECK(lines[2]
        == "\"b\",\"one\",\"One\",\"B\",\"partial\",\"Partially met\",\"answered\",0.5,3,1.5,"
           "21.428571428571427,false,,,\"Fix\",,\"2026-01-31\",yes,\"open\",,,,,,0,\r");
  CHECK(lines[4].starts_with("\"d\",\"two\",\"Two\",\"'=1+1\",,\"Not answered\",\"unanswered\""));

  SUBCASE("gaps only")
  {
    options.rows = report::ItemRows::gaps;
    const auto gaps = util::split(report::report_csv(s->assessment, options), '\n');
    REQUIRE(gaps.size() == 5);
    CHECK(gaps[1].starts_with("\"b\","));
    CHECK(gaps[2].starts_with("\"c\","));
    CHECK(gaps[3].starts_with("\"d\","));
  }
}

TEST_CASE("the xlsx report is a zip file, the same bytes for the same day")
{
  const auto s = scored();
  report::ReportOptions options;
  options.generated = util::Date{2026, 4, 1};
  const std::string first = report::report_xlsx(s->assessment, options);
  CHECK(first.starts_with("PK\x03\x04"));
  CHECK(first.size() > 5000);
  CHECK(report::report_xlsx(s->assessment, options) == first);
  options.rows = report::ItemRows::gaps;
  CHECK(report::report_xlsx(s->assessment, options) != first);
}

TEST_CASE("report writes xlsx as one of its formats")
{
  const auto* entry = report::find_format(report::report_formats(), "xlsx");
  REQUIRE(entry != nullptr);
  CHECK((entry->render == &report::report_xlsx));
}

namespace {

// A merged file of two respondents on k_report_checklist: both answer a and b,
// each with an action of their own on b; Two leaves c blank, which One
// answered; nobody answers d.
struct Merged
{
  core::ChecklistPtr checklist;
  core::AnswersFile one;
  core::AnswersFile two;
  core::AnswersFile merged;
  core::Assessment assessment;
  core::Disagreements disagreements;
};

// Returns `json` on one line: no line breaks or indentation, no space
// after a key's colon (the texts of these tests have neither).
std::string
compact(std::string_view json)
{
  std::string out;
  for (std::size_t i = 0; i < json.size(); ++i) {
    if (json[i] == '\n') {
      while (i + 1 < json.size() && json[i + 1] == ' ') {
        ++i;
      }
    } else if (json[i] == ' ' && i > 0 && json[i - 1] == ':') {
      continue;
    } else {
      out += json[i];
    }
  }
  return out;
}

std::unique_ptr<Merged>
merged()
{
  auto out = std::make_unique<Merged>();
  const auto loaded = test::load_from_string(k_report_checklist);
  REQUIRE_MESSAGE(loaded.checklist, loaded.all());
  out->checklist = loaded.checklist;
  const auto load = [](std::string_view name, std::string_view lines) {
    core::DiagnosticSink sink("r.yaml");
    auto file = core::load_answers(
        fmt::format("format: ftsu-gap/answers/v1\nchecklist: r\nchecklist_version: \"1\"\n"
                    "assessed_on: 2026-03-31\nrespondent: {}\nanswers:\n{}",
                    name,
                    lines),
        sink);
    REQUIRE((file && !sink.has_errors()));
    return std::move(*file);
  };
  out->one = load("One",
                  "  a: met\n  b: {answer: partial, action: Train managers, owner: Director of "
                  "People, due: 2026-01-31}\n  c: met\n");
  out->two = load("Two",
                  "  a: met\n  b: {answer: partial, action: Board paper, owner: Chief "
                  "Executive, due: 2027-03-31}\n");
  const std::vector<core::MergeInput> inputs{{"1", &out->one}, {"2", &out->two}};
  auto outcome = core::merge_answers(*out->checklist, inputs, std::nullopt);
  REQUIRE(outcome.merged);
  CHECK(outcome.warnings.size() == 1);
  out->merged = std::move(*outcome.merged);
  out->assessment = core::score_answers(*out->checklist, out->merged, util::Date{2026, 4, 1});
  auto found = core::find_disagreements(out->assessment);
  REQUIRE(found);
  out->disagreements = std::move(*found);
  return out;
}

} // namespace

TEST_CASE("a merged file: each respondent's action apart in every format (issue 22 item 1)")
{
  const auto m = merged();
  report::ReportOptions options;
  options.disagreements = &m->disagreements;
  options.generated = util::Date{2026, 4, 1};
  const std::string text = report::report_text(m->assessment, options);
  CHECK(text.find("Action by One · Owner: Director of People ·\n"
                  "     Due: 31 January 2026 (overdue by 8 weeks)\n")
        != std::string::npos);
  CHECK(text.find("Action by Two · Owner: Chief Executive · Due: 31 March 2027\n")
        != std::string::npos);
  CHECK(text.find("Director of People; Chief Executive") == std::string::npos);
  const std::string md = report::report_markdown(m->assessment, options);
  CHECK(md.find("| One: Train managers<br>Two: Board paper | One: Director of People<br>Two: "
                "Chief Executive | One: 31 Jan 2026 **(overdue by 8 weeks)**<br>Two: 31 Mar 2027 |")
        != std::string::npos);
  const std::string html = report::report_html(m->assessment, options);
  CHECK(html.find("<strong>Two:</strong> Board paper<br><span class=\"muted\">Chief Executive, "
                  "due <span class=\"date\">31 Mar 2027</span></span>")
        != std::string::npos);
  const std::string json = compact(report::report_json(m->assessment, &m->disagreements));
  CHECK(
      json.find(
          R"("actions":[{"respondent":"One","action":"Train managers","owner":"Director of People","due":"2026-01-31","action_status":"open","progress":null,"progress_notes":[],"completed_on":null,"dropped_reason":null,"due_history":[],"overdue":true},{"respondent":"Two","action":"Board paper","owner":"Chief Executive","due":"2027-03-31","action_status":"open","progress":null,"progress_notes":[],"completed_on":null,"dropped_reason":null,"due_history":[],"overdue":false}])")
      != std::string::npos);
  const auto lines = util::split(report::report_csv(m->assessment, options), '\n');
  std::vector<std::string> b_rows;
  for (const auto& line : lines) {
    if (line.starts_with("\"b\",")) {
      b_rows.push_back(line);
    }
  }
  REQUIRE(b_rows.size() == 2);
  CHECK(
      b_rows[0].find("\"Train managers\",\"Director of People\",\"2026-01-31\",yes,\"open\",,,,,,0,"
                     "\"One\"")
      != std::string::npos);
  CHECK(b_rows[1].find(
            "\"Board paper\",\"Chief Executive\",\"2027-03-31\",no,\"open\",,,,,,0,\"Two\"")
        != std::string::npos);
}

TEST_CASE("a respondent's blank: not answered, left out of their score, with coverage "
          "(issue 22 item 2)")
{
  const auto m = merged();
  const core::Disagreements& d = m->disagreements;
  // Two's blank on c is no disagreement, and Two's section two counts
  // only what Two answered: nothing, so no score and 0 % coverage.
  CHECK(d.items.empty());
  REQUIRE(d.unanswered.size() == 1);
  CHECK(d.unanswered[0].item->item->id == "c");
  CHECK(d.unanswered[0].respondents == std::vector<std::size_t>{1});
  CHECK_FALSE(d.sections[1].scores[1].has_value());
  CHECK(d.sections[1].coverage[1] == 0.0);
  CHECK(d.sections[0].coverage[1] == 100.0);
  report::ReportOptions options;
  options.disagreements = &d;
  options.generated = util::Date{2026, 4, 1};
  const std::string text = report::report_text(m->assessment, options);
  CHECK(text.find("Items some left unanswered (1)") != std::string::npos);
  CHECK(text.find("- c: Not answered by Two") != std::string::npos);
  std::string words;
  for (const auto& word : util::split(util::join(util::split(text, '\n'), " "), ' ')) {
    words += word.empty() ? "" : word + " ";
  }
  CHECK(words.find("1 item was left unanswered by some respondents (not a disagreement)")
        != std::string::npos);
  const std::string md = report::report_markdown(m->assessment, options);
  CHECK(md.find("- `c` Not answered by Two") != std::string::npos);
  CHECK(md.find("| — (0.0%) |") != std::string::npos);
  const std::string html = report::report_html(m->assessment, options);
  CHECK(html.find("<code>c</code>: Not answered by Two</li>") != std::string::npos);
  const std::string json = compact(report::report_json(m->assessment, &d));
  CHECK(json.find(R"("unanswered":[{"id":"c","section":"two","respondents":["Two"]}])")
        != std::string::npos);
  // Section two: One answered c (met) of c and d, Two neither.
  CHECK(json.find(R"("title":"Two","scores":[100,null],"coverage":[50,0])") != std::string::npos);
}
