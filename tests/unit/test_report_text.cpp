// Tests for the text renderers (report_text, diff_text, trend_text,
// aggregate_text, actions_text, show_text) and their Markdown siblings:
// one vocabulary (labels, never keys; "capped"; points), and words that stay
// whole at every width from 40 columns up.
#include <ftsu/core/actions.hpp>
#include <ftsu/core/aggregate.hpp>
#include <ftsu/core/diff.hpp>
#include <ftsu/core/scoring.hpp>
#include <ftsu/core/trend.hpp>
#include <ftsu/report/actions.hpp>
#include <ftsu/report/aggregate.hpp>
#include <ftsu/report/compare.hpp>
#include <ftsu/report/report.hpp>
#include <ftsu/report/show.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <array>

#include "testutil.hpp"

using namespace ftsu;

namespace {

// Keys that must never reach a human format: every rating and answer key
// is a made-up word that no label contains.
// The widths every text renderer is checked at.
constexpr std::array<std::size_t, 5> k_widths{40, 60, 80, 100, 120};

constexpr std::array k_keys{"bandtop", "bandmid", "bandlow", "ansyes", "anspart", "ansno", "ansna"};

// A checklist with long titles, a word longer than 40 columns, an id longer
// than 40 columns and a long URL.
const char* const k_text_checklist = R"(format: ftsu-gap/checklist/v1
id: wordy
version: "2026.1"
title: Learning from case reviews about the register of interests and hospitality
sources:
  - id: ngo-case-review-learning-report
    title: Learning from case reviews
    url: https://nationalguardian.org.uk/wp-content/uploads/2024/01/Case-review-learning-report-register.pdf
scale:
  - {key: ansyes, label: Met, score: 1, shortcut: m}
  - {key: anspart, label: Partially met, score: 0.5, shortcut: p}
  - {key: ansno, label: Not met, score: 0, shortcut: n}
  - {key: ansna, label: Not applicable, score: null, shortcut: x}
ratings:
  - {key: bandtop, label: Good assurance, min: 80}
  - {key: bandmid, label: Partial assurance, min: 60}
  - {key: bandlow, label: Limited assurance, min: 0}
sections:
  - id: coi
    title: Conflicts of interest and the register of interests
    items:
      - id: an-extremely-long-item-identifier-for-the-register-of-interests
        text: Decision-making staff declare their interests on appointment and at least once a year.
        sources: [ngo-case-review-learning-report]
      - id: coi-register-published
        text: The register of interests is published on the trust's website every quarter.
        mandatory: true
  - id: words
    title: Pneumonoultramicroscopicsilicovolcanoconiosis-and-other-long-words in section titles
    items:
      - id: long-words
        text: See https://example.org/a/very/long/path/to/the/guidance/on/speaking-up-and-detriment.html for more.
)";

const char* const k_answers_old = R"(format: ftsu-gap/answers/v1
checklist: wordy
checklist_version: "2026.1"
organisation: Example Community Health NHS Foundation Trust
period: 2025/26
assessed_on: 2026-03-26
answers:
  an-extremely-long-item-identifier-for-the-register-of-interests:
    answer: ansyes
    evidence: Audit at /srv/ftsu/board-papers/2025-26/register-of-interests-audit-report.pdf shows 100%.
  coi-register-published: ansno
  long-words: anspart
)";

const char* const k_answers_new = R"(format: ftsu-gap/answers/v1
checklist: wordy
checklist_version: "2026.1"
organisation: Example Community Health NHS Foundation Trust
period: 2026/27
assessed_on: 2027-03-26
answers:
  an-extremely-long-item-identifier-for-the-register-of-interests:
    answer: anspart
    evidence: Audit at /srv/ftsu/board-papers/2026-27/register-of-interests-audit-report.pdf shows 83%.
    action: Chase the remaining declarations, see https://intranet.example.nhs.uk/governance/register-of-interests/declarations
    owner: Director of Nursing and Quality
    due: 2027-01-31
  coi-register-published:
    answer: anspart
    action: Publish the register.
    owner: Company secretary
    due: 2027-06-30
  long-words: ansyes
)";

// The files as the commands would name them.
const std::string k_old_file = "/srv/ftsu/board-papers/2025-26/answers-2025-26.yaml";
const std::string k_new_file = "answers-2026-27.yaml";

const std::string k_long_id = "an-extremely-long-item-identifier-for-the-register-of-interests";
const std::string k_long_title_word =
    "Pneumonoultramicroscopicsilicovolcanoconiosis-and-other-long-words";
const std::string k_item_url =
    "https://example.org/a/very/long/path/to/the/guidance/on/speaking-up-and-detriment.html";
const std::string k_action_url =
    "https://intranet.example.nhs.uk/governance/register-of-interests/declarations";
const std::string k_evidence_path =
    "/srv/ftsu/board-papers/2026-27/register-of-interests-audit-report.pdf";
const std::string k_source_url = "https://nationalguardian.org.uk/wp-content/uploads/2024/01/"
                                 "Case-review-learning-report-register.pdf";

// One text output, and the words of its inputs it must show whole.
struct Output
{
  std::string name;
  std::string text;
  std::vector<std::string> words;
};

core::AnswersFile
text_answers_from(std::string_view yaml)
{
  core::DiagnosticSink sink("a.yaml");
  auto file = core::load_answers(yaml, sink);
  REQUIRE_MESSAGE(file, test::formatted(sink).size());
  return std::move(*file);
}

struct Wordy
{
  core::ChecklistPtr checklist = test::load_from_string(k_text_checklist).checklist;
  core::AnswersFile old_answers = text_answers_from(k_answers_old);
  core::AnswersFile new_answers = text_answers_from(k_answers_new);
  core::Assessment before;
  core::Assessment after;

  Wordy()
  {
    REQUIRE_MESSAGE(checklist, test::load_from_string(k_text_checklist).all());
    before = core::score_answers(*checklist, old_answers, util::Date{2026, 4, 1});
    after = core::score_answers(*checklist, new_answers, util::Date{2027, 4, 1});
  }

  // The trend of both files, the second labelled by its file's name.
  core::Trend
  trend() const
  {
    return core::build_trend({{k_old_file, core::period_label(old_answers, k_old_file), &before},
                              {k_new_file, k_new_file, &after}});
  }
};

// Returns every output each text renderer writes for the fixture at `width`.
std::vector<Output>
text_outputs(const Wordy& w, std::size_t width)
{
  report::ReportOptions report_options;
  report_options.width = width;
  report::CompareOptions compare_options;
  compare_options.width = width;
  compare_options.arrows = true;
  report::ActionsOptions actions_options;
  actions_options.width = width;
  const core::Aggregate aggregate =
      core::build_aggregate(*w.checklist, {{k_old_file, &w.before}, {k_new_file, &w.after}});
  const core::ActionList actions =
      core::collect_actions({{k_old_file, &w.before}, {k_new_file, &w.after}}, {});
  const std::vector<std::string> titles{"Conflicts", "register", "interests", k_long_title_word};
  const auto with = [&](std::vector<std::string> words) {
    words.insert(words.end(), titles.begin(), titles.end());
    return words;
  };
  return {
      {"report",
       report::report_text(w.after, report_options),
       with({"hospitality", k_long_id, "coi-register-published", k_action_url})},
      {"report (before)",
       report::report_text(w.before, report_options),
       with({"hospitality", "coi-register-published", k_item_url})},
      {"diff",
       report::diff_text(core::compare(w.before, w.after), compare_options),
       with({k_long_id, "coi-register-published", k_item_url, k_evidence_path})},
      {"trend", report::trend_text(w.trend(), compare_options), with({k_new_file, "hospitality"})},
      {"aggregate",
       report::aggregate_text(aggregate, width),
       {k_old_file, k_new_file, k_long_id, "coi-register-published", "hospitality"}},
      {"actions",
       report::actions_text(actions, actions_options),
       {k_old_file, k_new_file, k_long_id, "coi-register-published", k_action_url}},
      {"show",
       report::show_text(*w.checklist, width),
       with({"hospitality", k_long_id, k_item_url, k_source_url})},
  };
}

// Returns the lines of `text` wider than `width` that are not one token on
// a line of their own.
std::vector<std::string>
overlong_lines(const std::string& text, std::size_t width)
{
  std::vector<std::string> out;
  for (const auto& line : util::split(text, '\n')) {
    const std::string_view token = util::trim(line);
    if (util::display_width(line) > width && token.find(' ') != std::string_view::npos) {
      out.push_back(line);
    }
  }
  return out;
}

// Returns true when some line of `text` holds `word` whole.
bool
has_whole(const std::string& text, const std::string& word)
{
  for (const auto& line : util::split(text, '\n')) {
    if (line.find(word) != std::string::npos) {
      return true;
    }
  }
  return false;
}

} // namespace

TEST_CASE("text output fits the width unless a word is longer than a line")
{
  const Wordy w;
  for (const std::size_t width : k_widths) {
    for (const auto& output : text_outputs(w, width)) {
      CAPTURE(width);
      CAPTURE(output.name);
      CAPTURE(output.text);
      CHECK(overlong_lines(output.text, width).empty());
    }
  }
}

TEST_CASE("text output keeps every word, id, path and URL whole at every width")
{
  const Wordy w;
  for (const std::size_t width : k_widths) {
    for (const auto& output : text_outputs(w, width)) {
      CAPTURE(width);
      CAPTURE(output.name);
      CAPTURE(output.text);
      CHECK(output.text.find("…") == std::string::npos);
      for (const auto& word : output.words) {
        CAPTURE(word);
        CHECK(has_whole(output.text, word));
      }
    }
  }
}

TEST_CASE("human formats name ratings and answers by their labels, never their keys")
{
  const Wordy w;
  const core::Comparison comparison = core::compare(w.before, w.after);
  const core::ActionList actions =
      core::collect_actions({{k_old_file, &w.before}, {k_new_file, &w.after}}, {});
  auto outputs = text_outputs(w, 80);
  report::ReportOptions options;
  outputs.push_back({"report markdown", report::report_markdown(w.after, options), {}});
  outputs.push_back({"diff markdown", report::diff_markdown(comparison), {}});
  outputs.push_back({"trend markdown", report::trend_markdown(w.trend()), {}});
  outputs.push_back({"actions markdown", report::actions_markdown(actions), {}});
  outputs.push_back({"show markdown", report::show_markdown(*w.checklist), {}});
  for (const auto& output : outputs) {
    CAPTURE(output.name);
    CAPTURE(output.text);
    for (const auto* key : k_keys) {
      CAPTURE(key);
      CHECK(output.text.find(key) == std::string::npos);
    }
  }
}

TEST_CASE("a capped rating says so in every human format that shows it")
{
  const Wordy w;
  REQUIRE(w.after.overall.rating_capped);
  report::ReportOptions options;
  report::CompareOptions compare_options;
  const core::Aggregate aggregate =
      core::build_aggregate(*w.checklist, {{k_old_file, &w.before}, {k_new_file, &w.after}});
  const core::Comparison comparison = core::compare(w.before, w.after);
  const std::pair<std::string, std::string> outputs[] = {
      {"report text", report::report_text(w.after, options)},
      {"report markdown", report::report_markdown(w.after, options)},
      {"diff text", report::diff_text(comparison, compare_options)},
      {"diff markdown", report::diff_markdown(comparison)},
      {"trend text", report::trend_text(w.trend(), compare_options)},
      {"trend markdown", report::trend_markdown(w.trend())},
      {"aggregate text", report::aggregate_text(aggregate, 80)},
  };
  // Not a structured binding: CAPTURE takes a reference, which Clang 14
  // cannot take of one.
  for (const auto& output : outputs) {
    const auto& name = output.first;
    const auto& text = output.second;
    CAPTURE(name);
    CAPTURE(text);
    CHECK(text.find("Limited assurance (capped)") != std::string::npos);
  }
}

TEST_CASE("gaps and changes are counted in points in the text and markdown reports and diff")
{
  const Wordy w;
  report::ReportOptions options;
  const std::string text = report::report_text(w.after, options);
  const std::string markdown = report::report_markdown(w.after, options);
  CHECK(text.find("+16.7 points if met") != std::string::npos);
  CHECK(markdown.find("| +16.7 points |") != std::string::npos);
  const core::Comparison comparison = core::compare(w.before, w.after);
  CHECK(report::diff_text(comparison, {}).find("(+16.7 points)") != std::string::npos);
  CHECK(report::diff_markdown(comparison).find("(+16.7 points)") != std::string::npos);
}
