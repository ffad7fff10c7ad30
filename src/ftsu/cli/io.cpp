#include <ftsu/cli/io.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/core/yaml.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
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

std::string
read_all(int fd, const std::string& path)
{
  constexpr std::size_t k_limit = core::yaml::k_max_file_size + 1;
  std::string out;
  std::vector<char> buffer(64 * 1024);
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
  const int flags = ::fcntl(fd.get(), F_GETFL);
  if (flags >= 0) {
    ::fcntl(fd.get(), F_SETFL, flags & ~O_NONBLOCK);
  }
  return read_all(fd.get(), path);
}

void
write_output(const std::string& path, std::string_view content)
{
  if (path == "-") {
    write_stdout(content);
    return;
  }
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path target = path;
  if (fs::is_symlink(target, ec)) {
    target = fs::weakly_canonical(target, ec);
    if (ec) {
      fail(path, "cannot follow the link", ec.value());
    }
  }
  // Only a regular file is replaced. Renaming over a device (/dev/null), a
  // FIFO or a socket would destroy it, so those are written to in place, as
  // a shell redirection would; a directory is refused.
  struct stat existing
  {
  };
  if (::stat(target.c_str(), &existing) == 0 && !S_ISREG(existing.st_mode)) {
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
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string temp = (folder / fmt::format(".{}.tmp.XXXXXX", target.filename().string())).string();
  FileDescriptor fd(::mkostemp(temp.data(), O_CLOEXEC));
  if (fd.get() < 0) {
    fail(path, "cannot create a file in its folder", errno);
  }
  try {
    struct stat st
    {
    };
    const mode_t mode = ::stat(target.c_str(), &st) == 0 ? static_cast<mode_t>(st.st_mode & 07777)
                                                         : new_file_mode();
    ::fchmod(fd.get(), mode);
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
