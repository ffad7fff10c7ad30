#include <ftsu/core/currency.hpp>
#include <ftsu/core/version.hpp>
#include <ftsu/report/disagreement.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/report/report.hpp>
#include <ftsu/report/summary.hpp>
#include <ftsu/report/xlsx.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The spreadsheet for a board: a workbook with the sheets Board summary, Summary, Sections,
// Action plan and All items. Ratings and answers are words with a band's
// fill beside them, so nothing depends on colour; numbers and dates are real
// numbers and dates; text is only ever a string cell.
namespace ftsu::report {

namespace {

using xlsx::Cell;
using xlsx::k_column_padding;
using xlsx::k_landscape_width;
using xlsx::k_points_per_width;
using xlsx::k_readable_scale;
using xlsx::printed_width;
using xlsx::Style;

// Returns a style made by `set` from the default one.
template<class Set>
constexpr Style
style(Set set)
{
  Style s;
  set(s);
  return s;
}

constexpr Style k_header = style([](Style& s) { s.header = true; });
constexpr Style k_plain{};
constexpr Style k_bold = style([](Style& s) { s.bold = true; });
constexpr Style k_wrap = style([](Style& s) { s.wrap = true; });
constexpr Style k_left = style([](Style& s) { s.left = true; });
constexpr Style k_score = style([](Style& s) { s.number_format = "0.0"; });
constexpr Style k_percent = style([](Style& s) { s.number_format = "0.0\"%\""; });

// A column of a sheet's table: its header, its width in characters, its
// style and how its cell is made from a row. Each sheet's columns are one
// list, so the header and the cells cannot drift apart.
template<class Row> struct Column
{
  std::string_view header;
  double width;
  Style style;
  Cell (*cell)(const Row& row);
};

// A row of the Sections sheet.
struct SectionRow
{
  std::size_t number;
  const core::SectionScore* score;
  const core::Checklist* checklist;
};

// A row of the Action plan or All items sheet (rank is 0 on All items).
struct ItemRow
{
  std::size_t rank;
  const core::ItemScore* score;
  const core::Checklist* checklist;
  // The action the row shows (an item takes a row per action), or nullptr.
  const core::ItemAction* action = nullptr;
};

Cell
yes_no(bool yes)
{
  return xlsx::text_cell(std::string(yes ? "Yes" : "No"));
}

Cell
count(std::size_t n)
{
  return xlsx::number_cell(static_cast<double>(n));
}

// The rating's label on its band's pale fill, marked in its strong colour.
Cell
rating_cell(const core::Checklist& checklist, const core::Rating* rating)
{
  if (rating == nullptr) {
    return xlsx::text_cell(std::string("no rating"));
  }
  Cell cell = xlsx::text_cell(rating->label);
  cell.fill = band_background(rating_rank(checklist, rating), checklist.ratings.size());
  cell.marker = band_colour(checklist, rating);
  cell.bold = true;
  return cell;
}

// The rating of `summary` as rating_cell, or "Not yet answered" (no fill)
// when nothing of it is answered.
Cell
summary_rating_cell(const core::Checklist& checklist, const core::ScoreSummary& summary)
{
  if (nothing_answered(summary)) {
    return xlsx::text_cell(std::string(k_not_yet_answered));
  }
  return rating_cell(checklist, summary.rating);
}

// The score of `summary`, blank when nothing of it is answered (its rating
// cell then says so).
Cell
summary_score_cell(const core::ScoreSummary& summary)
{
  return xlsx::number_cell(nothing_answered(summary) ? std::nullopt : summary.score);
}

// The answer's label, on green when met, amber when partly met and red when
// not met or unanswered; no fill when the item does not count.
Cell
answer_cell(const ItemRow& row)
{
  const core::ItemScore& s = *row.score;
  Cell cell = xlsx::text_cell(side_answer(&s, *row.checklist));
  if (s.value && core::counts(s.status)) {
    const std::size_t rank = *s.value >= 1 ? 0 : *s.value > 0 ? 1 : 2;
    cell.fill = band_background(rank, 3);
    cell.marker = band_colour(rank, 3);
  }
  return cell;
}

std::string
status_words(core::ItemStatus status)
{
  std::string words(core::to_string(status));
  for (char& c : words) {
    c = c == '-' ? ' ' : c;
  }
  return words;
}

// A text cell of the item's answers entry; blank without an entry.
template<util::OptionalText core::AnswerEntry::*Field>
Cell
entry_text(const ItemRow& row)
{
  const core::AnswerEntry* entry = row.score->entry;
  return entry != nullptr ? xlsx::text_cell(entry->*Field) : Cell{};
}

// A text cell of the row's action (a respondent's own in a merged file);
// blank without one.
template<util::OptionalText core::AnswerEntry::*Field>
Cell
action_text(const ItemRow& row)
{
  return row.action != nullptr ? xlsx::text_cell(row.action->entry->*Field) : Cell{};
}

Cell
xlsx_due_cell(const ItemRow& row)
{
  return row.action != nullptr ? xlsx::date_cell(row.action->entry->due) : Cell{};
}

Cell
action_by_cell(const ItemRow& row)
{
  return row.action != nullptr && row.action->respondent != nullptr
             ? xlsx::text_cell(*row.action->respondent)
             : Cell{};
}

Cell
action_status_cell(const ItemRow& row)
{
  const core::AnswerEntry* entry = row.action != nullptr ? row.action->entry : nullptr;
  if (entry == nullptr || !entry->action) {
    return {};
  }
  return xlsx::text_cell(
      std::string(action_status_text(entry->status.value_or(core::ActionStatus::open))));
}

Cell
xlsx_completed_cell(const ItemRow& row)
{
  return row.action != nullptr ? xlsx::date_cell(row.action->entry->completed_on) : Cell{};
}

Cell
xlsx_latest_note_cell(const ItemRow& row)
{
  if (row.action == nullptr) {
    return {};
  }
  const auto note = latest_note_text(*row.action->entry);
  return note ? xlsx::text_cell(*note) : Cell{};
}

Cell
xlsx_due_moves_cell(const ItemRow& row)
{
  return row.action != nullptr && !row.action->entry->due_history.empty()
             ? count(row.action->entry->due_history.size())
             : Cell{};
}

using SR = SectionRow;
using IR = ItemRow;

constexpr Column<SR> k_section_columns[] = {
    {"Section", 9, k_plain, [](const SR& r) { return count(r.number); }},
    {"Title", 36, k_wrap, [](const SR& r) { return xlsx::text_cell(r.score->section->title); }},
    {"Score", 8, k_score, [](const SR& r) { return summary_score_cell(r.score->summary); }},
    {"Rating",
     22,
     k_plain,
     [](const SR& r) { return summary_rating_cell(*r.checklist, r.score->summary); }},
    {"Capped", 9, k_plain, [](const SR& r) { return yes_no(r.score->summary.rating_capped); }},
    {"Answered", 10, k_plain, [](const SR& r) { return count(r.score->summary.tally.answered); }},
    {"Unanswered",
     11,
     k_plain,
     [](const SR& r) { return count(r.score->summary.tally.unanswered); }},
    {"Not applicable",
     11,
     k_plain,
     [](const SR& r) { return count(r.score->summary.tally.not_applicable); }},
    {"Points if all met",
     10,
     k_score,
     [](const SR& r) { return xlsx::number_cell(r.score->summary.gain); }},
};

constexpr Column<IR> k_plan_columns[] = {
    {"Rank", 6, k_plain, [](const IR& r) { return count(r.rank); }},
    {"Points if met", 9, k_score, [](const IR& r) { return xlsx::number_cell(r.score->gain); }},
    {"Item", 24, k_wrap, [](const IR& r) { return xlsx::text_cell(r.score->item->id); }},
    {"Section", 22, k_wrap, [](const IR& r) { return xlsx::text_cell(r.score->section->title); }},
    {"Statement", 50, k_wrap, [](const IR& r) { return xlsx::text_cell(r.score->item->text); }},
    {"Answer", 16, k_wrap, &answer_cell},
    {"Mandatory", 11, k_plain, [](const IR& r) { return yes_no(r.score->item->mandatory); }},
    {"Evidence", 50, k_wrap, &entry_text<&core::AnswerEntry::evidence>},
    {"Evidence carried from", 12, k_wrap, &entry_text<&core::AnswerEntry::evidence_from>},
    {"Action", 45, k_wrap, &action_text<&core::AnswerEntry::action>},
    {"Owner", 20, k_wrap, &action_text<&core::AnswerEntry::owner>},
    {"Due", 12, k_plain, &xlsx_due_cell},
    {"Overdue",
     9,
     k_plain,
     [](const IR& r) {
       return r.action != nullptr && r.action->overdue ? xlsx::text_cell(std::string("Yes"))
                                                       : Cell{};
     }},
    {"Action status", 12, k_plain, &action_status_cell},
    {"Progress", 35, k_wrap, &action_text<&core::AnswerEntry::progress>},
    {"Latest note", 35, k_wrap, &xlsx_latest_note_cell},
    {"Completed on", 12, k_plain, &xlsx_completed_cell},
    {"Dropped because", 30, k_wrap, &action_text<&core::AnswerEntry::dropped_reason>},
    {"Due date moved (times)", 10, k_plain, &xlsx_due_moves_cell},
    {"Action by", 20, k_wrap, &action_by_cell},
};

constexpr Column<IR> k_item_columns[] = {
    {"Item", 24, k_wrap, [](const IR& r) { return xlsx::text_cell(r.score->item->id); }},
    {"Section", 22, k_wrap, [](const IR& r) { return xlsx::text_cell(r.score->section->title); }},
    {"Statement", 50, k_wrap, [](const IR& r) { return xlsx::text_cell(r.score->item->text); }},
    {"Answer key", 14, k_plain, [](const IR& r) { return xlsx::text_cell(r.score->answer); }},
    {"Answer", 16, k_wrap, &answer_cell},
    {"Status",
     14,
     k_plain,
     [](const IR& r) { return xlsx::text_cell(status_words(r.score->status)); }},
    {"Value", 7, k_plain, [](const IR& r) { return xlsx::number_cell(r.score->value); }},
    {"Weight", 8, k_plain, [](const IR& r) { return xlsx::number_cell(r.score->item->weight); }},
    {"Points if met", 9, k_score, [](const IR& r) { return xlsx::number_cell(r.score->gain); }},
    {"Mandatory", 11, k_plain, [](const IR& r) { return yes_no(r.score->item->mandatory); }},
    {"Evidence", 50, k_wrap, &entry_text<&core::AnswerEntry::evidence>},
    {"Action", 40, k_wrap, &action_text<&core::AnswerEntry::action>},
    {"Owner", 18, k_wrap, &action_text<&core::AnswerEntry::owner>},
    {"Due", 12, k_plain, &xlsx_due_cell},
    {"Action status", 12, k_plain, &action_status_cell},
    {"Action by", 20, k_wrap, &action_by_cell},
};

// Writes `columns`' header in row 0 and one row per element of `rows` below
// it, with the header frozen and an autofilter over the table; printed on
// landscape pages at a readable scale, across pages when the table is too
// wide for one, with the columns 0 to `repeated` on the left of each.
template<class Row, std::size_t N>
void
write_table(xlsx::Sheet& sheet,
            const Column<Row> (&columns)[N],
            const std::vector<Row>& rows,
            std::size_t repeated)
{
  for (std::size_t col = 0; col < N; ++col) {
    sheet.column_width(col, columns[col].width);
  }
  sheet.page_setup_readable(true, std::pair<std::size_t, std::size_t>{0, repeated});
  for (std::size_t col = 0; col < N; ++col) {
    sheet.text(0, col, columns[col].header, k_header);
  }
  for (std::size_t i = 0; i < rows.size(); ++i) {
    for (std::size_t col = 0; col < N; ++col) {
      sheet.write(i + 1, col, columns[col].cell(rows[i]), columns[col].style);
    }
  }
  sheet.freeze_rows(1);
  sheet.autofilter(0, rows.size(), N - 1);
}

// One line of the Summary: a field, its value and a note explaining it.
struct SummaryLine
{
  std::string field;
  Cell value;
  std::string note;
  Style style = k_wrap;
};

std::string
or_not_given(const std::optional<std::string>& text)
{
  return text.value_or("(not given)");
}

std::string
bands_note(const core::Checklist& checklist)
{
  std::vector<std::string> bands;
  for (const auto& rating : checklist.ratings) {
    bands.push_back(fmt::format("{} from {}", rating.label, rating.min));
  }
  return "Bands: " + util::join(bands, "; ") + ".";
}

std::vector<SummaryLine>
summary_lines(const core::Assessment& a, const ReportOptions& options)
{
  const core::Checklist& c = *a.checklist;
  const core::AnswersFile& answers = *a.answers;
  const core::ScoreSummary& o = a.overall;
  const auto& t = o.tally;
  std::vector<SummaryLine> lines;
  const auto add = [&](std::string field, Cell value, std::string note = {}, Style style = k_wrap) {
    lines.push_back({std::move(field), std::move(value), std::move(note), style});
  };
  if (const std::string draft = draft_text(a); !draft.empty()) {
    add("Status", xlsx::text_cell(draft), draft_note());
  }
  add("Organisation", xlsx::text_cell(or_not_given(answers.organisation)));
  add("Checklist", xlsx::text_cell(c.title));
  add("Checklist id", xlsx::text_cell(c.id));
  add("Checklist version", xlsx::text_cell(c.version));
  const auto content = core::content_date(c);
  add("Content date",
      content ? xlsx::date_cell(content) : xlsx::text_cell(std::string("not given")),
      "The day the checklist's sources were last confirmed (docs/checklist-format.md).",
      k_plain);
  if (answers.profile) {
    const auto* profile = c.find_profile(*answers.profile);
    add("Profile", xlsx::text_cell(profile != nullptr ? profile->label : *answers.profile));
  }
  add("Period", xlsx::text_cell(period_text(answers)));
  add("Assessed on",
      answers.assessed_on ? xlsx::date_cell(answers.assessed_on)
                          : xlsx::text_cell(std::string("(not given)")),
      {},
      k_plain);
  add("Assessors",
      xlsx::text_cell(answers.assessors.empty() ? std::string("(not given)")
                                                : util::join(answers.assessors, ", ")));
  add("Generated on", xlsx::date_cell(options.generated), {}, k_plain);
  add("Generated by", xlsx::text_cell(fmt::format("ftsu-gap {}", core::k_version)));
  if (nothing_answered(o)) {
    add("Overall score", xlsx::text_cell(std::string(k_not_yet_answered)), draft_note());
  } else {
    add("Overall score",
        o.score ? xlsx::number_cell(o.score) : xlsx::text_cell(std::string("no score")),
        o.score ? "Out of 100." : "Nothing counts, so there is no score.",
        k_score);
  }
  add("Rating", summary_rating_cell(c, o), bands_note(c), k_plain);
  std::string capped_note = cap_reason(a);
  if (!capped_note.empty() && !a.mandatory_unmet.empty()) {
    capped_note += fmt::format(" Not fully met: {}.", util::join(a.mandatory_unmet, ", "));
  }
  if (!capped_note.empty() && !a.mandatory_unanswered.empty()) {
    capped_note += fmt::format(" Not yet answered: {}.", util::join(a.mandatory_unanswered, ", "));
  }
  add("Rating capped",
      xlsx::text_cell(std::string(o.rating_capped ? "Capped" : "Not capped")),
      capped_note);
  add("Coverage",
      xlsx::number_cell(o.coverage),
      fmt::format("{} of {} items that count are answered.", t.answered, t.answered + t.unanswered),
      k_percent);
  add("Answered", count(t.answered), {}, k_plain);
  add("Unanswered", count(t.unanswered), {}, k_plain);
  add("Not applicable", count(t.not_applicable), {}, k_plain);
  add("Out of profile", count(t.out_of_profile), {}, k_plain);
  add("Gaps",
      count(a.gaps.size()),
      "Items that count and score below 1, ranked on the Action plan sheet.",
      k_plain);
  add("Mandatory items not fully met",
      count(a.mandatory_unmet.size()),
      util::join(a.mandatory_unmet, ", "),
      k_plain);
  add("Mandatory items not yet answered",
      count(a.mandatory_unanswered.size()),
      util::join(a.mandatory_unanswered, ", "),
      k_plain);
  add("Overdue actions",
      count(a.overdue_actions.size()),
      fmt::format("Judged at {}{}{}",
                  util::long_date(a.as_of),
                  a.overdue_actions.empty() ? "." : ": ",
                  util::join(a.overdue_actions, ", ")),
      k_plain);
  add("Evidence carried forward, not reviewed",
      count(a.evidence_not_reviewed.size()),
      util::join(a.evidence_not_reviewed, ", "),
      k_plain);
  return lines;
}

void
write_summary(xlsx::Workbook& book, const core::Assessment& a, const ReportOptions& options)
{
  xlsx::Sheet sheet = book.add_sheet("Summary");
  // Field, value, notes (and the section table's Capped): one landscape
  // page wide at a readable scale, long notes wrapped.
  sheet.column_width(0, 34);
  sheet.column_width(1, 36);
  sheet.column_width(2, 50);
  sheet.column_width(3, 9);
  sheet.page_setup_readable(true);
  sheet.text(0, 0, "Field", k_header);
  sheet.text(0, 1, "Value", k_header);
  sheet.text(0, 2, "Notes", k_header);
  std::size_t row = 1;
  for (const auto& line : summary_lines(a, options)) {
    Style value = line.style;
    value.left = true;
    sheet.text(row, 0, line.field, k_bold);
    sheet.write(row, 1, line.value, value);
    sheet.text(row, 2, line.note, k_wrap);
    ++row;
  }
  sheet.freeze_rows(1);
  const std::size_t header = row + 1;
  sheet.text(header, 0, "Section", k_header);
  sheet.text(header, 1, "Score", k_header);
  sheet.text(header, 2, "Rating", k_header);
  sheet.text(header, 3, "Capped", k_header);
  for (std::size_t i = 0; i < a.sections.size(); ++i) {
    const core::SectionScore& s = a.sections[i];
    const std::size_t at = header + 1 + i;
    sheet.text(at, 0, fmt::format("{}. {}", i + 1, s.section->title), k_wrap);
    sheet.write(at, 1, summary_score_cell(s.summary), k_score);
    sheet.write(at, 2, summary_rating_cell(*a.checklist, s.summary));
    sheet.write(at, 3, yes_no(s.summary.rating_capped));
  }
  sheet.autofilter(header, header + a.sections.size(), 3);
}

// Writes a heading and, under it, a header row of `titles`; returns the
// row after them.
std::size_t
board_table_head(xlsx::Sheet& sheet,
                 std::size_t row,
                 std::string_view heading,
                 std::initializer_list<std::string_view> titles)
{
  sheet.merged_text(row++, 0, titles.size() - 1, heading, k_bold);
  std::size_t col = 0;
  for (const std::string_view title : titles) {
    sheet.text(row, col++, title, k_header);
  }
  return row + 1;
}

// The first sheet, "Board summary": the executive summary
// (report/summary.hpp) on one portrait page: who and what, the score, its
// rating and why it is capped, coverage, the top gaps with their owners and
// due dates, the overdue actions, and a merged file's disagreements.
void
write_board_summary(xlsx::Workbook& book, const ExecutiveSummary& s, const core::Checklist& c)
{
  xlsx::Sheet sheet = book.add_sheet("Board summary");
  // Item, statement, owner, due, answer: one portrait A4 page wide at a
  // readable scale (k_readable_scale), long text wrapped.
  constexpr std::array<double, 5> k_widths = {16, 35, 14, 12, 10};
  for (std::size_t col = 0; col < k_widths.size(); ++col) {
    sheet.column_width(col, k_widths[col]);
  }
  sheet.page_setup_readable(false);
  std::size_t row = 0;
  const auto line = [&](std::string_view field, const Cell& value, Style style = k_wrap) {
    sheet.text(row, 0, field, k_bold);
    style.left = true;
    sheet.write(row++, 1, value, style);
  };
  sheet.merged_text(row++, 0, 4, fmt::format("{}: {}", s.organisation, s.checklist_title), k_bold);
  for (const CoverRow& cover : s.cover) {
    line(cover.label, xlsx::text_cell(cover.value));
  }
  line("Period", xlsx::text_cell(s.period));
  line("Checklist",
       xlsx::text_cell(fmt::format("{} version {}", s.checklist_id, s.checklist_version)));
  if (!s.draft.empty()) {
    line("Status", xlsx::text_cell(s.draft + ". " + draft_note()));
  }
  if (s.nothing_answered) {
    line("Overall score", xlsx::text_cell(std::string(k_not_yet_answered)));
  } else {
    line("Overall score",
         s.score ? xlsx::number_cell(s.score) : xlsx::text_cell(std::string("no score")),
         k_score);
    line("Rating",
         s.rating != nullptr ? rating_cell(c, s.rating) : xlsx::text_cell(s.rating_text),
         k_plain);
  }
  if (!s.cap_reason.empty()) {
    line("Why capped", xlsx::text_cell(s.cap_reason));
  }
  line("Coverage", xlsx::number_cell(s.coverage), k_percent);
  sheet.merged_text(row - 1, 2, 4, fmt::format("{} of {} answered", s.answered, s.answerable));
  line("Gaps", count(s.gaps), k_plain);
  line("Overdue actions", count(s.overdue.size()), k_plain);
  if (s.disagreements) {
    std::vector<std::string> widest;
    for (const core::Disagreement* d : s.disagreements->widest) {
      widest.push_back(fmt::format("{} ({})", d->item->item->id, steps_words(*d)));
    }
    line("Disagreements", count(s.disagreements->items), k_plain);
    sheet.merged_text(row - 1,
                      2,
                      4,
                      fmt::format("{} by two steps or more{}",
                                  s.disagreements->wide,
                                  widest.empty() ? "" : "; widest: " + util::join(widest, ", ")));
  }
  row = board_table_head(sheet,
                         row + 1,
                         s.top_gaps.size() == s.gaps
                             ? fmt::format("Gaps ({})", s.gaps)
                             : fmt::format("Top {} gaps (of {})", s.top_gaps.size(), s.gaps),
                         {"Item", "Statement", "Owner", "Due", "Answer"});
  for (const SummaryGap& gap : s.top_gaps) {
    sheet.text(row, 0, gap.item->item->id + (gap.item->item->mandatory ? " (mandatory)" : ""));
    sheet.text(row, 1, gap.item->item->text, k_wrap);
    sheet.text(row, 2, gap.owner.empty() ? std::string("none named") : gap.owner, k_wrap);
    sheet.write(row, 3, xlsx::date_cell(gap.due), k_left);
    sheet.text(row++, 4, answer_label(c, gap.item->answer), k_wrap);
  }
  row = board_table_head(sheet,
                         row + 1,
                         fmt::format("Overdue actions ({})", s.overdue.size()),
                         {"Item", "Action", "Owner", "Due", "Overdue by"});
  for (const SummaryOverdue& o : s.overdue) {
    const core::AnswerEntry& e = *o.action->entry;
    sheet.text(row, 0, o.item->item->id);
    sheet.text(row,
               1,
               (o.action->respondent != nullptr ? action_by(*o.action) + ": " : std::string())
                   + e.action.value_or(""),
               k_wrap);
    sheet.text(row, 2, o.owner.empty() ? std::string("none named") : o.owner, k_wrap);
    sheet.write(row, 3, xlsx::date_cell(o.due), k_left);
    sheet.text(row++, 4, o.overdue_by, k_wrap);
  }
}

void
write_sections(xlsx::Workbook& book, const core::Assessment& a)
{
  xlsx::Sheet sheet = book.add_sheet("Sections");
  std::vector<SectionRow> rows;
  for (std::size_t i = 0; i < a.sections.size(); ++i) {
    rows.push_back({i + 1, &a.sections[i], a.checklist});
  }
  write_table(sheet, k_section_columns, rows, 1);
}

void
write_action_plan(xlsx::Workbook& book, const core::Assessment& a)
{
  xlsx::Sheet sheet = book.add_sheet("Action plan");
  std::vector<ItemRow> rows;
  for (std::size_t rank = 0; rank < a.gaps.size(); ++rank) {
    const core::ItemScore& score = a.items[a.gaps[rank]];
    for (const core::ItemAction* action : action_rows(score)) {
      rows.push_back({rank + 1, &score, a.checklist, action});
    }
  }
  // Rank, points and item on every page.
  write_table(sheet, k_plan_columns, rows, 2);
  if (rows.empty()) {
    sheet.text(2, 0, "No gaps: every item that counts is fully met.");
  }
}

void
write_all_items(xlsx::Workbook& book, const core::Assessment& a, ItemRows which)
{
  xlsx::Sheet sheet = book.add_sheet("All items");
  std::vector<ItemRow> rows;
  for (const core::ItemScore* score : listed_items(a, which)) {
    for (const core::ItemAction* action : action_rows(*score)) {
      rows.push_back({0, score, a.checklist, action});
    }
  }
  // The item on every page.
  write_table(sheet, k_item_columns, rows, 0);
}

// The most respondents the sheet "Where you disagree" gives columns of
// their own: three columns each stay well inside a sheet's 16,384.
constexpr std::size_t k_sheet_respondents = 1000;

// Writes the section scores of each respondent from `row` down: a header,
// a row per section and the overall row, with the spread; with `coverage`,
// their coverage instead (the share of items they answered), no spread.
// Returns the row after them.
std::size_t
write_spread_table(xlsx::Sheet& sheet, const core::Disagreements& d, std::size_t row, bool coverage)
{
  const std::size_t n = std::min(d.respondents.size(), k_sheet_respondents);
  sheet.text(row, 0, coverage ? "Share of items answered (%)" : "Section", k_header);
  for (std::size_t r = 0; r < n; ++r) {
    sheet.text(row, r + 1, d.respondents[r], k_header);
  }
  if (!coverage) {
    sheet.text(row, n + 1, "Spread", k_header);
  }
  const auto scores = [&](std::size_t at,
                          const std::string& title,
                          const std::vector<std::optional<double>>& values,
                          const std::optional<double>& spread) {
    sheet.text(at, 0, title, k_wrap);
    for (std::size_t r = 0; r < n; ++r) {
      sheet.write(at, r + 1, xlsx::number_cell(values[r]), k_score);
    }
    if (!coverage) {
      sheet.write(at, n + 1, xlsx::number_cell(spread), k_score);
    }
  };
  for (std::size_t i = 0; i < d.sections.size(); ++i) {
    const auto& section = d.sections[i];
    scores(row + 1 + i,
           fmt::format("{}. {}", i + 1, section.section->title),
           coverage ? section.coverage : section.scores,
           section.spread);
  }
  scores(row + 1 + d.sections.size(),
         "Overall",
         coverage ? d.overall_coverage : d.overall,
         d.overall_spread);
  return row + d.sections.size() + 3;
}

// Writes, from `row` down, the note on coverage and the items some
// respondents left unanswered, one a row. Returns the row after them.
std::size_t
write_unanswered(xlsx::Sheet& sheet, const core::Disagreements& d, std::size_t row)
{
  sheet.text(row++, 0, coverage_note(), k_plain);
  sheet.text(row, 0, "Item", k_header);
  sheet.text(row, 1, "Statement", k_header);
  sheet.text(row++, 2, "Not answered by", k_header);
  for (const auto& blank : d.unanswered) {
    sheet.text(row, 0, blank.item->item->id);
    sheet.text(row, 1, blank.item->item->text, k_wrap);
    std::vector<std::string> names;
    for (const std::size_t r : blank.respondents) {
      names.push_back(d.respondents[r]);
    }
    sheet.text(row++, 2, util::join(names, ", "), k_wrap);
  }
  return row + 1;
}

// How "Where you disagree" prints: its column widths and, when it is too
// wide for one landscape page at a readable scale, the scale it prints at
// across pages and the columns that start a page.
struct DisagreementPrint
{
  std::vector<double> widths;
  // 0: fitted to one page wide (the scale stays readable).
  std::uint16_t scale = 0;
  // The columns that start a printed page, each a copy of the item's id
  // before a group of wide text columns (empty when fitted).
  std::vector<std::size_t> breaks;
};

// The width of the item id's column.
constexpr double k_id_width = 22;

// Returns how "Where you disagree" prints with `n` respondents' columns.
// The item table's columns are the id, the statement, the merged answer and
// the columns of respondent_columns(), each wide enough for every header
// word (the respondents' names head the score table's columns too). When
// all of them fit one landscape page at a readable scale, it is fitted to
// one page wide. Else (every merged file of two respondents or more) it
// runs across pages, over then down, each band of rows on pages side by
// side: first the id, statement, merged answer, the counts and each
// respondent's answer, then each respondent's evidence, then their
// actions, each group after the first on a page of its own headed by a copy
// of the item's id, its columns wide (long texts wrap in them, not shrunk);
// at the scale the first page needs, no less than k_readable_scale (with
// many respondents a group takes more than one page).
DisagreementPrint
disagreement_print(std::size_t n)
{
  std::vector<double> plain = {k_id_width, 34, 11};
  // Where each group of per-respondent columns after the first begins.
  std::vector<std::size_t> groups;
  bool first_group = true;
  for (const auto& column : respondent_columns()) {
    if (column.per_respondent && !std::exchange(first_group, false)) {
      groups.push_back(plain.size());
    }
    const double width = !column.per_respondent ? 10 : column.name == "answer" ? 11 : 14;
    plain.insert(plain.end(), column.per_respondent ? n : 1, width);
  }
  DisagreementPrint print;
  if (groups.empty() || printed_width(plain) * k_readable_scale / 100 <= k_landscape_width) {
    print.widths = std::move(plain);
    return print;
  }
  const double first_page = printed_width(std::span(plain).first(groups.front()));
  const double scale =
      std::clamp(std::floor(100 * k_landscape_width / first_page), k_readable_scale, 100.0);
  print.scale = static_cast<std::uint16_t>(scale);
  // A group's columns share a page beside the copy of the id.
  const double room =
      k_landscape_width * 100 / scale / k_points_per_width - k_id_width - k_column_padding;
  const double wide = std::clamp(
      std::floor(room / static_cast<double>(std::max<std::size_t>(n, 1)) - k_column_padding),
      14.0,
      60.0);
  for (std::size_t c = 0; c < plain.size(); ++c) {
    if (std::find(groups.begin(), groups.end(), c) != groups.end()) {
      print.breaks.push_back(print.widths.size());
      print.widths.push_back(k_id_width);
    }
    print.widths.push_back(c >= groups.front() ? wide : plain[c]);
  }
  return print;
}

// The sheet "Where you disagree" of a merged file: each respondent's score
// per section, then every item answered differently, widest first, with
// the columns of respondent_columns() after the statement. Past
// k_sheet_respondents respondents, the first ones only, with a note.
void
write_disagreements(xlsx::Workbook& book,
                    const core::Disagreements& d,
                    const core::Assessment& assessment)
{
  const core::Checklist& checklist = *assessment.checklist;
  xlsx::Sheet sheet = book.add_sheet("Where you disagree");
  const std::size_t n = std::min(d.respondents.size(), k_sheet_respondents);
  if (n < d.respondents.size()) {
    sheet.text(1,
               0,
               fmt::format("This sheet shows the first {} of the {} respondents (a sheet has at "
                           "most 16,384 columns); the spreads and counts are over all of them, "
                           "and the CSV action plan and the JSON report carry every "
                           "respondent's answers.",
                           n,
                           d.respondents.size()),
               k_plain);
  }
  const DisagreementPrint print = disagreement_print(n);
  if (print.scale == 0) {
    sheet.page_setup(true);
  } else {
    sheet.page_setup_across(true, print.scale, print.breaks);
  }
  for (std::size_t c = 0; c < print.widths.size(); ++c) {
    sheet.column_width(c, print.widths[c]);
  }
  sheet.text(0, 0, disagreement_summary(d), k_wrap);
  std::size_t row = write_spread_table(sheet, d, 2, false);
  if (partly_answered(d)) {
    row = write_spread_table(sheet, d, row, true);
    row = write_unanswered(sheet, d, row);
  }
  const std::size_t header = row;
  // Across pages, each group of per-respondent columns after the first
  // starts a page with a copy of the item's id (DisagreementPrint::breaks).
  const auto id_copy = [&](const RespondentColumn& column, bool& first_group) {
    return column.per_respondent && !std::exchange(first_group, false) && !print.breaks.empty();
  };
  std::size_t col = 0;
  for (const std::string_view title : {"Item", "Statement", "Merged answer"}) {
    sheet.text(header, col++, title, k_header);
  }
  bool first_group = true;
  for (const auto& column : respondent_columns()) {
    if (id_copy(column, first_group)) {
      sheet.text(header, col++, "Item", k_header);
    }
    for (std::size_t r = 0; r < (column.per_respondent ? n : 1); ++r) {
      sheet.text(header, col++, respondent_column_header(column, d.respondents[r], true), k_header);
    }
  }
  for (const auto& item : d.items) {
    ++row;
    const core::ItemScore& s = *item.item;
    col = 0;
    sheet.text(row, col++, s.item->id);
    sheet.text(row, col++, s.item->text, k_wrap);
    sheet.text(row, col++, answer_label(checklist, s.answer));
    first_group = true;
    for (const auto& column : respondent_columns()) {
      if (id_copy(column, first_group)) {
        sheet.text(row, col++, s.item->id);
      }
      for (std::size_t r = 0; r < (column.per_respondent ? n : 1); ++r) {
        const core::AnswerEntry* entry =
            column.per_respondent ? respondent_entry(d, assessment, s, r) : nullptr;
        const std::string value = column.value(&item, entry, checklist);
        if (column.name == respondent_columns().front().name) {
          sheet.write(row, col++, xlsx::number_cell(static_cast<double>(item.steps)), k_plain);
        } else {
          sheet.text(row, col++, value, column.per_respondent ? k_wrap : k_plain);
        }
      }
    }
  }
  sheet.autofilter(header, row, col - 1);
  sheet.repeat_rows(header, header);
}

} // namespace

std::string
report_xlsx(const core::Assessment& assessment, const ReportOptions& options)
{
  const core::AnswersFile& answers = *assessment.answers;
  xlsx::Workbook book(options.generated,
                      fmt::format("FTSU gap analysis: {}, {}",
                                  answers.organisation.value_or("(organisation not given)"),
                                  period_text(answers)),
                      assessment.checklist->title);
  write_board_summary(book, executive_summary(assessment, options), *assessment.checklist);
  write_summary(book, assessment, options);
  write_sections(book, assessment);
  write_action_plan(book, assessment);
  write_all_items(book, assessment, options.rows);
  if (options.disagreements != nullptr) {
    write_disagreements(book, *options.disagreements, assessment);
  }
  return book.finish();
}

} // namespace ftsu::report
