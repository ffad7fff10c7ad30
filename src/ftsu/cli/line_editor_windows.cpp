#include <ftsu/cli/io.hpp>
#include <ftsu/cli/line_editor.hpp>
#include <ftsu/cli/platform.hpp>
#include <ftsu/cli/signals.hpp>
#include <ftsu/cli/windows_text.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/util/utf8.hpp>

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

#include <windows.h>

// The Windows line editor: at a console, the console's own line editing
// (cooked mode, ReadConsoleW: arrows, Home, End, F7 for this window's
// history, Ctrl-Z Enter for the end); otherwise one line per prompt from
// the pipe or file, as on POSIX.
namespace ftsu::cli {

namespace {

// Longest line read at a prompt; the rest is dropped.
constexpr std::size_t k_max_line = std::size_t{64} * 1024;

void
print(std::string_view text)
{
  // The console may be gone (its window closed): the answers are saved
  // regardless of output errors.
  try {
    write_stdout(text);
  } catch (const core::Error&) {
    return;
  }
}

// After a console read that Ctrl-C ended, the handler (on its own thread)
// may not have recorded the signal yet: waits for it a moment.
bool
interrupted_soon()
{
  for (int i = 0; i < 50 && pending_signal() == 0; ++i) {
    ::Sleep(10);
  }
  return pending_signal() != 0;
}

// Waits until the pipe `in` has bytes to read or is closed, and returns how
// many it has (0: closed); nullopt when a signal came first. A blocked
// ReadFile on a pipe is not ended by Ctrl-C, so the pipe is polled.
std::optional<DWORD>
wait_for_pipe(HANDLE in)
{
  while (pending_signal() == 0) {
    DWORD available = 0;
    if (::PeekNamedPipe(in, nullptr, 0, nullptr, &available, nullptr) == 0) {
      return 0; // the writer closed it: ReadFile will say so
    }
    if (available > 0) {
      return available;
    }
    ::Sleep(20);
  }
  return std::nullopt;
}

} // namespace

// What a read left over: the bytes after the line just returned.
struct LineEditor::Session
{
  std::string pending;
  bool input_ended = false;
};

LineEditor::LineEditor()
    : m_at_terminal(is_terminal(StandardStream::input) && is_terminal(StandardStream::output))
    , m_editing(is_terminal(StandardStream::input))
    , m_session(std::make_unique<Session>())
{
}

LineEditor::~LineEditor() = default;

std::string_view
LineEditor::editor_keys(bool prefilled)
{
  // Esc empties the console's line.
  return prefilled ? "Esc then e opens your editor" : "e opens your editor";
}

core::Input
LineEditor::read(std::string_view prompt, std::string_view initial, std::string_view history)
{
  if (pending_signal() != 0) {
    return {core::Input::Kind::interrupted, {}};
  }
  if (m_ended) {
    return {core::Input::Kind::end_of_input, {}};
  }
  return m_editing ? read_edited(prompt, initial, history) : read_plain(prompt);
}

core::Input
LineEditor::read_plain(std::string_view prompt)
{
  print(util::for_terminal(prompt));
  Session& session = *m_session;
  const HANDLE in = ::GetStdHandle(STD_INPUT_HANDLE);
  std::array<char, 4096> buffer{};
  while (session.pending.find('\n') == std::string::npos && !session.input_ended) {
    DWORD wanted = static_cast<DWORD>(buffer.size());
    if (::GetFileType(in) == FILE_TYPE_PIPE) {
      const auto available = wait_for_pipe(in);
      if (!available) {
        print("\n");
        return {core::Input::Kind::interrupted, {}};
      }
      wanted = std::max<DWORD>(1, std::min(wanted, *available));
    }
    DWORD got = 0;
    const BOOL ok = ::ReadFile(in, buffer.data(), wanted, &got, nullptr);
    if (pending_signal() != 0) {
      print("\n");
      return {core::Input::Kind::interrupted, {}};
    }
    if (ok == 0 || got == 0) {
      // ERROR_BROKEN_PIPE: the writer closed the pipe; 0 bytes: end of file.
      session.input_ended = true;
      break;
    }
    session.pending.append(buffer.data(), got);
  }
  const std::size_t newline = session.pending.find('\n');
  if (newline == std::string::npos && session.pending.empty()) {
    m_ended = true;
    return {core::Input::Kind::end_of_input, {}};
  }
  std::string line = session.pending.substr(0, newline);
  session.pending.erase(0, newline == std::string::npos ? std::string::npos : newline + 1);
  if (!line.empty() && line.back() == '\r') {
    line.pop_back();
  }
  if (line.size() > k_max_line) {
    line = util::repair_utf8(line.substr(0, k_max_line));
  }
  return {core::Input::Kind::line, line};
}

core::Input
LineEditor::read_edited(std::string_view prompt, std::string_view initial, std::string_view history)
{
  // The console keeps one history for the window (F7 lists it): it cannot
  // be split by kind of prompt.
  static_cast<void>(history);
  print(util::for_terminal(prompt));
  // The initial text is shown after the prompt and handed to the console
  // as already typed (nInitialChars), so the user edits it in place.
  std::string visible;
  for (const char c : initial) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte != 0x7F) {
      visible += c;
    }
  }
  visible = util::repair_utf8(visible);
  const std::wstring start = windows::widen(visible);
  const HANDLE in = ::GetStdHandle(STD_INPUT_HANDLE);
  DWORD mode = 0;
  if (::GetConsoleMode(in, &mode) != 0) {
    // Cooked mode: the console edits the line and echoes it; Ctrl-C is a
    // signal (ENABLE_PROCESSED_INPUT), not a character.
    ::SetConsoleMode(in, mode | ENABLE_LINE_INPUT | ENABLE_ECHO_INPUT | ENABLE_PROCESSED_INPUT);
  }
  std::wstring wide;
  std::vector<wchar_t> buffer(start.size() + 1024);
  std::copy(start.begin(), start.end(), buffer.begin());
  CONSOLE_READCONSOLE_CONTROL control{};
  control.nLength = sizeof(control);
  control.nInitialChars = static_cast<ULONG>(start.size());
  if (!start.empty()) {
    print(visible);
  }
  bool first = true;
  while (wide.find(L'\n') == std::wstring::npos) {
    DWORD got = 0;
    const BOOL ok = ::ReadConsoleW(in,
                                   buffer.data(),
                                   static_cast<DWORD>(buffer.size()),
                                   &got,
                                   first && !start.empty() ? &control : nullptr);
    first = false;
    if (ok == 0 || got == 0) {
      if (interrupted_soon()) {
        print("\n");
        return {core::Input::Kind::interrupted, {}};
      }
      print("\n");
      m_ended = true;
      return {core::Input::Kind::end_of_input, {}};
    }
    wide.append(buffer.data(), got);
    if (wide.size() > k_max_line * 2 && wide.find(L'\n') == std::wstring::npos) {
      // A line past the limit: the rest of it is read and dropped.
      wide.resize(k_max_line);
    }
  }
  if (pending_signal() != 0) {
    return {core::Input::Kind::interrupted, {}};
  }
  wide.erase(wide.find(L'\n'));
  if (!wide.empty() && wide.back() == L'\r') {
    wide.pop_back();
  }
  // Ctrl-Z at the start of a line is the console's end of input.
  if (!wide.empty() && wide.front() == L'\x1a') {
    m_ended = true;
    return {core::Input::Kind::end_of_input, {}};
  }
  std::string line = windows::narrow(wide);
  if (line.size() > k_max_line) {
    line = util::repair_utf8(line.substr(0, k_max_line));
  }
  return {core::Input::Kind::line, line};
}

} // namespace ftsu::cli
