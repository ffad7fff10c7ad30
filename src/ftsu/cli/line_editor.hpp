#pragma once

#include <ftsu/core/interview.hpp>

#include <memory>
#include <string_view>
#include <utility>

namespace ftsu::cli {

// Reads the lines typed at assess's prompts. When standard input and
// standard output are both terminals (and TERM is not "dumb"), a line is
// edited with libedit: arrow keys, Home and End, the usual Ctrl keys, and a
// history of this session's lines kept in memory only; key sequences it does
// not know are dropped whole. Otherwise one line is read per prompt with
// getline, exactly as scripts expect. Either way a signal recorded by
// signals.hpp ends a read at once.
//
// Each read names its history: free-text prompts keep one history per kind
// (the evidence lines, the owners, ...), and a read with no history name
// (the answer menu) neither offers nor records lines, so Up never brings a
// menu key back into a text.
class LineEditor
{
public:
  LineEditor();
  ~LineEditor();
  LineEditor(const LineEditor&) = delete;
  LineEditor& operator=(const LineEditor&) = delete;

  // Shows `prompt` (made safe for a terminal) and reads one line. Returns
  // Kind::interrupted after SIGINT, SIGTERM or SIGHUP, and
  // Kind::end_of_input at the end of the input (Ctrl-D on an empty line).
  // When editing, the line starts as `initial` (cursor at its end), and Up
  // and Down walk the history named `history` (none when empty); through a
  // pipe both are ignored.
  core::Input read(std::string_view prompt, std::string_view initial = {},
                   std::string_view history = {});

  // Returns true when a read at a terminal starts with its initial text in
  // the line (libedit, or the Windows console).
  bool
  prefills() const
  {
    return m_editing;
  }

  // Returns true once after a read that ended with the key asking for the
  // user's editor (Ctrl-X Ctrl-E); the line read is the text to edit.
  bool
  take_editor_request()
  {
    return std::exchange(m_editor_requested, false);
  }

  // Returns the words, for a text prompt, that say how to open the user's
  // editor on a line that starts empty or (`prefilled`) with a value.
  static std::string_view editor_keys(bool prefilled);

  // Returns true when standard input and standard output are terminals.
  bool
  at_terminal() const
  {
    return m_at_terminal;
  }

private:
  struct Session;

  core::Input read_plain(std::string_view prompt);
  core::Input
  read_edited(std::string_view prompt, std::string_view initial, std::string_view history);

  bool m_at_terminal;
  bool m_editing;
  // Set at the end of the input (Ctrl-D): every later read ends too.
  bool m_ended = false;
  // Set by a read that ended with the editor key.
  bool m_editor_requested = false;
  // libedit's state, made at the first edited read.
  std::unique_ptr<Session> m_session;
};

} // namespace ftsu::cli
