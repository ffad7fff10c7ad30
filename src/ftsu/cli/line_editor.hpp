#pragma once

#include <ftsu/core/interview.hpp>

#include <memory>
#include <string_view>

namespace ftsu::cli {

// Reads the lines typed at assess's prompts. When standard input and
// standard output are both terminals (and TERM is not "dumb"), a line is
// edited with libedit: arrow keys, Home and End, the usual Ctrl keys, and a
// history of this session's lines kept in memory only; key sequences it does
// not know are dropped whole. Otherwise one line is read per prompt with
// getline, exactly as scripts expect. Either way a signal recorded by
// signals.hpp ends a read at once.
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
  core::Input read(std::string_view prompt);

  // Returns true when standard input and standard output are terminals.
  bool
  at_terminal() const
  {
    return m_at_terminal;
  }

private:
  struct Session;

  core::Input read_plain(std::string_view prompt);
  core::Input read_edited(std::string_view prompt);

  bool m_at_terminal;
  bool m_editing;
  // Set at the end of the input (Ctrl-D): every later read ends too.
  bool m_ended = false;
  // libedit's state, made at the first edited read.
  std::unique_ptr<Session> m_session;
};

} // namespace ftsu::cli
