// The floor for reading answers files with yaml-cpp: reads each file named
// on the command line (a folder: every .yaml file below it) whole, as the
// tool does, and drives yaml-cpp's event parser over it with handlers that
// do nothing. What ftsu-gap does beyond this (building its tree, checking,
// scoring, rolling up) is the overhead the benchmarks measure.
// Usage: yaml_floor PATH...   (prints the number of files and events)
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

class CountingHandler final : public YAML::EventHandler
{
public:
  std::size_t events = 0;

  void
  OnDocumentStart(const YAML::Mark&) override
  {
    ++events;
  }
  void
  OnDocumentEnd() override
  {
    ++events;
  }
  void
  OnNull(const YAML::Mark&, YAML::anchor_t) override
  {
    ++events;
  }
  void
  OnAlias(const YAML::Mark&, YAML::anchor_t) override
  {
    ++events;
  }
  void
  OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override
  {
    ++events;
  }
  void
  OnSequenceStart(const YAML::Mark&,
                  const std::string&,
                  YAML::anchor_t,
                  YAML::EmitterStyle::value) override
  {
    ++events;
  }
  void
  OnSequenceEnd() override
  {
    ++events;
  }
  void
  OnMapStart(const YAML::Mark&,
             const std::string&,
             YAML::anchor_t,
             YAML::EmitterStyle::value) override
  {
    ++events;
  }
  void
  OnMapEnd() override
  {
    ++events;
  }
};

std::vector<std::string>
expand(int argc, char** argv)
{
  std::vector<std::string> out;
  for (int i = 1; i < argc; ++i) {
    const std::filesystem::path path(argv[i]);
    if (!std::filesystem::is_directory(path)) {
      out.push_back(path.string());
      continue;
    }
    std::vector<std::string> found;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(path)) {
      if (entry.is_regular_file() && entry.path().extension() == ".yaml") {
        found.push_back(entry.path().string());
      }
    }
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

} // namespace

int
main(int argc, char** argv)
{
  CountingHandler handler;
  const std::vector<std::string> files = expand(argc, argv);
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    std::istringstream stream(buffer.str());
    YAML::Parser parser(stream);
    while (parser.HandleNextDocument(handler)) {
    }
  }
  std::printf("%zu files, %zu events\n", files.size(), handler.events);
  return 0;
}
