#pragma once

#include <ftsu/core/interview.hpp>

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

namespace ftsu::cli {

// The header options `init` and `assess` share, as typed.
struct HeaderArgs
{
  std::optional<std::string> organisation;
  std::optional<std::string> period;
  std::optional<std::string> profile;
  std::optional<std::string> assessed_on;
  std::vector<std::string> assessors;
  std::optional<std::string> respondent;
};

// Adds --organisation, --period, --profile, --assessed-on, --assessors
// (repeatable) and --respondent to `command`.
void add_header_options(CLI::App& command, HeaderArgs& args);

// Returns `args` as core's header options. Throws core::Error (usage) for an
// --assessed-on that is not a date, or a --profile that is not one of
// `checklist`'s profiles.
core::HeaderOptions header_options(const HeaderArgs& args, const core::Checklist& checklist);

} // namespace ftsu::cli
