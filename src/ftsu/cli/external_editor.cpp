#include <ftsu/cli/external_editor.hpp>
#include <ftsu/cli/platform.hpp>
#include <ftsu/cli/signals.hpp>
#include <ftsu/core/yaml.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

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
  const auto too_long = [](const std::string& saved) {
    return core::clean_typed_text(one_line(saved)).text.size() > core::yaml::k_max_scalar_size;
  };
  // What was written is never lost: a signal while the editor was open, or
  // a text too long to keep, leaves the file where it is.
  const detail::EditorRun run =
      detail::run_editor_on(editor_command(), original, [&](const std::string& saved) {
        return one_line(saved) != one_line(original) && (pending_signal() != 0 || too_long(saved));
      });
  if (pending_signal() != 0) {
    return {{core::Input::Kind::interrupted, {}},
            run.kept.empty() ? std::string()
                             : fmt::format("What you wrote in the editor is kept in {}.",
                                           util::for_terminal_line(run.kept))};
  }
  if (!run.saved) {
    return keep(run.error);
  }
  const std::string reply = one_line(*run.saved);
  if (reply == one_line(original)) {
    return keep("No change was made in the editor");
  }
  const core::CleanText cleaned = core::clean_typed_text(reply);
  if (cleaned.text.size() > core::yaml::k_max_scalar_size) {
    return keep(fmt::format("The text from the editor is {} KiB, more than the 64 KiB an answers "
                            "file holds in one field, so it was not used; it is kept in {}. "
                            "Shorten it, or keep the long text elsewhere and refer to it",
                            (cleaned.text.size() + 1023) / 1024,
                            util::for_terminal_line(run.kept)));
  }
  if (cleaned.text.empty()) {
    return keep("The editor left the text empty");
  }
  const std::string removed = cleaned.removed == 0
                                  ? std::string()
                                  : fmt::format(" ({} control character{} left out)",
                                                cleaned.removed,
                                                cleaned.removed == 1 ? "" : "s");
  return {{core::Input::Kind::line, cleaned.text},
          fmt::format("From the editor{}: {}", removed, cleaned.text)};
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
