// Tests for src/ftsu/report/aggregate_text.cpp and aggregate_html.cpp: the
// national reader's sections, ASCII bars, and files left out.
#include <ftsu/report/aggregate.hpp>

#include "testutil.hpp"

using namespace ftsu;

namespace {

core::Aggregate
two_files(const core::Checklist& checklist, std::vector<core::AnswersFile>& keep)
{
  int n = 0;
  for (const char* lines : {"  a: met\n  b: partial\n  c: met\n", "  a: not-met\n  b: met\n"}) {
    ++n; // two organisations: each counts once

    core::DiagnosticSink sink("a.yaml");
    auto file = core::load_answers(fmt::format("format: ftsu-gap/answers/v1\nchecklist: small\n"
                                               "checklist_version: \"1.0\"\norganisation: Org {}\n"
                                               "answers:\n{}",
                                               n,
                                               lines),
                                   sink);
    REQUIRE(file);
    keep.push_back(std::move(*file));
  }
  core::AggregateBuilder builder(checklist);
  const util::Date today{2026, 1, 1};
  builder.add(core::summarise_file("one.yaml", core::score_answers(checklist, keep[0], today)));
  builder.add(core::summarise_file("two.yaml", core::score_answers(checklist, keep[1], today)));
  builder.leave_out();
  return builder.finish();
}

} // namespace

TEST_CASE("the text shows the spread, the rankings and the section medians")
{
  const auto checklist = test::load_from_string(test::small_checklist()).checklist;
  REQUIRE(checklist);
  std::vector<core::AnswersFile> keep;
  keep.reserve(2);
  const core::Aggregate agg = two_files(*checklist, keep);
  const std::string text = report::aggregate_text(agg, 80);
  CHECK(text.find("2 files (1 left out") != std::string::npos);
  CHECK(text.find("Overall scores (2 of 2 files have a score)") != std::string::npos);
  CHECK(text.find("lower quartile") != std::string::npos);
  CHECK(text.find("█") != std::string::npos);
  CHECK(text.find("The 2 items most often not met or partly met") != std::string::npos);
  CHECK(text.find("The 2 lowest-scoring files") != std::string::npos);
  CHECK(text.find("Median score by section") != std::string::npos);
  SUBCASE("ASCII bars without Unicode")
  {
    const std::string ascii = report::aggregate_text(agg, 80, false);
    CHECK(ascii.find("█") == std::string::npos);
    CHECK(ascii.find("–") == std::string::npos);
    CHECK(ascii.find(" #") != std::string::npos);
  }
}

TEST_CASE("the HTML page says how many files were left out")
{
  const auto checklist = test::load_from_string(test::small_checklist()).checklist;
  REQUIRE(checklist);
  std::vector<core::AnswersFile> keep;
  keep.reserve(2);
  const core::Aggregate agg = two_files(*checklist, keep);
  const std::string html = report::aggregate_html(agg, {});
  CHECK(html.find("Left out because they failed (--keep-going): 1 file;") != std::string::npos);
  CHECK(html.find("id=\"histogram-title\"") != std::string::npos);
  CHECK(html.find("id=\"sections-title\"") != std::string::npos);
  CHECK(html.find("<h2>Items most often not met or partly met</h2>") != std::string::npos);
}
