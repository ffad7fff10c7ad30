#include <ftsu/cli/external_editor.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/core/error.hpp>

#include <fmt/format.h>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <utility>

#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ; // NOLINT: POSIX declares it nowhere

namespace ftsu::cli {

namespace {

// A private temporary file, removed when this goes.
class TempFile
{
public:
  TempFile() = default;
  ~TempFile()
  {
    if (!m_path.empty()) {
      ::unlink(m_path.c_str());
    }
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  // Creates the file, readable and writable by the user alone, holding
  // `content`; returns why it could not, or nullopt.
  std::optional<std::string> create(std::string_view content);
  const std::string&
  path() const
  {
    return m_path;
  }
  // Leaves the file in place; returns its path.
  std::string
  keep()
  {
    return std::exchange(m_path, std::string());
  }

private:
  std::string m_path;
};

std::optional<std::string>
TempFile::create(std::string_view content)
{
  const char* tmpdir = std::getenv("TMPDIR");
  const std::string dir = tmpdir != nullptr && *tmpdir != '\0' ? tmpdir : "/tmp";
  std::string name = dir + "/ftsu-gap-XXXXXX.txt";
  const int fd = ::mkostemps(name.data(), 4, O_CLOEXEC);
  if (fd < 0) {
    return fmt::format("cannot create a temporary file in {}: {}", dir, std::strerror(errno));
  }
  m_path = name;
  ::fchmod(fd, S_IRUSR | S_IWUSR);
  std::size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      const int error = errno;
      ::close(fd);
      return fmt::format("cannot write {}: {}", m_path, std::strerror(error));
    }
    done += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0) {
    return fmt::format("cannot write {}: {}", m_path, std::strerror(errno));
  }
  return std::nullopt;
}

// How the editor ended: nullopt when it exited with 0, else what went wrong.
std::optional<std::string>
run_editor(const std::string& command, const std::string& path)
{
  // As git runs it: the command may hold arguments and shell syntax, the
  // path is passed as an argument and never parsed by the shell.
  std::string shell = "sh";
  std::string dash_c = "-c";
  std::string script = command + " \"$@\"";
  std::string name = "sh";
  std::string file = path;
  std::array<char*, 6> argv{
      shell.data(), dash_c.data(), script.data(), name.data(), file.data(), nullptr};
  posix_spawnattr_t attributes;
  ::posix_spawnattr_init(&attributes);
  sigset_t defaults;
  sigemptyset(&defaults);
  for (const int signal_number : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE}) {
    sigaddset(&defaults, signal_number);
  }
  sigset_t none;
  sigemptyset(&none);
  ::posix_spawnattr_setsigdefault(&attributes, &defaults);
  ::posix_spawnattr_setsigmask(&attributes, &none);
  ::posix_spawnattr_setflags(&attributes,
                             static_cast<short>(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK));
  std::fflush(stdout);
  pid_t pid = 0;
  const int spawned = ::posix_spawn(&pid, "/bin/sh", nullptr, &attributes, argv.data(), environ);
  ::posix_spawnattr_destroy(&attributes);
  if (spawned != 0) {
    return fmt::format("cannot run {}: {}", command, std::strerror(spawned));
  }
  // A signal does not stop the wait: the editor has the terminal until it
  // ends (a hang-up reaches it from the terminal, and Ctrl-C is its own
  // key), and the shell around it would not pass a signal on.
  int status = 0;
  while (::waitpid(pid, &status, 0) != pid) {
    if (errno != EINTR) {
      return fmt::format("lost track of {}: {}", command, std::strerror(errno));
    }
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
    return std::nullopt;
  }
  constexpr int k_sh_not_found = 127;
  return WIFEXITED(status)
             ? detail::editor_exit_message(command, WEXITSTATUS(status), k_sh_not_found)
             : fmt::format("{} was ended by signal {}", command, WTERMSIG(status));
}

} // namespace

namespace detail {

std::string
default_editor()
{
  return "vi";
}

EditorRun
run_editor_on(const std::string& command,
              std::string_view content,
              const std::function<bool(const std::string&)>& keep_file)
{
  TempFile file;
  if (auto error = file.create(content)) {
    return {std::nullopt, std::move(*error), {}};
  }
  const std::optional<std::string> failure = run_editor(command, file.path());
  EditorRun run;
  try {
    run.saved = read_input(file.path());
  } catch (const core::Error& error) {
    return {std::nullopt, error.what(), {}};
  }
  if (keep_file(*run.saved)) {
    run.kept = file.keep();
  }
  if (failure) {
    return {std::nullopt, *failure, run.kept};
  }
  return run;
}

} // namespace detail

} // namespace ftsu::cli
