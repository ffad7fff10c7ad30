#include <ftsu/report/disagreement.hpp>
#include <ftsu/report/html_page.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/report/summary.hpp>
#include <ftsu/util/markup.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

namespace ftsu::report {

namespace {

using util::html_escape;

std::string
html_cards(const ExecutiveSummary& s, const core::Checklist& c)
{
  std::string change;
  if (s.change) {
    change = fmt::format("<div class=\"small\">{}; {} item{} regressed, {} action{} "
                         "completed</div>",
                         html_escape(s.change->words),
                         s.change->regressions,
                         s.change->regressions == 1 ? "" : "s",
                         s.change->actions_completed,
                         s.change->actions_completed == 1 ? "" : "s");
  }
  std::string out = "<section class=\"summary\" aria-label=\"Summary\">\n";
  out += fmt::format("<div class=\"card\"><div class=\"label\">Overall score</div><div "
                     "class=\"value\">{}</div>{}{}</div>\n",
                     s.nothing_answered ? std::string(k_not_yet_answered)
                     : s.score          ? util::one_decimal(*s.score) + "%"
                                        : std::string("—"),
                     s.nothing_answered ? fmt::format("<span class=\"pill rank-none\">{}</span>",
                                                      k_not_yet_answered)
                                        : html::pill(c, s.rating, s.rating_capped),
                     change);
  out += fmt::format("<div class=\"card\"><div class=\"label\">Coverage</div><div "
                     "class=\"value\">{}</div><div class=\"muted\">{} of {} answered</div></div>\n",
                     s.coverage ? util::one_decimal(*s.coverage) + "%" : std::string("—"),
                     s.answered,
                     s.answerable);
  out += fmt::format("<div class=\"card\"><div class=\"label\">Items</div><div "
                     "class=\"value\">{}</div><div class=\"muted\">{} unanswered · {} not "
                     "applicable · {} out of profile</div></div>\n",
                     s.tally.items,
                     s.tally.unanswered,
                     s.tally.not_applicable,
                     s.tally.out_of_profile);
  out += fmt::format("<div class=\"card\"><div class=\"label\">Gaps</div><div "
                     "class=\"value\">{}</div><div class=\"muted\">{} mandatory not met{} · {} "
                     "overdue actions</div></div>\n",
                     s.gaps,
                     s.mandatory_unmet,
                     s.mandatory_unanswered == 0
                         ? std::string()
                         : fmt::format(" · {} mandatory not yet answered", s.mandatory_unanswered),
                     s.overdue.size());
  return out + "</section>\n";
}

std::string
html_top_gaps(const ExecutiveSummary& s, const core::Checklist& c)
{
  std::string out = s.top_gaps.size() == s.gaps
                        ? fmt::format("<h2>Gaps ({})</h2>\n", s.gaps)
                        : fmt::format("<h2>Top {} gaps (of {})</h2>\n", s.top_gaps.size(), s.gaps);
  if (s.top_gaps.empty()) {
    return out + "<p>None: every item that counts is fully met.</p>\n";
  }
  out += "<table class=\"top-gaps\">\n<colgroup><col class=\"n\"><col class=\"statement\"><col "
         "class=\"answer\"><col class=\"owner\"><col class=\"due\"></colgroup>\n<thead><tr><th "
         "scope=\"col\" class=\"num\">#</th><th scope=\"col\">Statement</th><th "
         "scope=\"col\">Answer</th><th scope=\"col\">Owner</th><th "
         "scope=\"col\">Due</th></tr></thead>\n<tbody>\n";
  for (std::size_t n = 0; n < s.top_gaps.size(); ++n) {
    const SummaryGap& gap = s.top_gaps[n];
    const core::ItemScore& item = *gap.item;
    out += fmt::format(
        "<tr><td class=\"num\">{}</td><td>{} <code>{}</code>{}</td><td>{}</td><td>{}</td><td "
        "class=\"date\">{}{}</td></tr>\n",
        n + 1,
        html_escape(item.item->text),
        html_escape(item.item->id),
        item.item->mandatory ? " <span class=\"tag\">mandatory</span>" : "",
        html_escape(answer_label(c, item.answer)),
        gap.owner.empty() ? "<span class=\"muted\">none named</span>" : html_escape(gap.owner),
        gap.due ? util::short_date(*gap.due) : std::string("—"),
        gap.overdue ? "<br><span class=\"tag\">overdue</span>" : "");
  }
  return out + "</tbody>\n</table>\n";
}

std::string
html_overdue(const ExecutiveSummary& s)
{
  std::string out = fmt::format("<h2>Overdue actions ({})</h2>\n", s.overdue.size());
  if (s.overdue.empty()) {
    return out + "<p class=\"muted\">None.</p>\n";
  }
  out += "<table class=\"overdue\">\n<thead><tr><th scope=\"col\">Item</th><th "
         "scope=\"col\">Owner</th><th scope=\"col\">Due</th><th scope=\"col\">Overdue "
         "by</th></tr></thead>\n<tbody>\n";
  for (const SummaryOverdue& o : s.overdue) {
    out += fmt::format(
        "<tr><td><code>{}</code>{}</td><td>{}</td><td class=\"date\">{}</td><td "
        "class=\"nowrap\">{}</td></tr>\n",
        html_escape(o.item->item->id),
        o.action->respondent != nullptr
            ? " <span class=\"muted\">(" + html_escape(action_by(*o.action)) + ")</span>"
            : std::string(),
        o.owner.empty() ? "<span class=\"muted\">none named</span>" : html_escape(o.owner),
        util::short_date(o.due),
        html_escape(o.overdue_by));
  }
  return out + "</tbody>\n</table>\n";
}

std::string
html_disagreements(const SummaryDisagreements& d)
{
  std::string out = fmt::format("<p class=\"disagree-summary\">The respondents disagree on "
                                "<strong>{}</strong> item{} ({} by two steps or more)",
                                d.items,
                                d.items == 1 ? "" : "s",
                                d.wide);
  if (d.widest.empty()) {
    return out + ".</p>\n";
  }
  std::vector<std::string> widest;
  for (const core::Disagreement* item : d.widest) {
    widest.push_back(fmt::format("<code>{}</code> ({})",
                                 html_escape(item->item->item->id),
                                 html_escape(steps_words(*item))));
  }
  return out + "; widest first: " + util::join(widest, ", ") + ".</p>\n";
}

std::string
html_cover(const ExecutiveSummary& s)
{
  if (s.cover.empty()) {
    return {};
  }
  std::string out = "<table class=\"cover\" aria-label=\"Cover sheet\">\n<tbody>\n";
  for (const CoverRow& row : s.cover) {
    out += fmt::format("<tr><th scope=\"row\">{}</th><td>{}</td></tr>\n",
                       html_escape(row.label),
                       html_escape(row.value));
  }
  return out + "</tbody>\n</table>\n";
}

} // namespace

std::string
summary_html(const ExecutiveSummary& s, const core::Checklist& checklist)
{
  std::string out = html_cover(s) + html_cards(s, checklist);
  if (!s.cap_reason.empty()) {
    out += fmt::format("<p class=\"notice\">{}</p>\n", html_escape(s.cap_reason));
  }
  if (s.disagreements) {
    out += html_disagreements(*s.disagreements);
  }
  return out + html_top_gaps(s, checklist) + html_overdue(s);
}

} // namespace ftsu::report
