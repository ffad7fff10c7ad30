#pragma once

#include <ftsu/util/spelling.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ftsu::core {

// How serious a diagnostic is.
enum class Severity { error, warning, last_ = warning };

// How every severity is spelled in a diagnostic's line ("ftsu-gap:
// warning: ..."), in order.
inline constexpr util::Spelling<Severity> k_severities[] = {
    {Severity::error, "error"},
    {Severity::warning, "warning"},
};
static_assert(util::spells_every(k_severities, Severity::last_));

// Returns the severity's spelling ("warning").
constexpr std::string_view
to_string(Severity severity)
{
  return util::spelling_of(k_severities, severity);
}

// A position in an input file: 1-based line and column (in characters);
// 0 means unknown.
struct Mark
{
  int line = 0;
  int column = 0;
};

// One problem found in an input file.
struct Diagnostic
{
  Severity severity = Severity::error;
  std::string file;
  Mark mark;
  std::string message;
};

// Formats `diagnostic` GCC style: "ftsu-gap: error: FILE:LINE:COLUMN: message"
// (without LINE:COLUMN when the mark is unknown).
std::string format_diagnostic(const Diagnostic& diagnostic);

// Collects the diagnostics of one file, up to a cap of errors, so the user
// sees every problem in one run.
class DiagnosticSink
{
public:
  // The most errors kept for one file; later ones are counted, not kept.
  static constexpr std::size_t k_max_errors = 50;

  explicit DiagnosticSink(std::string file);

  void error(Mark mark, std::string message);
  void warning(Mark mark, std::string message);
  // Appends `other`'s diagnostics to this sink's.
  void append(const DiagnosticSink& other);

  bool has_errors() const;
  // Returns true once the cap of errors is reached: callers may skip costly
  // work (such as suggestions) for errors that will not be shown.
  bool full() const;
  std::size_t error_count() const;
  // Returns the kept diagnostics, in the order they were found, followed by a
  // note when errors beyond the cap were dropped.
  std::vector<Diagnostic> diagnostics() const;

private:
  std::string m_file;
  std::vector<Diagnostic> m_diagnostics;
  std::size_t m_errors = 0;
  std::size_t m_dropped = 0;
};

} // namespace ftsu::core
