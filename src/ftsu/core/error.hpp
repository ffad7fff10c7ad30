#pragma once

#include <ftsu/core/diagnostic.hpp>

#include <stdexcept>
#include <string>
#include <vector>

namespace ftsu::core {

// The process exit codes of docs/spec.md#exit-codes.
enum class ExitCode {
  ok = 0,
  gate_failed = 1,
  usage = 2,
  invalid_input = 3,
  io_error = 4,
  interrupted = 130,
};

// The one exception type for aborting failures: it carries the exit code and
// either a message or the diagnostics that explain it. It is caught once, in
// cli::run.
class Error : public std::runtime_error
{
public:
  Error(ExitCode code, const std::string& message);
  Error(ExitCode code, std::vector<Diagnostic> diagnostics);

  ExitCode code() const;
  const std::vector<Diagnostic>& diagnostics() const;

private:
  ExitCode m_code;
  std::vector<Diagnostic> m_diagnostics;
};

inline Error::Error(ExitCode code, const std::string& message)
    : std::runtime_error(message)
    , m_code(code)
{
}

inline Error::Error(ExitCode code, std::vector<Diagnostic> diagnostics)
    : std::runtime_error(diagnostics.empty() ? std::string("invalid input")
                                             : diagnostics.front().message)
    , m_code(code)
    , m_diagnostics(std::move(diagnostics))
{
}

inline ExitCode
Error::code() const
{
  return m_code;
}

inline const std::vector<Diagnostic>&
Error::diagnostics() const
{
  return m_diagnostics;
}

} // namespace ftsu::core
