#include <ftsu/report/check.hpp>
#include <ftsu/report/text_writer.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

namespace ftsu::report {

namespace {

class CheckTextWriter : public TextWriter
{
public:
  CheckTextWriter(const CheckResult& result, const CheckOptions& options)
      : TextWriter(options.width, options.color)
      , m_result(result)
      , m_show_text(options.show_text)
  {
  }

  std::string
  render() &&
  {
    std::size_t files_with_findings = 0;
    for (const CheckedFile& file : m_result.files) {
      if (file.findings.empty()) {
        continue;
      }
      ++files_with_findings;
      heading(fmt::format("{}: {} {}",
                          util::for_terminal_line(file.name),
                          file.findings.size(),
                          file.findings.size() == 1 ? "finding" : "findings"));
      for (const core::PublicationFinding& finding : file.findings) {
        finding_line(finding);
      }
      m_out += '\n';
    }
    const std::size_t count = m_result.finding_count();
    const std::size_t files = m_result.files.size();
    if (count == 0) {
      wrapped(fmt::format("No findings in {} {}: nothing the check looks for would be printed. "
                          "A description can still identify someone: read the paper before "
                          "it goes out.",
                          files,
                          files == 1 ? "file" : "files"),
              0);
    } else {
      wrapped(fmt::format("{} {} in {} of {} {}. Each would be printed in a board paper: remove "
                          "or reword it, or, if it is safe to publish, accept it with "
                          "'publish_ok:' in the answers file (docs/security.md).",
                          count,
                          count == 1 ? "finding" : "findings",
                          files_with_findings,
                          files,
                          files == 1 ? "file" : "files"),
              0);
    }
    return std::move(m_out);
  }

private:
  void
  finding_line(const core::PublicationFinding& finding)
  {
    std::string line = core::describe_place(finding);
    if (m_show_text) {
      line += ": " + util::for_terminal_line(finding.text);
    }
    wrapped(line, 2, "- ");
  }

  const CheckResult& m_result;
  bool m_show_text;
};

} // namespace

std::string
check_text(const CheckResult& result, const CheckOptions& options)
{
  return CheckTextWriter(result, options).render();
}

} // namespace ftsu::report
