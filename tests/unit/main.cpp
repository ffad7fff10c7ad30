// The unit test runner: runs in a scratch folder that is removed when every
// test passes and kept (and named) when one fails.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <system_error>

int
main(int argc, char** argv)
{
  namespace fs = std::filesystem;
  const fs::path original = fs::current_path();
  std::random_device random;
  const fs::path scratch = fs::temp_directory_path() / ("ftsu-unit-" + std::to_string(random()));
  fs::create_directories(scratch);
  fs::current_path(scratch);
  doctest::Context context(argc, argv);
  const int result = context.run();
  fs::current_path(original);
  std::error_code ec;
  if (result == 0) {
    fs::remove_all(scratch, ec);
  } else {
    std::fprintf(stderr, "unit tests: scratch folder kept at %s\n", scratch.string().c_str());
  }
  return result;
}
