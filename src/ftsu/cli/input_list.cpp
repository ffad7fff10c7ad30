#include <ftsu/cli/file_system.hpp>
#include <ftsu/cli/input_list.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/load.hpp>
#include <ftsu/cli/platform.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

namespace ftsu::cli {

namespace {

using core::Error;
using core::ExitCode;

bool
is_hidden(const std::string& path)
{
  const auto slash = path.find_last_of('/');
  const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  return name.size() > 1 && name.front() == '.' && name != "..";
}

// Appends the YAML files below the folder `dir` to `out`, sorted. A folder
// below `dir` that cannot be listed throws, or is named in `unlisted` and
// skipped when `keep_going`; `dir` itself that cannot be listed throws.
// A symbolic link to a folder is not followed.
void
add_input_folder(FileSystem& file_system, const std::string& dir, bool keep_going, InputList& out)
{
  std::vector<std::string> found;
  std::vector<std::string> pending{dir};
  while (!pending.empty()) {
    const std::string folder = std::move(pending.back());
    pending.pop_back();
    std::vector<std::string> entries;
    try {
      entries = file_system.list(folder);
    } catch (const Error& e) {
      if (!keep_going || folder == dir) {
        throw;
      }
      out.unlisted.push_back(std::string(e.what()) + "; skipped (--keep-going)");
      continue;
    }
    for (const auto& path : entries) {
      if (is_hidden(path)) {
        continue;
      }
      const auto kind = file_system.stat(path);
      if (kind == FileKind::directory) {
        if (!file_system.is_symlink(path)) {
          pending.push_back(path);
        }
      } else if (is_yaml_name(to_path(path)) && kind == FileKind::regular) {
        found.push_back(path);
      }
    }
  }
  std::sort(found.begin(), found.end());
  out.files.insert(out.files.end(), found.begin(), found.end());
}

void
add_path(FileSystem& file_system, const std::string& path, bool keep_going, InputList& out)
{
  if (file_system.stat(path) == FileKind::directory) {
    add_input_folder(file_system, path, keep_going, out);
  } else {
    out.files.push_back(path);
  }
}

} // namespace

InputList
expand_inputs(FileSystem& file_system, const std::vector<std::string>& args, bool keep_going)
{
  check_stdin_once(args);
  InputList out;
  for (const auto& arg : args) {
    if (arg != "-") {
      add_path(file_system, arg, keep_going, out);
      continue;
    }
    for (const auto& line : util::split(file_system.read("-"), '\n')) {
      std::string path(line);
      if (!path.empty() && path.back() == '\r') {
        path.pop_back();
      }
      if (!path.empty()) {
        add_path(file_system, path, keep_going, out);
      }
    }
  }
  return out;
}

std::vector<RepeatedInput>
drop_repeated_inputs(FileSystem& file_system, std::vector<std::string>& paths)
{
  std::vector<RepeatedInput> repeated;
  std::unordered_map<std::string, std::size_t> seen;
  std::vector<std::string> kept;
  kept.reserve(paths.size());
  for (auto& path : paths) {
    const auto canonical = path == "-" ? std::nullopt : file_system.canonical(path);
    if (canonical) {
      const auto [at, inserted] = seen.emplace(*canonical, kept.size());
      if (!inserted) {
        repeated.push_back({std::move(path), kept[at->second]});
        continue;
      }
    }
    kept.push_back(std::move(path));
  }
  paths = std::move(kept);
  return repeated;
}

std::string
repeated_note(const RepeatedInput& repeated)
{
  return fmt::format("the same file as {}, given again: counted once",
                     display_name(repeated.first));
}

} // namespace ftsu::cli
