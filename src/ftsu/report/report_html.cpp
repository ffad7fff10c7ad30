#include <ftsu/report/labels.hpp>
#include <ftsu/report/report.hpp>
#include <ftsu/util/markup.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace ftsu::report {

namespace {

using util::html_escape;

constexpr std::string_view k_style = R"(
:root { --ink: #1d2733; --muted: #5b6775; --line: #d5dbe1; --green: #2e7d32; --amber: #b7791f; --red: #c62828; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", Arial, Helvetica, sans-serif; color: var(--ink); margin: 0; background: #f4f6f8; line-height: 1.45; }
main { max-width: 1000px; margin: 0 auto; padding: 32px 40px 48px; background: #fff; }
header { border-bottom: 4px solid #005eb8; padding-bottom: 16px; margin-bottom: 24px; }
h1 { font-size: 1.7rem; margin: 0 0 4px; }
h2 { font-size: 1.2rem; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
.subtitle { color: var(--muted); margin: 0; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 12px 0 0; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
.summary { display: flex; gap: 16px; flex-wrap: wrap; }
.card { flex: 1 1 200px; border: 1px solid var(--line); border-radius: 6px; padding: 14px 18px; }
.card .label { color: var(--muted); font-size: .85rem; text-transform: uppercase; letter-spacing: .04em; }
.card .value { font-size: 2rem; font-weight: 700; }
.pill { display: inline-block; padding: 2px 10px; border-radius: 999px; color: #fff; font-weight: 600; font-size: .9rem; }
.rank-0 { background: var(--green); } .rank-mid { background: var(--amber); } .rank-last { background: var(--red); } .rank-none { background: #8a94a0; }
.notice { border-left: 4px solid var(--red); background: #fdecea; padding: 8px 12px; margin: 12px 0 0; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { background: #eef2f6; font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.date { white-space: nowrap; }
tr { break-inside: avoid; }
code { font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: .85em; background: #eef2f6; padding: 1px 4px; border-radius: 3px; }
.tag { color: var(--red); font-weight: 600; font-size: .8rem; }
.muted { color: var(--muted); }
svg { width: 100%; height: auto; }
footer { margin-top: 32px; color: var(--muted); font-size: .8rem; }
@page { size: A4; margin: 15mm; }
@media print { body { background: #fff; } main { padding: 0; max-width: none; } h2 { break-after: avoid; } .chart { break-inside: avoid; } }
.chart { margin-bottom: 16px; }
)";

std::string
rank_class(const core::Checklist& c, const core::Rating* rating)
{
  if (rating == nullptr) {
    return "rank-none";
  }
  const std::size_t rank = rating_rank(c, rating);
  if (rank == 0) {
    return "rank-0";
  }
  return rank + 1 >= c.ratings.size() ? "rank-last" : "rank-mid";
}

std::string
pill(const core::Checklist& c, const core::Rating* rating)
{
  return fmt::format("<span class=\"pill {}\">{}</span>",
                     rank_class(c, rating),
                     html_escape(rating != nullptr ? rating->label : "No rating"));
}

std::string
short_title(const std::string& title, std::size_t width)
{
  if (util::display_width(title) <= width) {
    return title;
  }
  return util::wrap(title, width - 1).front() + "…";
}

// The section scores as horizontal bars over the rating bands.
std::string
chart(const core::Assessment& a)
{
  const core::Checklist& c = *a.checklist;
  constexpr int k_label = 300;
  constexpr int k_plot = 380;
  constexpr int k_row = 30;
  constexpr int k_top = 30;
  const int rows = static_cast<int>(a.sections.size());
  const int height = k_top + rows * k_row + 36;
  const auto x = [&](double score) { return k_label + score / 100.0 * k_plot; };
  std::string svg =
      fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" role=\"img\" "
                  "aria-labelledby=\"chart-title\" font-family=\"Segoe UI, Arial, sans-serif\" "
                  "font-size=\"12\">\n"
                  "<title id=\"chart-title\">Section scores against the rating bands</title>\n",
                  k_label + k_plot + 60,
                  height);
  // Rating bands, highest first: each runs from its min to the next one up.
  double upper = 100;
  for (std::size_t i = 0; i < c.ratings.size(); ++i) {
    const core::Rating& band = c.ratings[i];
    const double lower = std::min(band.min, upper);
    svg += fmt::format(
        "<rect x=\"{:.1f}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\" fill=\"{}\"><title>{} "
        "({} to {})</title></rect>\n",
        x(lower),
        k_top - 8,
        x(upper) - x(lower),
        rows * k_row + 8,
        band_background(i, c.ratings.size()),
        html_escape(band.label),
        util::one_decimal(lower),
        util::one_decimal(upper));
    svg += fmt::format(
        "<text x=\"{:.1f}\" y=\"{}\" fill=\"#5b6775\" text-anchor=\"middle\">{}</text>\n",
        (x(lower) + x(upper)) / 2,
        k_top - 14,
        html_escape(short_title(band.label, 20)));
    upper = lower;
  }
  for (int tick = 0; tick <= 100; tick += 20) {
    svg +=
        fmt::format("<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1}\" y2=\"{2}\" stroke=\"#c3cad2\" "
                    "stroke-width=\"0.5\"/><text x=\"{0:.1f}\" y=\"{3}\" fill=\"#5b6775\" "
                    "text-anchor=\"middle\">{4}</text>\n",
                    x(tick),
                    k_top - 8,
                    k_top + rows * k_row,
                    k_top + rows * k_row + 16,
                    tick);
  }
  if (a.overall.score) {
    const double ox = x(*a.overall.score);
    svg += fmt::format(
        "<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1}\" y2=\"{2}\" stroke=\"#1d2733\" "
        "stroke-width=\"1.5\" stroke-dasharray=\"4 3\"><title>Overall score {3}</title></line>\n"
        "<text x=\"{0:.1f}\" y=\"{4}\" text-anchor=\"middle\" font-weight=\"600\">Overall "
        "{3}</text>\n",
        ox,
        k_top - 4,
        k_top + rows * k_row,
        util::one_decimal(*a.overall.score),
        k_top + rows * k_row + 30);
  }
  for (int i = 0; i < rows; ++i) {
    const auto& s = a.sections[static_cast<std::size_t>(i)];
    const int y = k_top + i * k_row;
    svg +=
        fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}. {}<title>{}</title></text>\n",
                    k_label - 8,
                    y + 18,
                    i + 1,
                    html_escape(short_title(s.section->title, 44)),
                    html_escape(s.section->title));
    if (s.summary.score) {
      svg +=
          fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"18\" rx=\"2\" fill=\"{}\">"
                      "<title>{}: {}</title></rect>\n",
                      k_label,
                      y + 5,
                      x(*s.summary.score) - k_label,
                      band_colour(c, s.summary.rating),
                      html_escape(s.section->title),
                      util::one_decimal(*s.summary.score));
      svg += fmt::format("<text x=\"{:.1f}\" y=\"{}\" font-weight=\"600\" stroke=\"#fff\" "
                         "stroke-width=\"3\" paint-order=\"stroke\">{}{}</text>\n",
                         x(*s.summary.score) + 4,
                         y + 18,
                         util::one_decimal(*s.summary.score),
                         s.summary.rating_capped ? " (capped)" : "");
    } else {
      svg +=
          fmt::format("<text x=\"{}\" y=\"{}\" fill=\"#5b6775\">no score (nothing counts)</text>\n",
                      k_label + 4,
                      y + 18);
    }
  }
  svg += "</svg>\n";
  return svg;
}

std::string
entry_text(const core::ItemScore& s, std::optional<std::string> core::AnswerEntry::*member)
{
  return s.entry != nullptr && s.entry->*member ? html_escape(*(s.entry->*member)) : std::string();
}

class HtmlReport
{
public:
  HtmlReport(const core::Assessment& a, const ReportOptions& options)
      : m_a(a)
      , m_c(*a.checklist)
      , m_options(options)
  {
  }

  std::string
  render()
  {
    const auto& answers = *m_a.answers;
    const std::string org = answers.organisation.value_or("Gap analysis");
    m_out += "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
             "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
             "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
             "style-src 'unsafe-inline'\">\n";
    m_out += fmt::format("<title>{}: {}</title>\n<style>{}</style>\n</head>\n<body>\n<main>\n",
                         html_escape(org),
                         html_escape(m_c.title),
                         k_style);
    header(org);
    summary();
    m_out += "<h2>Section scores</h2>\n<div class=\"chart\">\n" + chart(m_a) + "</div>\n";
    sections();
    gaps();
    lists();
    m_out +=
        "<footer>Produced with ftsu-gap from the checklist "
        + html_escape(fmt::format("{} {}", m_c.id, m_c.version))
        + ". Scores: 100 × the weighted share of counting items met (Partially met counts half); "
          "not-applicable and out-of-profile items do not count; unanswered items count as not "
          "met.</footer>\n</main>\n</body>\n</html>\n";
    return std::move(m_out);
  }

private:
  void
  header(const std::string& org)
  {
    const auto& answers = *m_a.answers;
    m_out += fmt::format("<header>\n<h1>{}</h1>\n<p class=\"subtitle\">Freedom to Speak Up gap "
                         "analysis: {}</p>\n<dl class=\"meta\">\n",
                         html_escape(org),
                         html_escape(m_c.title));
    const auto row = [&](std::string_view label, const std::string& value) {
      m_out += fmt::format("<dt>{}</dt><dd>{}</dd>\n", label, html_escape(value));
    };
    row("Checklist", fmt::format("{} version {}", m_c.id, m_c.version));
    row("Period", answers.period.value_or("not given"));
    if (answers.assessed_on) {
      row("Assessed on", util::to_string(*answers.assessed_on));
    }
    if (answers.profile) {
      const core::Profile* profile = m_c.find_profile(*answers.profile);
      row("Profile", profile != nullptr ? profile->label : *answers.profile);
    }
    if (!answers.assessors.empty()) {
      row("Assessors", util::join(answers.assessors, ", "));
    }
    m_out += "</dl>\n</header>\n";
  }

  void
  summary()
  {
    const auto& o = m_a.overall;
    const auto& t = o.tally;
    m_out += "<section class=\"summary\">\n";
    m_out += fmt::format("<div class=\"card\"><div class=\"label\">Overall score</div><div "
                         "class=\"value\">{}</div>{}</div>\n",
                         o.score ? util::one_decimal(*o.score) + "%" : std::string("—"),
                         pill(m_c, o.rating));
    m_out +=
        fmt::format("<div class=\"card\"><div class=\"label\">Coverage</div><div "
                    "class=\"value\">{}</div><div class=\"muted\">{} of {} answered</div></div>\n",
                    o.coverage ? util::one_decimal(*o.coverage) + "%" : std::string("—"),
                    t.answered,
                    t.answered + t.unanswered);
    m_out += fmt::format("<div class=\"card\"><div class=\"label\">Items</div><div "
                         "class=\"value\">{}</div><div class=\"muted\">{} unanswered · {} not "
                         "applicable · {} out of profile</div></div>\n",
                         t.items,
                         t.unanswered,
                         t.not_applicable,
                         t.out_of_profile);
    m_out += fmt::format("<div class=\"card\"><div class=\"label\">Gaps</div><div "
                         "class=\"value\">{}</div><div class=\"muted\">{} mandatory not met · {} "
                         "overdue actions</div></div>\n",
                         m_a.gaps.size(),
                         m_a.mandatory_unmet.size(),
                         m_a.overdue_actions.size());
    m_out += "</section>\n";
    if (o.rating_capped) {
      m_out += fmt::format("<p class=\"notice\">{}</p>\n", html_escape(cap_reason(m_a)));
    }
  }

  void
  sections()
  {
    m_out += "<table>\n<thead><tr><th class=\"num\">#</th><th>Section</th><th "
             "class=\"num\">Score</th><th>Rating</th><th class=\"num\">Answered</th><th "
             "class=\"num\">Gap</th></tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < m_a.sections.size(); ++i) {
      const auto& s = m_a.sections[i].summary;
      m_out += fmt::format(
          "<tr><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td><td>{}{}</td>"
          "<td class=\"num\">{} of {}</td><td class=\"num\">{}</td></tr>\n",
          i + 1,
          html_escape(m_a.sections[i].section->title),
          score_text(s.score),
          pill(m_c, s.rating),
          s.rating_capped ? " <span class=\"tag\">capped</span>" : "",
          s.tally.answered,
          s.tally.answered + s.tally.unanswered,
          util::one_decimal(s.gap));
    }
    m_out += "</tbody>\n</table>\n";
  }

  void
  gaps()
  {
    const std::size_t total = m_a.gaps.size();
    const std::size_t top = m_options.top;
    const std::size_t shown = top == 0 ? total : std::min(top, total);
    m_out += shown == total ? fmt::format("<h2>Gaps ({})</h2>\n", total)
                            : fmt::format("<h2>Top {} gaps (of {})</h2>\n", shown, total);
    if (total == 0) {
      m_out += "<p>None: every item that counts is fully met.</p>\n";
      return;
    }
    m_out += "<table>\n<thead><tr><th class=\"num\">#</th><th>Statement</th><th>Answer</th><th "
             "class=\"num\">If "
             "met</th><th>Action</th><th>Owner</th><th>Due</th></tr></thead>\n<tbody>\n";
    for (std::size_t n = 0; n < shown; ++n) {
      const core::ItemScore& s = m_a.items[m_a.gaps[n]];
      const std::string due = s.entry != nullptr && s.entry->due
                                  ? util::to_string(*s.entry->due)
                                        + (s.overdue ? " <span class=\"tag\">overdue</span>" : "")
                                  : std::string();
      m_out += fmt::format(
          "<tr><td class=\"num\">{}</td><td>{}<br><code>{}</code>{}</td><td>{}</td><td "
          "class=\"num\">+{}</td><td>{}</td><td>{}</td><td class=\"date\">{}</td></tr>\n",
          n + 1,
          html_escape(s.item->text),
          html_escape(s.item->id),
          s.item->mandatory ? " <span class=\"tag\">mandatory</span>" : "",
          html_escape(answer_label(m_c, s.answer)),
          util::one_decimal(s.gain.value_or(0)),
          entry_text(s, &core::AnswerEntry::action),
          entry_text(s, &core::AnswerEntry::owner),
          due);
    }
    m_out += "</tbody>\n</table>\n";
  }

  void
  lists()
  {
    m_out +=
        fmt::format("<h2>Mandatory items not fully met ({})</h2>\n", m_a.mandatory_unmet.size());
    list(m_a.mandatory_unmet, [&](const core::ItemScore& s) {
      return fmt::format("{} <code>{}</code> — {}",
                         html_escape(s.item->text),
                         html_escape(s.item->id),
                         html_escape(answer_label(m_c, s.answer)));
    });
    m_out += fmt::format("<h2>Overdue actions ({})</h2>\n", m_a.overdue_actions.size());
    list(m_a.overdue_actions, [&](const core::ItemScore& s) {
      std::string text = fmt::format(
          "<code>{}</code> due {}", html_escape(s.item->id), util::to_string(*s.entry->due));
      if (s.entry->owner) {
        text += ", " + html_escape(*s.entry->owner);
      }
      if (s.entry->action) {
        text += ": " + html_escape(*s.entry->action);
      }
      return text;
    });
    if (!m_a.evidence_not_reviewed.empty()) {
      m_out += fmt::format("<h2>Evidence carried forward, not reviewed this period ({})</h2>\n",
                           m_a.evidence_not_reviewed.size());
      list(m_a.evidence_not_reviewed, [&](const core::ItemScore& s) {
        return fmt::format("<code>{}</code> {}: {}",
                           html_escape(s.item->id),
                           html_escape(carried_note(s.entry)),
                           html_escape(*s.entry->evidence));
      });
    }
    std::vector<std::string> unanswered;
    for (const auto& s : m_a.items) {
      if (s.status == core::ItemStatus::unanswered) {
        unanswered.push_back(s.item->id);
      }
    }
    m_out += fmt::format("<h2>Unanswered ({})</h2>\n", unanswered.size());
    list(unanswered, [&](const core::ItemScore& s) {
      return fmt::format("{} <code>{}</code>", html_escape(s.item->text), html_escape(s.item->id));
    });
  }

  template<typename Describe>
  void
  list(const std::vector<std::string>& ids, Describe describe)
  {
    if (ids.empty()) {
      m_out += "<p class=\"muted\">None.</p>\n";
      return;
    }
    m_out += "<ul>\n";
    for (const auto& id : ids) {
      m_out += "<li>" + describe(*core::find_score(m_a, id)) + "</li>\n";
    }
    m_out += "</ul>\n";
  }

  const core::Assessment& m_a;
  const core::Checklist& m_c;
  const ReportOptions& m_options;
  std::string m_out;
};

} // namespace

std::string
report_html(const core::Assessment& assessment, const ReportOptions& options)
{
  return HtmlReport(assessment, options).render();
}

} // namespace ftsu::report
