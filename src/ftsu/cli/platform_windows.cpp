#include <ftsu/cli/output.hpp>
#include <ftsu/cli/platform.hpp>
#include <ftsu/cli/windows_text.hpp>

#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>

#include <fcntl.h>
#include <io.h>
#include <windows.h>

namespace ftsu::cli {

namespace windows {

std::wstring
widen(std::string_view utf8)
{
  if (utf8.empty()) {
    return {};
  }
  const int size =
      ::MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), nullptr, 0);
  std::wstring out(static_cast<std::size_t>(size), L'\0');
  ::MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), out.data(), size);
  return out;
}

std::string
narrow(std::wstring_view wide)
{
  if (wide.empty()) {
    return {};
  }
  const int size = ::WideCharToMultiByte(
      CP_UTF8, 0, wide.data(), static_cast<int>(wide.size()), nullptr, 0, nullptr, nullptr);
  std::string out(static_cast<std::size_t>(size), '\0');
  ::WideCharToMultiByte(
      CP_UTF8, 0, wide.data(), static_cast<int>(wide.size()), out.data(), size, nullptr, nullptr);
  return out;
}

std::string
error_text(unsigned long code)
{
  switch (code) {
  case ERROR_FILE_NOT_FOUND:
  case ERROR_PATH_NOT_FOUND:
  case ERROR_INVALID_NAME:
  case ERROR_BAD_NETPATH:
    return "No such file or directory";
  case ERROR_ACCESS_DENIED:
    return "Permission denied";
  case ERROR_SHARING_VIOLATION:
  case ERROR_LOCK_VIOLATION:
    return "The file is in use by another program";
  case ERROR_DISK_FULL:
  case ERROR_HANDLE_DISK_FULL:
    return "No space left on device";
  case ERROR_WRITE_PROTECT:
    return "Read-only file system";
  default:
    break;
  }
  wchar_t* buffer = nullptr;
  const DWORD length = ::FormatMessageW(
      FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
      nullptr,
      code,
      0,
      reinterpret_cast<wchar_t*>(&buffer), // NOLINT: the API's own convention
      0,
      nullptr);
  std::string text = length == 0 ? std::string() : narrow(std::wstring_view(buffer, length));
  ::LocalFree(buffer);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == '.')) {
    text.pop_back();
  }
  return text.empty() ? fmt::format("Windows error {}", code) : text;
}

} // namespace windows

namespace {

UINT g_old_output_code_page = 0;

void
restore_code_page()
{
  if (g_old_output_code_page != 0) {
    ::SetConsoleOutputCP(g_old_output_code_page);
  }
}

HANDLE
standard_handle(StandardStream stream)
{
  switch (stream) {
  case StandardStream::input:
    return ::GetStdHandle(STD_INPUT_HANDLE);
  case StandardStream::output:
    return ::GetStdHandle(STD_OUTPUT_HANDLE);
  case StandardStream::error:
    return ::GetStdHandle(STD_ERROR_HANDLE);
  }
  return INVALID_HANDLE_VALUE;
}

bool
is_console(HANDLE handle)
{
  DWORD mode = 0;
  return handle != nullptr && handle != INVALID_HANDLE_VALUE
         && ::GetConsoleMode(handle, &mode) != 0;
}

// Turns on virtual-terminal processing (ANSI escapes) for the console
// output `handle` where the console has it (Windows 10 and later);
// StdoutTerminal::current then reads whether it is on.
void
enable_escapes(HANDLE handle)
{
  DWORD mode = 0;
  if (is_console(handle) && ::GetConsoleMode(handle, &mode) != 0) {
    ::SetConsoleMode(handle, mode | ENABLE_PROCESSED_OUTPUT | ENABLE_VIRTUAL_TERMINAL_PROCESSING);
  }
}

} // namespace

void
prepare_process()
{
  // Binary streams: what the program writes is what arrives, "\n" and all,
  // and what it reads is not cut at a Ctrl-Z.
  ::_setmode(::_fileno(stdin), _O_BINARY);
  ::_setmode(::_fileno(stdout), _O_BINARY);
  ::_setmode(::_fileno(stderr), _O_BINARY);
  if (is_console(standard_handle(StandardStream::output))
      || is_console(standard_handle(StandardStream::error))) {
    const UINT old = ::GetConsoleOutputCP();
    if (old != CP_UTF8 && ::SetConsoleOutputCP(CP_UTF8) != 0) {
      g_old_output_code_page = old;
      std::atexit(restore_code_page);
    }
    enable_escapes(standard_handle(StandardStream::output));
    enable_escapes(standard_handle(StandardStream::error));
  }
}

bool
is_terminal(StandardStream stream)
{
  return is_console(standard_handle(stream));
}

StdoutTerminal
StdoutTerminal::current()
{
  StdoutTerminal terminal;
  const HANDLE out = standard_handle(StandardStream::output);
  terminal.is_terminal = is_console(out);
  if (!terminal.is_terminal) {
    return terminal;
  }
  CONSOLE_SCREEN_BUFFER_INFO info{};
  if (::GetConsoleScreenBufferInfo(out, &info) != 0) {
    const int columns = info.srWindow.Right - info.srWindow.Left + 1;
    terminal.columns = columns > 0 ? static_cast<std::size_t>(columns) : 0;
  }
  DWORD mode = 0;
  terminal.escapes =
      ::GetConsoleMode(out, &mode) != 0 && (mode & ENABLE_VIRTUAL_TERMINAL_PROCESSING) != 0;
  return terminal;
}

std::optional<std::string>
environment_value(const char* name)
{
  const wchar_t* value = ::_wgetenv(windows::widen(name).c_str());
  return value == nullptr ? std::nullopt : std::optional<std::string>(windows::narrow(value));
}

std::optional<util::Date>
local_date(std::int64_t seconds)
{
  const auto time = static_cast<std::time_t>(seconds);
  std::tm tm{};
  _tzset();
  if (localtime_s(&tm, &time) != 0) {
    return std::nullopt;
  }
  return util::Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

std::optional<std::string>
console_locale()
{
  if (::GetConsoleOutputCP() == CP_UTF8) {
    return ".UTF-8";
  }
  return std::nullopt;
}

char
path_list_separator()
{
  return ';';
}

std::filesystem::path
to_path(std::string_view utf8)
{
  return {windows::widen(utf8)};
}

std::string
from_path(const std::filesystem::path& path)
{
  return windows::narrow(path.native());
}

} // namespace ftsu::cli
