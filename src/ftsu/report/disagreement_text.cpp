#include <ftsu/report/disagreement.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/report/text_table.hpp>
#include <ftsu/report/text_writer.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace ftsu::report {

namespace {

// Returns each respondent's cell width in the score table: 5 ("100.0"),
// wider for one whose coverage is shown beside their score ("61.5 (80.0%)").
std::vector<std::size_t>
cell_widths(const core::Disagreements& d)
{
  std::vector<std::size_t> widths(d.respondents.size(), 5);
  const auto widen = [&](const std::vector<std::optional<double>>& scores,
                         const std::vector<std::optional<double>>& coverage) {
    for (std::size_t r = 0; r < widths.size(); ++r) {
      widths[r] =
          std::max(widths[r], util::display_width(score_with_coverage(scores[r], coverage[r])));
    }
  };
  for (const auto& section : d.sections) {
    widen(section.scores, section.coverage);
  }
  widen(d.overall, d.overall_coverage);
  return widths;
}

// The cells of one row: each respondent's score (with their coverage when
// below 100), right-aligned in `widths`, then the spread.
std::string
score_cells(const std::vector<std::optional<double>>& scores,
            const std::vector<std::optional<double>>& coverage,
            const std::optional<double>& spread,
            const std::vector<std::size_t>& widths)
{
  std::string cells;
  for (std::size_t r = 0; r < scores.size(); ++r) {
    cells += fmt::format("  {:>{}}", score_with_coverage(scores[r], coverage[r]), widths[r]);
  }
  return cells + fmt::format("  {:>6}", score_text(spread));
}

} // namespace

std::string
disagreement_text(const core::Disagreements& d,
                  const core::Checklist& checklist,
                  const Layout& layout)
{
  const std::size_t width = wrap_width(layout.width);
  std::string out = heading_lines("Where you disagree", width, "1", layout.color);
  out += util::hang_wrap(disagreement_summary(d), 2, width);
  for (std::size_t i = 0; i < d.respondents.size(); ++i) {
    out += util::hang_wrap(d.respondents[i], 2, width, fmt::format("{:<3}", respondent_column(i)));
  }
  out += '\n';

  const bool partly = partly_answered(d);
  const std::vector<std::size_t> widths = cell_widths(d);
  std::string columns;
  std::size_t cells_width = 8;
  for (std::size_t i = 0; i < d.respondents.size(); ++i) {
    columns += fmt::format("  {:>{}}", respondent_column(i), widths[i]);
    cells_width += widths[i] + 2;
  }
  columns += "  Spread";
  if (partly) {
    out += util::hang_wrap(coverage_note(), 2, width) + '\n';
  }
  out += util::ansi(
             table_heading("Scores by respondent", columns, cells_width, width), "1", layout.color)
         + '\n';
  for (std::size_t i = 0; i < d.sections.size(); ++i) {
    const auto& s = d.sections[i];
    out += table_row(fmt::format("{}.", i + 1),
                     s.section->title,
                     score_cells(s.scores, s.coverage, s.spread, widths),
                     cells_width,
                     width);
  }
  out += table_row("",
                   "Overall",
                   score_cells(d.overall, d.overall_coverage, d.overall_spread, widths),
                   cells_width,
                   width);
  out += '\n';

  if (partly) {
    out += heading_lines(fmt::format("Items some left unanswered ({})", d.unanswered.size()),
                         width,
                         "1",
                         layout.color);
    for (const auto& blank : d.unanswered) {
      out +=
          util::hang_wrap(fmt::format("{}: {}", blank.item->item->id, not_answered_words(d, blank)),
                          2,
                          width,
                          "- ");
    }
    out += '\n';
  }
  if (d.items.empty()) {
    return out;
  }
  out += heading_lines(fmt::format("Items answered differently ({}), widest first", d.items.size()),
                       width,
                       "1",
                       layout.color);
  for (std::size_t n = 0; n < d.items.size(); ++n) {
    const core::Disagreement& item = d.items[n];
    const core::ItemScore& s = *item.item;
    out += util::hang_wrap(fmt::format("{}  ({})", s.item->id, steps_words(item)),
                           0,
                           width,
                           fmt::format("{:>3}. ", n + 1));
    out += util::hang_wrap(s.item->text, 5, width);
    for (std::size_t r = 0; r < d.respondents.size(); ++r) {
      const core::RespondentView& view = item.answers[r];
      std::string line = fmt::format("{}: {}", d.respondents[r], view_answer(view));
      if (view.entry != nullptr && view.entry->evidence) {
        line += ". Evidence: " + *view.entry->evidence;
      }
      out += util::hang_wrap(line, 5, width, "- ");
    }
    out += util::hang_wrap(answer_label(checklist, s.answer), 5, width, "Merged: ");
  }
  out += '\n';
  return out;
}

} // namespace ftsu::report
