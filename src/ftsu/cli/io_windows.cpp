#include <ftsu/cli/io.hpp>
#include <ftsu/cli/platform.hpp>
#include <ftsu/cli/windows_text.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/core/yaml.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <windows.h>

// io.hpp on Windows: the wide-character API at the edge, UTF-8 inside. A
// file is replaced by a temporary file in its folder, flushed with
// FlushFileBuffers and moved over it with MoveFileExW (replace existing,
// write through), retried for a while when another program (an antivirus
// scanner, an editor, a sync client) holds the file.
namespace ftsu::cli {

namespace {

using core::Error;
using core::ExitCode;
using windows::error_text;
using windows::widen;

[[noreturn]] void
fail(const std::string& path, std::string_view what, DWORD code)
{
  throw Error(ExitCode::io_error,
              fmt::format("{}: {}: {}", util::for_terminal(path), what, error_text(code)));
}

// Closes a handle when it goes out of scope.
class Handle
{
public:
  explicit Handle(HANDLE handle)
      : m_handle(handle)
  {
  }
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  ~Handle() { close(); }
  HANDLE
  get() const { return m_handle; }
  bool
  valid() const
  {
    return m_handle != INVALID_HANDLE_VALUE && m_handle != nullptr;
  }
  // Closes the handle and takes `handle` instead.
  void
  reset(HANDLE handle)
  {
    close();
    m_handle = handle;
  }
  // Gives up the handle without closing it, and returns it.
  HANDLE
  release()
  {
    const HANDLE handle = m_handle;
    m_handle = INVALID_HANDLE_VALUE;
    return handle;
  }
  // Closes the handle now; returns false when closing failed.
  bool
  close()
  {
    if (!valid()) {
      return true;
    }
    const bool ok = ::CloseHandle(m_handle) != 0;
    m_handle = INVALID_HANDLE_VALUE;
    return ok;
  }

private:
  HANDLE m_handle;
};

// What identifies a file: its volume and its index on it.
using FileId = std::tuple<DWORD, DWORD, DWORD>;

FileId
file_id(const BY_HANDLE_FILE_INFORMATION& info)
{
  return {info.dwVolumeSerialNumber, info.nFileIndexHigh, info.nFileIndexLow};
}

std::mutex g_inputs_mutex;
std::set<FileId> g_inputs;
// The files this run holds a lock on (see FileLock), by their full path,
// with the open lock file that holds each.
std::map<std::string, HANDLE> g_locks;

void
remember_input(const BY_HANDLE_FILE_INFORMATION& info)
{
  const std::lock_guard<std::mutex> lock(g_inputs_mutex);
  g_inputs.insert(file_id(info));
}

bool
is_input(const BY_HANDLE_FILE_INFORMATION& info)
{
  const std::lock_guard<std::mutex> lock(g_inputs_mutex);
  return g_inputs.count(file_id(info)) != 0;
}

// Opens `path` to read it, sharing it with every other program.
HANDLE
open_for_reading(const std::string& path)
{
  return ::CreateFileW(widen(path).c_str(),
                       GENERIC_READ,
                       FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                       nullptr,
                       OPEN_EXISTING,
                       FILE_FLAG_BACKUP_SEMANTICS, // so a folder opens, to be named as one
                       nullptr);
}

std::string
read_all(HANDLE handle, const std::string& path, std::size_t expected = 0)
{
  constexpr std::size_t k_limit = core::yaml::k_max_file_size + 1;
  std::string out;
  out.reserve(std::min(expected, k_limit));
  std::vector<char> buffer(std::size_t{64} * 1024);
  while (out.size() < k_limit) {
    DWORD got = 0;
    if (::ReadFile(handle, buffer.data(), static_cast<DWORD>(buffer.size()), &got, nullptr) == 0) {
      const DWORD code = ::GetLastError();
      if (code == ERROR_BROKEN_PIPE || code == ERROR_HANDLE_EOF) {
        break;
      }
      fail(path, "cannot read", code);
    }
    if (got == 0) {
      break;
    }
    out.append(buffer.data(), got);
  }
  return out;
}

void
write_all(HANDLE handle, std::string_view content, const std::string& path)
{
  while (!content.empty()) {
    const DWORD chunk = static_cast<DWORD>(std::min<std::size_t>(content.size(), 1U << 20U));
    DWORD put = 0;
    if (::WriteFile(handle, content.data(), chunk, &put, nullptr) == 0) {
      fail(path, "cannot write", ::GetLastError());
    }
    content.remove_prefix(put);
  }
}

// Returns the full path of `path`, to key the locks by.
std::string
full_path(const std::string& path)
{
  const std::wstring wide = widen(path);
  const DWORD size = ::GetFullPathNameW(wide.c_str(), 0, nullptr, nullptr);
  if (size == 0) {
    return path;
  }
  std::wstring out(size, L'\0');
  const DWORD length = ::GetFullPathNameW(wide.c_str(), size, out.data(), nullptr);
  out.resize(length);
  return windows::narrow(out);
}

bool
process_is_running(unsigned long pid)
{
  const HANDLE process = ::OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, pid);
  if (process == nullptr) {
    return ::GetLastError() == ERROR_ACCESS_DENIED;
  }
  DWORD code = 0;
  const bool running = ::GetExitCodeProcess(process, &code) != 0 && code == STILL_ACTIVE;
  ::CloseHandle(process);
  return running;
}

constexpr std::string_view k_temp_prefix = ".ftsu-tmp-";

// Removes temporary files of ours in `folder` that a run killed before its
// move left behind: their process is gone and they are over a minute old.
void
remove_stale_temps(const std::filesystem::path& folder)
{
  namespace fs = std::filesystem;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = from_path(it->path().filename());
    if (name.rfind(k_temp_prefix, 0) != 0) {
      continue;
    }
    const std::string rest = name.substr(k_temp_prefix.size());
    unsigned long pid = 0;
    try {
      pid = std::stoul(rest.substr(0, rest.find('-')));
    } catch (const std::exception&) {
      continue;
    }
    std::error_code time_ec;
    const auto written = fs::last_write_time(it->path(), time_ec);
    if (time_ec || !it->is_regular_file(time_ec)) {
      continue;
    }
    const bool old = fs::file_time_type::clock::now() - written > std::chrono::minutes(1);
    if (old && !process_is_running(pid)) {
      fs::remove(it->path(), ec);
    }
  }
}

// Moves `temp` over `target`, retrying for about two seconds while another
// program holds either of them.
void
move_over(const std::wstring& temp, const std::wstring& target, const std::string& path)
{
  for (int attempt = 0;; ++attempt) {
    if (::MoveFileExW(
            temp.c_str(), target.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)
        != 0) {
      return;
    }
    const DWORD code = ::GetLastError();
    const bool busy = code == ERROR_ACCESS_DENIED || code == ERROR_SHARING_VIOLATION
                      || code == ERROR_LOCK_VIOLATION;
    if (!busy || attempt == 40) {
      fail(path, "cannot replace", code);
    }
    ::Sleep(50);
  }
}

Error
read_only_error(const std::string& path)
{
  return Error(ExitCode::io_error,
               fmt::format("{}: is read-only; not replaced (make it writable first, or "
                           "choose another file)",
                           util::for_terminal(path)));
}

// True when the attributes `attributes` of a lock file are those of no
// lock of ours: a symbolic link (or another reparse point) or a folder.
bool
not_a_lock_file(DWORD attributes)
{
  return attributes != INVALID_FILE_ATTRIBUTES
         && (attributes & (FILE_ATTRIBUTE_REPARSE_POINT | FILE_ATTRIBUTE_DIRECTORY)) != 0;
}

// Returns the text of the lock file `lock`, read while another process may
// hold it (a holder shares reading), or "" when it cannot be read.
std::string
lock_text(const std::string& lock)
{
  Handle file(open_for_reading(lock));
  if (!file.valid()) {
    return {};
  }
  try {
    return read_all(file.get(), lock);
  } catch (const Error&) {
    return {};
  }
}

// Refuses a write to `path` that a lock of another run stops, as FileLock
// would refuse to take it: a lock a running process holds open (the share
// mode says so), a lock of another computer or of no owner, a lock that
// is a symbolic link or a folder. A lock a dead process of this computer
// left does not stop it (a note says so).
void
check_not_locked(const std::string& path)
{
  const std::string lock = path + ".lock";
  const DWORD attributes = ::GetFileAttributesW(widen(lock).c_str());
  if (attributes == INVALID_FILE_ATTRIBUTES) {
    return;
  }
  if (not_a_lock_file(attributes)) {
    throw lock_not_a_file_error(path, lock);
  }
  Handle file(::CreateFileW(widen(lock).c_str(),
                            GENERIC_READ | GENERIC_WRITE,
                            FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                            nullptr,
                            OPEN_EXISTING,
                            FILE_FLAG_OPEN_REPARSE_POINT,
                            nullptr));
  if (!file.valid()) {
    const DWORD code = ::GetLastError();
    if (code == ERROR_FILE_NOT_FOUND) {
      return;
    }
    if (code == ERROR_SHARING_VIOLATION || code == ERROR_LOCK_VIOLATION) {
      throw locked_error(path, lock, lock_owner(lock_text(lock)), LockUse::write);
    }
    fail(lock, "cannot read the lock file", code);
  }
  judge_free_lock(path, lock, read_all(file.get(), lock), LockUse::write);
}

} // namespace

std::string
read_input(const std::string& path)
{
  if (path == "-") {
    static std::atomic<bool> stdin_read{false};
    if (stdin_read.exchange(true)) {
      throw stdin_twice_error();
    }
    return read_all(::GetStdHandle(STD_INPUT_HANDLE), "<stdin>");
  }
  Handle file(open_for_reading(path));
  if (!file.valid()) {
    fail(path, "cannot open", ::GetLastError());
  }
  BY_HANDLE_FILE_INFORMATION info{};
  if (::GetFileType(file.get()) != FILE_TYPE_DISK
      || ::GetFileInformationByHandle(file.get(), &info) == 0) {
    throw Error(ExitCode::io_error,
                fmt::format("{}: is not a regular file (a pipe or device); give a checklist or "
                            "answers file, or '-' for standard input",
                            util::for_terminal(path)));
  }
  if ((info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) != 0) {
    throw Error(ExitCode::io_error,
                fmt::format("{}: is a directory; give a checklist or answers file",
                            util::for_terminal(path)));
  }
  remember_input(info);
  const std::uint64_t size = (std::uint64_t{info.nFileSizeHigh} << 32U) | info.nFileSizeLow;
  return read_all(file.get(), path, static_cast<std::size_t>(size));
}

void
check_writable(const std::string& path)
{
  const DWORD attributes = ::GetFileAttributesW(widen(path).c_str());
  if (attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_DIRECTORY) == 0
      && (attributes & FILE_ATTRIBUTE_READONLY) != 0) {
    throw read_only_error(path);
  }
}

void
replace_file(const std::string& path, std::string_view content)
{
  namespace fs = std::filesystem;
  const std::wstring target = widen(path);
  const DWORD attributes = ::GetFileAttributesW(target.c_str());
  const bool existed = attributes != INVALID_FILE_ATTRIBUTES;
  if (existed && (attributes & FILE_ATTRIBUTE_DIRECTORY) != 0) {
    throw Error(
        ExitCode::io_error,
        fmt::format("{}: is a directory; give a file name to write", util::for_terminal(path)));
  }
  const std::string full = full_path(path);
  if (existed) {
    Handle file(open_for_reading(path));
    BY_HANDLE_FILE_INFORMATION info{};
    if (file.valid() && ::GetFileType(file.get()) != FILE_TYPE_DISK) {
      // A device (NUL, CON) is written to in place, as a redirection would.
      Handle out(::CreateFileW(target.c_str(),
                               GENERIC_WRITE,
                               FILE_SHARE_READ | FILE_SHARE_WRITE,
                               nullptr,
                               OPEN_EXISTING,
                               0,
                               nullptr));
      if (!out.valid()) {
        fail(path, "cannot open", ::GetLastError());
      }
      write_all(out.get(), content, path);
      return;
    }
    if (file.valid() && ::GetFileInformationByHandle(file.get(), &info) != 0
        && g_locks.count(full) == 0 && is_input(info)) {
      throw Error(ExitCode::usage,
                  fmt::format("-o {}: is also an input of this command; writing the output "
                              "there would destroy it (choose another file)",
                              util::for_terminal(path)));
    }
    if ((attributes & FILE_ATTRIBUTE_READONLY) != 0) {
      throw read_only_error(path);
    }
  }
  if (g_locks.count(full) == 0) {
    check_not_locked(path);
  }
  const fs::path target_path = to_path(full);
  const fs::path folder = target_path.parent_path();
  remove_stale_temps(folder);
  std::wstring temp;
  Handle out(INVALID_HANDLE_VALUE);
  for (unsigned attempt = 0; !out.valid(); ++attempt) {
    const auto tick = static_cast<unsigned long long>(::GetTickCount64());
    temp = (folder
            / to_path(fmt::format(
                "{}{}-{:x}{}", k_temp_prefix, ::GetCurrentProcessId(), tick & 0xffffffU, attempt)))
               .native();
    out.reset(::CreateFileW(
        temp.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr));
    if (!out.valid() && (::GetLastError() != ERROR_FILE_EXISTS || attempt == 100)) {
      fail(path, "cannot create a file in its folder", ::GetLastError());
    }
  }
  try {
    write_all(out.get(), content, path);
    if (::FlushFileBuffers(out.get()) == 0) {
      fail(path, "cannot write", ::GetLastError());
    }
    if (!out.close()) {
      fail(path, "cannot write", ::GetLastError());
    }
    move_over(temp, target, path);
  } catch (...) {
    out.close();
    ::DeleteFileW(temp.c_str());
    throw;
  }
}

std::string
host_name()
{
  std::array<wchar_t, MAX_COMPUTERNAME_LENGTH + 1> name{};
  DWORD size = static_cast<DWORD>(name.size());
  if (::GetComputerNameW(name.data(), &size) == 0) {
    return "unknown-host";
  }
  return windows::narrow(std::wstring_view(name.data(), size));
}

FileLock::FileLock(const std::string& path)
    : m_target(full_path(path))
    , m_lock(path + ".lock")
{
  if (not_a_lock_file(::GetFileAttributesW(widen(m_lock).c_str()))) {
    throw lock_not_a_file_error(path, m_lock);
  }
  // Held open, shared for reading only, for as long as the lock lives: a
  // second run cannot open it to write (a sharing violation), and Windows
  // closes it when the process ends, however it ends.
  Handle file(::CreateFileW(widen(m_lock).c_str(),
                            GENERIC_READ | GENERIC_WRITE,
                            FILE_SHARE_READ,
                            nullptr,
                            OPEN_ALWAYS,
                            FILE_ATTRIBUTE_NORMAL | FILE_FLAG_OPEN_REPARSE_POINT,
                            nullptr));
  const DWORD code = ::GetLastError();
  if (!file.valid()) {
    if (code == ERROR_SHARING_VIOLATION || code == ERROR_LOCK_VIOLATION) {
      throw locked_error(path, m_lock, lock_owner(lock_text(m_lock)), LockUse::hold);
    }
    fail(m_lock, "cannot create the lock file", code);
  }
  if (code == ERROR_ALREADY_EXISTS) {
    judge_free_lock(path, m_lock, read_all(file.get(), m_lock), LockUse::hold);
  }
  if (::SetFilePointer(file.get(), 0, nullptr, FILE_BEGIN) == INVALID_SET_FILE_POINTER
      || ::SetEndOfFile(file.get()) == 0) {
    fail(m_lock, "cannot write the lock file", ::GetLastError());
  }
  write_all(file.get(), lock_file_text(::GetCurrentProcessId(), host_name()), m_lock);
  g_locks[m_target] = file.release();
}

FileLock::~FileLock()
{
  const auto it = g_locks.find(m_target);
  if (it != g_locks.end()) {
    ::CloseHandle(it->second);
    g_locks.erase(it);
  }
  // Fails harmlessly when another run has opened it since.
  ::DeleteFileW(widen(m_lock).c_str());
}

std::optional<FileStamp>
file_stamp(const std::string& path)
{
  Handle file(open_for_reading(path));
  BY_HANDLE_FILE_INFORMATION info{};
  if (!file.valid() || ::GetFileInformationByHandle(file.get(), &info) == 0) {
    return std::nullopt;
  }
  const auto join = [](DWORD high, DWORD low) { return (std::uint64_t{high} << 32U) | low; };
  // FILETIME counts 100 ns from 1601; FileStamp counts ns from 1970.
  constexpr std::int64_t k_ticks_1601_to_1970 = 116444736000000000;
  const auto ticks = static_cast<std::int64_t>(
      join(info.ftLastWriteTime.dwHighDateTime, info.ftLastWriteTime.dwLowDateTime));
  return FileStamp{info.dwVolumeSerialNumber,
                   join(info.nFileIndexHigh, info.nFileIndexLow),
                   static_cast<std::int64_t>(join(info.nFileSizeHigh, info.nFileSizeLow)),
                   (ticks - k_ticks_1601_to_1970) * 100};
}

namespace {

// Writes `content` to the standard stream `handle`: through WriteConsoleW
// at a console (UTF-8 shows whatever the code page), else as bytes.
bool
write_standard(DWORD which, std::string_view content)
{
  const HANDLE handle = ::GetStdHandle(which);
  DWORD mode = 0;
  if (::GetConsoleMode(handle, &mode) != 0) {
    const std::wstring wide = widen(content);
    std::wstring_view rest = wide;
    while (!rest.empty()) {
      DWORD put = 0;
      const DWORD chunk = static_cast<DWORD>(std::min<std::size_t>(rest.size(), 8192));
      if (::WriteConsoleW(handle, rest.data(), chunk, &put, nullptr) == 0 || put == 0) {
        return false;
      }
      rest.remove_prefix(put);
    }
    return true;
  }
  std::FILE* stream = which == STD_OUTPUT_HANDLE ? stdout : stderr;
  return std::fwrite(content.data(), 1, content.size(), stream) == content.size()
         && std::fflush(stream) == 0;
}

} // namespace

void
write_stdout(std::string_view content)
{
  if (content.empty()) {
    return;
  }
  if (!write_standard(STD_OUTPUT_HANDLE, content)) {
    const DWORD code = ::GetLastError();
    // A closed pipe (`ftsu-gap list | more` ended early) ends quietly.
    if (code == ERROR_BROKEN_PIPE || code == ERROR_NO_DATA || errno == EPIPE || errno == EINVAL) {
      return;
    }
    throw Error(ExitCode::io_error,
                fmt::format("cannot write to standard output: {}", error_text(code)));
  }
}

void
write_stderr(std::string_view content)
{
  write_standard(STD_ERROR_HANDLE, content);
}

} // namespace ftsu::cli
