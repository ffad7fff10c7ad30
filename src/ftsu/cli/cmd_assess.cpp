#include <ftsu/cli/app.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/load.hpp>
#include <ftsu/cli/resolve.hpp>
#include <ftsu/cli/signals.hpp>
#include <ftsu/cli/terminal_prompter.hpp>
#include <ftsu/core/answers_writer.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/core/interview.hpp>
#include <ftsu/core/scoring.hpp>
#include <ftsu/core/yaml.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <set>

#include <unistd.h>

namespace ftsu::cli {

namespace {

using core::Error;
using core::ExitCode;

struct AssessOptions
{
  std::string checklist;
  std::string output;
  std::optional<std::string> profile;
  std::optional<std::string> section;
  bool review = false;
  ChecklistOptions checklists;
};

// Reads an existing answers file for `checklist`; refuses another
// checklist's file and any file with errors (it is never rewritten then).
core::AnswersFile
read_existing(const std::string& path,
              const std::string& text,
              const core::Checklist& checklist,
              const GlobalOptions& global)
{
  core::DiagnosticSink sink(path);
  auto answers = core::load_answers(text, sink);
  if (answers && !answers->checklist.empty() && answers->checklist != checklist.id) {
    throw Error(ExitCode::invalid_input,
                fmt::format("{} holds answers to checklist '{}', not '{}'; give that checklist, or "
                            "another file with -o",
                            util::for_terminal(path),
                            util::for_terminal(answers->checklist),
                            checklist.id));
  }
  if (answers) {
    core::check_answers(*answers, checklist, sink);
  }
  if (sink.has_errors()) {
    throw Error(ExitCode::invalid_input, sink.diagnostics());
  }
  print_diagnostics(sink.diagnostics(), global.quiet);
  return std::move(*answers);
}

// True when `text` has comments that a rewrite would not write back.
bool
has_own_comments(const std::string& text,
                 const core::AnswersFile& answers,
                 const core::Checklist& checklist)
{
  const auto generated = core::yaml::comments(core::write_answers(answers, &checklist));
  const std::set<std::string> ours(generated.begin(), generated.end());
  for (const auto& comment : core::yaml::comments(text)) {
    if (ours.count(comment) == 0) {
      return true;
    }
  }
  return false;
}

// Asks for the header of a new file: organisation, period, profile.
core::AnswersFile
start_new(const core::Checklist& checklist,
          std::optional<std::string> profile,
          TerminalPrompter& prompter)
{
  const auto text = [&](std::string_view prompt) -> std::optional<std::string> {
    const core::Input input = prompter.read_line(fmt::format("{} (Enter to skip): ", prompt));
    if (input.kind == core::Input::Kind::interrupted) {
      throw Error(ExitCode::interrupted,
                  "interrupted before anything was answered; nothing written");
    }
    const std::string value = util::repair_utf8(util::trim(input.text));
    return value.empty() ? std::nullopt : std::optional<std::string>(value);
  };
  const auto organisation = text("Organisation");
  const auto period = text("Period assessed, such as 2025/26");
  // Asked only when it matters: when some item is limited to a profile.
  const bool profiles_matter =
      std::any_of(checklist.sections.begin(), checklist.sections.end(), [](const auto& section) {
        return std::any_of(section.items.begin(), section.items.end(), [](const auto& item) {
          return !item.profiles.empty();
        });
      });
  if (!profile && profiles_matter) {
    std::vector<std::string> choices;
    for (const auto& p : checklist.profiles) {
      choices.push_back(fmt::format("{} ({})", p.key, p.label));
    }
    prompter.show_message("Profiles: " + util::join(choices, "; "));
    while (true) {
      profile = text("Profile");
      if (!profile || checklist.find_profile(*profile) != nullptr) {
        break;
      }
      prompter.show_message("Not a profile of this checklist; type one of: "
                            + util::join(checklist.profile_keys(), ", "));
    }
  }
  return core::start_answers(checklist, organisation, period, profile, nullptr);
}

// Refuses a --section that names no section, before anything is asked.
void
check_section(const core::Checklist& checklist, const std::optional<std::string>& section)
{
  if (!section) {
    return;
  }
  std::vector<std::string> ids;
  for (const auto& s : checklist.sections) {
    if (s.id == *section) {
      return;
    }
    ids.push_back(s.id);
  }
  throw Error(ExitCode::usage,
              fmt::format("--section {}: no such section in '{}'; sections: {}",
                          util::for_terminal(*section),
                          checklist.id,
                          util::join(ids, ", ")));
}

void
print_summary(const core::InterviewResult& result,
              const core::Checklist& checklist,
              const core::AnswersFile& answers,
              const std::string& output)
{
  const auto assessment = core::score_answers(checklist, answers, util::today_utc());
  const auto& o = assessment.overall;
  std::string out = fmt::format("\nAnswered {} item{} this session, skipped {}.\n",
                                result.answered,
                                result.answered == 1 ? "" : "s",
                                result.skipped);
  out += fmt::format(
      "Score so far: {} ({}), coverage {} ({} of {} answered).\n",
      o.score ? util::one_decimal(*o.score) + "%" : std::string("none yet"),
      util::for_terminal_line(o.rating != nullptr ? o.rating->label : std::string("no rating")),
      o.coverage ? util::one_decimal(*o.coverage) + "%" : std::string("—"),
      o.tally.answered,
      o.tally.answered + o.tally.unanswered);
  out += fmt::format("Saved {}. Next: ftsu-gap report {}\n",
                     util::for_terminal(output),
                     util::for_terminal(output));
  write_stdout(out);
}

int
run_assess(const AssessOptions& options, const GlobalOptions& global)
{
  const auto checklist = resolve_checklist(options.checklist, options.checklists.dirs);
  if (options.profile && checklist->find_profile(*options.profile) == nullptr) {
    throw Error(ExitCode::usage,
                fmt::format("--profile {}: not a profile of checklist '{}'; expected one of: {}",
                            util::for_terminal(*options.profile),
                            checklist->id,
                            util::join(checklist->profile_keys(), ", ")));
  }
  check_section(*checklist, options.section);
  const bool interactive = ::isatty(STDIN_FILENO) == 1;
  TerminalPrompter prompter(interactive && use_color(global.color, STDOUT_FILENO),
                            interactive ? output_width(100) : 80);
  install_interrupt_handlers();

  std::error_code ec;
  const bool exists = std::filesystem::exists(options.output, ec);
  core::AnswersFile answers;
  bool keep_original = false;
  if (exists) {
    const std::string text = read_input(options.output);
    answers = read_existing(options.output, text, *checklist, global);
    if (options.profile && answers.profile && *answers.profile != *options.profile) {
      throw Error(ExitCode::usage,
                  fmt::format("{} is for profile '{}', not '{}'",
                              util::for_terminal(options.output),
                              util::for_terminal(*answers.profile),
                              *options.profile));
    }
    if (options.profile) {
      answers.profile = options.profile;
    }
    keep_original = has_own_comments(text, answers, *checklist);
  } else {
    answers = start_new(*checklist, options.profile, prompter);
  }
  const auto items = core::interview_items(*checklist, answers, options.section, options.review);

  bool first_save = true;
  const auto save = [&](const core::AnswersFile& current) {
    if (first_save && keep_original) {
      const std::string original = options.output + ".orig";
      if (!std::filesystem::exists(original, ec)) {
        write_output(original, read_input(options.output));
      }
      prompter.show_message(
          fmt::format("Note: {} has comments that a rewrite cannot keep; the file as it "
                      "was is kept as {}.",
                      options.output,
                      original));
    }
    first_save = false;
    core::AnswersFile copy = current;
    copy.checklist_version = checklist->version;
    write_output(options.output, core::write_answers(copy, checklist.get()));
  };
  if (!exists) {
    save(answers);
  }
  if (!items || items->empty()) {
    prompter.show_message(options.review
                              ? "There are no items to review here."
                              : "Nothing left to ask: every item here is answered. Use --review "
                                "to go over the answers again.");
  }
  const core::InterviewResult result =
      core::run_interview(*checklist,
                          answers,
                          items.value_or(std::vector<const core::Item*>{}),
                          options.review,
                          prompter,
                          save);
  if (result.end == core::InterviewResult::End::interrupted) {
    write_stderr(fmt::format("\nftsu-gap: interrupted; {} answer{} saved in {}\n",
                             result.answered,
                             result.answered == 1 ? "" : "s",
                             util::for_terminal(options.output)));
    return static_cast<int>(ExitCode::interrupted);
  }
  print_summary(result, *checklist, answers, options.output);
  return 0;
}

} // namespace

void
add_assess_command(CLI::App& app, Context& context)
{
  auto options = std::make_shared<AssessOptions>();
  auto* command = app.add_subcommand(
      "assess",
      "Work through a checklist in the terminal, one item at a time, saving after every answer");
  command
      ->add_option(
          "CHECKLIST", options->checklist, "A checklist file, or a bundled id (id or id@version)")
      ->required();
  command
      ->add_option("-o,--output",
                   options->output,
                   "The answers file: created when missing, resumed when it exists")
      ->required();
  command->add_option(
      "--profile", options->profile, "The organisation type (a profile of the checklist)");
  command->add_option("--section", options->section, "Ask only the items of this section (its id)");
  command->add_flag("--review",
                    options->review,
                    "Go over every item, answered or not, showing the current answer");
  add_checklist_options(*command, options->checklists, false);
  command->footer(
      "Keys at each item: an option's digit or shortcut, s skip, b back, ? help, q save and quit.\n"
      "The file is saved after every answer; Ctrl-C saves and exits with 130.");
  command->callback([&context, options] {
    context.action = [&context, options] { return run_assess(*options, context.global); };
  });
}

} // namespace ftsu::cli
