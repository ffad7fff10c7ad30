// Tests for src/ftsu/report/report.cpp (listed_items), report_csv.cpp and
// report_xlsx.cpp. The spreadsheet's sheets and cells are read back with
// openpyxl by tests/e2e/test_xlsx.sh; here only what needs no reader.
#include <ftsu/core/scoring.hpp>
#include <ftsu/report/report.hpp>
#include <ftsu/util/strings.hpp>

#include <memory>

#include "testutil.hpp"

using namespace ftsu;

namespace {

const char* const k_checklist = R"(format: ftsu-gap/checklist/v1
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

struct Scored
{
  core::ChecklistPtr checklist;
  core::AnswersFile answers;
  core::Assessment assessment;
};

// Scores a: met, b: partial (overdue action), c: not-met, d: unanswered.
std::unique_ptr<Scored>
scored()
{
  auto out = std::make_unique<Scored>();
  const auto loaded = test::load_from_string(k_checklist);
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
         "progress\r");
  CHECK(lines[2]
        == "\"b\",\"one\",\"One\",\"B\",\"partial\",\"Partially met\",\"answered\",0.5,3,1.5,"
           "21.428571428571427,false,,,\"Fix\",,\"2026-01-31\",yes,\"open\",\r");
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
