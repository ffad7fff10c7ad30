#include <ftsu/report/disagreement.hpp>

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
  if (view.entry == nullptr) {
    return "No answer in their file";
  }
  return view.option != nullptr ? view.option->label : std::string("Not answered");
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
  text += fmt::format(" Merged by rule {}.", rule_words(disagreements.rule));
  return text;
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
