#include <ftsu/cli/app.hpp>
#include <ftsu/cli/windows_text.hpp>

#include <string>
#include <vector>

#include <windows.h>

// After windows.h, which it needs.
#include <shellapi.h>

// The arguments come from GetCommandLineW, in UTF-16, and go on in UTF-8:
// main's own argv is in the ANSI code page, which cannot hold every name.
int
main()
{
  int argc = 0;
  wchar_t** wide = ::CommandLineToArgvW(::GetCommandLineW(), &argc);
  std::vector<std::string> arguments;
  for (int i = 0; wide != nullptr && i < argc; ++i) {
    arguments.push_back(ftsu::cli::windows::narrow(wide[i]));
  }
  ::LocalFree(wide);
  std::vector<char*> argv;
  for (auto& argument : arguments) {
    argv.push_back(argument.data());
  }
  argv.push_back(nullptr);
  return ftsu::cli::run(static_cast<int>(arguments.size()), argv.data());
}
