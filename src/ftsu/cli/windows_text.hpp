#pragma once

#include <string>
#include <string_view>

// UTF-8 inside the program, UTF-16 at the Windows API: the conversions the
// *_windows.cpp files share (Windows builds only).
namespace ftsu::cli::windows {

// Returns `utf8` as UTF-16 (invalid sequences become U+FFFD).
std::wstring widen(std::string_view utf8);

// Returns `wide` as UTF-8 (unpaired surrogates become U+FFFD).
std::string narrow(std::wstring_view wide);

// Returns the text of the Windows error `code` as strerror would say it:
// the common ones in the words of the POSIX build ("No such file or
// directory", "Permission denied"), others from FormatMessageW.
std::string error_text(unsigned long code);

} // namespace ftsu::cli::windows
