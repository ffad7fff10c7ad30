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
      {{.name = "text", .extensions = ".txt", .help = "for reading", .audience = Audience::own_use},
       [](const CheckResult& r, const O& o) { return check_text(r, o); }},
      {{.name = "json",
        .extensions = ".json",
        .help = "for programs",
        .audience = Audience::own_use},
       [](const CheckResult& r, const O&) { return check_json(r); }},
  };
  return k_table;
}

} // namespace ftsu::report
