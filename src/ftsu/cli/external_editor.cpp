#include <ftsu/cli/external_editor.hpp>
#include <ftsu/cli/platform.hpp>
#include <ftsu/cli/signals.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

#include <initializer_list>
#include <optional>
#include <string>

namespace ftsu::cli {

namespace {

// Returns `text` as one line: its lines joined by spaces, empty lines and
// line ends left out.
std::string
one_line(std::string_view text)
{
  std::string out;
  for (std::string line : util::split(text, '\n')) {
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    if (line.empty()) {
      continue;
    }
    if (!out.empty()) {
      out += ' ';
    }
    out += line;
  }
  return out;
}

EditorResult
keep(std::string_view why)
{
  return {{core::Input::Kind::line, {}}, fmt::format("{}; the current text is kept.", why)};
}

} // namespace

std::string
editor_command()
{
  for (const char* variable : {"VISUAL", "EDITOR"}) {
    const std::optional<std::string> value = environment_value(variable);
    if (value && !value->empty()) {
      return *value;
    }
  }
  return detail::default_editor();
}

EditorResult
edit_in_editor(std::string_view text)
{
  const std::string original = text.empty() ? std::string() : std::string(text) + "\n";
  const detail::EditorRun run = detail::run_editor_on(editor_command(), original);
  if (pending_signal() != 0) {
    return {{core::Input::Kind::interrupted, {}}, {}};
  }
  if (!run.saved) {
    return keep(run.error);
  }
  const std::string reply = one_line(*run.saved);
  if (reply == one_line(original)) {
    return keep("No change was made in the editor");
  }
  if (util::trim(reply).empty()) {
    return keep("The editor left the text empty");
  }
  return {{core::Input::Kind::line, reply}, "From the editor: " + reply};
}

namespace detail {

std::string
editor_exit_message(const std::string& command, int status, int not_found)
{
  if (status == not_found) {
    return fmt::format("The editor '{}' was not found; choose one with the VISUAL or EDITOR "
                       "environment variable (EDITOR=nano, say)",
                       command);
  }
  return fmt::format("{} exited with status {}", command, status);
}

} // namespace detail

} // namespace ftsu::cli
