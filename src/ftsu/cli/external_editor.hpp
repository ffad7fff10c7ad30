#pragma once

#include <ftsu/core/interview.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace ftsu::cli {

// What came of editing a reply in the user's editor.
struct EditorResult
{
  // The reply: the text saved in the editor; an empty line (keep the
  // current value) when nothing usable was saved; or Kind::interrupted.
  core::Input input;
  // What to tell the user (empty when interrupted).
  std::string message;
};

// Returns the command that edits a file, as git chooses it: $VISUAL, else
// $EDITOR, else "vi" (an empty variable counts as unset).
std::string editor_command();

// Writes `text` to a new temporary file (mode 0600, in $TMPDIR or /tmp),
// runs the editor on it through the shell (`sh -c '<editor> "$@"' sh FILE`)
// and waits for it, then removes the file. The terminal must be in its
// normal mode. Returns the saved text, its lines joined by spaces, trailing
// newlines dropped and lines starting with '#' kept, without the control
// characters an answers file does not keep (the message says how many were
// left out, and shows exactly the text returned); keeps the current value
// (an empty reply) when the editor fails, or the text is left unchanged or
// emptied, or is longer than the 64 KiB a field holds (then the file is
// kept, and the message says where). A signal recorded by signals.hpp
// while the editor runs gives Kind::interrupted once the editor has ended;
// a changed text is then kept in the file, and the message says where.
EditorResult edit_in_editor(std::string_view text);

// The platform's part of edit_in_editor: external_editor_posix.cpp and
// external_editor_windows.cpp.
namespace detail {

// Returns the editor used when VISUAL and EDITOR are unset.
std::string default_editor();

// Returns why editing failed when `command` ended with exit `status`:
// `not_found` is the status the platform's shell gives a command it
// cannot find (127 for sh, 9009 for cmd.exe), said as "the editor was not
// found" with how to choose one, never as a bare status.
std::string editor_exit_message(const std::string& command, int status, int not_found);

// What came of running an editor on a temporary file.
struct EditorRun
{
  // The file's text once the editor ended with success; nullopt otherwise.
  std::optional<std::string> saved;
  // Why there is no text.
  std::string error;
  // The temporary file, when it was kept; "" when it was removed.
  std::string kept;
};

// Writes `content` to a new private temporary file, runs `command` on it
// and waits for it to end, reads the file back and removes it, unless
// `keep_file` says to keep it given the text read (or the text is lost).
EditorRun run_editor_on(const std::string& command,
                        std::string_view content,
                        const std::function<bool(const std::string&)>& keep_file);

} // namespace detail

} // namespace ftsu::cli
