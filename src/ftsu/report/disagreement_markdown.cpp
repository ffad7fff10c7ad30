#include <ftsu/report/disagreement.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/util/markup.hpp>

#include <fmt/format.h>

namespace ftsu::report {

namespace {

using util::markdown_cell;
using util::markdown_escape;

void
score_table(std::string& out, const core::Disagreements& d)
{
  out += "| # | Section |";
  std::string rule = "|---:|---|";
  for (const auto& name : d.respondents) {
    out += fmt::format(" {} |", markdown_cell(name));
    rule += "---:|";
  }
  out += " Spread |\n" + rule + "---:|\n";
  const auto row = [&](const std::string& number,
                       const std::string& title,
                       const std::vector<std::optional<double>>& scores,
                       const std::vector<std::optional<double>>& coverage,
                       const std::optional<double>& spread) {
    out += fmt::format("| {} | {} |", number, title);
    for (std::size_t r = 0; r < scores.size(); ++r) {
      out += fmt::format(" {} |", score_with_coverage(scores[r], coverage[r]));
    }
    out += fmt::format(" {} |\n", score_text(spread));
  };
  for (std::size_t i = 0; i < d.sections.size(); ++i) {
    const auto& s = d.sections[i];
    row(std::to_string(i + 1), markdown_cell(s.section->title), s.scores, s.coverage, s.spread);
  }
  row("", "**Overall**", d.overall, d.overall_coverage, d.overall_spread);
  out += '\n';
  if (partly_answered(d)) {
    out += markdown_escape(coverage_note()) + "\n\n";
    out += fmt::format("### Items some left unanswered ({})\n\n", d.unanswered.size());
    for (const auto& blank : d.unanswered) {
      out += fmt::format(
          "- `{}` {}\n", blank.item->item->id, markdown_escape(not_answered_words(d, blank)));
    }
    out += '\n';
  }
}

} // namespace

std::string
disagreement_markdown(const core::Disagreements& d, const core::Checklist& checklist)
{
  std::string out = "## Where you disagree\n\n";
  out += markdown_escape(disagreement_summary(d)) + "\n\n";
  score_table(out, d);
  for (std::size_t n = 0; n < d.items.size(); ++n) {
    const core::Disagreement& item = d.items[n];
    const core::ItemScore& s = *item.item;
    out += fmt::format("### {}. `{}`: {}\n\n{}\n\n",
                       n + 1,
                       s.item->id,
                       markdown_escape(steps_words(item)),
                       markdown_escape(s.item->text));
    out += "| Respondent | Answer | Evidence |\n|---|---|---|\n";
    for (std::size_t r = 0; r < d.respondents.size(); ++r) {
      const core::RespondentView& view = item.answers[r];
      out += fmt::format("| {} | {} | {} |\n",
                         markdown_cell(d.respondents[r]),
                         markdown_cell(view_answer(view)),
                         view.entry != nullptr && view.entry->evidence
                             ? markdown_cell(*view.entry->evidence)
                             : std::string());
    }
    out +=
        fmt::format("\nMerged answer: {}\n\n", markdown_escape(answer_label(checklist, s.answer)));
  }
  return out;
}

} // namespace ftsu::report
