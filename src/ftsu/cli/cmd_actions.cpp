#include <ftsu/cli/answers_save.hpp>
#include <ftsu/cli/app.hpp>
#include <ftsu/cli/formats.hpp>
#include <ftsu/cli/input_list.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/load.hpp>
#include <ftsu/cli/platform.hpp>
#include <ftsu/cli/publication.hpp>
#include <ftsu/cli/signals.hpp>
#include <ftsu/cli/terminal_prompter.hpp>
#include <ftsu/core/actions.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/core/progress.hpp>
#include <ftsu/core/scoring.hpp>
#include <ftsu/report/actions.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ftsu::cli {

namespace {

struct ActionsCommandOptions
{
  std::vector<std::string> files;
  std::optional<std::string> owner;
  bool overdue = false;
  // --due-within: "30d" or "4w".
  std::optional<std::string> due_within;
  std::string format; // empty: chosen by format_for_output
  std::string output = "-";
  std::optional<std::string> reference_docx;
  ChecklistOptions checklists;
  PaperCheckOptions paper;
};

// Reads --due-within: a number of days ("30d", or "30") or weeks ("4w").
int
due_within_days(const std::string& text)
{
  const std::string_view t = util::trim(text);
  int unit = 1;
  std::string_view digits = t;
  if (!t.empty() && (t.back() == 'd' || t.back() == 'w')) {
    unit = t.back() == 'w' ? 7 : 1;
    digits.remove_suffix(1);
  }
  if (digits.empty() || digits.size() > 4
      || digits.find_first_not_of("0123456789") != std::string_view::npos) {
    throw core::Error(core::ExitCode::usage,
                      fmt::format("--due-within '{}': give days or weeks, such as 30d or 4w",
                                  util::for_terminal(text)));
  }
  return std::stoi(std::string(digits)) * unit;
}

int
run_actions(const ActionsCommandOptions& options, Context& context)
{
  const GlobalOptions& global = context.global;
  if (options.owner && util::trim(*options.owner).empty()) {
    throw core::Error(core::ExitCode::usage, "--owner needs a name");
  }
  const std::optional<report::docx::Reference> reference =
      read_reference_docx(options.reference_docx,
                          format_named(report::actions_formats(), options.format),
                          context.file_system);
  check_stdin_once(options.files);
  std::vector<std::string> paths = options.files;
  std::vector<core::Diagnostic> notes;
  for (const auto& again : drop_repeated_inputs(context.file_system, paths)) {
    notes.push_back({core::Severity::warning, again.path, {}, repeated_note(again)});
  }
  print_diagnostics(notes, global.quiet);
  std::vector<std::unique_ptr<LoadedAnswers>> loaded;
  std::vector<std::unique_ptr<core::Assessment>> assessments;
  std::vector<core::ActionFile> files;
  const util::Date local_today = today();
  // An actions list prints the plan (action, owner, progress and its
  // notes, the due date's moves), who answered, and the items' texts.
  PaperCheck paper(options.paper,
                   format_named(report::actions_formats(), options.format),
                   {"organisation",
                    "respondent",
                    "respondents",
                    "action",
                    "owner",
                    "progress",
                    "progress_notes",
                    "due_history",
                    "dropped_reason",
                    "checklist title",
                    "section title",
                    "checklist text"},
                   context);
  for (const auto& file : paths) {
    loaded.push_back(
        std::make_unique<LoadedAnswers>(load_answers_file(context, file, options.checklists)));
    LoadedAnswers& l = *loaded.back();
    paper.apply(l);
    assessments.push_back(std::make_unique<core::Assessment>(
        core::score_answers(*l.checklist, l.answers, local_today)));
    files.push_back({l.name, assessments.back().get()});
  }
  core::ActionFilter filter{options.owner, options.overdue, std::nullopt};
  if (options.due_within) {
    filter.due_by = util::add_days(local_today, due_within_days(*options.due_within));
  }
  const core::ActionList list = core::collect_actions(std::move(files), filter);
  report::ActionsOptions layout;
  static_cast<report::Layout&>(layout) = layout_for(options.output, global, 100);
  layout.generated = generation_date();
  layout.reference_docx = reference ? &*reference : nullptr;
  const std::string paper_text = render(report::actions_formats(), options.format, list, layout);
  paper.finish();
  write_output(context.file_system, options.output, paper_text);
  return 0;
}

// The options of the commands that change actions (`actions done` ...
// `update`).
struct ActionChangeOptions
{
  std::string file;
  std::string item;
  // done --on; due's DATE; note's TEXT; due and drop --reason.
  std::optional<std::string> on;
  std::string date;
  std::string text;
  std::string reason;
  std::optional<std::string> owner;
  ChecklistOptions checklists;
};

// An answers file open for changes: locked, loaded with its checklist, and
// saved atomically after every change.
class OpenAnswers
{
public:
  OpenAnswers(Context& context, const ActionChangeOptions& options, std::string_view command)
      : m_lock(open_lock(context.file_system, options.file, command))
      , m_original(context.file_system.read(options.file))
      , m_loaded(load_answers_file(context, options.file, options.checklists))
      , m_saver(context.file_system,
                options.file,
                m_original,
                *m_loaded.checklist,
                [](std::string_view message) { write_stderr(std::string(message) + "\n"); })
  {
    if (m_loaded.answers.merged()) {
      throw core::Error(
          core::ExitCode::usage,
          fmt::format("{} is a merged file; its actions belong to the respondents' own files, "
                      "which the next merge reads again. Change the respondent's own file and "
                      "merge again",
                      util::for_terminal(options.file)));
    }
  }

  core::AnswersFile&
  answers()
  {
    return m_loaded.answers;
  }
  const core::Checklist&
  checklist() const
  {
    return *m_loaded.checklist;
  }
  void
  save()
  {
    m_saver.save(m_loaded.answers);
  }

private:
  static std::unique_ptr<FileLock>
  open_lock(FileSystem& files, const std::string& path, std::string_view command)
  {
    if (path == "-") {
      throw core::Error(core::ExitCode::usage,
                        fmt::format("actions {} changes a file: give its name, not '-'", command));
    }
    std::unique_ptr<FileLock> lock = files.lock(path);
    files.check_writable(path);
    return lock;
  }

  std::unique_ptr<FileLock> m_lock;
  std::string m_original;
  LoadedAnswers m_loaded;
  AnswersSaver m_saver;
};

// Parses a date given on the command line (`what` names it).
util::Date
command_date(const std::string& text, std::string_view what)
{
  if (const auto date = util::parse_typed_date(util::trim(text))) {
    return *date;
  }
  throw core::Error(core::ExitCode::usage,
                    fmt::format("{} '{}' is not a date: give it as 2027-03-31 or 31/03/2027",
                                what,
                                util::for_terminal(text)));
}

// Returns what a change did, for the line printed after it.
std::string
change_done_text(const core::ProgressChange& change)
{
  switch (change.kind) {
  case core::ProgressKind::note:
    return "note added";
  case core::ProgressKind::start:
    return "marked in progress";
  case core::ProgressKind::done:
    return "marked done on " + util::long_date(change.on);
  case core::ProgressKind::due:
    return "due date moved to " + util::long_date(*change.due);
  case core::ProgressKind::drop:
    return "dropped";
  }
  return {};
}

int
run_action_change(core::ProgressKind kind, const ActionChangeOptions& options, Context& context)
{
  const util::Date local_today = today();
  core::ProgressChange change{kind, local_today, {}, {}};
  switch (kind) {
  case core::ProgressKind::note:
    change.text = options.text;
    break;
  case core::ProgressKind::done:
    if (options.on) {
      change.on = command_date(*options.on, "--on");
    }
    break;
  case core::ProgressKind::due:
    change.due = command_date(options.date, "DATE");
    change.text = options.reason;
    break;
  case core::ProgressKind::drop:
    change.text = options.reason;
    break;
  case core::ProgressKind::start:
    break;
  }
  OpenAnswers open(context, options, core::to_string(kind));
  const core::FoundAction found = core::find_action(open.answers(), options.item, std::nullopt);
  if (found.entry == nullptr) {
    throw core::Error(core::ExitCode::invalid_input,
                      fmt::format("{}: {}", util::for_terminal(options.file), found.problem));
  }
  if (const auto problem = core::apply_progress(*found.entry, change)) {
    throw core::Error(
        core::ExitCode::invalid_input,
        fmt::format("{}: '{}': {}; nothing changed", options.file, options.item, *problem));
  }
  open.save();
  context.file_system.write_stdout(util::for_terminal(
      fmt::format("{}: {}; saved {}\n", options.item, change_done_text(change), options.file)));
  return 0;
}

// Returns how `actions update` shows one action: the item and its
// statement, the action, owner, due date (and how overdue), status, latest
// note and how often the due date moved.
std::string
describe_for_update(const core::Checklist& checklist,
                    const core::AnswerEntry& entry,
                    util::Date local_today)
{
  std::string out = entry.item_id;
  if (const core::Item* item = checklist.find_item(entry.item_id)) {
    out += ": " + item->text;
  }
  out += "\n  Action: " + entry.action.value_or("");
  out += "\n  Owner: " + entry.owner.value_or("(no owner)");
  if (entry.due) {
    out += " · Due: " + util::long_date(*entry.due);
    if (*entry.due < local_today) {
      out += " (" + report::overdue_by_text(*entry.due, local_today) + ")";
    }
  }
  out += " · Status: ";
  out += report::action_status_text(entry.status.value_or(core::ActionStatus::open));
  if (const auto note = report::latest_note_text(entry)) {
    out += "\n  Latest note: " + *note;
  }
  if (const std::string moved = report::due_moves_text(entry.due_history.size()); !moved.empty()) {
    out += "\n  (" + moved + ")";
  }
  return util::for_terminal(out);
}

int
run_actions_update(const ActionChangeOptions& options, Context& context)
{
  if (options.owner && util::trim(*options.owner).empty()) {
    throw core::Error(core::ExitCode::usage, "--owner needs a name");
  }
  OpenAnswers open(context, options, "update");
  const util::Date local_today = today();
  const core::Assessment assessment =
      core::score_answers(open.checklist(), open.answers(), local_today);
  const std::vector<core::ActionKey> keys = core::actions_to_update(assessment, options.owner);
  if (keys.empty()) {
    context.file_system.write_stdout(
        options.owner ? fmt::format("No open actions for {} in {}.\n",
                                    util::for_terminal(util::trim(*options.owner)),
                                    util::for_terminal(options.file))
                      : fmt::format("No open actions in {}.\n", util::for_terminal(options.file)));
    return 0;
  }
  const bool interactive = is_terminal(StandardStream::input);
  TerminalPrompter prompter(interactive && use_color(context.global.color, StandardStream::output),
                            interactive ? output_width(100) : 80);
  install_interrupt_handlers();
  prompter.show_message(fmt::format("{} open action{} in {}, overdue first. Each change is saved "
                                    "at once.",
                                    keys.size(),
                                    keys.size() == 1 ? "" : "s",
                                    util::for_terminal(options.file)));
  const core::WalkResult result = core::walk_actions(
      open.answers(),
      keys,
      local_today,
      [&](const core::ActionKey&, const core::AnswerEntry& entry) {
        return describe_for_update(open.checklist(), entry, local_today);
      },
      prompter,
      [&](const core::AnswersFile&) { open.save(); });
  const std::string saved = fmt::format("{} change{} saved in {}",
                                        result.changes,
                                        result.changes == 1 ? "" : "s",
                                        util::for_terminal(options.file));
  if (result.end == core::WalkResult::End::interrupted) {
    write_stderr(fmt::format("\nftsu-gap: interrupted; {}\n", saved));
    return static_cast<int>(core::ExitCode::interrupted);
  }
  context.file_system.write_stdout(fmt::format("\n{} of {} open action{} visited; {}.\n",
                                               result.visited,
                                               keys.size(),
                                               keys.size() == 1 ? "" : "s",
                                               saved));
  return 0;
}

// Adds `actions NAME`, a command that changes one action (or, for update,
// walks them), running `run` with its options.
CLI::App*
add_change_command(CLI::App& actions,
                   Context& context,
                   const std::string& name,
                   const std::string& description,
                   const std::shared_ptr<ActionChangeOptions>& options,
                   const std::function<int(const ActionChangeOptions&, Context&)>& run)
{
  auto* command = actions.add_subcommand(name, description);
  command->add_option("FILE", options->file, "The answers file to change")->required();
  if (name != "update") {
    command->add_option("ITEM", options->item, "The item's id, as under answers:")->required();
  }
  add_checklist_options(*command, options->checklists, true);
  command->footer("Exit codes: 0 done, 2 usage, 3 invalid input (no such action, or the change "
                  "does not apply), 4 a file could not be read or written"
                  + std::string(name == "update" ? ", 130 interrupted (every change made before "
                                                   "it is saved)."
                                                 : "."));
  command->callback([&context, options, run] {
    context.action = [&context, options, run] { return run(*options, context); };
  });
  return command;
}

// Registers `actions done`, `note`, `due`, `drop`, `start` and `update`.
void
add_action_changes(CLI::App& actions, Context& context)
{
  using core::ProgressKind;
  // The commands are named as core::k_progress_kinds spells each change.
  const auto kind_name = [](ProgressKind kind) { return std::string(core::to_string(kind)); };
  const auto change = [](ProgressKind kind) {
    return
        [kind](const ActionChangeOptions& o, Context& c) { return run_action_change(kind, o, c); };
  };
  auto done = std::make_shared<ActionChangeOptions>();
  add_change_command(actions,
                     context,
                     kind_name(ProgressKind::done),
                     "Mark an item's action done (today, or --on DATE)",
                     done,
                     change(ProgressKind::done))
      ->add_option("--on", done->on, "The date it was done (2027-03-31 or 31/03/2027)");
  auto note = std::make_shared<ActionChangeOptions>();
  add_change_command(actions,
                     context,
                     kind_name(ProgressKind::note),
                     "Add a progress note, dated today, to an item's action",
                     note,
                     change(ProgressKind::note))
      ->add_option("TEXT", note->text, "The note")
      ->required();
  auto due = std::make_shared<ActionChangeOptions>();
  auto* due_command = add_change_command(actions,
                                         context,
                                         kind_name(ProgressKind::due),
                                         "Move an item's action to a new due date, "
                                         "recording when and why",
                                         due,
                                         change(ProgressKind::due));
  due_command->add_option("DATE", due->date, "The new due date (2027-03-31 or 31/03/2027)")
      ->required();
  due_command->add_option("--reason", due->reason, "Why it moves")->required();
  auto drop = std::make_shared<ActionChangeOptions>();
  add_change_command(actions,
                     context,
                     kind_name(ProgressKind::drop),
                     "Drop an item's action, recording why",
                     drop,
                     change(ProgressKind::drop))
      ->add_option("--reason", drop->reason, "Why it is dropped")
      ->required();
  auto start = std::make_shared<ActionChangeOptions>();
  add_change_command(actions,
                     context,
                     kind_name(ProgressKind::start),
                     "Mark an item's action in progress",
                     start,
                     change(ProgressKind::start));
  auto update = std::make_shared<ActionChangeOptions>();
  add_change_command(actions,
                     context,
                     "update",
                     "Walk the open actions, overdue first, and "
                     "note progress, mark them in progress or done, move due dates or drop them, "
                     "saving after every change",
                     update,
                     &run_actions_update)
      ->add_option(
          "--owner", update->owner, "Only this owner's actions (the whole name, any case)");
}

} // namespace

void
add_actions_command(CLI::App& app, Context& context)
{
  auto options = std::make_shared<ActionsCommandOptions>();
  auto* command = app.add_subcommand(
      "actions",
      "List every open action across answers files, grouped by owner, overdue first: the "
      "director's list");
  command->add_option("FILE", options->files, "Answers files ('-': standard input)");
  add_checklist_options(*command, options->checklists, true);
  command->add_option(
      "--owner", options->owner, "Only this owner's actions (the whole name, any case)");
  command->add_flag("--overdue", options->overdue, "Only the overdue actions");
  command->add_option("--due-within",
                      options->due_within,
                      "Only the actions due within this time from today, overdue ones included "
                      "(30d, 4w)");
  add_format_option(*command, options->format, report::actions_formats());
  add_paper_check_options(*command, options->paper);
  add_reference_docx_option(*command, options->reference_docx);
  command->add_option("-o,--output", options->output, "Write to this file ('-': standard output)");
  command->footer("Exit codes: 0 done (also when no action is open), 1 with --public, something "
                  "could identify a person (nothing is written), 2 usage, 3 invalid input, 4 a "
                  "file could not be read or written.");
  command->callback([&context, options, command] {
    if (!command->get_subcommands().empty()) {
      return; // a change command set the action
    }
    if (options->files.empty()) {
      throw CLI::RequiredError("FILE");
    }
    context.action = [&context, options] {
      options->format =
          format_for_output(report::actions_formats(), options->format, options->output, "actions");
      return run_actions(*options, context);
    };
  });
  add_action_changes(*command, context);
}

} // namespace ftsu::cli
