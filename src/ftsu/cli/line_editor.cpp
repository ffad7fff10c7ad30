#include <ftsu/cli/line_editor.hpp>
#include <ftsu/cli/raw_mode.hpp>
#include <ftsu/cli/signals.hpp>
#include <ftsu/cli/terminal_keys.hpp>
#include <ftsu/util/utf8.hpp>

#include <array>
#include <cerrno>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <iostream>
#include <map>
#include <string>

#include <histedit.h>
#include <langinfo.h>
#include <unistd.h>

namespace ftsu::cli {

namespace {

// Longest line read at a prompt; the rest is dropped.
constexpr std::size_t k_max_line = std::size_t{64} * 1024;
// Lines kept in the history of a session.
constexpr int k_history_size = 200;

void
print(std::string_view text)
{
  // The terminal may be gone (a hang-up): output errors are ignored, the
  // answers are saved regardless.
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fflush(stdout);
}

// True when TERM names a terminal that can move its cursor.
bool
term_can_edit()
{
  const char* term = std::getenv("TERM");
  return term != nullptr && *term != '\0' && std::strcmp(term, "dumb") != 0;
}

// Returns `line` without the escape sequences of the keys typed into it
// (`ESC [ ... final`, `ESC O x`, `ESC x`), as a terminal without line
// editing leaves them.
std::string
without_key_sequences(std::string_view line)
{
  std::string out;
  std::size_t i = 0;
  while (i < line.size()) {
    if (line[i] != '\x1b') {
      out += line[i++];
      continue;
    }
    ++i;
    if (i < line.size() && line[i] == '[') {
      ++i;
      while (i < line.size() && line[i] >= 0x20 && line[i] <= 0x3f) {
        ++i;
      }
    } else if (i < line.size() && line[i] == 'O') {
      ++i;
    }
    // The final byte, or the key pressed with Alt.
    if (i < line.size()) {
      ++i;
    }
  }
  return out;
}

// Binds the keys this editor documents to libedit's functions, whatever the
// emacs map's defaults are; the sequences are those terminal_keys queues.
void
bind_keys(EditLine* el)
{
  static constexpr std::array<std::array<const char*, 2>, 18> k_bindings{{
      {"^A", "ed-move-to-beg"},
      {"^E", "ed-move-to-end"},
      {"^B", "ed-prev-char"},
      {"^F", "ed-next-char"},
      {"^P", "ed-prev-history"},
      {"^N", "ed-next-history"},
      {"^W", "ed-delete-prev-word"},
      {"^U", "vi-kill-line-prev"},
      {"^K", "ed-kill-line"},
      {"^Y", "em-yank"},
      // Ctrl-V would insert the next key's bytes as they are; Ctrl-X
      // would swallow the next key.
      {"^V", "ed-unassigned"},
      {"^X", "ed-unassigned"},
      {"^I", "ed-insert"},
      {"\033[3~", "ed-delete-next-char"},
      {"\033b", "ed-prev-word"},
      {"\033f", "em-next-word"},
      {"\033d", "em-delete-next-word"},
      {"\033\177", "ed-delete-prev-word"},
  }};
  for (const auto& [key, function] : k_bindings) {
    el_set(el, EL_BIND, key, function, static_cast<const char*>(nullptr));
  }
}

} // namespace

// libedit's state for the session, made at the first edited read.
struct LineEditor::Session
{
  EditLine* el = nullptr;
  // One history per kind of prompt; "" is the answer menu's, which stays
  // empty.
  std::map<std::string, HistoryW*, std::less<>> histories;
  std::string prompt;
  // What libedit still has to read of the last key (see terminal_keys).
  std::deque<wchar_t> keys;
  std::string old_locale;

  Session() = default;
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;
  ~Session()
  {
    if (el != nullptr) {
      el_end(el);
    }
    for (const auto& [name, history] : histories) {
      history_wend(history);
    }
    std::setlocale(LC_CTYPE, old_locale.c_str());
  }

  // Returns the session, or nullptr when libedit cannot start.
  static std::unique_ptr<Session> open();
  // Returns the history named `name`, made when first asked for; nullptr
  // when libedit cannot make one.
  HistoryW* history(std::string_view name);
  // libedit's callbacks: the next character typed, and the prompt.
  static int read_char(EditLine* el, wchar_t* out);
  // libedit's function for Ctrl-X Ctrl-E: ends the line, asking for the
  // user's editor.
  static unsigned char ask_editor(EditLine* el, int key);
  // Set by ask_editor during a read.
  bool editor_requested = false;
  static char* show_prompt(EditLine* el);
};

std::unique_ptr<LineEditor::Session>
LineEditor::Session::open()
{
  auto session = std::make_unique<Session>();
  // libedit shows and measures characters through the C locale; the text
  // is UTF-8 whatever the environment says.
  session->old_locale = std::setlocale(LC_CTYPE, nullptr);
  if (std::setlocale(LC_CTYPE, "") == nullptr || std::strcmp(nl_langinfo(CODESET), "UTF-8") != 0) {
    std::setlocale(LC_CTYPE, "C.UTF-8");
  }
  session->el = el_init("ftsu-gap", stdin, stdout, stderr);
  if (session->el == nullptr || session->history({}) == nullptr) {
    return nullptr;
  }
  EditLine* el = session->el;
  // Signals stay with signals.hpp: libedit's own handlers would pass
  // SIGINT, SIGTERM and SIGHUP on to the whole process group.
  el_set(el, EL_SIGNAL, 0);
  el_set(el, EL_EDITOR, "emacs");
  el_set(el, EL_CLIENTDATA, session.get());
  el_set(el, EL_GETCFN, &Session::read_char);
  el_set(el, EL_PROMPT, &Session::show_prompt);
  bind_keys(el);
  // The wide call: libedit's narrow EL_ADDFN copies the name and help with
  // wcsdup and never frees them (its own source says "The two strdup's
  // leak"; LeakSanitizer failed the terminal tests on it). The wide one
  // keeps the pointers, and these literals live as long as the program.
  el_wset(
      el, EL_ADDFN, L"ftsu-editor", L"Edit the line in $VISUAL or $EDITOR", &Session::ask_editor);
  el_set(el, EL_BIND, "^X^E", "ftsu-editor", static_cast<const char*>(nullptr));
  return session;
}

unsigned char
LineEditor::Session::ask_editor(EditLine* el, int /*key*/)
{
  void* data = nullptr;
  el_get(el, EL_CLIENTDATA, &data);
  static_cast<Session*>(data)->editor_requested = true;
  return CC_NEWLINE;
}

HistoryW*
LineEditor::Session::history(std::string_view name)
{
  if (const auto found = histories.find(name); found != histories.end()) {
    return found->second;
  }
  HistoryW* made = history_winit();
  if (made == nullptr) {
    return nullptr;
  }
  HistEventW event;
  history_w(made, &event, H_SETSIZE, k_history_size);
  history_w(made, &event, H_SETUNIQUE, 1);
  histories.emplace(std::string(name), made);
  return made;
}

int
LineEditor::Session::read_char(EditLine* el, wchar_t* out)
{
  void* data = nullptr;
  el_get(el, EL_CLIENTDATA, &data);
  auto* session = static_cast<Session*>(data);
  // libedit has put the terminal in its raw mode by now.
  RawModeSignals::note_raw_mode();
  while (session->keys.empty()) {
    switch (read_key(STDIN_FILENO, session->keys)) {
    case KeyRead::key:
      break;
    case KeyRead::redraw: {
      const bool resized = take_redraw(Redraw::resized);
      const bool continued = take_redraw(Redraw::continued);
      // libedit redraws from the start of a line: after a resize the
      // terminal has rewrapped the old one, so the line starts afresh below.
      if (resized) {
        el_resize(el);
        print("\r\n");
      } else if (continued) {
        print("\r");
      }
      if (resized || continued) {
        el_set(el, EL_REFRESH);
      }
      break;
    }
    case KeyRead::end:
      return 0;
    case KeyRead::interrupted:
      errno = EINTR;
      return -1;
    case KeyRead::error:
      return -1;
    }
  }
  *out = session->keys.front();
  session->keys.pop_front();
  return 1;
}

char*
LineEditor::Session::show_prompt(EditLine* el)
{
  void* data = nullptr;
  el_get(el, EL_CLIENTDATA, &data);
  return static_cast<Session*>(data)->prompt.data();
}

LineEditor::LineEditor()
    : m_at_terminal(::isatty(STDIN_FILENO) == 1 && ::isatty(STDOUT_FILENO) == 1)
    , m_editing(m_at_terminal && term_can_edit())
{
}

LineEditor::~LineEditor() = default;

std::string_view
LineEditor::editor_keys(bool prefilled)
{
  // `e` alone works on an emptied line too; Ctrl-X Ctrl-E edits the line
  // as it stands.
  return prefilled ? "Ctrl-X Ctrl-E opens your editor" : "e opens your editor";
}

core::Input
LineEditor::read(std::string_view prompt, std::string_view initial, std::string_view history)
{
  return m_editing ? read_edited(prompt, initial, history) : read_plain(prompt);
}

core::Input
LineEditor::read_plain(std::string_view prompt)
{
  print(util::for_terminal(prompt));
  std::string line;
  while (true) {
    if (std::getline(std::cin, line)) {
      if (!line.empty() && line.back() == '\r') {
        line.pop_back();
      }
      if (line.size() > k_max_line) {
        line.resize(k_max_line);
      }
      if (m_at_terminal) {
        // A terminal that cannot edit (TERM=dumb): arrow keys leave their
        // sequences in the line.
        line = without_key_sequences(line);
      }
      return {core::Input::Kind::line, line};
    }
    if (pending_signal() != 0) {
      print("\n");
      return {core::Input::Kind::interrupted, {}};
    }
    if (std::cin.eof()) {
      return {core::Input::Kind::end_of_input, {}};
    }
    // A read error that is not a signal or the end: try again once cleared.
    std::cin.clear();
    std::clearerr(stdin);
  }
}

core::Input
LineEditor::read_edited(std::string_view prompt, std::string_view initial, std::string_view history)
{
  if (pending_signal() != 0) {
    return {core::Input::Kind::interrupted, {}};
  }
  if (m_ended) {
    return {core::Input::Kind::end_of_input, {}};
  }
  if (!m_session) {
    m_session = Session::open();
    if (!m_session) {
      m_editing = false;
      return read_plain(prompt);
    }
  }
  Session& session = *m_session;
  session.prompt = util::for_terminal(prompt);
  HistoryW* lines = session.history(history);
  if (lines == nullptr) {
    lines = session.history({});
  }
  el_wset(session.el, EL_HIST, history_w, lines);
  // The initial text is typed for the user: libedit clears its line when a
  // read starts, so it is queued as keys, inserted one by one at the end.
  // Only visible text is queued: a control character would be a command.
  // Keys already typed ahead come after it.
  std::deque<wchar_t> typed_first;
  for (std::size_t at = 0; at < initial.size();) {
    const auto cp = util::decode_utf8(initial, at); // advances `at`
    if (cp && *cp >= 0x20 && *cp != 0x7F) {
      typed_first.push_back(static_cast<wchar_t>(*cp));
    }
  }
  session.keys.insert(session.keys.begin(), typed_first.begin(), typed_first.end());
  std::fflush(stdout);
  el_resize(session.el);
  int count = 0;
  const wchar_t* typed = nullptr;
  session.editor_requested = false;
  {
    const RawModeSignals signals;
    typed = el_wgets(session.el, &count);
  }
  m_editor_requested = typed != nullptr && session.editor_requested;
  if (m_editor_requested) {
    // Enter moves to the next line itself; the editor's key does not.
    print("\r\n");
  }
  if (typed == nullptr) {
    // Ctrl-D on an empty line, the end of the input, or a signal.
    print("\n");
    if (pending_signal() != 0) {
      return {core::Input::Kind::interrupted, {}};
    }
    // The end stays the end, as it does for getline.
    m_ended = true;
    return {core::Input::Kind::end_of_input, {}};
  }
  std::wstring wide(typed, static_cast<std::size_t>(count));
  while (!wide.empty() && (wide.back() == L'\n' || wide.back() == L'\r')) {
    wide.pop_back();
  }
  if (!wide.empty() && !history.empty() && !m_editor_requested) {
    HistEventW event;
    history_w(lines, &event, H_ENTER, wide.c_str());
  }
  std::string line;
  for (const wchar_t c : wide) {
    util::append_utf8(line, static_cast<char32_t>(c));
    if (line.size() > k_max_line) {
      line = util::repair_utf8(line.substr(0, k_max_line));
      break;
    }
  }
  return {core::Input::Kind::line, line};
}

} // namespace ftsu::cli
