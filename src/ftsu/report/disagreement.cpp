#include <ftsu/report/disagreement.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

namespace ftsu::report {

std::string
steps_words(const core::Disagreement& disagreement)
{
  if (disagreement.steps == 0) {
    return "Not applicable to some";
  }
  std::string words =
      fmt::format("{} step{} apart", disagreement.steps, disagreement.steps == 1 ? "" : "s");
  if (disagreement.applicability) {
    words += "; not applicable to some";
  }
  return words;
}

std::string
view_answer(const core::RespondentView& view)
{
  return view.option != nullptr ? view.option->label : std::string("Not answered");
}

const core::AnswerEntry*
respondent_entry(const core::Disagreements& disagreements,
                 const core::Assessment& assessment,
                 const core::ItemScore& score,
                 std::size_t respondent)
{
  const auto index = static_cast<std::size_t>(&score - assessment.items.data());
  if (index >= disagreements.views.size() || respondent >= disagreements.views[index].size()) {
    return nullptr;
  }
  return disagreements.views[index][respondent].entry;
}

std::vector<const core::Disagreement*>
disagreement_of_items(const core::Disagreements& disagreements, const core::Assessment& assessment)
{
  std::vector<const core::Disagreement*> out(assessment.items.size(), nullptr);
  for (const auto& item : disagreements.items) {
    const auto index = static_cast<std::size_t>(item.item - assessment.items.data());
    if (index < out.size()) {
      out[index] = &item;
    }
  }
  return out;
}

std::span<const RespondentColumn>
respondent_columns()
{
  using D = const core::Disagreement*;
  using E = const core::AnswerEntry*;
  using C = const core::Checklist&;
  static constexpr RespondentColumn k_columns[] = {
      {"steps_apart",
       "Steps apart",
       false,
       [](D d, E, C) { return d != nullptr ? std::to_string(d->steps) : std::string("0"); }},
      {"not_applicable_to_some",
       "Not applicable to some",
       false,
       [](D d, E, C) { return std::string(d != nullptr && d->applicability ? "yes" : "no"); }},
      {"answer",
       "Answer",
       true,
       [](D, E e, C c) {
         if (e == nullptr || !e->answer) {
           return std::string("Not answered");
         }
         const core::ScaleOption* option = c.find_option(*e->answer);
         return option != nullptr ? option->label : *e->answer;
       }},
      {"evidence",
       "Evidence",
       true,
       [](D, E e, C) { return e != nullptr ? e->evidence.value_or("") : ""; }},
      {"action",
       "Action",
       true,
       [](D, E e, C) { return e != nullptr ? e->action.value_or("") : ""; }},
  };
  return k_columns;
}

std::string
respondent_column_header(const RespondentColumn& column, std::string_view name, bool words)
{
  const std::string_view head = words ? column.label : column.name;
  return column.per_respondent ? fmt::format("{}: {}", head, name) : std::string(head);
}

std::string
disagreement_summary(const core::Disagreements& disagreements)
{
  const std::size_t n = disagreements.items.size();
  std::string text =
      n == 0 ? fmt::format("The {} respondents gave the same answer to every item.",
                           disagreements.respondents.size())
             : fmt::format("{} item{} answered differently, {} of them by two steps or more.",
                           n,
                           n == 1 ? " is" : "s are",
                           disagreements.wide);
  if (const std::size_t blank = disagreements.unanswered.size(); blank > 0) {
    text += fmt::format(" {} item{} left unanswered by some respondents (not a disagreement).",
                        blank,
                        blank == 1 ? " was" : "s were");
  }
  text += fmt::format(" Merged by rule {}.", rule_words(disagreements.rule));
  return text;
}

bool
partly_answered(const core::Disagreements& disagreements)
{
  return !disagreements.unanswered.empty();
}

std::string
score_with_coverage(const std::optional<double>& score, const std::optional<double>& coverage)
{
  if (!coverage || *coverage >= 100) {
    return score_text(score);
  }
  return fmt::format("{} ({}%)", score_text(score), util::one_decimal(*coverage));
}

std::string
coverage_note()
{
  return "A blank is not an answer: each respondent's score counts only the items they "
         "answered, and the share of the items they answered is in brackets where it is below "
         "100%.";
}

std::string
not_answered_words(const core::Disagreements& disagreements, const core::NotAnswered& blank)
{
  std::vector<std::string> names;
  names.reserve(blank.respondents.size());
  for (const std::size_t r : blank.respondents) {
    names.push_back(disagreements.respondents[r]);
  }
  return "Not answered by " + util::join(names, ", ");
}

std::string
rule_words(core::MergeRule rule)
{
  switch (rule) {
  case core::MergeRule::lowest:
    return "lowest (the most cautious answer given)";
  case core::MergeRule::majority:
    return "majority (the answer given most often, a tie to the lower)";
  case core::MergeRule::median:
    return "median (the middle answer, the lower of two middle ones)";
  }
  return std::string(core::to_string(rule));
}

std::string
respondent_column(std::size_t index)
{
  return fmt::format("R{}", index + 1);
}

} // namespace ftsu::report
