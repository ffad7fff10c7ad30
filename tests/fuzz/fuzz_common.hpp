#pragma once

#include <ftsu/core/answers.hpp>
#include <ftsu/core/catalog.hpp>
#include <ftsu/core/checklist.hpp>
#include <ftsu/core/diagnostic.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/report/format.hpp>
#include <ftsu/util/date.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <optional>
#include <string>
#include <string_view>

// Helpers shared by the fuzz targets (tests/fuzz/fuzz_*.cpp): everything a
// target derives from its input is a pure function of the bytes, so a
// finding replays the same way under libFuzzer and under replay_main.cpp.
namespace ftsu::fuzz {

// The day every target scores and renders at (never the clock).
inline constexpr util::Date k_today{2026, 6, 1};

// Returns the FNV-1a hash of `bytes`: the source of every layout choice.
inline std::uint64_t
hash_bytes(std::string_view bytes)
{
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return hash;
}

// Returns a layout chosen by `hash`: widths from 1 to 200 columns (the
// narrow ones included on purpose), colour and Unicode on or off.
inline report::Layout
layout_for(std::uint64_t hash)
{
  static constexpr std::size_t k_widths[] = {80, 40, 120, 1, 20, 60, 100, 200};
  report::Layout layout;
  layout.width = k_widths[hash % 8];
  layout.color = ((hash >> 3) & 1U) != 0;
  layout.unicode = ((hash >> 4) & 1U) != 0;
  return layout;
}

// Returns the bundled checklist that `answers` names (its version, else the
// newest of its id), or nullptr when none is bundled. Each bundled
// checklist is parsed once per process, as cli/resolve.cpp does.
inline core::ChecklistPtr
bundled_checklist_for(const core::AnswersFile& answers)
{
  static const core::Catalog catalog = [] {
    core::Catalog built;
    built.add_bundled();
    return built;
  }();
  static std::map<std::string, core::ChecklistPtr> loaded;
  const core::CatalogEntry* entry = catalog.find(answers.checklist, answers.checklist_version);
  if (entry == nullptr) {
    entry = catalog.find(answers.checklist, std::nullopt);
  }
  if (entry == nullptr) {
    return nullptr;
  }
  if (const auto it = loaded.find(entry->origin); it != loaded.end()) {
    return it->second;
  }
  core::DiagnosticSink sink(entry->origin);
  auto checklist = core::load_entry(*entry, sink);
  if (!checklist) {
    // A bundled checklist that does not load is a bug, not an input.
    std::abort();
  }
  loaded.emplace(entry->origin, checklist);
  return checklist;
}

// An answers file that passed every check against its bundled checklist.
struct CheckedAnswers
{
  core::AnswersFile answers;
  core::ChecklistPtr checklist;
};

// Loads `text` as the command line does (cli/load.cpp): the answers, the
// bundled checklist they name, and check_answers. Returns nullopt when any
// of it reports an error; throws core::Error as the loaders do.
inline std::optional<CheckedAnswers>
load_checked_answers(std::string_view text)
{
  core::DiagnosticSink sink("fuzz.yaml");
  auto answers = core::load_answers(text, sink);
  if (!answers || sink.has_errors()) {
    return std::nullopt;
  }
  auto checklist = bundled_checklist_for(*answers);
  if (!checklist || !core::check_answers(*answers, *checklist, sink) || sink.has_errors()) {
    return std::nullopt;
  }
  return CheckedAnswers{std::move(*answers), std::move(checklist)};
}

// Runs `exercise` on one input, as every target's LLVMFuzzerTestOneInput
// does: core::Error is an aborting failure the loaders (or the spreadsheet
// writer) report on purpose; anything else escaping, or a sanitizer report,
// is a finding. Returns 0, as libFuzzer expects.
inline int
run_one(void (*exercise)(std::string_view), const std::uint8_t* data, std::size_t size)
{
  try {
    // libFuzzer hands bytes; the loaders read text.
    exercise(std::string_view(reinterpret_cast<const char*>(data), size));
  } catch (const core::Error&) {
    // Reported on purpose: not a finding.
  }
  return 0;
}

} // namespace ftsu::fuzz
