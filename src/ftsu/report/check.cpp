#include <ftsu/report/check.hpp>

namespace ftsu::report {

std::size_t
CheckResult::finding_count() const
{
  std::size_t count = 0;
  for (const CheckedFile& file : files) {
    count += file.findings.size();
  }
  return count;
}

FormatTable<CheckResult, CheckOptions>
check_formats()
{
  using O = CheckOptions;
  static constexpr FormatEntry<CheckResult, O> k_table[] = {
      {{"text", ".txt", "for reading"},
       [](const CheckResult& r, const O& o) { return check_text(r, o); }},
      {{"json", ".json", "for programs"},
       [](const CheckResult& r, const O&) { return check_json(r); }},
  };
  return k_table;
}

} // namespace ftsu::report
