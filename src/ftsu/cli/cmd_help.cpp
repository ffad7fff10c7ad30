#include <ftsu/cli/app.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/util/utf8.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>
#include <string>

namespace ftsu::cli {

namespace {

// Prints the help of `app`, or of its command `name`, as `--help` would.
int
run_help(const CLI::App& app, const std::string& name, FileSystem& file_system)
{
  const std::string program = app.get_name();
  if (name.empty()) {
    file_system.write_stdout(
        app.get_formatter()->make_help(&app, program, CLI::AppFormatMode::Normal));
    return 0;
  }
  for (const CLI::App* command : app.get_subcommands({})) {
    if (command->get_name() == name && !command->get_group().empty()) {
      file_system.write_stdout(command->get_formatter()->make_help(
          command, fmt::format("{} {}", program, name), CLI::AppFormatMode::Normal));
      return 0;
    }
  }
  throw core::Error(core::ExitCode::usage,
                    fmt::format("unknown command '{}'; run 'ftsu-gap help' for the commands",
                                util::for_terminal_line(name)));
}

} // namespace

void
add_help_command(CLI::App& app, Context& context)
{
  auto name = std::make_shared<std::string>();
  auto* command = app.add_subcommand(
      "help", "Show the commands, or a command's options (as COMMAND --help does)");
  command->add_option("COMMAND", *name, "The command to explain");
  command->callback([&app, &context, name] {
    context.action = [&app, &context, name] { return run_help(app, *name, context.file_system); };
  });
}

} // namespace ftsu::cli
