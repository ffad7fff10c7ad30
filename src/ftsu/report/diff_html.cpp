#include <ftsu/report/compare.hpp>
#include <ftsu/report/compare_html.hpp>
#include <ftsu/report/html_page.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/util/markup.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

#include <unordered_map>

namespace ftsu::report {

namespace {

using util::html_escape;

std::string
assessed_text(const core::AnswersFile& answers)
{
  return answers.assessed_on ? fmt::format(
             "{} (assessed on {})", period_text(answers), util::long_date(*answers.assessed_on))
                             : period_text(answers);
}

std::string
diff_header(const core::Comparison& c, const std::string& org, const CompareOptions& options)
{
  const core::Assessment& b = *c.before;
  const core::Assessment& a = *c.after;
  std::string out = fmt::format("<header>\n<h1>{}</h1>\n<p class=\"subtitle\">What changed: {} "
                                "compared with {} ({})</p>\n<dl class=\"meta\">\n",
                                html_escape(org),
                                html_escape(period_text(*a.answers)),
                                html_escape(period_text(*b.answers)),
                                html_escape(a.checklist->title));
  out += html::meta_row("Earlier", assessed_text(*b.answers));
  out += html::meta_row("Later", assessed_text(*a.answers));
  out += html::meta_row(
      "Checklist",
      b.checklist->version == a.checklist->version
          ? fmt::format("{} version {}", a.checklist->id, a.checklist->version)
          : fmt::format(
              "{} version {} → {}", a.checklist->id, b.checklist->version, a.checklist->version));
  out += html::meta_row("Assessors",
                        a.answers->assessors.empty() ? std::string("not given")
                                                     : util::join(a.answers->assessors, ", "));
  out += html::generated_rows(options.generated);
  return out + "</dl>\n</header>\n";
}

std::string
summary(const core::Comparison& c)
{
  const core::Assessment& b = *c.before;
  const core::Assessment& a = *c.after;
  const auto pct = [](const std::optional<double>& s) {
    return s ? util::one_decimal(*s) + "%" : std::string("—");
  };
  std::string out = "<section class=\"summary\" aria-label=\"Summary\">\n";
  out += fmt::format("<div class=\"card\"><div class=\"label\">Overall score</div><div "
                     "class=\"value\">{} → {}</div><div class=\"small\">{}: {}</div><div "
                     "class=\"small\">{}: {}</div><div class=\"small\">Change: {}</div></div>\n",
                     pct(c.overall.before),
                     pct(c.overall.after),
                     html_escape(period_text(*b.answers)),
                     html::pill(*b.checklist, b.overall),
                     html_escape(period_text(*a.answers)),
                     html::pill(*a.checklist, a.overall),
                     html::delta_html(c.overall.delta));
  out += fmt::format("<div class=\"card\"><div class=\"label\">Coverage</div><div "
                     "class=\"value\">{} → {}</div></div>\n",
                     pct(b.overall.coverage),
                     pct(a.overall.coverage));
  const auto& s = c.summary;
  out += fmt::format("<div class=\"card\"><div class=\"label\">Items</div><div "
                     "class=\"value\">{} up · {} down</div><div class=\"muted\">{} unchanged · {} "
                     "added · {} removed · {} not comparable · {} not yet answered</div></div>\n",
                     s.improved,
                     s.regressed,
                     s.unchanged,
                     s.added,
                     s.removed,
                     s.not_comparable,
                     s.unanswered);
  return out + "</section>\n";
}

std::string
diff_sections(const core::Comparison& c)
{
  const core::Assessment& b = *c.before;
  const core::Assessment& a = *c.after;
  std::unordered_map<std::string, const core::SectionScore*> before;
  std::unordered_map<std::string, const core::SectionScore*> after;
  for (const auto& s : b.sections) {
    before.emplace(s.section->id, &s);
  }
  for (const auto& s : a.sections) {
    after.emplace(s.section->id, &s);
  }
  const auto cell = [](const core::Checklist& checklist, const core::SectionScore* s) {
    if (s == nullptr) {
      return std::string("<td class=\"num\">—</td><td>—</td>");
    }
    return fmt::format("<td class=\"num\">{}</td><td>{}</td>",
                       score_text(s->summary),
                       html::pill(checklist, s->summary));
  };
  std::string out = fmt::format(
      "<h2>Sections</h2>\n<table>\n<thead><tr><th scope=\"col\" class=\"num\">#</th><th "
      "scope=\"col\">Section</th><th scope=\"col\" class=\"num\">{0}</th><th scope=\"col\">{0} "
      "rating</th><th scope=\"col\" class=\"num\">{1}</th><th scope=\"col\">{1} rating</th><th "
      "scope=\"col\" class=\"num\">Change</th></tr></thead>\n<tbody>\n",
      html_escape(period_text(*b.answers)),
      html_escape(period_text(*a.answers)));
  for (std::size_t i = 0; i < c.sections.size(); ++i) {
    const auto& sec = c.sections[i];
    const auto find = [&](const auto& map) {
      const auto it = map.find(sec.id);
      return it == map.end() ? nullptr : it->second;
    };
    out += fmt::format("<tr><td class=\"num\">{}</td><th scope=\"row\">{}</th>{}{}<td "
                       "class=\"num\">{}</td></tr>\n",
                       i + 1,
                       html_escape(sec.title),
                       cell(*b.checklist, find(before)),
                       cell(*a.checklist, find(after)),
                       html::delta_html(sec.score.delta));
  }
  return out + "</tbody>\n</table>\n";
}

} // namespace

std::string
diff_html(const core::Comparison& c, const CompareOptions& options)
{
  const core::Assessment& b = *c.before;
  const core::Assessment& a = *c.after;
  const std::string org = a.answers->organisation.value_or("Comparison");
  const std::string periods =
      fmt::format("{} compared with {}", period_text(*a.answers), period_text(*b.answers));
  std::string out = html::page_start(
      {fmt::format("{}: {}", org, periods),
       fmt::format("{} · {} {} · {}", org, a.checklist->id, a.checklist->version, periods)});
  out += diff_header(c, org, options);
  out += summary(c);
  out += diff_sections(c);
  const std::pair<core::Change, std::string_view> groups[] = {
      {core::Change::regressed, "Regressed"},
      {core::Change::improved, "Improved"},
      {core::Change::added, "Added by the checklist change"},
      {core::Change::removed, "Removed by the checklist change"},
      {core::Change::not_comparable, "Not comparable"},
      {core::Change::unanswered, "Not yet answered"},
  };
  for (const auto& [change, title] : groups) {
    out += html::change_section(c, title, html::items_with(c, change));
  }
  out += html::completed_section(c);
  out += "<footer>Produced with ftsu-gap. A change is after − before, in points; an item "
         "improved or regressed when its value went up or down; an item not yet answered on either "
         "side is neither.</footer>\n";
  return out + html::page_end();
}

} // namespace ftsu::report
