#include <ftsu/cli/app.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/load.hpp>
#include <ftsu/cli/output.hpp>
#include <ftsu/cli/platform.hpp>
#include <ftsu/cli/publication.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/util/utf8.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <memory>

namespace ftsu::cli {

void
add_publication_options(CLI::App& command, PublicationOptions& options)
{
  command.add_option("--names",
                     options.names_file,
                     "A file of names to find, one a line (kept outside the answers file; never "
                     "written to any output)");
  command.add_option("--patterns",
                     options.patterns_file,
                     "A file of phrases to find, one a line ('#' one digit, '*' a run of letters "
                     "and digits)");
  command
      .add_option("--allow-names-in",
                  options.allow_names_in,
                  "Fields where personal names are published by the trust: owner")
      ->check(CLI::IsMember({"owner"}));
}

core::PublicationRules
publication_rules(const PublicationOptions& options, Context& context)
{
  core::PublicationRules rules;
  if (options.names_file) {
    rules.names = core::rule_lines(context.file_system.read(*options.names_file));
  }
  if (options.patterns_file) {
    rules.patterns = core::rule_lines(context.file_system.read(*options.patterns_file));
  }
  rules.names_in_owner_allowed =
      std::find(options.allow_names_in.begin(), options.allow_names_in.end(), "owner")
      != options.allow_names_in.end();
  return rules;
}

void
add_paper_check_options(CLI::App& command, PaperCheckOptions& options)
{
  add_publication_options(command, options.publication);
  command.add_flag("--public",
                   options.public_paper,
                   "The paper will be published: anything that could identify a person is an "
                   "error (exit 1), and nothing is written");
  command.add_flag("--redact",
                   options.redact,
                   "Write the paper with anything that could identify a person replaced by "
                   "'[removed]', and list what was removed on standard error");
}

PaperCheck::PaperCheck(const PaperCheckOptions& options,
                       const report::FormatFacts& format,
                       std::vector<std::string_view> fields,
                       Context& context)
    : m_active(options.public_paper || options.redact
               || format.audience == report::Audience::published)
    , m_public(options.public_paper)
    , m_redact(options.redact)
    , m_quiet(context.global.quiet)
{
  if (m_active) {
    m_rules = publication_rules(options.publication, context);
    m_rules.fields = std::move(fields);
  }
}

void
PaperCheck::apply(LoadedAnswers& loaded)
{
  if (!m_active) {
    return;
  }
  std::vector<core::PublicationFinding> found =
      m_redact ? core::redact_publication(loaded.answers, m_rules)
               : core::check_publication(loaded.answers, m_rules);
  const core::Checklist* checklist = loaded.checklist.get();
  if (!checklist->origin.starts_with("bundled:")) {
    if (m_checked.insert(checklist).second) {
      std::vector<core::PublicationFinding> in_checklist;
      if (m_redact) {
        auto copy = std::make_shared<core::Checklist>(*checklist);
        in_checklist =
            core::redact_checklist_publication(*copy, m_rules, loaded.answers.publish_ok);
        m_redacted.emplace_back(checklist, std::move(copy));
      } else {
        in_checklist =
            core::check_checklist_publication(*checklist, m_rules, loaded.answers.publish_ok);
      }
      found.insert(found.end(), in_checklist.begin(), in_checklist.end());
    }
    for (const auto& [original, copy] : m_redacted) {
      if (original == checklist) {
        loaded.checklist = copy;
      }
    }
  }
  m_found.emplace_back(loaded.name, std::move(found));
}

void
PaperCheck::apply_field(const std::string& file,
                        std::string_view field,
                        std::optional<std::string>& text)
{
  if (!m_active || !text) {
    return;
  }
  auto found = core::check_file_field(field, *text, m_rules, m_redact);
  if (!found.empty()) {
    m_found.emplace_back(file, std::move(found));
  }
}

void
PaperCheck::finish() const
{
  std::size_t count = 0;
  for (const auto& entry : m_found) {
    count += entry.second.size();
  }
  if (count == 0 || (m_quiet && !m_public && !m_redact)) {
    return;
  }
  // The text found goes to a terminal only, never into a file or a pipe.
  const bool show_text = is_terminal(StandardStream::error);
  const auto line = [show_text](const std::string& file, const core::PublicationFinding& finding) {
    std::string text = fmt::format("{}: {}", file, core::describe_place(finding));
    if (show_text) {
      text += ": " + finding.text;
    }
    return util::for_terminal_line(text);
  };
  const std::string findings = fmt::format("{} {}", count, count == 1 ? "finding" : "findings");
  if (m_redact) {
    for (const auto& [file, found] : m_found) {
      for (const core::PublicationFinding& finding : found) {
        write_stderr(fmt::format("ftsu-gap: removed from {}\n", line(file, finding)));
      }
    }
    write_stderr(fmt::format("ftsu-gap: {} removed from the paper, each replaced by '{}'; read "
                             "the paper before it goes out: a description can still identify "
                             "someone\n",
                             findings,
                             core::k_removed));
    return;
  }
  if (m_public) {
    for (const auto& [file, found] : m_found) {
      for (const core::PublicationFinding& finding : found) {
        print_error(line(file, finding));
      }
    }
    throw core::Error(core::ExitCode::gate_failed,
                      fmt::format("{} could identify a person, and --public says the paper will "
                                  "be published: nothing was written. Reword each, accept it "
                                  "with 'publish_ok:' in the answers file, or write with "
                                  "--redact (docs/security.md)",
                                  findings));
  }
  for (const auto& [file, found] : m_found) {
    for (const core::PublicationFinding& finding : found) {
      write_stderr(fmt::format("ftsu-gap: warning: {}\n", line(file, finding)));
    }
  }
  write_stderr(fmt::format("ftsu-gap: warning: {} could identify a person if this paper is "
                           "published: reword each, accept it with 'publish_ok:' in the answers "
                           "file, or write with --redact; --public refuses to write "
                           "(docs/security.md)\n",
                           findings));
}

} // namespace ftsu::cli
