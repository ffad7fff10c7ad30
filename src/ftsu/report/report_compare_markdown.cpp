#include <ftsu/report/compare.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/report/movement.hpp>
#include <ftsu/report/report.hpp>
#include <ftsu/util/markup.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

namespace ftsu::report {

namespace {

using util::markdown_cell;
using util::markdown_escape;

std::string
compare_rating_cell(const core::ScoreSummary* s)
{
  if (s == nullptr || s->rating == nullptr) {
    return "—";
  }
  return markdown_cell(s->rating->label) + (s->rating_capped ? " (capped)" : "");
}

const core::ScoreSummary*
section_summary(const core::Assessment& a, const std::string& id)
{
  for (const auto& s : a.sections) {
    if (s.section->id == id) {
      return &s.summary;
    }
  }
  return nullptr;
}

void
compare_sections(std::string& out, const core::Comparison& c, const std::string& last)
{
  out += fmt::format("### Sections\n\n| # | Section | {0} | {0} rating | Now | Rating now | "
                     "Change |\n|---:|---|---:|---|---:|---|---:|\n",
                     markdown_cell(last));
  for (std::size_t i = 0; i < c.sections.size(); ++i) {
    const auto& sec = c.sections[i];
    out += fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n",
                       i + 1,
                       markdown_cell(sec.title),
                       score_text(sec.score.before),
                       compare_rating_cell(section_summary(*c.before, sec.id)),
                       score_text(sec.score.after),
                       compare_rating_cell(section_summary(*c.after, sec.id)),
                       delta_text(sec.score.delta));
  }
  out += '\n';
}

void
regressions(std::string& out, const core::Comparison& c, const std::string& last)
{
  std::vector<const core::ItemChange*> items;
  for (const auto& item : c.items) {
    if (item.change == core::Change::regressed) {
      items.push_back(&item);
    }
  }
  out += fmt::format("### Regressed since {} ({})\n\n", markdown_escape(last), items.size());
  if (items.empty()) {
    out += "None.\n\n";
    return;
  }
  out += fmt::format("| Item | Statement | {} | Now | Action |\n|---|---|---|---|---|\n",
                     markdown_cell(last));
  for (const auto* item : items) {
    std::vector<std::string> open;
    for (const auto& action : item->after->actions) {
      if (action.entry->action && action.entry->action_open()) {
        open.push_back((action.respondent != nullptr ? markdown_cell(*action.respondent) + ": "
                                                     : std::string())
                       + markdown_cell(*action.entry->action));
      }
    }
    out += fmt::format("| `{}` | {} | {} | {} | {} |\n",
                       item->id,
                       markdown_cell(item->after->item->text),
                       markdown_cell(side_answer(item->before, *c.before->checklist)),
                       markdown_cell(side_answer(item->after, *c.after->checklist)),
                       util::join(open, "<br>"));
  }
  out += '\n';
}

void
completed(std::string& out, const core::Comparison& c, const std::string& last)
{
  const auto done = core::completed_actions(c);
  out += fmt::format("### Actions completed since {} ({})\n\n", markdown_escape(last), done.size());
  if (done.empty()) {
    out += "None.\n";
    return;
  }
  out += "| Item | Action | Owner | Done |\n|---|---|---|---|\n";
  for (const auto* item : done) {
    const core::AnswerEntry* now = item->after->entry;
    const bool marked = now != nullptr && now->action && now->status == core::ActionStatus::done;
    const core::AnswerEntry* source = marked ? now : item->before->entry;
    out += fmt::format("| `{}` | {} | {} | {} |\n",
                       item->id,
                       markdown_cell(source->action.value_or("")),
                       markdown_cell(source->owner.value_or("")),
                       markdown_cell(completed_text(*item)));
  }
}

// Writes the plan's movement: in progress, dropped, due dates moved.
void
movement(std::string& out, const core::Comparison& c)
{
  for (const MovementTable& table : movement_tables(c)) {
    out += fmt::format("\n### {}\n\n", markdown_escape(table.title));
    if (table.rows.empty()) {
      out += "None.\n";
      continue;
    }
    std::vector<std::string> rule(table.headers.size(), "---");
    out += "| " + util::join(table.headers, " | ") + " |\n|" + util::join(rule, "|") + "|\n";
    for (const auto& row : table.rows) {
      std::vector<std::string> cells;
      cells.reserve(row.size());
      for (const auto& cell : row) {
        cells.push_back(markdown_cell(cell));
      }
      out += "| " + util::join(cells, " | ") + " |\n";
    }
  }
}

} // namespace

std::string
report_compare_markdown(const core::Comparison& c)
{
  const std::string last = period_text(*c.before->answers);
  const auto pct = [](const std::optional<double>& s) {
    return s ? util::one_decimal(*s) + "%" : std::string("—");
  };
  std::string out = fmt::format("## Compared with {}\n\n", markdown_escape(last));
  out += fmt::format("Overall {} in {} → {} now ({}); {} → {}. Items: {} improved, {} regressed, "
                     "{} unchanged.\n\n",
                     pct(c.overall.before),
                     markdown_escape(last),
                     pct(c.overall.after),
                     delta_text(c.overall.delta),
                     compare_rating_cell(&c.before->overall),
                     compare_rating_cell(&c.after->overall),
                     c.summary.improved,
                     c.summary.regressed,
                     c.summary.unchanged);
  compare_sections(out, c, last);
  regressions(out, c, last);
  completed(out, c, last);
  movement(out, c);
  return out;
}

} // namespace ftsu::report
