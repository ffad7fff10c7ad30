#pragma once

#include <ftsu/core/scoring.hpp>
#include <ftsu/util/spelling.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

// The national or regional roll-up (docs/spec.md#aggregate): many assessments of one
// checklist version, per file and per item. It streams: each file's
// assessment is summarised into a small outcome and folded into running
// totals, so memory grows with the number of items, not of files.
namespace ftsu::core {

// What the roll-up keeps of one file: its row.
struct AggregateFile
{
  std::string file;
  std::optional<std::string> organisation;
  std::optional<std::string> period;
  ScoreSummary overall;
  // For a merged file (`ftsu-gap merge`), how many respondents' files were
  // merged into it; 0 for any other. Either way the file is one
  // organisation.
  std::size_t respondents = 0;
};

// Why a valid file was not counted: its organisation is counted already.
enum class Exclusion {
  // The same file as one given before it (by its canonical path).
  same_file,
  // A file of an organisation and period that a merged file (counted)
  // covers: a respondent's own file, most often.
  merged_counts,
  // A file of an organisation and period counted already from an earlier
  // file, or from a merged file of more respondents: a copy, another
  // respondent's file (not merged), a smaller merge.
  already_counted,
  last_ = already_counted,
};

// How every exclusion is spelled in JSON, in order.
inline constexpr util::Spelling<Exclusion> k_exclusions[] = {
    {Exclusion::same_file, "same-file"},
    {Exclusion::merged_counts, "merged-counts"},
    {Exclusion::already_counted, "already-counted"},
};
static_assert(util::spells_every(k_exclusions, Exclusion::last_));

// Returns the exclusion's spelling in JSON ("same-file", "merged-counts",
// "already-counted").
constexpr std::string_view
to_string(Exclusion reason)
{
  return util::spelling_of(k_exclusions, reason);
}

// A valid file left out so that its organisation counts once.
struct ExcludedFile
{
  std::string file;
  std::optional<std::string> organisation;
  std::optional<std::string> period;
  Exclusion reason = Exclusion::already_counted;
  // The file counted in its place.
  std::string counted;
};

// An organisation found in two periods (the roll-up is of one period
// unless rolled up by period).
struct PeriodClash
{
  std::string organisation;
  // The first file of the organisation and its period, and the file of
  // another period.
  std::string first_file;
  std::optional<std::string> first_period;
  std::string file;
  std::optional<std::string> period;
};

// One item across all files.
struct AggregateItem
{
  const Item* item = nullptr;
  const Section* section = nullptr;
  // How many files gave each answer key, in scale order.
  std::vector<std::size_t> answer_counts;
  std::size_t unanswered = 0;
  std::size_t out_of_profile = 0;
  // Files where the item counts (in profile, not not-applicable).
  std::size_t counted = 0;
  // Files whose answer has the value 0 (not met), and a value between 0
  // and 1 (partly met).
  std::size_t not_met = 0;
  std::size_t partly_met = 0;
  // Mean value over the files where the item counts (unanswered is 0);
  // nullopt when it counts in none.
  std::optional<double> mean_value;
};

// The five-number summary of a set of scores.
struct Quartiles
{
  double min = 0;
  double q1 = 0;
  double median = 0;
  double q3 = 0;
  double max = 0;
};

// How many overall scores fall in each tenth of 0-100: [0, 10), [10, 20), …
// [90, 100] (100 is in the last).
using Histogram = std::array<std::size_t, 10>;

// One section across all files.
struct AggregateSection
{
  const Section* section = nullptr;
  // Files where the section has a score.
  std::size_t scored = 0;
  // The median of the section's scores; nullopt when none has one.
  std::optional<double> median;
};

// The whole roll-up.
struct Aggregate
{
  const Checklist* checklist = nullptr;
  // Every file counted, in the order given.
  std::vector<AggregateFile> files;
  std::vector<AggregateItem> items;
  std::vector<AggregateSection> sections;
  // The spread of the files' overall scores (files without one left out);
  // nullopt when no file has a score.
  std::optional<Quartiles> spread;
  Histogram histogram{};
  // Indexes into `items`: at most 20 items that some file does not meet in
  // full, the most files not meeting or partly meeting them first, then the
  // highest share of the files where they count, then checklist order.
  std::vector<std::size_t> most_unmet;
  // Indexes into `files`: at most 10 files with a score, the lowest first
  // (ties in the order given).
  std::vector<std::size_t> lowest;
  // Files that failed and were left out (--keep-going).
  std::size_t left_out = 0;
  // How many of `files` are merged files.
  std::size_t merged = 0;
  // Valid files left out so that each organisation and period counts once,
  // in the order they were given.
  std::vector<ExcludedFile> excluded;
  // Organisations found in more than one period, each once (the first
  // clash); `aggregate` refuses the roll-up when there is any.
  std::vector<PeriodClash> clashes;
  // The period rolled up, when the files are rolled up by period.
  std::optional<std::string> period;
};

// How one item stands in one file, as the roll-up needs it (its value is
// its answer's score in the scale; 0 when unanswered).
struct ItemOutcome
{
  ItemStatus status = ItemStatus::unanswered;
  // The answer's index in the scale, or k_no_answer.
  std::uint16_t answer = 0;
};

// ItemOutcome::answer when there is no answer (or it is not in the scale).
inline constexpr std::uint16_t k_no_answer = 0xFFFF;

// One file summarised for the roll-up: its row, each item (checklist order)
// and each section's score (checklist order). A few bytes an item.
struct FileOutcome
{
  AggregateFile row;
  std::vector<ItemOutcome> items;
  std::vector<std::optional<double>> section_scores;
};

// Returns what the roll-up keeps of `assessment`, shown as `file`.
FileOutcome summarise_file(std::string file, const Assessment& assessment);

// Returns the key that tells organisations (or periods) apart: `name`
// trimmed, its runs of spaces one space, in lower case; "" for none.
std::string identity_key(const std::optional<std::string>& name);

// The roll-up of many files: files are added one at a time, in order. Each
// organisation and period counts once: a file of an organisation and period
// counted already is left out (ExcludedFile), unless it is a merged file
// and the one counted is not (or is merged from fewer respondents): then it
// takes that one's place. A file without an organisation always counts.
// Only each counted file's outcome is kept (a few bytes an item);
// finish() folds them in and computes the spread, medians and rankings.
class AggregateBuilder
{
public:
  explicit AggregateBuilder(const Checklist& checklist);

  // Adds `outcome` (of a file scored against the builder's checklist).
  void add(FileOutcome outcome);
  // Records that `file` is left out as the same file as `counted`.
  void exclude_same_file(std::string file, std::string counted);
  // Counts a file that failed and is left out.
  void leave_out();
  // Returns the number of files counted so far.
  std::size_t added() const;
  // Returns the roll-up of every file counted. The builder is spent.
  Aggregate finish();

private:
  void fold(const FileOutcome& outcome);
  void resolve_excluded();

  // A file left out: its row, its organisation and period's key (empty for
  // the same file given twice) and, for the same file, the file counted.
  struct Excluded
  {
    AggregateFile row;
    std::string group;
    std::string counted;
  };

  Aggregate m_result;
  std::vector<double> m_sums;
  std::vector<std::vector<double>> m_section_scores;
  // The outcomes counted, in order; nullopt where a later merged file took
  // the place.
  std::vector<std::optional<FileOutcome>> m_kept;
  std::size_t m_counted = 0;
  // Organisation and period key -> index in m_kept.
  std::unordered_map<std::string, std::size_t> m_groups;
  // Organisation key -> its first file and period.
  struct FirstFile
  {
    std::string file;
    std::optional<std::string> period;
    std::string period_key;
  };
  std::unordered_map<std::string, FirstFile> m_first_of;
  std::unordered_set<std::string> m_clashed;
  std::vector<Excluded> m_excluded;
};

// Returns the roll-up of `files` (each a name and an assessment against
// `checklist`), in the order given: an AggregateBuilder fed each in turn.
Aggregate build_aggregate(const Checklist& checklist,
                          const std::vector<std::pair<std::string, const Assessment*>>& files);

// Returns the quartiles of `values` (linear interpolation between the
// closest ranks, as numpy's default and Excel's QUARTILE.INC), or nullopt
// when `values` is empty. `values` is sorted in place.
std::optional<Quartiles> quartiles_of(std::vector<double>& values);

// Returns the median of `values` (sorted in place), or nullopt when empty.
std::optional<double> median_of(std::vector<double>& values);

// Returns the histogram of `scores` (each in 0-100).
Histogram histogram_of(const std::vector<double>& scores);

} // namespace ftsu::core
