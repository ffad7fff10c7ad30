#include <ftsu/cli/app.hpp>
#include <ftsu/cli/output.hpp>
#include <ftsu/cli/platform.hpp>
#include <ftsu/core/catalog.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/core/version.hpp>
#include <ftsu/util/strings.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace ftsu::cli {

namespace {

using core::ExitCode;

int
to_int(ExitCode code)
{
  return static_cast<int>(code);
}

int
report(const core::Error& error, bool quiet)
{
  if (error.diagnostics().empty()) {
    print_error(error.what());
  } else {
    print_diagnostics(error.diagnostics(), quiet);
  }
  return to_int(error.code());
}

// Returns the first word of the command line that should name a command
// but names none (so `ftsu-gap frobnicate --help` is an error, not help).
std::optional<std::string>
unknown_command(CLI::App& app, int argc, char** argv)
{
  for (int i = 1; i < argc; ++i) {
    const std::string_view word = argv[i];
    if (word == "--color") {
      ++i;
      continue;
    }
    if (word.starts_with("-")) {
      continue;
    }
    for (const CLI::App* command : app.get_subcommands({})) {
      if (command->get_name() == word) {
        return std::nullopt;
      }
    }
    return std::string(word);
  }
  return std::nullopt;
}

// Returns what --version prints: the version, then each bundled checklist
// with its versions, lowest first.
std::string
version_text()
{
  core::Catalog catalog;
  catalog.add_bundled();
  std::string out = fmt::format("ftsu-gap {}\nbundled checklists:", core::k_version);
  for (const auto& id : catalog.ids()) {
    out += fmt::format("\n  {}", id);
    for (const auto& version : catalog.versions(id)) {
      out += " " + version;
    }
  }
  return out;
}

// Adds the options that work before and after the command: each command
// falls through to these when an option is not its own.
void
add_global_options(CLI::App& app, Context& context, std::string& color)
{
  app.set_version_flag("--version", version_text, "Print the version and the bundled checklists");
  // The modes from their table, the default (auto) first: "auto (on a
  // terminal), always or never".
  std::vector<std::string> modes = color_mode_keys();
  const std::vector<std::string> choices = modes;
  modes.front() += " (on a terminal)";
  app.add_option("--color", color, "Colour output: " + util::join_words(modes, "or"))
      ->check(CLI::IsMember(choices));
  app.add_flag("-q,--quiet", context.global.quiet, "Print no warnings or progress");
  app.fallthrough();
}

} // namespace

Context::Context(FileSystem& files)
    : file_system(files)
    , checklists(files, environment_value("FTSU_GAP_CHECKLISTS"))
{
}

int
run_command(int argc, char** argv, Context& context)
{
  CLI::App app{"Freedom to Speak Up gap analysis: hold your organisation's speaking-up "
               "arrangements against published recommendations and national policy.",
               "ftsu-gap"};
  std::string color(to_string(ColorMode::auto_));
  // CLI11 takes "/x" for an option on Windows by default; a path such as
  // /Users/me/a.yaml (PowerShell, Git Bash) is a path on every platform.
  // Set before the commands are added: each inherits it.
  app.allow_windows_style_options(false);
  add_global_options(app, context, color);
  app.require_subcommand(1);
  app.footer("Exit codes: 0 done, 1 a gate failed, 2 usage, 3 invalid input, 4 a file could not "
             "be read or written, 130 interrupted.");

  add_list_command(app, context);
  add_show_command(app, context);
  add_validate_command(app, context);
  add_check_command(app, context);
  add_init_command(app, context);
  add_assess_command(app, context);
  add_report_command(app, context);
  add_actions_command(app, context);
  add_merge_command(app, context);
  add_export_command(app, context);
  add_import_command(app, context);
  add_diff_command(app, context);
  add_trend_command(app, context);
  add_aggregate_command(app, context);
  add_help_command(app, context);
  // Each command's --help ends by naming the global options, as they work
  // after the command too.
  for (CLI::App* command : app.get_subcommands({})) {
    const std::string footer = command->get_footer();
    command->footer((footer.empty() ? "" : footer + "\n")
                    + fmt::format("Global options, before or after the command: --color {}, "
                                  "-q/--quiet, --version (see ftsu-gap --help).",
                                  util::join(color_mode_keys(), "|")));
  }

  if (argc >= 2 && std::string_view(argv[1]) == "__complete") {
    return run_complete(app, std::vector<std::string>(argv + 2, argv + argc), context);
  }

  if (const auto unknown = unknown_command(app, argc, argv)) {
    print_error(
        fmt::format("unknown command '{}'; run 'ftsu-gap --help' for the commands", *unknown));
    return to_int(ExitCode::usage);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) {
      return app.exit(e, std::cout, std::cerr);
    }
    print_error(fmt::format("{}; run 'ftsu-gap --help' for usage", e.what()));
    return to_int(ExitCode::usage);
  }
  context.global.color = parse_color_mode(color).value_or(ColorMode::auto_);
  return context.action ? context.action() : to_int(ExitCode::usage);
}

int
run(int argc, char** argv)
{
  prepare_process();
  Context context(real_file_system());
  try {
    return run_command(argc, argv, context);
  } catch (const core::Error& e) {
    return report(e, context.global.quiet);
  } catch (const std::bad_alloc&) {
    print_error("out of memory");
    return to_int(ExitCode::invalid_input);
  } catch (const std::exception& e) {
    print_error(fmt::format("unexpected failure: {}", e.what()));
    return to_int(ExitCode::invalid_input);
  }
}

} // namespace ftsu::cli
