#include <ftsu/report/compare.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/util/markup.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

namespace ftsu::report {

namespace {

using util::markdown_cell;
using util::markdown_escape;

} // namespace

std::string
diff_markdown(const core::Comparison& c)
{
  const core::Assessment& b = *c.before;
  const core::Assessment& a = *c.after;
  std::string out = fmt::format("# {}: {} compared with {}\n\n",
                                markdown_escape(a.answers->organisation.value_or("Comparison")),
                                markdown_escape(period_text(*a.answers)),
                                markdown_escape(period_text(*b.answers)));
  out += fmt::format("**Overall {} → {} ({})**, {} → {}; coverage {} → {}\n\n",
                     percent_text(c.overall.before),
                     percent_text(c.overall.after),
                     change_text(c.overall.delta),
                     markdown_escape(rating_words(b.overall)),
                     markdown_escape(rating_words(a.overall)),
                     percent_text(b.overall.coverage),
                     percent_text(a.overall.coverage));
  out += fmt::format("Checklist `{}` {} → `{}` {}. ",
                     b.checklist->id,
                     markdown_escape(b.checklist->version),
                     a.checklist->id,
                     markdown_escape(a.checklist->version));
  const auto& s = c.summary;
  out += "Items: " + change_counts(s) + ".\n\n";
  out +=
      fmt::format("## Sections\n\n| # | Section | {} | {} | Change |\n|---:|---|---:|---:|---:|\n",
                  markdown_cell(period_text(*b.answers)),
                  markdown_cell(period_text(*a.answers)));
  for (std::size_t i = 0; i < c.sections.size(); ++i) {
    const auto& sec = c.sections[i];
    out += fmt::format("| {} | {} | {} | {} | {} |\n",
                       i + 1,
                       markdown_cell(sec.title),
                       score_text(sec.score.before),
                       score_text(sec.score.after),
                       delta_text(sec.score.delta));
  }
  out += '\n';
  const std::pair<core::Change, std::string_view> groups[] = {
      {core::Change::regressed, "Regressed"},
      {core::Change::improved, "Improved"},
      {core::Change::added, "Added by the checklist change"},
      {core::Change::removed, "Removed by the checklist change"},
      {core::Change::not_comparable, "Not comparable"},
      {core::Change::unanswered, "Not yet answered"},
  };
  for (const auto& [change, title] : groups) {
    std::vector<const core::ItemChange*> items;
    for (const auto& item : c.items) {
      if (item.change == change) {
        items.push_back(&item);
      }
    }
    out += fmt::format("## {} ({})\n\n", title, items.size());
    if (items.empty()) {
      out += "None.\n\n";
      continue;
    }
    out += fmt::format("| Item | Statement | {} | {} | Evidence now |\n|---|---|---|---|---|\n",
                       markdown_cell(period_text(*b.answers)),
                       markdown_cell(period_text(*a.answers)));
    for (const auto* item : items) {
      const core::ItemScore* latest = item->after != nullptr ? item->after : item->before;
      std::string id = fmt::format("`{}`", item->id);
      if (item->before_id && *item->before_id != item->id) {
        id += fmt::format(" (was `{}`)", *item->before_id);
      }
      const core::AnswerEntry* entry = item->after != nullptr ? item->after->entry : nullptr;
      out += fmt::format("| {} | {} | {} | {} | {} |\n",
                         id,
                         markdown_cell(latest->item->text),
                         markdown_cell(side_answer(item->before, *b.checklist)),
                         markdown_cell(side_answer(item->after, *a.checklist)),
                         entry != nullptr && entry->evidence
                             ? markdown_cell(*entry->evidence)
                                   + (carried_note(entry).empty()
                                          ? std::string()
                                          : " *(" + markdown_cell(carried_note(entry)) + ")*")
                             : std::string());
    }
    out += '\n';
  }
  return out;
}

std::string
change_counts(const core::ChangeSummary& summary)
{
  const core::ChangeSummary& s = summary;
  return fmt::format("{} improved, {} regressed, {} unchanged, {} added, {} removed, {} not "
                     "comparable, {} not yet answered",
                     s.improved,
                     s.regressed,
                     s.unchanged,
                     s.added,
                     s.removed,
                     s.not_comparable,
                     s.unanswered);
}

} // namespace ftsu::report
