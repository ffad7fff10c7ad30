#include <ftsu/core/diagnostic.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace ftsu::core {

std::string
format_diagnostic(const Diagnostic& diagnostic)
{
  const std::string_view level = to_string(diagnostic.severity);
  if (diagnostic.file.empty()) {
    return fmt::format("ftsu-gap: {}: {}", level, diagnostic.message);
  }
  if (diagnostic.mark.line <= 0) {
    return fmt::format("ftsu-gap: {}: {}: {}", level, diagnostic.file, diagnostic.message);
  }
  return fmt::format("ftsu-gap: {}: {}:{}:{}: {}",
                     level,
                     diagnostic.file,
                     diagnostic.mark.line,
                     diagnostic.mark.column,
                     diagnostic.message);
}

DiagnosticSink::DiagnosticSink(std::string file)
    : m_file(std::move(file))
{
}

void
DiagnosticSink::error(Mark mark, std::string message)
{
  ++m_errors;
  if (m_errors > k_max_errors) {
    ++m_dropped;
    return;
  }
  m_diagnostics.push_back({Severity::error, m_file, mark, std::move(message)});
}

void
DiagnosticSink::warning(Mark mark, std::string message)
{
  if (m_diagnostics.size() < 4 * k_max_errors) {
    m_diagnostics.push_back({Severity::warning, m_file, mark, std::move(message)});
  }
}

void
DiagnosticSink::append(const DiagnosticSink& other)
{
  for (const auto& diagnostic : other.m_diagnostics) {
    if (diagnostic.severity == Severity::error) {
      error(diagnostic.mark, diagnostic.message);
    } else {
      warning(diagnostic.mark, diagnostic.message);
    }
  }
  m_errors += other.m_dropped;
  m_dropped += other.m_dropped;
}

bool
DiagnosticSink::full() const
{
  return m_errors >= k_max_errors;
}

bool
DiagnosticSink::has_errors() const
{
  return m_errors > 0;
}

std::size_t
DiagnosticSink::error_count() const
{
  return m_errors;
}

std::vector<Diagnostic>
DiagnosticSink::diagnostics() const
{
  auto out = m_diagnostics;
  // Errors first, so the first line says why the file was refused; each
  // kind in file order, as a compiler reports them.
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.severity != b.severity) {
      return a.severity == Severity::error;
    }
    return a.mark.line != b.mark.line ? a.mark.line < b.mark.line : a.mark.column < b.mark.column;
  });
  if (m_dropped > 0) {
    out.push_back({Severity::error,
                   m_file,
                   {},
                   fmt::format("{} more errors not shown (the first {} are above); fix those "
                               "and run again",
                               m_dropped,
                               k_max_errors)});
  }
  return out;
}

} // namespace ftsu::core
