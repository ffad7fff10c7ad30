#include <ftsu/cli/raw_mode.hpp>
#include <ftsu/cli/signals.hpp>
#include <ftsu/cli/terminal_keys.hpp>
#include <ftsu/util/utf8.hpp>

#include <cerrno>
#include <csignal>
#include <ctime>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include <poll.h>
#include <unistd.h>

namespace ftsu::cli {

namespace {

// The rest of one key's escape sequence arrives within this many
// milliseconds; a lone Esc is one that nothing follows as soon.
constexpr int k_sequence_ms = 50;
// Longest escape sequence decoded; a longer one is dropped.
constexpr std::size_t k_max_sequence = 32;
// Longest control string (OSC, DCS, ...) skipped before giving up.
constexpr std::size_t k_max_control_string = 4096;
constexpr unsigned char k_esc = 0x1b;

// A key the line editor knows, beyond the characters.
enum class Key {
  none,
  left,
  right,
  up,
  down,
  home,
  end,
  del,
  word_left,
  word_right,
  delete_word,
  delete_word_back
};

// What libedit reads for `key`; line_editor.cpp binds each of these.
std::wstring_view
libedit_keys(Key key)
{
  switch (key) {
  case Key::left:
    return L"\002";
  case Key::right:
    return L"\006";
  case Key::up:
    return L"\020";
  case Key::down:
    return L"\016";
  case Key::home:
    return L"\001";
  case Key::end:
    return L"\005";
  case Key::del:
    return L"\033[3~";
  case Key::word_left:
    return L"\033b";
  case Key::word_right:
    return L"\033f";
  case Key::delete_word:
    return L"\033d";
  case Key::delete_word_back:
    return L"\033\177";
  case Key::none:
    break;
  }
  return {};
}

// What waiting for one byte gave: KeyRead::key with the byte, or without
// one when the wait timed out; else what ended the wait.
struct Byte
{
  KeyRead got = KeyRead::error;
  std::optional<unsigned char> value;
};

// Waits for one byte on `fd`, at most `timeout_ms` (no limit when
// negative). SIGINT, SIGTERM, SIGHUP, SIGCONT and SIGWINCH are blocked
// while the flags are checked and unblocked by ppoll as it starts waiting,
// so one that comes just before the wait still ends it. Only an unlimited
// wait reports a redraw.
Byte
read_byte(int fd, int timeout_ms)
{
  sigset_t wake;
  sigemptyset(&wake);
  for (const int signal_number : {SIGINT, SIGTERM, SIGHUP, SIGCONT, SIGWINCH}) {
    sigaddset(&wake, signal_number);
  }
  sigset_t unblocked;
  ::pthread_sigmask(SIG_BLOCK, &wake, &unblocked);
  const timespec limit{timeout_ms / 1000, static_cast<long>(timeout_ms % 1000) * 1000000L};
  Byte result;
  while (true) {
    if (pending_signal() != 0) {
      result.got = KeyRead::interrupted;
      break;
    }
    if (timeout_ms < 0 && redraw_pending()) {
      result.got = KeyRead::redraw;
      break;
    }
    pollfd wanted{fd, POLLIN, 0};
    const int ready = ::ppoll(&wanted, 1, timeout_ms < 0 ? nullptr : &limit, &unblocked);
    if (ready < 0 && errno == EINTR) {
      continue;
    }
    if (ready <= 0) {
      result.got = ready == 0 ? KeyRead::key : KeyRead::error; // 0: timed out
      break;
    }
    unsigned char byte = 0;
    const ssize_t n = ::read(fd, &byte, 1);
    if (n == 1) {
      result = {KeyRead::key, byte};
      break;
    }
    if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
      result.got = n == 0 ? KeyRead::end : KeyRead::error;
      break;
    }
  }
  ::pthread_sigmask(SIG_SETMASK, &unblocked, nullptr);
  return result;
}

// A byte that is part of a key's sequence, or why there is none.
struct Next
{
  bool ok = false;
  unsigned char value = 0;
  // What to return when !ok: KeyRead::key when the sequence was cut short
  // (it is dropped), else what ended the read.
  KeyRead got = KeyRead::key;
};

Next
next_byte(int fd)
{
  const Byte byte = read_byte(fd, k_sequence_ms);
  if (byte.got != KeyRead::key || !byte.value) {
    return {false, 0, byte.got};
  }
  return {true, *byte.value, KeyRead::key};
}

KeyRead
queue(Key key, std::deque<wchar_t>& keys)
{
  const std::wstring_view sequence = libedit_keys(key);
  keys.insert(keys.end(), sequence.begin(), sequence.end());
  return KeyRead::key;
}

// The key of `ESC [ params final`.
Key
csi_key(std::string_view params, unsigned char final)
{
  if (final == '~') {
    if (params == "1" || params == "7") {
      return Key::home;
    }
    if (params == "4" || params == "8") {
      return Key::end;
    }
    return params == "3" ? Key::del : Key::none;
  }
  const bool plain = params.empty() || params == "1";
  // xterm's modifiers: 3 is Alt, 5 is Ctrl.
  const bool word = params == "1;3" || params == "1;5";
  switch (final) {
  case 'A':
    return plain ? Key::up : Key::none;
  case 'B':
    return plain ? Key::down : Key::none;
  case 'C':
    return plain ? Key::right : word ? Key::word_right : Key::none;
  case 'D':
    return plain ? Key::left : word ? Key::word_left : Key::none;
  case 'H':
    return plain ? Key::home : Key::none;
  case 'F':
    return plain ? Key::end : Key::none;
  default:
    return Key::none;
  }
}

// The key of `ESC O final` (the arrows in the terminal's application mode).
Key
ss3_key(unsigned char final)
{
  return csi_key({}, final == 'H' || final == 'F' || (final >= 'A' && final <= 'D') ? final : 0);
}

// The key of Alt with `byte` (sent as ESC and the byte).
Key
alt_key(unsigned char byte)
{
  switch (byte) {
  case 'b':
    return Key::word_left;
  case 'f':
    return Key::word_right;
  case 'd':
    return Key::delete_word;
  case 0x7f:
  case 0x08:
    return Key::delete_word_back;
  default:
    return Key::none;
  }
}

// Reads the rest of `ESC [` and queues its key, if known.
KeyRead
read_csi(int fd, std::deque<wchar_t>& keys)
{
  std::string params;
  while (true) {
    const Next next = next_byte(fd);
    if (!next.ok) {
      return next.got;
    }
    if (next.value >= 0x40 && next.value <= 0x7e) {
      return queue(csi_key(params, next.value), keys);
    }
    // Parameter and intermediate bytes; anything else breaks the sequence,
    // which is dropped with that byte.
    if (next.value < 0x20 || next.value > 0x3f || params.size() >= k_max_sequence) {
      return KeyRead::key;
    }
    params += static_cast<char>(next.value);
  }
}

// Skips a control string (after `ESC ]`, `ESC P`, ...) up to BEL or ST.
KeyRead
skip_control_string(int fd)
{
  bool after_esc = false;
  for (std::size_t n = 0; n < k_max_control_string; ++n) {
    const Next next = next_byte(fd);
    if (!next.ok) {
      return next.got;
    }
    if (next.value == 0x07 || (after_esc && next.value == '\\')) {
      break;
    }
    after_esc = next.value == k_esc;
  }
  return KeyRead::key;
}

// Reads what follows an Esc and queues its key, if known.
KeyRead
read_escape(int fd, std::deque<wchar_t>& keys)
{
  Next next = next_byte(fd);
  // Esc Esc ...: the last one starts the sequence.
  while (next.ok && next.value == k_esc) {
    next = next_byte(fd);
  }
  if (!next.ok) {
    return next.got;
  }
  switch (next.value) {
  case '[':
    return read_csi(fd, keys);
  case 'O': {
    const Next final = next_byte(fd);
    return final.ok ? queue(ss3_key(final.value), keys) : final.got;
  }
  case ']':
  case 'P':
  case 'X':
  case '^':
  case '_':
    return skip_control_string(fd);
  default:
    if (next.value < 0x20) {
      // Esc, then a control key such as Enter: the control key counts.
      keys.push_back(static_cast<wchar_t>(next.value));
      return KeyRead::key;
    }
    return queue(alt_key(next.value), keys);
  }
}

// Reads the rest of the UTF-8 character `lead` starts and queues it, unless
// it is ill-formed or a C1 control.
KeyRead
read_utf8(int fd, unsigned char lead, std::deque<wchar_t>& keys)
{
  const std::size_t length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  std::string bytes(1, static_cast<char>(lead));
  while (bytes.size() < length) {
    const Next next = next_byte(fd);
    if (!next.ok) {
      return next.got;
    }
    bytes += static_cast<char>(next.value);
  }
  std::size_t pos = 0;
  const auto code_point = util::decode_utf8(bytes, pos);
  if (code_point && pos == bytes.size() && *code_point >= 0xa0) {
    keys.push_back(static_cast<wchar_t>(*code_point));
  }
  return KeyRead::key;
}

} // namespace

KeyRead
read_key(int fd, std::deque<wchar_t>& keys)
{
  const Byte first = read_byte(fd, -1);
  if (first.got != KeyRead::key || !first.value) {
    return first.got;
  }
  const unsigned char byte = *first.value;
  if (byte == k_esc) {
    return read_escape(fd, keys);
  }
  if (byte < 0x80) {
    keys.push_back(static_cast<wchar_t>(byte));
    return KeyRead::key;
  }
  return read_utf8(fd, byte, keys);
}

} // namespace ftsu::cli
