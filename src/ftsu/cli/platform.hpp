#pragma once

#include <ftsu/util/date.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

// What differs between the operating systems outside the files (io.hpp) and
// the line editor (line_editor.hpp): the process's start, its standard
// streams, its environment and its paths. platform_posix.cpp and
// platform_windows.cpp implement it; CMake builds one of them.
namespace ftsu::cli {

// One of the three standard streams.
enum class StandardStream { input, output, error };

// Sets the process up before any command runs. POSIX: SIGPIPE is ignored,
// so a closed pipe is an error to handle (write_stdout). Windows: the
// standard streams are binary (a "\n" stays "\n"), and a console prints
// UTF-8 and ANSI escape sequences where it can (virtual-terminal mode); its
// code page is put back when the program ends.
void prepare_process();

// Returns true when `stream` is a terminal (a console on Windows).
bool is_terminal(StandardStream stream);

// Returns the value of the environment variable `name` in UTF-8, or nullopt
// when it is unset.
std::optional<std::string> environment_value(const char* name);

// Returns the calendar date where the user is of `seconds` since 1970 (UTC):
// in the time zone of TZ when it is set, else the system's (localtime_r on
// POSIX, localtime_s on Windows); nullopt when the system cannot convert it.
std::optional<util::Date> local_date(std::int64_t seconds);

// Returns the locale that the console itself implies when none of LC_ALL,
// LC_CTYPE and LANG is set: on Windows ".UTF-8" when the console prints
// UTF-8 (prepare_process sets that); nullopt on POSIX, where the variables
// alone decide.
std::optional<std::string> console_locale();

// The separator of a list of folders in an environment variable
// (FTSU_GAP_CHECKLISTS): ':' on POSIX, ';' on Windows, as PATH.
char path_list_separator();

// Returns the path that the UTF-8 text `utf8` names (on POSIX its bytes, so
// a name that is not UTF-8 still works).
std::filesystem::path to_path(std::string_view utf8);

// Returns `path` as UTF-8 text (on POSIX its bytes).
std::string from_path(const std::filesystem::path& path);

} // namespace ftsu::cli
