#include <ftsu/report/compare.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/report/text_table.hpp>
#include <ftsu/report/text_writer.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace ftsu::report {

namespace {

using util::for_terminal_line;

class DiffText : private TextWriter
{
public:
  DiffText(const core::Comparison& c, const CompareOptions& options)
      : TextWriter(options.width, options.color)
      , m_c(c)
      , m_options(options)
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
    group(core::Change::unanswered, "Not yet answered (on one side or both)", "0", false);
    return std::move(m_out);
  }

private:
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

  // Writes `text` on lines of its own, wrapped and painted with `code`
  // (bold by default).
  void
  heading_line(std::string_view text, const char* code = "1")
  {
    heading(for_terminal_line(text), code);
  }

  // Writes one fact of the headline: `label` in a 10-column lead, then
  // `text` wrapped, and `suffix` (painted, 2 columns) at its end.
  void
  fact(std::string_view label, std::string_view text, const std::string& suffix = {})
  {
    wrapped(text, 0, fmt::format("{:<10}", label));
    if (!suffix.empty()) {
      const std::size_t last = m_out.rfind('\n', m_out.size() - 2) + 1;
      const bool fits =
          util::display_width(m_out.substr(last, m_out.size() - 1 - last)) + 2 <= m_width;
      m_out.pop_back();
      // Appended piece by piece: GCC 12 at -O3 (a Release build) takes
      // `"\n" + std::string(10, ' ')` for an overlapping memcpy inside
      // std::string and warns (-Wrestrict, a false positive; docs/testing.md).
      if (!fits) {
        m_out += '\n';
        m_out.append(10, ' ');
      }
      m_out += suffix;
      m_out += '\n';
    }
  }

  void
  headline()
  {
    const core::Assessment& b = *m_c.before;
    const core::Assessment& a = *m_c.after;
    const auto& org_b = b.answers->organisation;
    const auto& org_a = a.answers->organisation;
    if (org_b == org_a) {
      heading_line(fmt::format("{}: {} -> {}",
                               org_a.value_or("Comparison"),
                               period_text(*b.answers),
                               period_text(*a.answers)));
    } else {
      heading_line(fmt::format("{} ({}) -> {} ({})",
                               org_b.value_or("?"),
                               period_text(*b.answers),
                               org_a.value_or("?"),
                               period_text(*a.answers)));
    }
    fact("Checklist",
         fmt::format("{} {} -> {} {}",
                     b.checklist->id,
                     b.checklist->version,
                     a.checklist->id,
                     a.checklist->version));
    fact("Overall",
         fmt::format("{} -> {} ({})",
                     percent_text(m_c.overall.before),
                     percent_text(m_c.overall.after),
                     change_text(m_c.overall.delta)),
         arrow(m_c.overall.delta));
    const std::vector<std::string> ratings{rating_words(b.overall) + " ->",
                                           rating_words(a.overall)};
    m_out += util::hang_wrap_parts(ratings, " ", 0, m_width, fmt::format("{:<10}", "Rating"));
    fact("Coverage",
         fmt::format("{} -> {} (answered of the items that count)",
                     percent_text(b.overall.coverage),
                     percent_text(a.overall.coverage)));
    const auto& s = m_c.summary;
    const std::vector<std::string> items{fmt::format("{} improved", s.improved),
                                         fmt::format("{} regressed", s.regressed),
                                         fmt::format("{} unchanged", s.unchanged),
                                         fmt::format("{} added", s.added),
                                         fmt::format("{} removed", s.removed),
                                         fmt::format("{} not comparable", s.not_comparable),
                                         fmt::format("{} not yet answered", s.unanswered)};
    m_out += util::hang_wrap_parts(items, ", ", 0, m_width, fmt::format("{:<10}", "Items"));
    m_out += '\n';
  }

  void
  sections()
  {
    // " " before(6) " " after(6) " " delta(6), and room for an arrow.
    constexpr std::size_t k_cells = 21;
    const std::size_t cells_width = k_cells + (m_options.arrows ? 2 : 0);
    m_out +=
        paint(table_heading(
                  "Sections", " Before  After  Delta", k_cells, m_width - (cells_width - k_cells)),
              "1")
        + '\n';
    for (std::size_t i = 0; i < m_c.sections.size(); ++i) {
      const auto& s = m_c.sections[i];
      const std::string arrow_text = arrow(s.score.delta);
      const std::string cells =
          fmt::format(" {:>6} {:>6} {:>6}{}",
                      score_text(s.score.before),
                      score_text(s.score.after),
                      delta_text(s.score.delta),
                      arrow_text.empty() && m_options.arrows ? "  " : arrow_text);
      m_out += table_row(fmt::format("{}.", i + 1), s.title, cells, cells_width, m_width);
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
    heading_line(fmt::format("{} ({})", title, items.size()), colour);
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
      const std::vector<std::string> parts{head + ":", before + " ->", after};
      m_out += util::hang_wrap_parts(parts, " ", 2, m_width, "- ");
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
