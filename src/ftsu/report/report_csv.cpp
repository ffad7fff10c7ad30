#include <ftsu/report/csv.hpp>
#include <ftsu/report/disagreement.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/report/report.hpp>
#include <ftsu/util/markup.hpp>

#include <string_view>

namespace ftsu::report {

namespace {

using S = core::ItemScore;
using C = core::Checklist;
using A = core::ItemAction;

// One column of the action plan: its name in the header and how its cell is
// written from an item's score. The header and every row come from the one
// list below, so they cannot drift apart.
struct CsvColumn
{
  std::string_view name;
  // `action` is the row's action (an item takes a row per action), or
  // nullptr.
  std::string (*cell)(const S& score, const A* action, const C& checklist);
};

// Returns a text cell of the item's answers entry, empty without an entry.
template<util::OptionalText core::AnswerEntry::*Field>
std::string
csv_entry_text(const S& score, const A*, const C&)
{
  return score.entry != nullptr ? csv::text(score.entry->*Field) : std::string();
}

// Returns a text cell of the row's action, empty without one.
template<util::OptionalText core::AnswerEntry::*Field>
std::string
csv_action_text(const S&, const A* action, const C&)
{
  return action != nullptr ? csv::text(action->entry->*Field) : std::string();
}

constexpr CsvColumn k_columns[] = {
    {"id", [](const S& s, const A*, const C&) { return util::csv_cell(s.item->id); }},
    {"section", [](const S& s, const A*, const C&) { return util::csv_cell(s.section->id); }},
    {"section_title",
     [](const S& s, const A*, const C&) { return util::csv_cell(s.section->title); }},
    {"statement", [](const S& s, const A*, const C&) { return util::csv_cell(s.item->text); }},
    {"answer", [](const S& s, const A*, const C&) { return csv::text(s.answer); }},
    {"answer_label",
     [](const S& s, const A*, const C& c) { return util::csv_cell(answer_label(c, s.answer)); }},
    {"status",
     [](const S& s, const A*, const C&) { return util::csv_cell(core::to_string(s.status)); }},
    {"value", [](const S& s, const A*, const C&) { return csv::number(s.value); }},
    {"weight",
     [](const S& s, const A*, const C&) {
       return csv::number(std::optional<double>(s.item->weight));
     }},
    {"gap",
     [](const S& s, const A*, const C&) { return csv::number(std::optional<double>(s.gap)); }},
    {"gain", [](const S& s, const A*, const C&) { return csv::number(s.gain); }},
    {"mandatory",
     [](const S& s, const A*, const C&) {
       return std::string(s.item->mandatory ? "true" : "false");
     }},
    {"evidence", &csv_entry_text<&core::AnswerEntry::evidence>},
    {"evidence_from", &csv_entry_text<&core::AnswerEntry::evidence_from>},
    {"action", &csv_action_text<&core::AnswerEntry::action>},
    {"owner", &csv_action_text<&core::AnswerEntry::owner>},
    {"due",
     [](const S&, const A* a, const C&) {
       return a != nullptr ? csv::date(a->entry->due) : std::string();
     }},
    {"overdue",
     [](const S&, const A* a, const C&) {
       return std::string(a != nullptr && a->overdue ? "yes" : "no");
     }},
    {"action_status",
     [](const S&, const A* a, const C&) {
       return a != nullptr ? csv::action_status(*a->entry) : std::string();
     }},
    {"progress", &csv_action_text<&core::AnswerEntry::progress>},
    {"latest_note_on",
     [](const S&, const A* a, const C&) {
       const core::ProgressNote* n = a != nullptr ? a->entry->latest_note() : nullptr;
       return n != nullptr ? csv::date(n->on) : std::string();
     }},
    {"latest_note",
     [](const S&, const A* a, const C&) {
       const core::ProgressNote* n = a != nullptr ? a->entry->latest_note() : nullptr;
       return n != nullptr ? util::csv_cell(n->note) : std::string();
     }},
    {"completed_on",
     [](const S&, const A* a, const C&) {
       return a != nullptr ? csv::date(a->entry->completed_on) : std::string();
     }},
    {"dropped_reason", &csv_action_text<&core::AnswerEntry::dropped_reason>},
    {"due_moves",
     [](const S&, const A* a, const C&) {
       return a != nullptr && a->entry->action ? std::to_string(a->entry->due_history.size())
                                               : std::string();
     }},
    {"action_by",
     [](const S&, const A* a, const C&) {
       return a != nullptr && a->respondent != nullptr ? util::csv_cell(*a->respondent)
                                                       : std::string();
     }},
};

} // namespace

std::string
report_csv(const core::Assessment& assessment, const ReportOptions& options)
{
  std::string out(csv::k_bom);
  std::vector<std::string> cells;
  const core::Disagreements* d = options.disagreements;
  // A merged file's columns, after the action plan's: one per column, or
  // one per column and respondent.
  const auto merged_columns = [&](const auto& each) {
    if (d == nullptr) {
      return;
    }
    for (const auto& column : respondent_columns()) {
      if (!column.per_respondent) {
        each(column, std::string_view(), d->respondents.size());
        continue;
      }
      for (std::size_t r = 0; r < d->respondents.size(); ++r) {
        each(column, std::string_view(d->respondents[r]), r);
      }
    }
  };
  const std::vector<const core::Disagreement*> disagreement_of =
      d != nullptr ? disagreement_of_items(*d, assessment)
                   : std::vector<const core::Disagreement*>();
  for (const auto& column : k_columns) {
    cells.emplace_back(column.name);
  }
  merged_columns([&](const RespondentColumn& column, std::string_view name, std::size_t) {
    // A respondent's name is the file's text: quoted and neutralised.
    cells.push_back(column.per_respondent ? util::csv_cell(respondent_column_header(column, name))
                                          : std::string(column.name));
  });
  out += csv::row(cells);
  for (const core::ItemScore* score : listed_items(assessment, options.rows)) {
    for (const core::ItemAction* action : action_rows(*score)) {
      cells.clear();
      for (const auto& column : k_columns) {
        cells.push_back(column.cell(*score, action, *assessment.checklist));
      }
      const core::Disagreement* disagreement =
          d != nullptr ? disagreement_of[static_cast<std::size_t>(score - assessment.items.data())]
                       : nullptr;
      merged_columns([&](const RespondentColumn& column, std::string_view, std::size_t r) {
        const core::AnswerEntry* entry =
            column.per_respondent ? respondent_entry(*d, assessment, *score, r) : nullptr;
        const std::string value = column.value(disagreement, entry, *assessment.checklist);
        // The cells of one column are counts and yes/no, as `overdue`; the
        // respondents' are texts.
        cells.push_back(!column.per_respondent ? value
                        : value.empty()        ? std::string()
                                               : util::csv_cell(value));
      });
      out += csv::row(cells);
    }
  }
  return out;
}

} // namespace ftsu::report
