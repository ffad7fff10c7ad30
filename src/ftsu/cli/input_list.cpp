#include <ftsu/cli/input_list.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/load.hpp>
#include <ftsu/cli/platform.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <unordered_map>

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

// Appends the YAML files below the folder `dir` to `out`, sorted. A folder
// below `dir` that cannot be listed throws, or is named in `unlisted` and
// skipped when `keep_going`; `dir` itself that cannot be listed throws.
void
add_input_folder(const std::string& dir, bool keep_going, InputList& out)
{
  std::vector<std::string> found;
  std::vector<fs::path> pending{fs::path(dir)};
  while (!pending.empty()) {
    const fs::path folder = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(folder, fs::directory_options::none, ec);
    const fs::directory_iterator end;
    for (; !ec && it != end; it.increment(ec)) {
      if (is_hidden(it->path())) {
        continue;
      }
      std::error_code kind;
      if (it->is_directory(kind) && !it->is_symlink(kind)) {
        pending.push_back(it->path());
      } else if (is_yaml_name(it->path()) && it->is_regular_file(kind)) {
        found.push_back(it->path().generic_string());
      }
    }
    if (!ec) {
      continue;
    }
    std::string message =
        fmt::format("{}: cannot list the folder: {}", folder.generic_string(), ec.message());
    if (!keep_going || folder == fs::path(dir)) {
      throw Error(ExitCode::io_error, message);
    }
    out.unlisted.push_back(message + "; skipped (--keep-going)");
  }
  std::sort(found.begin(), found.end());
  out.files.insert(out.files.end(), found.begin(), found.end());
}

void
add_path(const std::string& path, bool keep_going, InputList& out)
{
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    add_input_folder(path, keep_going, out);
  } else {
    out.files.push_back(path);
  }
}

} // namespace

InputList
expand_inputs(const std::vector<std::string>& args, bool keep_going)
{
  check_stdin_once(args);
  InputList out;
  for (const auto& arg : args) {
    if (arg != "-") {
      add_path(arg, keep_going, out);
      continue;
    }
    for (const auto& line : util::split(read_input("-"), '\n')) {
      std::string path(line);
      if (!path.empty() && path.back() == '\r') {
        path.pop_back();
      }
      if (!path.empty()) {
        add_path(path, keep_going, out);
      }
    }
  }
  return out;
}

std::vector<RepeatedInput>
drop_repeated_inputs(std::vector<std::string>& paths)
{
  std::vector<RepeatedInput> repeated;
  std::unordered_map<std::string, std::size_t> seen;
  std::vector<std::string> kept;
  kept.reserve(paths.size());
  for (auto& path : paths) {
    std::error_code ec;
    const fs::path canonical = path == "-" ? fs::path() : fs::canonical(to_path(path), ec);
    if (path != "-" && !ec) {
      const auto [at, inserted] = seen.emplace(canonical.generic_string(), kept.size());
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
