#include <ftsu/report/disagreement.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/report/summary.hpp>
#include <ftsu/util/markup.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

namespace ftsu::report {

namespace {

using util::markdown_cell;
using util::markdown_escape;

std::string
markdown_overall(const ExecutiveSummary& s)
{
  std::string out = "## Summary\n\n";
  if (s.nothing_answered) {
    out += fmt::format("**{}**", k_not_yet_answered);
  } else {
    out += fmt::format("**{}** — {}",
                       s.score ? percent_text(s.score) : std::string("no score"),
                       markdown_escape(s.rating_text));
  }
  if (!s.cap_reason.empty()) {
    out += "\n\n" + markdown_escape(s.cap_reason);
  }
  if (s.change) {
    out += fmt::format("\n\nChange: {}; {} item{} regressed, {} action{} completed.",
                       markdown_escape(s.change->words),
                       s.change->regressions,
                       s.change->regressions == 1 ? "" : "s",
                       s.change->actions_completed,
                       s.change->actions_completed == 1 ? "" : "s");
  }
  out += fmt::format("\n\nCoverage: {}\n\n", markdown_escape(s.coverage_words));
  return out;
}

std::string
markdown_disagreements(const SummaryDisagreements& d)
{
  std::string out =
      fmt::format("The respondents disagree on **{}** item{} ({} by two steps or more)",
                  d.items,
                  d.items == 1 ? "" : "s",
                  d.wide);
  std::vector<std::string> widest;
  for (const core::Disagreement* item : d.widest) {
    widest.push_back(
        fmt::format("`{}` ({})", item->item->item->id, markdown_escape(steps_words(*item))));
  }
  return out + (widest.empty() ? "" : "; widest first: " + util::join(widest, ", ")) + ".\n\n";
}

std::string
markdown_top_gaps(const ExecutiveSummary& s, const core::Checklist& c)
{
  std::string out = s.top_gaps.size() == s.gaps
                        ? fmt::format("### Gaps ({})\n\n", s.gaps)
                        : fmt::format("### Top {} gaps (of {})\n\n", s.top_gaps.size(), s.gaps);
  if (s.top_gaps.empty()) {
    return out + "None: every item that counts is fully met.\n\n";
  }
  out += "| # | Item | Statement | Answer | Owner | Due |\n|---:|---|---|---|---|---|\n";
  for (std::size_t n = 0; n < s.top_gaps.size(); ++n) {
    const SummaryGap& gap = s.top_gaps[n];
    const core::ItemScore& item = *gap.item;
    out += fmt::format("| {} | `{}`{} | {} | {} | {} | {}{} |\n",
                       n + 1,
                       item.item->id,
                       item.item->mandatory ? " **mandatory**" : "",
                       markdown_cell(item.item->text),
                       markdown_cell(answer_label(c, item.answer)),
                       gap.owner.empty() ? "—" : markdown_cell(gap.owner),
                       gap.due ? util::short_date(*gap.due) : std::string("—"),
                       gap.overdue ? " **(overdue)**" : "");
  }
  return out + "\n";
}

std::string
markdown_overdue(const ExecutiveSummary& s)
{
  std::string out = fmt::format("### Overdue actions ({})\n\n", s.overdue.size());
  if (s.overdue.empty()) {
    return out + "None.\n\n";
  }
  out += "| Item | Owner | Due | Overdue by |\n|---|---|---|---|\n";
  for (const SummaryOverdue& o : s.overdue) {
    out += fmt::format("| `{}`{} | {} | {} | {} |\n",
                       o.item->item->id,
                       o.action->respondent != nullptr
                           ? " (" + markdown_cell(action_by(*o.action)) + ")"
                           : std::string(),
                       o.owner.empty() ? "—" : markdown_cell(o.owner),
                       util::short_date(o.due),
                       o.overdue_by);
  }
  return out + "\n";
}

std::string
markdown_cover(const ExecutiveSummary& s)
{
  if (s.cover.empty()) {
    return {};
  }
  std::string out = "| Cover sheet | |\n|---|---|\n";
  for (const CoverRow& row : s.cover) {
    out += fmt::format("| {} | {} |\n", markdown_cell(row.label), markdown_cell(row.value));
  }
  return out + "\n";
}

} // namespace

std::string
summary_markdown(const ExecutiveSummary& s, const core::Checklist& checklist)
{
  std::string out = markdown_cover(s) + markdown_overall(s);
  if (s.disagreements) {
    out += markdown_disagreements(*s.disagreements);
  }
  return out + markdown_top_gaps(s, checklist) + markdown_overdue(s);
}

} // namespace ftsu::report
