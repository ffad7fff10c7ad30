// Tests for src/ftsu/report/summary.cpp, summary_html.cpp and
// summary_markdown.cpp: the executive summary every board format opens
// with, computed once.
#include <ftsu/core/diff.hpp>
#include <ftsu/core/scoring.hpp>
#include <ftsu/report/report.hpp>
#include <ftsu/report/summary.hpp>
#include <ftsu/util/strings.hpp>

#include <memory>
#include <string>

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
      - {id: e, text: E, mandatory: true}
  - id: two
    title: Two
    items:
      - {id: c, text: C, weight: 2}
      - {id: d, text: D}
)";

struct Scored
{
  core::ChecklistPtr checklist;
  core::AnswersFile answers;
  core::Assessment assessment;
};

std::unique_ptr<Scored>
scored(const std::string& header, const std::string& answers)
{
  auto out = std::make_unique<Scored>();
  const auto loaded = test::load_from_string(k_checklist);
  REQUIRE_MESSAGE(loaded.checklist, loaded.all());
  out->checklist = loaded.checklist;
  core::DiagnosticSink sink("a.yaml");
  auto file = core::load_answers("format: ftsu-gap/answers/v1\nchecklist: r\n"
                                 "checklist_version: \"1\"\norganisation: Org\n"
                                     + header + "answers:\n" + answers,
                                 sink);
  REQUIRE_MESSAGE((file && !sink.has_errors()), util::join(test::formatted(sink), "\n"));
  out->answers = std::move(*file);
  out->assessment = core::score_answers(*out->checklist, out->answers, util::Date{2026, 4, 1});
  return out;
}

const char* const k_this_year = "  a: met\n"
                                "  b: {answer: partial, action: Fix, owner: Ann, due: 2026-01-31}\n"
                                "  c: {answer: not-met, action: Do, owner: Bob, due: 2026-03-10}\n"
                                "  e: {answer: partial, owner: Ann, due: 2026-09-30}\n"
                                "  d:\n";

} // namespace

TEST_CASE("the summary: score, coverage, draft, top gaps with owner and due, overdue by")
{
  const auto s = scored("period: 2025/26\nassessed_on: 2026-03-31\n", k_this_year);
  const report::ReportOptions options;
  const report::ExecutiveSummary summary = report::executive_summary(s->assessment, options);
  CHECK(summary.organisation == "Org");
  CHECK(summary.period == "2025/26");
  CHECK(summary.checklist_id == "r");
  CHECK(summary.score == s->assessment.overall.score);
  CHECK(summary.rating_capped);
  CHECK_FALSE(summary.cap_reason.empty());
  CHECK(summary.answered == 4);
  CHECK(summary.answerable == 5);
  CHECK(summary.draft == "Draft: 4 of 5 items answered");
  CHECK_FALSE(summary.change);
  CHECK_FALSE(summary.disagreements);
  CHECK(summary.cover.empty());
  // Mandatory first, then by gap: e, d (unanswered, weight 1 -> gap 1)...
  REQUIRE(summary.top_gaps.size() == s->assessment.gaps.size());
  CHECK(summary.top_gaps[0].item->item->id == "e");
  CHECK(summary.top_gaps[0].owner == "Ann");
  CHECK(summary.top_gaps[0].due == util::Date{2026, 9, 30});
  CHECK_FALSE(summary.top_gaps[0].overdue);
  // b is 59 days overdue on 2026-03-31, c 21 days.
  REQUIRE(summary.overdue.size() == 2);
  CHECK(summary.overdue[0].item->item->id == "b");
  CHECK(summary.overdue[0].owner == "Ann");
  CHECK(summary.overdue[0].days_overdue == 59);
  CHECK(summary.overdue[0].overdue_by == "8 weeks");
  CHECK(summary.overdue[1].item->item->id == "c");
  CHECK(summary.overdue[1].overdue_by == "3 weeks");

  const std::string html = report::summary_html(summary, *s->checklist);
  CHECK(html.find("8 weeks") != std::string::npos);
  CHECK(html.find("31 Jan 2026") != std::string::npos);
  CHECK(html.find("class=\"cover\"") == std::string::npos);
  const std::string markdown = report::summary_markdown(summary, *s->checklist);
  CHECK(markdown.find("| `b` | Ann | 31 Jan 2026 | 8 weeks |") != std::string::npos);
  CHECK(markdown.find("Cover sheet") == std::string::npos);
}

TEST_CASE("the summary names at most five gaps, and counts them all")
{
  const auto s = scored("",
                        "  a: not-met\n  b: not-met\n  c: not-met\n  d: not-met\n"
                        "  e: not-met\n");
  const auto summary = report::executive_summary(s->assessment, report::ReportOptions{});
  CHECK(summary.gaps == 5);
  CHECK(summary.top_gaps.size() == 5);
  const std::string markdown = report::summary_markdown(summary, *s->checklist);
  CHECK(markdown.find("### Gaps (5)") != std::string::npos);
}

TEST_CASE("the change since last year in words, with regressions and actions completed")
{
  const auto last = scored("period: 2024/25\n",
                           "  a: met\n  b: {answer: not-met, action: Fix}\n  c: met\n"
                           "  d: met\n  e: met\n");
  const auto now = scored("period: 2025/26\n", k_this_year);
  const core::Comparison comparison = core::compare(last->assessment, now->assessment);
  report::ReportOptions options;
  options.compare = &comparison;
  const auto summary = report::executive_summary(now->assessment, options);
  REQUIRE(summary.change);
  CHECK(summary.change->before_period == "2024/25");
  CHECK(summary.change->regressions == comparison.summary.regressed);
  CHECK(summary.change->regressions >= 2);
  CHECK(summary.change->words.rfind("down ", 0) == 0);
  CHECK(summary.change->words.find(" points from ") != std::string::npos);
  CHECK(summary.change->words.find("in 2024/25") != std::string::npos);
  options.compare = nullptr;
  const core::Comparison back = core::compare(now->assessment, last->assessment);
  options.compare = &back;
  CHECK(report::executive_summary(last->assessment, options).change->words.rfind("up ", 0) == 0);
}

TEST_CASE("the cover sheet: only the fields given, in the NHS order; options replace the file's")
{
  const auto s = scored("cover:\n  purpose: assurance\n  meeting: Trust Board\n"
                        "  risks: [BAF 3.2]\n  meeting_date: 2027-05-06\n",
                        "  a: met\n");
  report::ReportOptions options;
  options.cover.meeting = "Board (public)";
  options.cover.presenter = "Director";
  const auto summary = report::executive_summary(s->assessment, options);
  std::vector<std::string> labels;
  for (const auto& row : summary.cover) {
    labels.push_back(row.label);
  }
  CHECK(labels
        == std::vector<std::string>{"Meeting",
                                    "Date of meeting",
                                    "Title of paper",
                                    "Purpose",
                                    "Author / presenter",
                                    "Links to the BAF and risks"});
  CHECK(summary.cover[0].value == "Board (public)");
  CHECK(summary.cover[1].value == "6 May 2027");
  CHECK(summary.cover[2].value == "Freedom to Speak Up gap analysis: R");
  CHECK(summary.cover[3].value == "For assurance");
  CHECK(summary.cover[4].value == "Director");
  const std::string html = report::summary_html(summary, *s->checklist);
  CHECK(html.find("<th scope=\"row\">Purpose</th><td>For assurance</td>") != std::string::npos);
  CHECK(html.find("<td></td>") == std::string::npos);
}

TEST_CASE("the JSON's summary has the summary's figures")
{
  const auto s = scored("assessed_on: 2026-03-31\ncover: {agenda_item: '7'}\n", k_this_year);
  const std::string json = report::report_json(s->assessment);
  const auto at = json.find("\"summary\"");
  REQUIRE(at != std::string::npos);
  const std::string summary = json.substr(at);
  CHECK(summary.find("\"agenda_item\": \"7\"") != std::string::npos);
  CHECK(summary.find("\"answered\": 4") != std::string::npos);
  CHECK(summary.find("\"answerable\": 5") != std::string::npos);
  CHECK(summary.find("\"days_overdue\": 59") != std::string::npos);
  CHECK(summary.find("\"due\": \"2026-01-31\"") != std::string::npos);
}
