// Fuzz target: the input is an .xlsx file read as `import` reads it
// (core::read_xlsx, with every limit of core/xlsx_reader.hpp), then its
// sheets read as a response to the bundled checklist its first sheet names
// (ngo-case-reviews when it names none). core::Error is an expected
// outcome; any other exception or a sanitizer report is a finding.
#include <ftsu/core/response.hpp>
#include <ftsu/core/xlsx_reader.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <tuple>

#include "fuzz_common.hpp"

extern "C" int
LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  using namespace ftsu;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    const core::XlsxSheets sheets = core::read_xlsx(bytes, core::k_response_items_sheet);
    core::AnswersFile reference;
    std::tie(reference.checklist, reference.checklist_version) =
        core::response_checklist(sheets.first);
    core::ChecklistPtr checklist = fuzz::bundled_checklist_for(reference);
    if (!checklist) {
      reference.checklist = "ngo-case-reviews";
      checklist = fuzz::bundled_checklist_for(reference);
    }
    core::DiagnosticSink sink("fuzz.xlsx");
    (void)core::read_response(sheets.first, sheets.items, *checklist, {}, sink);
  } catch (const core::Error&) {
  }
  return 0;
}
