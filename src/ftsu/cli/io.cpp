#include <ftsu/cli/io.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/core/yaml.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ftsu::cli {

namespace {

using core::Error;
using core::ExitCode;

[[noreturn]] void
fail(const std::string& path, std::string_view what, int error_number)
{
  throw Error(
      ExitCode::io_error,
      fmt::format("{}: {}: {}", util::for_terminal(path), what, std::strerror(error_number)));
}

// Closes a file descriptor when it goes out of scope.
class FileDescriptor
{
public:
  explicit FileDescriptor(int fd)
      : m_fd(fd)
  {
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor()
  {
    if (m_fd >= 0) {
      ::close(m_fd);
    }
  }
  int
  get() const
  {
    return m_fd;
  }
  int
  release()
  {
    const int fd = m_fd;
    m_fd = -1;
    return fd;
  }

private:
  int m_fd;
};

// Reads `fd` to its end, or to just past the input limit; `expected` (the
// size of a regular file) is reserved so the text is never copied to grow.
std::string
read_all(int fd, const std::string& path, std::size_t expected = 0)
{
  constexpr std::size_t k_limit = core::yaml::k_max_file_size + 1;
  std::string out;
  out.reserve(std::min(expected, k_limit));
  std::vector<char> buffer(std::size_t{64} * 1024);
  while (out.size() < k_limit) {
    const ssize_t got = ::read(fd, buffer.data(), buffer.size());
    if (got < 0) {
      if (errno == EINTR) {
        continue;
      }
      fail(path, "cannot read", errno);
    }
    if (got == 0) {
      break;
    }
    out.append(buffer.data(), static_cast<std::size_t>(got));
  }
  return out;
}

void
write_all(int fd, std::string_view content, const std::string& path)
{
  while (!content.empty()) {
    const ssize_t put = ::write(fd, content.data(), content.size());
    if (put < 0) {
      if (errno == EINTR) {
        continue;
      }
      fail(path, "cannot write", errno);
    }
    content.remove_prefix(static_cast<std::size_t>(put));
  }
}

// The files this run has read (device and inode), so that an output that
// is one of its inputs is refused. Guarded: aggregate reads in parallel.
std::mutex g_inputs_mutex;
std::set<std::pair<dev_t, ino_t>> g_inputs;
// The files this run holds a lock on (see FileLock), with the open lock
// file that holds each.
std::map<std::string, int> g_locks;

void
remember_input(const struct stat& st)
{
  const std::lock_guard<std::mutex> lock(g_inputs_mutex);
  g_inputs.emplace(st.st_dev, st.st_ino);
}

bool
is_input(const struct stat& st)
{
  const std::lock_guard<std::mutex> lock(g_inputs_mutex);
  return g_inputs.count({st.st_dev, st.st_ino}) != 0;
}

// The prefix of our temporary files: short (so a legal long name still
// fits), with our pid, so a later run can tell a stale one from a live one.
constexpr std::string_view k_temp_prefix = ".ftsu-tmp-";

// Removes temporary files of ours in `folder` that a run killed before its
// rename left behind: their pid is gone and they are over a minute old.
void
remove_stale_temps(const std::filesystem::path& folder)
{
  namespace fs = std::filesystem;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.rfind(k_temp_prefix, 0) != 0) {
      continue;
    }
    const std::string rest = name.substr(k_temp_prefix.size());
    const auto dash = rest.find('-');
    if (dash == std::string::npos || dash == 0) {
      continue;
    }
    pid_t pid = 0;
    try {
      pid = static_cast<pid_t>(std::stol(rest.substr(0, dash)));
    } catch (const std::exception&) {
      continue;
    }
    struct stat st
    {
    };
    if (::lstat(it->path().c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
      continue;
    }
    const auto age =
        std::chrono::system_clock::now() - std::chrono::system_clock::from_time_t(st.st_mtime);
    const bool alive = ::kill(pid, 0) == 0 || errno == EPERM;
    if (!alive && age > std::chrono::minutes(1)) {
      fs::remove(it->path(), ec);
    }
  }
}

// Returns where a write to `path` lands: the path itself, or for a symlink
// (even a dangling one, or a chain) the file it points to, so the write
// goes through the link as documented.
std::filesystem::path
resolve_target(const std::string& path)
{
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path target = path;
  for (int hops = 0; fs::is_symlink(fs::symlink_status(target, ec)); ++hops) {
    if (hops == 40) {
      throw Error(ExitCode::io_error,
                  fmt::format("{}: too many levels of symbolic links", util::for_terminal(path)));
    }
    const fs::path link = fs::read_symlink(target, ec);
    if (ec) {
      fail(path, "cannot follow the link", ec.value());
    }
    target = link.is_absolute() ? link : target.parent_path() / link;
  }
  return target;
}

Error
read_only_error(const std::string& path)
{
  return Error(ExitCode::io_error,
               fmt::format("{}: is read-only; not replaced (make it writable first, or "
                           "choose another file)",
                           util::for_terminal(path)));
}

// Refuses to write over what must not be written over: an input of this
// run, a read-only file, a file another process holds a lock on.
void
check_target(const std::string& path, const std::filesystem::path& target, const struct stat& st)
{
  if (g_locks.count(target.string()) == 0 && is_input(st)) {
    throw Error(ExitCode::usage,
                fmt::format("-o {}: is also an input of this command; writing the output "
                            "there would destroy it (choose another file)",
                            util::for_terminal(path)));
  }
  if ((st.st_mode & 0222U) == 0 || ::access(target.c_str(), W_OK) != 0) {
    throw read_only_error(path);
  }
}

// Describes the owner the lock file text `text` names, and, where no
// operating-system lock can be had, whether that process is gone (only
// knowable on this host).
std::string
describe_without_os_lock(std::string_view text, const std::string& this_host)
{
  std::string who = lock_owner(text);
  long pid = 0;
  char host[256] = {};
  const std::string copy(text.substr(0, 1024));
  if (std::sscanf(copy.c_str(), "pid %ld on %255s", &pid, host) == 2 && host == this_host
      && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) {
    who += ", which is no longer running: the lock is stale";
  }
  return who;
}

// Takes the operating-system lock on the open lock file `fd` (exclusive
// or shared) without waiting; returns 0, or the errno: EWOULDBLOCK when a
// running process holds it, another when the file system has no locks.
int
try_os_lock(int fd, bool exclusive)
{
  while (::flock(fd, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0) {
    if (errno != EINTR) {
      return errno;
    }
  }
  return 0;
}

// Refuses a write to `path` (landing on `target`) that a lock of another
// run stops, as FileLock would refuse to take it: a lock a running process
// holds, a lock of another computer or of no owner, a lock that is a
// symlink or not a regular file. A lock a dead process of this computer
// left does not stop it (a note says so).
void
check_not_locked(const std::string& path, const std::filesystem::path& target)
{
  if (g_locks.count(target.string()) != 0) {
    return;
  }
  const std::string lock = target.string() + ".lock";
  struct stat st
  {
  };
  if (::lstat(lock.c_str(), &st) != 0) {
    if (errno == ENOENT) {
      return;
    }
    fail(lock, "cannot read the lock file", errno);
  }
  if (!S_ISREG(st.st_mode)) {
    throw lock_not_a_file_error(path, lock);
  }
  FileDescriptor fd(
      ::open(lock.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | O_NOCTTY));
  if (fd.get() < 0) {
    if (errno == ENOENT) {
      return;
    }
    if (errno == ELOOP) {
      throw lock_not_a_file_error(path, lock);
    }
    fail(lock, "cannot read the lock file", errno);
  }
  const int locked = try_os_lock(fd.get(), false);
  const std::string text = read_all(fd.get(), lock);
  if (locked == EWOULDBLOCK) {
    throw locked_error(path, lock, lock_owner(text), LockUse::write);
  }
  if (locked != 0) {
    throw locked_error(path, lock, describe_without_os_lock(text, host_name()), LockUse::write);
  }
  judge_free_lock(path, lock, text, LockUse::write);
}

mode_t
new_file_mode()
{
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return static_cast<mode_t>(0666U & ~mask);
}

} // namespace

std::string
read_input(const std::string& path)
{
  if (path == "-") {
    // Standard input can be read once: a second "-" (say `report -
    // --checklist -`) would read an empty file and say so, misleadingly.
    static std::atomic<bool> stdin_read{false};
    if (stdin_read.exchange(true)) {
      throw stdin_twice_error();
    }
    return read_all(STDIN_FILENO, "<stdin>");
  }
  // O_NONBLOCK so that opening a FIFO does not wait for a writer.
  FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
  if (fd.get() < 0) {
    fail(path, "cannot open", errno);
  }
  struct stat st
  {
  };
  if (::fstat(fd.get(), &st) != 0) {
    fail(path, "cannot read", errno);
  }
  if (S_ISDIR(st.st_mode)) {
    throw Error(ExitCode::io_error,
                fmt::format("{}: is a directory; give a checklist or answers file",
                            util::for_terminal(path)));
  }
  if (!S_ISREG(st.st_mode)) {
    throw Error(ExitCode::io_error,
                fmt::format("{}: is not a regular file (a FIFO, socket or device); give a "
                            "checklist or answers file, or '-' for standard input",
                            util::for_terminal(path)));
  }
  remember_input(st);
  const int flags = ::fcntl(fd.get(), F_GETFL);
  if (flags >= 0) {
    ::fcntl(fd.get(), F_SETFL, flags & ~O_NONBLOCK);
  }
  return read_all(fd.get(), path, static_cast<std::size_t>(std::max<off_t>(st.st_size, 0)));
}

void
check_writable(const std::string& path)
{
  const std::filesystem::path target = resolve_target(path);
  struct stat st
  {
  };
  if (::stat(target.c_str(), &st) == 0 && S_ISREG(st.st_mode)
      && ((st.st_mode & 0222U) == 0 || ::access(target.c_str(), W_OK) != 0)) {
    throw read_only_error(path);
  }
}

void
replace_file(const std::string& path, std::string_view content)
{
  namespace fs = std::filesystem;
  const fs::path target = resolve_target(path);
  // Only a regular file is replaced. Renaming over a device (/dev/null), a
  // FIFO or a socket would destroy it, so those are written to in place, as
  // a shell redirection would; a directory is refused.
  struct stat existing
  {
  };
  const bool exists = ::stat(target.c_str(), &existing) == 0;
  if (exists && !S_ISREG(existing.st_mode)) {
    if (S_ISDIR(existing.st_mode)) {
      throw Error(
          ExitCode::io_error,
          fmt::format("{}: is a directory; give a file name to write", util::for_terminal(path)));
    }
    FileDescriptor out(::open(target.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY));
    if (out.get() < 0) {
      fail(path, "cannot open", errno);
    }
    write_all(out.get(), content, path);
    return;
  }
  if (exists) {
    check_target(path, target, existing);
  }
  check_not_locked(path, target);
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  remove_stale_temps(folder);
  std::string temp =
      (folder / fmt::format("{}{}-XXXXXX", k_temp_prefix, static_cast<long>(::getpid()))).string();
  FileDescriptor fd(::mkostemp(temp.data(), O_CLOEXEC));
  if (fd.get() < 0) {
    fail(path, "cannot create a file in its folder", errno);
  }
  try {
    // A replaced file keeps its mode, and its owner and group where this
    // process may set them (root writing another user's file).
    ::fchmod(fd.get(), exists ? static_cast<mode_t>(existing.st_mode & 07777) : new_file_mode());
    if (exists && (existing.st_uid != ::geteuid() || existing.st_gid != ::getegid())) {
      if (::fchown(fd.get(), existing.st_uid, existing.st_gid) == 0) {
        ::fchmod(fd.get(), static_cast<mode_t>(existing.st_mode & 07777));
      }
    }
    write_all(fd.get(), content, path);
    if (::fsync(fd.get()) != 0) {
      fail(path, "cannot write", errno);
    }
    if (::close(fd.release()) != 0) {
      fail(path, "cannot write", errno);
    }
    if (::rename(temp.c_str(), target.c_str()) != 0) {
      fail(path, "cannot replace", errno);
    }
  } catch (...) {
    if (fd.get() >= 0) {
      ::close(fd.release());
    }
    ::unlink(temp.c_str());
    throw;
  }
  FileDescriptor dir(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (dir.get() >= 0) {
    ::fsync(dir.get());
  }
}

std::string
host_name()
{
  char name[256] = {};
  if (::gethostname(name, sizeof name - 1) != 0) {
    return "unknown-host";
  }
  return name;
}

namespace {

// Opens the lock file `lock` of `path` to read and write, creating it when
// there is none (`created` says so), never through a symlink. Throws
// lock_not_a_file_error for a symlink, a folder or a special file.
int
open_lock_file(const std::string& path, const std::string& lock, bool& created)
{
  for (int attempt = 0; attempt < 100; ++attempt) {
    int fd = ::open(lock.c_str(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd >= 0) {
      created = true;
      return fd;
    }
    if (errno != EEXIST) {
      fail(lock, "cannot create the lock file", errno);
    }
    // O_NONBLOCK: a FIFO in its place must not wait for a writer.
    fd = ::open(lock.c_str(), O_RDWR | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd >= 0) {
      created = false;
      struct stat st
      {
      };
      if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        throw lock_not_a_file_error(path, lock);
      }
      return fd;
    }
    if (errno == ELOOP || errno == EISDIR || errno == ENXIO) {
      throw lock_not_a_file_error(path, lock);
    }
    if (errno != ENOENT) {
      fail(lock, "cannot open the lock file", errno);
    }
    // Removed since it was found (its holder ended): again.
  }
  fail(lock, "cannot create the lock file", EBUSY);
}

// True when `lock` still names the file open as `fd`: a holder that ended
// removes the name, and a lock on a file without a name holds nothing.
bool
still_named(int fd, const std::string& lock)
{
  struct stat open_file
  {
  };
  struct stat named
  {
  };
  return ::fstat(fd, &open_file) == 0 && ::lstat(lock.c_str(), &named) == 0
         && open_file.st_dev == named.st_dev && open_file.st_ino == named.st_ino;
}

} // namespace

FileLock::FileLock(const std::string& path)
    : m_target(resolve_target(path).string())
    , m_lock(m_target + ".lock")
{
  for (int attempt = 0;; ++attempt) {
    bool created = false;
    FileDescriptor fd(open_lock_file(path, m_lock, created));
    const int locked = try_os_lock(fd.get(), true);
    const std::string text = read_all(fd.get(), m_lock);
    if (locked == EWOULDBLOCK) {
      throw locked_error(path, m_lock, lock_owner(text), LockUse::hold);
    }
    if (locked != 0) {
      // A file system without locks (some network shares): the file's
      // existence is the lock, as git's index.lock.
      if (!created) {
        throw locked_error(
            path, m_lock, describe_without_os_lock(text, host_name()), LockUse::hold);
      }
    } else if (!still_named(fd.get(), m_lock)) {
      if (attempt == 100) {
        fail(m_lock, "cannot create the lock file", EBUSY);
      }
      continue;
    } else if (!created) {
      judge_free_lock(path, m_lock, text, LockUse::hold);
    }
    const std::string mine = lock_file_text(static_cast<unsigned long>(::getpid()), host_name());
    if (::lseek(fd.get(), 0, SEEK_SET) != 0 || ::ftruncate(fd.get(), 0) != 0) {
      fail(m_lock, "cannot write the lock file", errno);
    }
    write_all(fd.get(), mine, m_lock);
    g_locks[m_target] = fd.release();
    return;
  }
}

FileLock::~FileLock()
{
  const auto it = g_locks.find(m_target);
  const int fd = it != g_locks.end() ? it->second : -1;
  if (it != g_locks.end()) {
    g_locks.erase(it);
  }
  // The name goes first, then the lock: a run that opened the file in
  // between finds it unnamed and tries again.
  ::unlink(m_lock.c_str());
  if (fd >= 0) {
    ::close(fd);
  }
}

std::optional<FileStamp>
file_stamp(const std::string& path)
{
  struct stat st
  {
  };
  if (::stat(resolve_target(path).c_str(), &st) != 0) {
    return std::nullopt;
  }
  return FileStamp{static_cast<std::uint64_t>(st.st_dev),
                   static_cast<std::uint64_t>(st.st_ino),
                   static_cast<std::int64_t>(st.st_size),
                   static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000
                       + static_cast<std::int64_t>(st.st_mtim.tv_nsec)};
}

void
write_stdout(std::string_view content)
{
  if (content.empty()) {
    return;
  }
  if (std::fwrite(content.data(), 1, content.size(), stdout) != content.size()
      || std::fflush(stdout) != 0) {
    if (errno == EPIPE) {
      return;
    }
    throw Error(ExitCode::io_error,
                fmt::format("cannot write to standard output: {}", std::strerror(errno)));
  }
}

void
write_stderr(std::string_view content)
{
  std::fwrite(content.data(), 1, content.size(), stderr);
  std::fflush(stderr);
}

} // namespace ftsu::cli
