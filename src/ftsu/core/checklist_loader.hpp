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

// Parses `text` and builds a checklist from it (see build_checklist); a file
// of another kind is reported as exactly that.
ChecklistPtr load_checklist(std::string_view text, DiagnosticSink& sink, std::string origin);

} // namespace ftsu::core
