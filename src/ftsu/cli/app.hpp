#pragma once

#include <ftsu/cli/file_system.hpp>
#include <ftsu/cli/output.hpp>
#include <ftsu/cli/resolve.hpp>

#include <functional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace ftsu::cli {

// One run of the program: the file system every command reads and writes
// through, the checklists found so far, and what the parsed command line
// asks for (the global options and the chosen command's action, which
// returns the exit code).
struct Context
{
  // A run on `files`, with the checklist folders of FTSU_GAP_CHECKLISTS as
  // the process's environment has them.
  explicit Context(FileSystem& files);

  FileSystem& file_system;
  ChecklistResolver checklists;
  GlobalOptions global;
  std::function<int()> action;
};

// Runs the program on the disk: parses `argv`, runs the command, and maps
// every failure to the exit codes of docs/spec.md#exit-codes. Never throws.
int run(int argc, char** argv);

// Parses `argv` into `context` and runs the chosen command on its file
// system. Returns the exit code; a usage error of the command line is
// printed and returns 2; a failing command throws core::Error, which run
// maps to its exit code.
int run_command(int argc, char** argv, Context& context);

// Each command registers itself on `app` and sets `context.action` when it
// is chosen. They are listed in one place, app.cpp.
void add_actions_command(CLI::App& app, Context& context);
void add_aggregate_command(CLI::App& app, Context& context);
void add_assess_command(CLI::App& app, Context& context);
void add_diff_command(CLI::App& app, Context& context);
void add_export_command(CLI::App& app, Context& context);
void add_import_command(CLI::App& app, Context& context);
void add_init_command(CLI::App& app, Context& context);
void add_list_command(CLI::App& app, Context& context);
void add_merge_command(CLI::App& app, Context& context);
void add_report_command(CLI::App& app, Context& context);
void add_show_command(CLI::App& app, Context& context);
void add_trend_command(CLI::App& app, Context& context);
void add_validate_command(CLI::App& app, Context& context);
void add_check_command(CLI::App& app, Context& context);
void add_help_command(CLI::App& app, Context& context);

// Prints the completions of the last of `words` (the words after
// `ftsu-gap __complete`) for the commands and options of `app`, one a line;
// a last line `:files` or `:dirs` asks for file or folder names too.
// Prints nothing it cannot work out, and never fails.
int run_complete(const CLI::App& app, const std::vector<std::string>& words, Context& context);

} // namespace ftsu::cli
