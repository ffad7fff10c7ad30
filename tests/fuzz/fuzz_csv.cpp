// Fuzz target: the input is a CSV file read as `import` reads it
// (core::read_csv), then its rows read as a response to the bundled
// checklist ngo-case-reviews. core::Error is an expected outcome; any
// other exception or a sanitizer report is a finding.
#include <ftsu/core/csv_reader.hpp>
#include <ftsu/core/response.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_common.hpp"

extern "C" int
LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  using namespace ftsu;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const core::ResponseTable items = core::read_csv(text, "");
    core::AnswersFile reference;
    reference.checklist = "ngo-case-reviews";
    const core::ChecklistPtr checklist = fuzz::bundled_checklist_for(reference);
    core::DiagnosticSink sink("fuzz.csv");
    (void)core::read_response(core::ResponseTable{}, items, *checklist, {}, sink);
  } catch (const core::Error&) {
  }
  return 0;
}
