#include <ftsu/report/compare.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace ftsu::report {

namespace {

using util::for_terminal_line;

class DiffText
{
public:
  DiffText(const core::Comparison& c, const CompareOptions& options)
      : m_c(c)
      , m_options(options)
      , m_width(std::max<std::size_t>(options.width, 60))
  {
  }

  std::string
  render()
  {
    headline();
    sections();
    group(core::Change::regressed, "Regressed", "31", true);
    group(core::Change::improved, "Improved", "32", false);
    group(core::Change::added, "Added by the checklist change", "0", false);
    group(core::Change::removed, "Removed by the checklist change", "0", false);
    group(core::Change::not_comparable,
          "Not comparable (not applicable or out of profile on one side)",
          "0",
          false);
    return std::move(m_out);
  }

private:
  std::string
  paint(std::string_view text, const char* code) const
  {
    return util::ansi(text, code, m_options.color && std::string_view(code) != "0");
  }

  void
  wrapped(std::string_view text, std::size_t indent, std::string_view lead = {})
  {
    m_out += util::hang_wrap(text, indent, m_width, lead);
  }

  std::string
  arrow(const std::optional<double>& delta) const
  {
    if (!m_options.arrows || !delta || *delta == 0) {
      return "";
    }
    const bool up = *delta > 0;
    const std::string symbol = m_options.unicode ? (up ? " ▲" : " ▼") : (up ? " ^" : " v");
    return paint(symbol, up ? "32" : "31");
  }

  void
  headline()
  {
    const core::Assessment& b = *m_c.before;
    const core::Assessment& a = *m_c.after;
    const auto& org_b = b.answers->organisation;
    const auto& org_a = a.answers->organisation;
    if (org_b == org_a) {
      m_out += paint(for_terminal_line(fmt::format("{}: {} -> {}",
                                                   org_a.value_or("Comparison"),
                                                   period_text(*b.answers),
                                                   period_text(*a.answers))),
                     "1")
               + '\n';
    } else {
      m_out += paint(for_terminal_line(fmt::format("{} ({}) -> {} ({})",
                                                   org_b.value_or("?"),
                                                   period_text(*b.answers),
                                                   org_a.value_or("?"),
                                                   period_text(*a.answers))),
                     "1")
               + '\n';
    }
    m_out += for_terminal_line(fmt::format("Checklist {} {} -> {} {}",
                                           b.checklist->id,
                                           b.checklist->version,
                                           a.checklist->id,
                                           a.checklist->version))
             + '\n';
    const auto rating = [](const core::Assessment& x) {
      return x.overall.rating != nullptr ? x.overall.rating->key : std::string("—");
    };
    const auto pct = [](const std::optional<double>& s) {
      return s ? util::one_decimal(*s) + "%" : std::string("—");
    };
    m_out += fmt::format("Overall {} -> {} ({}){}  {} -> {}\n",
                         pct(m_c.overall.before),
                         pct(m_c.overall.after),
                         delta_text(m_c.overall.delta),
                         arrow(m_c.overall.delta),
                         for_terminal_line(rating(b)),
                         for_terminal_line(rating(a)));
    m_out += fmt::format("Coverage {} -> {} (answered of the items that count)\n",
                         pct(b.overall.coverage),
                         pct(a.overall.coverage));
    const auto& s = m_c.summary;
    wrapped(fmt::format(
                "{} improved, {} regressed, {} unchanged, {} added, {} removed, {} not comparable",
                s.improved,
                s.regressed,
                s.unchanged,
                s.added,
                s.removed,
                s.not_comparable),
            0,
            "Items: ");
    m_out += '\n';
  }

  void
  sections()
  {
    const std::size_t title_width = m_width - 32;
    m_out += paint(fmt::format("{:<{}}  Before   After   Delta", "Sections", title_width + 4), "1")
             + '\n';
    for (std::size_t i = 0; i < m_c.sections.size(); ++i) {
      const auto& s = m_c.sections[i];
      std::string title = for_terminal_line(s.title);
      if (util::display_width(title) > title_width) {
        title = util::wrap(title, title_width - 1).front() + "…";
      }
      const std::size_t pad = title_width - std::min(title_width, util::display_width(title));
      m_out += fmt::format("{:>2}. {}{}  {:>6}  {:>6}  {:>6}{}\n",
                           i + 1,
                           title,
                           std::string(pad, ' '),
                           score_text(s.score.before),
                           score_text(s.score.after),
                           delta_text(s.score.delta),
                           arrow(s.score.delta));
    }
    m_out += '\n';
  }

  void
  group(core::Change change, std::string_view title, const char* colour, bool with_evidence)
  {
    std::vector<const core::ItemChange*> items;
    for (const auto& item : m_c.items) {
      if (item.change == change) {
        items.push_back(&item);
      }
    }
    m_out += paint(fmt::format("{} ({})", title, items.size()), colour) + '\n';
    if (items.empty()) {
      m_out += "  None.\n\n";
      return;
    }
    for (const auto* item : items) {
      const std::string before = side_answer(item->before, *m_c.before->checklist);
      const std::string after = side_answer(item->after, *m_c.after->checklist);
      std::string head = item->id;
      if (item->before_id && *item->before_id != item->id) {
        head += fmt::format(" (was {})", *item->before_id);
      }
      wrapped(fmt::format("{}: {} -> {}", head, before, after), 2, "- ");
      const core::ItemScore* latest = item->after != nullptr ? item->after : item->before;
      wrapped(latest->item->text, 4);
      if (with_evidence && item->after != nullptr && item->after->entry != nullptr
          && item->after->entry->evidence) {
        const std::string carried = carried_note(item->after->entry);
        wrapped(*item->after->entry->evidence + (carried.empty() ? "" : " (" + carried + ")"),
                4,
                "Evidence now: ");
      }
    }
    m_out += '\n';
  }

  const core::Comparison& m_c;
  const CompareOptions& m_options;
  std::size_t m_width;
  std::string m_out;
};

} // namespace

std::string
delta_text(const std::optional<double>& delta)
{
  if (!delta) {
    return "—";
  }
  const std::string text = util::one_decimal(*delta);
  return text.starts_with('-') || text == "0.0" ? text : "+" + text;
}

std::string
diff_text(const core::Comparison& comparison, const CompareOptions& options)
{
  return DiffText(comparison, options).render();
}

} // namespace ftsu::report
