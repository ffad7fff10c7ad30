#pragma once

#include <ftsu/cli/app.hpp>
#include <ftsu/core/error.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "memory_file_system.hpp"

// Running the commands of cli/cmd_*.cpp on an in-memory file system
// (test_cli_cmd_*.cpp), as ninja's tests run its tools on a
// VirtualFileSystem.
namespace ftsu::test {

// What a command line did: its exit code, and the message of the error that
// stopped it ("" when none; a diagnostic's as format_diagnostic prints it,
// one a line).
struct Ran
{
  int code = 0;
  std::string error;
};

// Runs `ftsu-gap ARGS...` on `files`, as cli::run does but without mapping
// the error that stops a command (kept in Ran::error).
inline Ran
run_cli(MemoryFileSystem& files, std::vector<std::string> args)
{
  // argv[0] is a literal kept apart: inserting it at args.begin() gave GCC
  // 12 at -O3 a false -Wnull-dereference inside std::string's move.
  std::string program = "ftsu-gap";
  std::vector<char*> argv{program.data()};
  for (auto& arg : args) {
    argv.push_back(arg.data());
  }
  cli::Context context(files);
  try {
    return {cli::run_command(static_cast<int>(argv.size()), argv.data(), context), {}};
  } catch (const core::Error& error) {
    std::string message = error.what();
    for (const auto& diagnostic : error.diagnostics()) {
      message += core::format_diagnostic(diagnostic) + "\n";
    }
    return {static_cast<int>(error.code()), message};
  }
}

// Returns the file `name` of the repository's examples/ folder.
inline std::string
example(const std::string& name)
{
  std::ifstream in(std::filesystem::path(FTSU_SOURCE_DIR) / "examples" / name, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Returns whether `text` holds `part`.
inline bool
has(const std::string& text, const std::string& part)
{
  return text.find(part) != std::string::npos;
}

// The exit codes of docs/spec.md#exit-codes.
constexpr int k_gate_failed = static_cast<int>(core::ExitCode::gate_failed);
constexpr int k_usage = static_cast<int>(core::ExitCode::usage);
constexpr int k_invalid_input = static_cast<int>(core::ExitCode::invalid_input);
constexpr int k_io_error = static_cast<int>(core::ExitCode::io_error);

} // namespace ftsu::test
