#pragma once

#include <ftsu/core/answers.hpp>
#include <ftsu/core/checklist.hpp>
#include <ftsu/util/spelling.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The publication check (docs/security.md, "Publishing board papers"): what
// in a free text could identify a person, found so that a board paper can
// warn, refuse or redact before it goes out. It reads only the text given;
// it cannot know that a description ("the nurse on Ward 7 who raised the
// March concern") points at one person, so it supports, never replaces, the
// guardian's own judgment.
namespace ftsu::core {

// What kind of identifier a finding is.
enum class IdentifierKind {
  email,
  phone,
  nhs_number,
  ni_number,
  postcode,
  date_of_birth,
  titled_name,
  listed_name,
  phrase,
  personal_name,
  last_ = personal_name
};

// How every kind is spelled in JSON and on the command line, in order.
inline constexpr util::Spelling<IdentifierKind> k_identifier_kinds[] = {
    {IdentifierKind::email, "email"},
    {IdentifierKind::phone, "phone"},
    {IdentifierKind::nhs_number, "nhs-number"},
    {IdentifierKind::ni_number, "ni-number"},
    {IdentifierKind::postcode, "postcode"},
    {IdentifierKind::date_of_birth, "date-of-birth"},
    {IdentifierKind::titled_name, "titled-name"},
    {IdentifierKind::listed_name, "listed-name"},
    {IdentifierKind::phrase, "phrase"},
    {IdentifierKind::personal_name, "personal-name"},
};
static_assert(util::spells_every(k_identifier_kinds, IdentifierKind::last_));

// Returns the kind's spelling in JSON ("nhs-number").
constexpr std::string_view
to_string(IdentifierKind kind)
{
  return util::spelling_of(k_identifier_kinds, kind);
}

// Returns the kind in words for a message ("an NHS number").
std::string_view describe(IdentifierKind kind);

// One identifier found in a text: its kind and where it is (bytes of the
// text as given).
struct IdentifierMatch
{
  IdentifierKind kind = IdentifierKind::email;
  std::size_t offset = 0;
  std::size_t length = 0;
};

// What the check looks for beyond the fixed kinds.
struct PublicationRules
{
  // Names the guardian keeps outside the answers file (`--names FILE`, one a
  // line): each is found whole, in any case.
  std::vector<std::string> names;
  // Phrases to keep out (`--patterns FILE`, one a line), found whole in any
  // case; `#` stands for one digit and `*` for a run of letters and digits.
  std::vector<std::string> patterns;
  // True when the trust publishes owners' names (`--allow-names-in owner`):
  // a personal name in an owner field is then not a finding.
  bool names_in_owner_allowed = false;
  // The fields to check, by the names PublicationFinding::field uses
  // ("evidence", "organisation", "checklist text"): a command checks only
  // what it prints. Empty: every field.
  std::vector<std::string_view> fields;

  // Returns true when `field` is to be checked.
  bool checks(std::string_view field) const;
};

// Where a text is. An owner field holds a role ("Director of People"), so
// a personal name there is a finding of its own. An author field (the
// assessors, the respondents) names the people who wrote the assessment, so
// titles and names there are not findings; contact details and the names
// list still are.
enum class TextField { free_text, owner, author };

// Returns every identifier in `text`, in order of position, none
// overlapping another (the earlier, then the longer, wins).
std::vector<IdentifierMatch> find_identifiers(std::string_view text,
                                              const PublicationRules& rules,
                                              TextField field = TextField::free_text);

// What redaction writes in place of a finding.
inline constexpr std::string_view k_removed = "[removed]";

// Returns `text` with each match replaced by "[removed]".
std::string redact(std::string_view text, const std::vector<IdentifierMatch>& matches);

// Returns true when `digits` (ten digits, nothing else) pass the NHS
// number's Modulus 11 check.
bool valid_nhs_number(std::string_view digits);

// One finding in an answers file: where it is and what kind it is.
struct PublicationFinding
{
  // The item's id; empty for the file's own fields.
  std::string item;
  // The field: "evidence", "action", "owner", "progress", "progress_notes",
  // "dropped_reason", "due_history", "note",
  // "organisation", "assessors", "respondent" or "respondents".
  std::string field;
  // In a merged file, whose entry of the item it is in; empty otherwise.
  std::string respondent;
  IdentifierMatch match;
  // Where the text found is in its field, in characters: the first and the
  // last, counted from 1.
  std::size_t first = 0;
  std::size_t last = 0;
  // The text found (for a terminal only: never written to a file).
  std::string text;
};

// Returns every finding in the texts of `answers` that a report, diff,
// trend, actions list, aggregate or export can print, in file order,
// leaving out each whose text was accepted (`publish_ok:` of its item, or
// of the file for the file's own fields).
std::vector<PublicationFinding> check_publication(const AnswersFile& answers,
                                                  const PublicationRules& rules);

// Replaces, in the same texts of `answers`, each finding that
// check_publication returns by "[removed]"; returns those findings.
std::vector<PublicationFinding> redact_publication(AnswersFile& answers,
                                                   const PublicationRules& rules);

// Returns every finding in the texts of `checklist` that an output can
// print (titles, descriptions, item texts, guidance, evidence examples,
// labels; source titles and publishers as author fields), leaving out each
// whose text is in `accepted` (the answers file's own `publish_ok:`). A
// finding in an item's text has the item's id; `field` says where
// ("checklist guidance", "section title").
std::vector<PublicationFinding> check_checklist_publication(const Checklist& checklist,
                                                            const PublicationRules& rules,
                                                            const std::vector<PublishOk>& accepted);

// Replaces, in the same texts of `checklist`, each finding that
// check_checklist_publication returns by "[removed]"; returns those
// findings.
std::vector<PublicationFinding>
redact_checklist_publication(Checklist& checklist,
                             const PublicationRules& rules,
                             const std::vector<PublishOk>& accepted);

// Returns the findings in one text of a file's own `field`, for output
// that is not an answers file (aggregate's organisation names), and
// replaces them in `text` by "[removed]" when `redacting`. Nothing when
// `rules` does not check `field`.
std::vector<PublicationFinding> check_file_field(std::string_view field,
                                                 std::string& text,
                                                 const PublicationRules& rules,
                                                 bool redacting);

// Returns where `finding` is and what it is, for a message, never its
// text: "a, evidence: an email address, characters 12 to 30", "the file's
// organisation: ...", with "(Alice's entry)" in a merged file.
std::string describe_place(const PublicationFinding& finding);

// An item whose private note seems to have been copied into a published
// field: a sentence of the note, of 20 characters or more, appears in the
// field (in any case).
struct PrivateNoteCopy
{
  std::string item;
  std::string field;
};

// Returns each item and field of `answers` that holds a sentence of the
// item's private note.
std::vector<PrivateNoteCopy> private_note_copies(const AnswersFile& answers);

// Returns the lines of a names or patterns file that say something:
// trimmed, without empty lines and comments (lines starting with "# ", a
// hash and a space: a pattern may start with '#', one digit).
std::vector<std::string> rule_lines(std::string_view text);

} // namespace ftsu::core
