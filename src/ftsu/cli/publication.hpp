#pragma once

#include <ftsu/core/publication.hpp>
#include <ftsu/report/format.hpp>

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace CLI {
class App;
}

// The publication check's options, shared by `check` and the commands that
// write board papers (docs/security.md, "Publishing board papers").
namespace ftsu::cli {

struct Context;
struct LoadedAnswers;

struct PublicationOptions
{
  // --names FILE: names to find, one a line (never written to any output).
  std::optional<std::string> names_file;
  // --patterns FILE: phrases to find, one a line ('#' a digit, '*' a word).
  std::optional<std::string> patterns_file;
  // --allow-names-in FIELD: fields where personal names are not findings
  // ("owner").
  std::vector<std::string> allow_names_in;
};

// Adds --names, --patterns and --allow-names-in to `command`.
void add_publication_options(CLI::App& command, PublicationOptions& options);

// Returns the rules `options` ask for, reading the names and patterns files
// through `context`'s file system (a file that cannot be read throws
// core::Error, io_error).
core::PublicationRules publication_rules(const PublicationOptions& options, Context& context);

// The options of the commands that write papers (report, diff, trend,
// actions): the check's rules, and what to do with a finding.
struct PaperCheckOptions
{
  PublicationOptions publication;
  // --public: any finding is an error; nothing is written.
  bool public_paper = false;
  // --redact: each finding is written as "[removed]" and listed on stderr.
  bool redact = false;
};

// Adds the options of PublicationOptions, --public and --redact to
// `command`.
void add_paper_check_options(CLI::App& command, PaperCheckOptions& options);

// The publication check of one paper (docs/security.md, "Publishing board
// papers"). It runs on a published format (report::Audience::published:
// HTML, Markdown, docx, xlsx, CSV), and on any format under --public or
// --redact; on the guardian's own formats (text, JSON) it does nothing
// otherwise. Each file read for the paper goes through apply() before the
// paper is rendered, then finish() before it is written.
class PaperCheck
{
public:
  // `fields` names what the command prints (PublicationRules::fields; empty:
  // everything). Reads --names and --patterns through `context`.
  PaperCheck(const PaperCheckOptions& options,
             const report::FormatFacts& format,
             std::vector<std::string_view> fields,
             Context& context);

  // Checks the texts of `loaded` that the paper prints, and those of its
  // checklist unless it is bundled (its text is ours, and checked by the
  // tests). Under --redact, replaces each finding in `loaded` by
  // "[removed]" (in a copy of the checklist, shared by the files that share
  // it).
  void apply(LoadedAnswers& loaded);

  // Checks (and under --redact, redacts) one text of `file`'s own `field`
  // that the paper prints from something other than an answers file
  // (aggregate's organisation names).
  void
  apply_field(const std::string& file, std::string_view field, std::optional<std::string>& text);

  // Prints what was found, as warnings (unless --quiet), or what was
  // removed. Under --public with a finding, prints each as an error and
  // throws core::Error (gate_failed): nothing is to be written.
  void finish() const;

private:
  bool m_active = false;
  bool m_public = false;
  bool m_redact = false;
  bool m_quiet = false;
  core::PublicationRules m_rules;
  // Each file's name and findings, in the order applied.
  std::vector<std::pair<std::string, std::vector<core::PublicationFinding>>> m_found;
  // The checklists seen, and their redacted copies.
  std::set<const core::Checklist*> m_checked;
  std::vector<std::pair<const core::Checklist*, core::ChecklistPtr>> m_redacted;
};

} // namespace ftsu::cli
