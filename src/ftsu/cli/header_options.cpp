#include <ftsu/cli/header_options.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

namespace ftsu::cli {

void
add_header_options(CLI::App& command, HeaderArgs& args)
{
  command.add_option("--organisation", args.organisation, "The organisation's name");
  command.add_option("--period", args.period, "The period assessed, such as 2026/27");
  command.add_option(
      "--profile", args.profile, "The organisation type (a profile of the checklist)");
  command.add_option(
      "--assessed-on", args.assessed_on, "The date of the assessment (YYYY-MM-DD or DD/MM/YYYY)");
  command.add_option(
      "--assessors", args.assessors, "Who assessed (repeat the option for each person or role)");
  command.add_option("--respondent",
                     args.respondent,
                     "Who answers this file, a name or role (one file each, for 'ftsu-gap merge')");
}

core::HeaderOptions
header_options(const HeaderArgs& args, const core::Checklist& checklist)
{
  core::HeaderOptions out;
  out.organisation = args.organisation;
  out.period = args.period;
  if (args.profile) {
    if (checklist.find_profile(*args.profile) == nullptr) {
      const auto keys = checklist.profile_keys();
      throw core::Error(
          core::ExitCode::usage,
          keys.empty()
              ? fmt::format("--profile {}: checklist '{}' has no profiles",
                            util::for_terminal_line(*args.profile),
                            checklist.id)
              : fmt::format("--profile {}: not a profile of checklist '{}'; expected one of: {}",
                            util::for_terminal_line(*args.profile),
                            checklist.id,
                            util::join(keys, ", ")));
    }
    out.profile = args.profile;
  }
  if (args.assessed_on) {
    out.assessed_on = util::parse_typed_date(util::trim(*args.assessed_on));
    if (!out.assessed_on) {
      throw core::Error(core::ExitCode::usage,
                        fmt::format("--assessed-on {}: not a date; write it as 2027-03-31 or "
                                    "31/03/2027",
                                    util::for_terminal_line(*args.assessed_on)));
    }
  }
  if (args.respondent) {
    if (util::trim(*args.respondent).empty()) {
      throw core::Error(core::ExitCode::usage, "--respondent: give a name or role");
    }
    out.respondent = std::string(util::trim(*args.respondent));
  }
  for (const auto& assessor : args.assessors) {
    const std::string name(util::trim(assessor));
    if (!name.empty()) {
      out.assessors.push_back(name);
    }
  }
  return out;
}

} // namespace ftsu::cli
