#include <ftsu/cli/app.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/load.hpp>
#include <ftsu/cli/resolve.hpp>
#include <ftsu/core/catalog.hpp>
#include <ftsu/util/strings.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <vector>

// The hidden `ftsu-gap __complete WORD...` (docs/cli.md, Shell completion):
// the words typed after `ftsu-gap`, the last being the one to complete
// (empty after a space). It prints one candidate a line; a last line
// `:files` or `:dirs` asks the shell to add file or folder names. Commands,
// options and the choices of --format and --color come from the CLI11 app
// itself, checklist ids from the catalog, so nothing here lists them again.
namespace ftsu::cli {

namespace {

// What the value of an option or positional argument is.
enum class Values { text, file, dir, checklist, profile, section, command };

struct ValueRule
{
  std::string_view name;
  Values values;
};

// Values by the name CLI11 gives the option (its long name) or positional;
// an option not listed takes free text, or its CLI11 choices.
constexpr ValueRule k_value_rules[] = {
    {"--output", Values::file},
    {"--compare", Values::file},
    {"--from", Values::file},
    {"--checklist", Values::checklist},
    {"--checklist-dir", Values::dir},
    {"--profile", Values::profile},
    {"--section", Values::section},
    {"ANSWERS", Values::file},
    {"FILE", Values::file},
    {"OLD", Values::file},
    {"NEW", Values::file},
    {"CHECKLIST", Values::checklist},
    {"COMMAND", Values::command},
};

// Returns what `option` takes, by its rule in k_value_rules.
Values
values_of(const CLI::Option& option)
{
  for (const auto& rule : k_value_rules) {
    if (rule.name == option.get_name()) {
      return rule.values;
    }
  }
  return Values::text;
}

// Returns the choices CLI11's IsMember check accepts, from the type name it
// shows in --help ("TEXT:{text,markdown,json}"); empty without one.
std::vector<std::string>
choices_of(const CLI::Option& option)
{
  const std::string type = option.get_type_name();
  const auto open = type.find(":{");
  const auto close = type.find('}', open == std::string::npos ? 0 : open);
  if (open == std::string::npos || close == std::string::npos) {
    return {};
  }
  return util::split(type.substr(open + 2, close - open - 2), ',');
}

// The command line up to the word being completed, as far as completion
// needs it.
struct Line
{
  const CLI::App* command = nullptr;
  bool unknown_command = false;
  // True once a command of the command was read (`actions update`).
  bool nested = false;
  std::vector<std::string> positionals;
  std::map<std::string, std::vector<std::string>> values;
  // The option whose value is the word being completed, if any.
  const CLI::Option* pending = nullptr;
  // The run, whose file system and checklists the completions read.
  Context* context = nullptr;
};

// Returns the option `name` ("-o", "--output") of `command`, else of `app`.
const CLI::Option*
find_option(const CLI::App& app, const CLI::App* command, const std::string& name)
{
  if (command != nullptr) {
    if (const auto* option = command->get_option_no_throw(name)) {
      return option;
    }
  }
  return app.get_option_no_throw(name);
}

// Returns the visible command `name` of `app`, or nullptr.
const CLI::App*
find_command(const CLI::App& app, std::string_view name)
{
  for (const CLI::App* command : app.get_subcommands({})) {
    if (command->get_name() == name && !command->get_group().empty()) {
      return command;
    }
  }
  return nullptr;
}

// Reads the option word `word` (with its value in `word` after '=', or
// pending for the next word).
void
read_option(const CLI::App& app, Line& line, const std::string& word)
{
  const auto equals = word.find('=');
  const std::string name = word.substr(0, equals);
  const CLI::Option* option = find_option(app, line.command, name);
  if (option == nullptr || option->get_type_size_max() == 0) {
    return;
  }
  if (equals != std::string::npos) {
    line.values[option->get_name()].push_back(word.substr(equals + 1));
  } else {
    line.pending = option;
  }
}

// Reads `words` (those before the one completed): the command, its
// positional words, the values given to options, and an option still
// waiting for its value.
Line
read_line(const CLI::App& app, const std::vector<std::string>& words)
{
  Line line;
  bool options_done = false;
  for (const auto& word : words) {
    if (line.pending != nullptr) {
      line.values[line.pending->get_name()].push_back(word);
      line.pending = nullptr;
    } else if (word == "--" && !options_done) {
      options_done = true;
    } else if (word.size() > 1 && word.front() == '-' && !options_done) {
      read_option(app, line, word);
    } else if (line.command == nullptr && !line.unknown_command) {
      line.command = find_command(app, word);
      line.unknown_command = line.command == nullptr;
    } else if (const CLI::App* sub =
                   line.command != nullptr && !line.nested && line.positionals.empty()
                       ? find_command(*line.command, word)
                       : nullptr) {
      line.command = sub;
      line.nested = true;
    } else {
      line.positionals.push_back(word);
    }
  }
  return line;
}

// Returns the positional argument the next positional word fills.
const CLI::Option*
next_positional(const CLI::App& command, std::size_t filled)
{
  for (const CLI::Option* option :
       command.get_options([](const CLI::Option* o) { return o->get_positional(); })) {
    const auto takes = static_cast<std::size_t>(option->get_items_expected_max());
    if (filled < takes) {
      return option;
    }
    filled -= takes;
  }
  return nullptr;
}

// Returns the first value given for any of `names`.
std::optional<std::string>
given(const Line& line, std::initializer_list<std::string_view> names)
{
  for (const auto name : names) {
    const auto it = line.values.find(std::string(name));
    if (it != line.values.end() && !it->second.empty()) {
      return it->second.front();
    }
  }
  return std::nullopt;
}

// Returns the --checklist-dir folders given on the line.
std::vector<std::string>
checklist_dirs(const Line& line)
{
  const auto it = line.values.find("--checklist-dir");
  return it == line.values.end() ? std::vector<std::string>{} : it->second;
}

// Returns the checklists the line names (its CHECKLIST or --checklist, or
// the checklist of an answers file on it), or every one in the catalog
// when it names none that loads.
std::vector<core::ChecklistPtr>
checklists_of(const Line& line)
{
  const auto dirs = checklist_dirs(line);
  std::optional<std::string> spec = given(line, {"--checklist"});
  const CLI::Option* first = line.command != nullptr ? next_positional(*line.command, 0) : nullptr;
  if (!spec && first != nullptr && !line.positionals.empty()
      && values_of(*first) == Values::checklist) {
    spec = line.positionals.front();
  }
  if (spec) {
    try {
      return {line.context->checklists.resolve(*spec, dirs)};
    } catch (const std::exception&) {
      // Not one that loads: try the answers files, then every checklist.
    }
  }
  // An answers file on the line names its checklist: init's --from LAST,
  // or the file assess resumes (-o).
  line.context->global.quiet = true;
  for (const auto* name : {"--from", "--output"}) {
    const auto path = given(line, {name});
    if (path && *path != "-") {
      try {
        return {load_answers_file(*line.context, *path, ChecklistOptions{std::nullopt, dirs})
                    .checklist};
      } catch (const std::exception&) {
        // Not an answers file that loads (a report's -o, say).
      }
    }
  }
  std::vector<core::ChecklistPtr> out;
  for (const auto* entry : line.context->checklists.catalog(dirs).entries()) {
    core::DiagnosticSink sink(entry->origin);
    if (auto checklist = core::load_entry(*entry, sink)) {
      out.push_back(std::move(checklist));
    }
  }
  return out;
}

// Returns the checklist ids known (after "id@", that id's versions as
// id@version), and files, as a checklist may be named by its path.
std::vector<std::string>
checklist_names(const Line& line, const std::string& current)
{
  const auto& catalog = line.context->checklists.catalog(checklist_dirs(line));
  std::vector<std::string> out;
  const auto at = current.find('@');
  if (at == std::string::npos) {
    out = catalog.ids();
  } else {
    const std::string id = current.substr(0, at);
    for (const auto& version : catalog.versions(id)) {
      out.push_back(fmt::format("{}@{}", id, version));
    }
  }
  out.emplace_back(":files");
  return out;
}

// Returns the profile keys or the section ids of the line's checklists,
// sorted and without repeats.
std::vector<std::string>
keys_of(const Line& line, Values values)
{
  std::vector<std::string> out;
  for (const auto& checklist : checklists_of(line)) {
    if (values == Values::profile) {
      const auto keys = checklist->profile_keys();
      out.insert(out.end(), keys.begin(), keys.end());
    } else {
      for (const auto& section : checklist->sections) {
        out.push_back(section.id);
      }
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Returns the names of `app`'s visible commands, in the order of --help.
std::vector<std::string>
command_names(const CLI::App& app)
{
  std::vector<std::string> out;
  for (const CLI::App* command : app.get_subcommands({})) {
    if (!command->get_group().empty()) {
      out.push_back(command->get_name());
    }
  }
  return out;
}

// Returns the candidates for a value of `option`, the word being `cur`.
std::vector<std::string>
values_for(const CLI::App& app, const Line& line, const CLI::Option& option, const std::string& cur)
{
  switch (values_of(option)) {
  case Values::file:
    return {":files"};
  case Values::dir:
    return {":dirs"};
  case Values::checklist:
    return checklist_names(line, cur);
  case Values::profile:
  case Values::section:
    return keys_of(line, values_of(option));
  case Values::command:
    return command_names(app);
  case Values::text:
    break;
  }
  return choices_of(option);
}

// Adds every name of every option of `app` (--long and -s) to `out`.
void
add_names(std::vector<std::string>& out, const CLI::App& app)
{
  for (const CLI::Option* option : app.get_options()) {
    for (const auto& name : option->get_lnames()) {
      out.push_back("--" + name);
    }
    for (const auto& name : option->get_snames()) {
      out.push_back("-" + name);
    }
  }
}

// Returns the candidates for the word `cur` after `line`, unfiltered:
// an option's value, option names, command names or a positional value.
std::vector<std::string>
candidates(const CLI::App& app, const Line& line, const std::string& cur)
{
  if (line.unknown_command) {
    return {};
  }
  if (line.pending != nullptr) {
    return values_for(app, line, *line.pending, cur);
  }
  std::vector<std::string> out;
  if (cur.starts_with("-")) {
    if (line.command != nullptr) {
      add_names(out, *line.command);
    }
    add_names(out, app);
    return out;
  }
  if (line.command == nullptr) {
    return command_names(app);
  }
  // The command's own commands come first, where one may stand.
  if (!line.nested && line.positionals.empty()) {
    out = command_names(*line.command);
  }
  const CLI::Option* positional = next_positional(*line.command, line.positionals.size());
  if (positional != nullptr) {
    const auto values = values_for(app, line, *positional, cur);
    out.insert(out.end(), values.begin(), values.end());
  }
  return out;
}

} // namespace

int
run_complete(const CLI::App& app, const std::vector<std::string>& words, Context& context)
{
  if (words.empty()) {
    return 0;
  }
  std::string cur = words.back();
  Line line = read_line(app, {words.begin(), words.end() - 1});
  line.context = &context;
  std::string prefix;
  if (line.pending == nullptr && cur.starts_with("--") && cur.find('=') != std::string::npos) {
    prefix = cur.substr(0, cur.find('=') + 1);
    line.pending = find_option(app, line.command, cur.substr(0, prefix.size() - 1));
    cur.erase(0, prefix.size());
  }
  std::string out;
  try {
    std::vector<std::string> seen;
    for (const auto& candidate : candidates(app, line, cur)) {
      if (std::find(seen.begin(), seen.end(), candidate) != seen.end()) {
        continue;
      }
      seen.push_back(candidate);
      if (candidate.starts_with(":")) {
        out += candidate + "\n";
      } else if (candidate.starts_with(cur)) {
        out += prefix + candidate + "\n";
      }
    }
  } catch (const std::exception&) {
    // A completion offers what it can and never prints an error.
  }
  context.file_system.write_stdout(out);
  return 0;
}

} // namespace ftsu::cli
