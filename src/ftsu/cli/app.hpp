#pragma once

#include <ftsu/cli/output.hpp>

#include <functional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace ftsu::cli {

// What a parsed command line asks for: the global options and the chosen
// command's action, which returns the exit code.
struct Context
{
  GlobalOptions global;
  std::function<int()> action;
};

// Runs the program: parses `argv`, runs the command, and maps every failure
// to the exit codes of docs/spec.md#exit-codes. Never throws.
int run(int argc, char** argv);

// Each command registers itself on `app` and sets `context.action` when it
// is chosen. They are listed in one place, app.cpp.
void add_actions_command(CLI::App& app, Context& context);
void add_aggregate_command(CLI::App& app, Context& context);
void add_assess_command(CLI::App& app, Context& context);
void add_diff_command(CLI::App& app, Context& context);
void add_init_command(CLI::App& app, Context& context);
void add_list_command(CLI::App& app, Context& context);
void add_merge_command(CLI::App& app, Context& context);
void add_report_command(CLI::App& app, Context& context);
void add_show_command(CLI::App& app, Context& context);
void add_trend_command(CLI::App& app, Context& context);
void add_validate_command(CLI::App& app, Context& context);
void add_help_command(CLI::App& app, Context& context);

// Prints the completions of the last of `words` (the words after
// `ftsu-gap __complete`) for the commands and options of `app`, one a line;
// a last line `:files` or `:dirs` asks for file or folder names too.
// Prints nothing it cannot work out, and never fails.
int run_complete(const CLI::App& app, const std::vector<std::string>& words);

} // namespace ftsu::cli
