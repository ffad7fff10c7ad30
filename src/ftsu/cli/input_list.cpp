#include <ftsu/cli/input_list.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/load.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace ftsu::cli {

namespace {

namespace fs = std::filesystem;
using core::Error;
using core::ExitCode;

bool
is_hidden(const fs::path& path)
{
  const std::string name = path.filename().string();
  return name.size() > 1 && name.front() == '.' && name != "..";
}

// Appends the YAML files below the folder `dir` to `out`, sorted.
void
add_folder(const std::string& dir, std::vector<std::string>& out)
{
  std::vector<std::string> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec);
  const fs::recursive_directory_iterator end;
  for (; !ec && it != end; it.increment(ec)) {
    if (is_hidden(it->path())) {
      if (it->is_directory(ec)) {
        it.disable_recursion_pending();
      }
      continue;
    }
    if (is_yaml_name(it->path()) && it->is_regular_file(ec)) {
      found.push_back(it->path().generic_string());
    }
  }
  if (ec) {
    throw Error(ExitCode::io_error,
                fmt::format("{}: cannot list the folder: {}", dir, ec.message()));
  }
  std::sort(found.begin(), found.end());
  out.insert(out.end(), found.begin(), found.end());
}

void
add_path(const std::string& path, std::vector<std::string>& out)
{
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    add_folder(path, out);
  } else {
    out.push_back(path);
  }
}

} // namespace

std::vector<std::string>
expand_inputs(const std::vector<std::string>& args)
{
  check_stdin_once(args);
  std::vector<std::string> out;
  for (const auto& arg : args) {
    if (arg != "-") {
      add_path(arg, out);
      continue;
    }
    for (const auto& line : util::split(read_input("-"), '\n')) {
      std::string path(line);
      if (!path.empty() && path.back() == '\r') {
        path.pop_back();
      }
      if (!path.empty()) {
        add_path(path, out);
      }
    }
  }
  return out;
}

} // namespace ftsu::cli
