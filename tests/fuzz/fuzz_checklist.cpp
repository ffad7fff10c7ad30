// Fuzz target: a checklist file. The bytes go through core::yaml::parse and
// the checklist loader; a checklist that loads is then shown in every
// format, and scored with no answers and with every item answered by each
// key of its scale in turn, as the JSON report. core::Error is an expected
// outcome; any other exception or a sanitizer report is a finding.
#include <ftsu/core/answers.hpp>
#include <ftsu/core/checklist_loader.hpp>
#include <ftsu/core/document.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/core/scoring.hpp>
#include <ftsu/core/yaml.hpp>
#include <ftsu/report/report.hpp>
#include <ftsu/report/show.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_common.hpp"

namespace {

using namespace ftsu;

// Scores `checklist` with every item answered `key` (unanswered when
// `key` is empty) and renders the JSON report.
void
score_with(const core::Checklist& checklist, const std::string& key)
{
  core::AnswersFile answers;
  answers.checklist = checklist.id;
  answers.checklist_version = checklist.version;
  if (!checklist.profiles.empty()) {
    answers.profile = checklist.profiles.front().key;
  }
  if (!key.empty()) {
    for (const auto& section : checklist.sections) {
      for (const auto& item : section.items) {
        core::AnswerEntry entry;
        entry.item_id = item.id;
        entry.answer = key;
        answers.answers.push_back(std::move(entry));
      }
    }
  }
  const auto assessment = core::score_answers(checklist, answers, fuzz::k_today);
  (void)report::report_json(assessment);
}

void
exercise(std::string_view text)
{
  (void)core::yaml::comments(text);
  core::DiagnosticSink sink("fuzz.yaml");
  const auto root = core::yaml::parse(text, sink);
  if (!root) {
    return;
  }
  std::string emitted;
  core::yaml::emit_value(*root, 0, emitted);
  (void)core::detect_kind(*root, sink);
  const auto checklist = core::build_checklist(*root, sink, "fuzz.yaml");
  for (const auto& diagnostic : sink.diagnostics()) {
    (void)core::format_diagnostic(diagnostic);
  }
  if (!checklist) {
    return;
  }
  report::ShowOptions options;
  static_cast<report::Layout&>(options) = fuzz::layout_for(fuzz::hash_bytes(text));
  options.today = util::Date{2026, 12, 1};
  for (const auto& format : report::show_formats()) {
    (void)format.render(*checklist, options);
  }
  score_with(*checklist, "");
  for (const auto& option : checklist->scale) {
    score_with(*checklist, option.key);
  }
}

} // namespace

extern "C" int
LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  return ftsu::fuzz::run_one(exercise, data, size);
}
