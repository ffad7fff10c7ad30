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
#include <mutex>
#include <set>
#include <utility>
#include <vector>

#include <fcntl.h>
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
// The files this run holds a lock on (see lock_file).
std::set<std::string> g_locks;

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
    throw Error(ExitCode::io_error,
                fmt::format("{}: is read-only; not replaced (make it writable first, or "
                            "choose another file)",
                            util::for_terminal(path)));
  }
}

void
check_not_locked(const std::string& path, const std::filesystem::path& target)
{
  const std::string lock = target.string() + ".lock";
  std::error_code ec;
  if (g_locks.count(target.string()) == 0 && std::filesystem::exists(lock, ec)) {
    throw Error(ExitCode::io_error,
                fmt::format("{}: is being assessed ({} exists); not written. If no "
                            "assessment is running, remove the lock file.",
                            util::for_terminal(path),
                            util::for_terminal(lock)));
  }
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
      throw Error(ExitCode::usage,
                  "'-' (standard input) is given more than once; it can be read only once");
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

namespace {

std::string
host_name()
{
  char name[256] = {};
  if (::gethostname(name, sizeof name - 1) != 0) {
    return "unknown-host";
  }
  return name;
}

// Describes the lock file `lock`: who holds it and whether that process is
// gone (only knowable on this host).
std::string
describe_lock(const std::string& lock)
{
  std::string text;
  try {
    text = read_input(lock);
  } catch (const Error&) {
    return "its owner is unknown";
  }
  long pid = 0;
  char host[256] = {};
  if (std::sscanf(text.c_str(), "pid %ld on %255s", &pid, host) != 2) {
    return "its owner is unknown";
  }
  std::string who = fmt::format("held by process {} on {}", pid, util::for_terminal_line(host));
  if (host == host_name() && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) {
    who += ", which is no longer running: the lock is stale";
  }
  return who;
}

} // namespace

FileLock::FileLock(const std::string& path)
    : m_target(resolve_target(path).string())
    , m_lock(m_target + ".lock")
{
  FileDescriptor fd(::open(m_lock.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644));
  if (fd.get() < 0) {
    if (errno != EEXIST) {
      fail(m_lock, "cannot create the lock file", errno);
    }
    throw locked_error(path, m_lock, describe_lock(m_lock));
  }
  write_all(fd.get(), lock_file_text(static_cast<unsigned long>(::getpid()), host_name()), m_lock);
  g_locks.insert(m_target);
}

FileLock::~FileLock()
{
  g_locks.erase(m_target);
  ::unlink(m_lock.c_str());
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
