#include <ftsu/cli/external_editor.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/platform.hpp>
#include <ftsu/cli/windows_text.hpp>
#include <ftsu/core/error.hpp>

#include <fmt/format.h>

#include <array>
#include <functional>
#include <string>
#include <utility>

#include <windows.h>

// The editor on Windows: Notepad unless VISUAL or EDITOR names another,
// run through cmd.exe (so `code --wait` and .cmd files work) on a temporary
// file in %TEMP%.
namespace ftsu::cli::detail {

namespace {

// Returns a new, empty temporary file's path, or nullopt.
std::optional<std::wstring>
new_temp_file()
{
  std::array<wchar_t, MAX_PATH + 1> folder{};
  std::array<wchar_t, MAX_PATH + 1> name{};
  if (::GetTempPathW(static_cast<DWORD>(folder.size()), folder.data()) == 0
      || ::GetTempFileNameW(folder.data(), L"fgp", 0, name.data()) == 0) {
    return std::nullopt;
  }
  return std::wstring(name.data());
}

} // namespace

std::string
default_editor()
{
  return "notepad";
}

EditorRun
run_editor_on(const std::string& command,
              std::string_view content,
              const std::function<bool(const std::string&)>& keep_file)
{
  const auto temp = new_temp_file();
  if (!temp) {
    return {
        std::nullopt,
        fmt::format("cannot create a temporary file: {}", windows::error_text(::GetLastError())),
        {}};
  }
  const std::string path = windows::narrow(*temp);
  // Removes the file when the editing is over.
  struct Remove
  {
    explicit Remove(std::wstring name)
        : file(std::move(name))
    {
    }
    std::wstring file;
    bool keep = false;
    Remove(const Remove&) = delete;
    Remove& operator=(const Remove&) = delete;
    ~Remove()
    {
      if (!keep) {
        ::DeleteFileW(file.c_str());
      }
    }
  } remove(*temp);
  try {
    replace_file(path, content);
  } catch (const core::Error& error) {
    return {std::nullopt, error.what(), {}};
  }
  const std::optional<std::string> shell = environment_value("ComSpec");
  std::wstring line = windows::widen(
      fmt::format("\"{}\" /d /s /c \"{} \"{}\"\"", shell.value_or("cmd.exe"), command, path));
  STARTUPINFOW startup{};
  startup.cb = sizeof startup;
  PROCESS_INFORMATION process{};
  if (::CreateProcessW(
          nullptr, line.data(), nullptr, nullptr, FALSE, 0, nullptr, nullptr, &startup, &process)
      == 0) {
    return {std::nullopt,
            fmt::format("cannot run {}: {}", command, windows::error_text(::GetLastError())),
            {}};
  }
  ::WaitForSingleObject(process.hProcess, INFINITE);
  DWORD code = 1;
  ::GetExitCodeProcess(process.hProcess, &code);
  ::CloseHandle(process.hThread);
  ::CloseHandle(process.hProcess);
  EditorRun run;
  try {
    run.saved = read_input(path);
  } catch (const core::Error& error) {
    return {std::nullopt, error.what(), {}};
  }
  if (keep_file(*run.saved)) {
    remove.keep = true;
    run.kept = path;
  }
  if (code != 0) {
    constexpr int k_cmd_not_found = 9009;
    return {std::nullopt,
            editor_exit_message(command, static_cast<int>(code), k_cmd_not_found),
            run.kept};
  }
  return run;
}

} // namespace ftsu::cli::detail
