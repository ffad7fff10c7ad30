#include <ftsu/cli/answers_save.hpp>
#include <ftsu/cli/app.hpp>
#include <ftsu/cli/formats.hpp>
#include <ftsu/cli/header_options.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/load.hpp>
#include <ftsu/cli/platform.hpp>
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

namespace ftsu::cli {

namespace {

using core::Error;
using core::ExitCode;

// Says which item's follow-up questions the session stopped in, if any.
std::string
unfinished_note(const core::InterviewResult& result)
{
  return result.unfinished
             ? fmt::format("; the follow-up questions of '{}' were not finished and come again "
                           "when assess runs on the file",
                           util::for_terminal(*result.unfinished))
             : std::string();
}

struct AssessOptions
{
  std::optional<std::string> checklist;
  std::string output;
  HeaderArgs header;
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
    sink.error(answers->checklist_mark,
               fmt::format("{} holds answers to checklist '{}', not '{}'; give that checklist, or "
                           "another file with -o",
                           util::for_terminal(path),
                           util::for_terminal(answers->checklist),
                           checklist.id));
    throw Error(ExitCode::invalid_input, sink.diagnostics());
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

// Finds the checklist: the one named, else the one the existing file names
// (at its version when that is still to be had).
core::ChecklistPtr
find_checklist(Context& context,
               const AssessOptions& options,
               const std::optional<std::string>& text)
{
  if (options.checklist) {
    return context.checklists.resolve(*options.checklist, options.checklists.dirs);
  }
  if (!text) {
    throw Error(ExitCode::usage,
                fmt::format("{} does not exist yet: name the checklist to start it, as in "
                            "'ftsu-gap assess ngo-case-reviews -o {}'",
                            util::for_terminal_line(options.output),
                            util::for_terminal_line(options.output)));
  }
  core::DiagnosticSink sink(options.output);
  const auto answers = core::load_answers(*text, sink);
  core::ChecklistPtr checklist;
  if (answers && !sink.has_errors()) {
    checklist = context.checklists.for_answers(*answers, options.checklists, sink);
  }
  if (!checklist || sink.has_errors()) {
    throw Error(ExitCode::invalid_input, sink.diagnostics());
  }
  return checklist;
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

// Without a terminal nothing is asked but the items: a checklist whose
// items depend on the profile needs --profile (or a file that names one).
void
check_profile_settled(const core::Checklist& checklist, const core::AnswersFile& answers)
{
  if (answers.profile || !core::profiles_matter(checklist)) {
    return;
  }
  throw Error(ExitCode::usage,
              fmt::format("checklist '{}' has items for some kinds of organisation only; without "
                          "a terminal, give --profile, one of: {}",
                          checklist.id,
                          util::join(checklist.profile_keys(), ", ")));
}

int
run_assess(const AssessOptions& options, Context& context)
{
  const GlobalOptions& global = context.global;
  if (options.output.empty() || options.output == "-") {
    throw Error(ExitCode::usage, "assess needs -o FILE, the answers file to write");
  }
  // Two sessions on one file would each save over the other's answers.
  FileSystem& files = context.file_system;
  const std::unique_ptr<FileLock> lock = files.lock(options.output);
  // A file that cannot be saved is named before the first answer, which
  // would otherwise be lost.
  files.check_writable(options.output);
  const bool exists = files.stat(options.output).has_value();
  const std::optional<std::string> text =
      exists ? std::optional<std::string>(files.read(options.output)) : std::nullopt;
  const auto checklist = find_checklist(context, options, text);
  const core::HeaderOptions header = header_options(options.header, *checklist);
  check_section(*checklist, options.section);
  const bool interactive = is_terminal(StandardStream::input);
  TerminalPrompter prompter(interactive && use_color(global.color, StandardStream::output),
                            interactive ? output_width(100) : 80);
  install_interrupt_handlers();

  core::AnswersFile answers;
  bool keep_original = false;
  if (exists) {
    answers = read_existing(options.output, *text, *checklist, global);
    if (header.profile && answers.profile && *answers.profile != *header.profile) {
      throw Error(ExitCode::usage,
                  fmt::format("{} is for profile '{}', not '{}'",
                              util::for_terminal(options.output),
                              util::for_terminal(*answers.profile),
                              *header.profile));
    }
    if (answers.merged()) {
      // Its answers are derived from the respondents' own entries, so an
      // edit here would be undone by the next merge and hidden from
      // "Where you disagree" (issue 29).
      throw Error(ExitCode::usage,
                  fmt::format("{} is a merged file of {} respondents; assess does not change "
                              "it, as the next merge derives every answer again from the "
                              "respondents' own files. Change a respondent's own file (ftsu-gap "
                              "assess -o THEIR-FILE.yaml) and merge again (ftsu-gap merge "
                              "FILE... -o {})",
                              util::for_terminal(options.output),
                              answers.respondents.size(),
                              util::for_terminal(options.output)));
    }
    keep_original = has_own_comments(*text, answers, *checklist);
  } else {
    answers.checklist = checklist->id;
  }
  core::apply_header(answers, header);
  if (!interactive) {
    check_profile_settled(*checklist, answers);
  } else if (const auto end = core::ask_header(*checklist, answers, !exists, prompter)) {
    const std::string what = exists ? "the file is unchanged" : "nothing written";
    if (*end == core::Input::Kind::interrupted) {
      throw Error(ExitCode::interrupted, "interrupted before any item was asked; " + what);
    }
    write_stderr(fmt::format("ftsu-gap: stopped before any item was asked; {}\n", what));
    return 0;
  }
  if (!exists) {
    core::AnswersFile fresh = core::start_answers(
        *checklist, answers.organisation, answers.period, answers.profile, nullptr);
    fresh.assessed_on = answers.assessed_on;
    fresh.assessors = answers.assessors;
    answers = std::move(fresh);
  }
  const auto items = core::interview_items(*checklist, answers, options.section);

  bool first_save = true;
  // The file as this session last read or wrote it: a save over anything
  // else (an editor's change, a session that ignored the lock) stops.
  std::optional<FileStamp> stamp = files.stamp(options.output);
  const auto save = [&](const core::AnswersFile& current) {
    core::AnswersFile copy = current;
    copy.checklist_version = checklist->version;
    const std::string content = core::write_answers(copy, checklist.get());
    if (files.stamp(options.output) != stamp) {
      const std::string side = free_conflict_name(files, options.output);
      write_output(files, side, content);
      throw Error(ExitCode::io_error,
                  fmt::format("{} changed on disk while this session had it open, so it was not "
                              "overwritten; this session's answers are saved in {}. Compare the "
                              "two and keep what you need.",
                              util::for_terminal(options.output),
                              util::for_terminal(side)));
    }
    if (first_save && keep_original) {
      const std::string original = free_original_name(files, options.output);
      write_output(files, original, *text);
      prompter.show_message(
          fmt::format("Note: {} has comments that a rewrite cannot keep; the file as it "
                      "was is kept as {}.",
                      options.output,
                      original));
    }
    first_save = false;
    write_output(files, options.output, content);
    stamp = files.stamp(options.output);
  };
  if (!exists) {
    save(answers);
  }
  const bool nothing_to_ask =
      !items || items->empty()
      || (!options.review
          && std::none_of(items->begin(), items->end(), [&](const core::Item* item) {
               return core::needs_asking(*checklist, answers, *item);
             }));
  if (nothing_to_ask) {
    prompter.show_message(options.review
                              ? "There are no items to review here."
                              : "Nothing left to ask: every item here is answered. Use --review "
                                "to go over the answers again.");
  }
  const util::Date local_today = today();
  core::InterviewOptions run;
  run.review = options.review;
  run.answered_on = header.assessed_on ? std::nullopt : std::optional<util::Date>(local_today);
  run.today = local_today;
  const core::InterviewResult result =
      core::run_interview(*checklist,
                          answers,
                          nothing_to_ask ? std::vector<const core::Item*>{} : *items,
                          run,
                          prompter,
                          save);
  if (result.end == core::InterviewResult::End::interrupted) {
    write_stderr(fmt::format("\nftsu-gap: interrupted; {} answer{} saved in {}{}\n",
                             result.answered + result.not_applicable,
                             result.answered + result.not_applicable == 1 ? "" : "s",
                             util::for_terminal(options.output),
                             unfinished_note(result)));
    return static_cast<int>(ExitCode::interrupted);
  }
  if (result.end == core::InterviewResult::End::end_of_input && result.unfinished) {
    write_stderr(fmt::format("ftsu-gap: the input ended{}\n", unfinished_note(result)));
  }
  files.write_stdout(util::for_terminal(
      "\n" + core::session_summary(result, *checklist, answers, options.section, local_today)
      + fmt::format("Saved {}. Next: ftsu-gap report {}\n", options.output, options.output)));
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
  command->add_option("CHECKLIST",
                      options->checklist,
                      "A checklist file, or a bundled id (id or id@version); for an existing "
                      "file, the one it names when not given");
  command
      ->add_option("-o,--output",
                   options->output,
                   "The answers file: created when missing, resumed when it exists")
      ->required();
  add_header_options(*command, options->header);
  command->add_option("--section", options->section, "Ask only the items of this section (its id)");
  command->add_flag("--review",
                    options->review,
                    "Go over every item, answered or not, showing the current answer");
  add_checklist_options(*command, options->checklists, false);
  command->footer(
      "Keys at each item: an option's digit or shortcut, s skip, b back, ? help, q save and quit;\n"
      "at an answered item evidence, action, owner or due changes that field alone, and note\n"
      "writes the item's private note (never in a report).\n"
      "The file is saved after every answer; Ctrl-C saves and exits with 130.");
  command->callback([&context, options] {
    context.action = [&context, options] {
      check_answers_output(options->output, "assess");
      return run_assess(*options, context);
    };
  });
}

} // namespace ftsu::cli
