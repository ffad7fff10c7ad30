#pragma once

#include <ftsu/core/checklist.hpp>
#include <ftsu/core/diagnostic.hpp>
#include <ftsu/core/yaml.hpp>

#include <string>
#include <string_view>

namespace ftsu::core {

// Builds a checklist from a parsed file, enforcing every rule of
// docs/checklist-format.md; reports each broken rule to `sink` and returns nullptr when
// there was any error. `origin` is recorded as where it came from.
ChecklistPtr build_checklist(const yaml::Node& root, DiagnosticSink& sink, std::string origin);

// The same, taking the tree: each section is freed from it once read, so the
// tree and the checklist are never both held whole.
ChecklistPtr build_checklist(yaml::Node&& root, DiagnosticSink& sink, std::string origin);

// Parses `text` and builds a checklist from it (see build_checklist); a file
// of another kind is reported as exactly that.
ChecklistPtr load_checklist(std::string_view text, DiagnosticSink& sink, std::string origin);

// The same, taking the file's bytes, which are freed once they are parsed.
ChecklistPtr load_checklist(std::string&& text, DiagnosticSink& sink, std::string origin);

// The same, for a literal (which would otherwise match both of the above).
inline ChecklistPtr
load_checklist(const char* text, DiagnosticSink& sink, std::string origin)
{
  return load_checklist(std::string_view(text), sink, std::move(origin));
}

} // namespace ftsu::core
