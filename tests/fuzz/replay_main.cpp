// A main() for the fuzz targets when they are not built with libFuzzer:
// replays every file named on the command line, and every regular file in
// every folder named (sorted by name, not recursive), through
// LLVMFuzzerTestOneInput once, so every normal build (GCC too) runs the
// seed corpus and the committed regressions under ctest. Exits 1 when a
// path cannot be read or when no input was found at all; a crash, a
// sanitizer report or an exception other than core::Error ends the process
// as it would under libFuzzer.
#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

// Appends `path` (a file) or the regular files in it (a folder) to
// `inputs`; returns false when it is neither.
bool
collect(const fs::path& path, std::vector<fs::path>& inputs)
{
  std::error_code ec;
  if (fs::is_regular_file(path, ec)) {
    inputs.push_back(path);
    return true;
  }
  if (!fs::is_directory(path, ec)) {
    return false;
  }
  std::vector<fs::path> files;
  for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec)) {
      files.push_back(it->path());
    }
  }
  std::sort(files.begin(), files.end());
  inputs.insert(inputs.end(), files.begin(), files.end());
  return !ec;
}

// Reads `path` whole; returns false when it cannot.
bool
read_file(const fs::path& path, std::string& bytes)
{
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    return false;
  }
  bytes.clear();
  char buffer[65536];
  std::size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) {
    bytes.append(buffer, got);
  }
  const bool ok = std::ferror(file) == 0;
  std::fclose(file);
  return ok;
}

} // namespace

int
main(int argc, char** argv)
{
  std::vector<fs::path> inputs;
  for (int i = 1; i < argc; ++i) {
    if (!collect(argv[i], inputs)) {
      fmt::print(stderr, "replay: {}: not a file or a folder\n", argv[i]);
      return 1;
    }
  }
  if (inputs.empty()) {
    fmt::print(stderr, "replay: no input to replay\n");
    return 1;
  }
  std::string bytes;
  for (const auto& input : inputs) {
    if (!read_file(input, bytes)) {
      fmt::print(stderr, "replay: {}: cannot be read\n", input.string());
      return 1;
    }
    // A copy of exactly the input's size, so ASan sees a read past its end.
    std::vector<std::uint8_t> data(bytes.begin(), bytes.end());
    LLVMFuzzerTestOneInput(data.data(), data.size());
  }
  fmt::print("replay: {} inputs ran\n", inputs.size());
  return 0;
}
