#include <ftsu/report/aggregate.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/report/text_writer.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace ftsu::report {

namespace {

std::string
who_of(const core::AggregateFile& file)
{
  std::string who = file.organisation.value_or("(no organisation)");
  if (file.period) {
    who.append(" ").append(*file.period);
  }
  return who;
}

std::string
file_entry(const core::AggregateFile& file, std::size_t width)
{
  std::vector<std::string> parts{who_of(file),
                                 percent_text(file.overall.score),
                                 rating_words(file.overall),
                                 fmt::format("coverage {}", percent_text(file.overall.coverage))};
  if (file.respondents > 0) {
    parts.push_back(fmt::format("merged from {} respondents", file.respondents));
  }
  return util::hang_wrap(util::for_terminal_line(file.file), 2, width, "- ")
         + util::hang_wrap_parts(parts, " · ", 4, width);
}

std::string
spread_text(const core::Aggregate& aggregate, bool unicode, std::size_t width)
{
  const auto& q = aggregate.spread;
  std::size_t scored = 0;
  for (const std::size_t n : aggregate.histogram) {
    scored += n;
  }
  std::string out = util::hang_wrap(
      fmt::format("Overall scores ({} of {} files have a score)", scored, aggregate.files.size()),
      0,
      width);
  if (!q) {
    return out;
  }
  const std::vector<std::string> parts{fmt::format("lowest {}", percent_text(q->min)),
                                       fmt::format("lower quartile {}", percent_text(q->q1)),
                                       fmt::format("median {}", percent_text(q->median)),
                                       fmt::format("upper quartile {}", percent_text(q->q3)),
                                       fmt::format("highest {}", percent_text(q->max))};
  out += util::hang_wrap_parts(parts, " · ", 2, width);
  const std::size_t most =
      *std::max_element(aggregate.histogram.begin(), aggregate.histogram.end());
  const std::size_t bar_width = std::min<std::size_t>(40, width > 30 ? width - 30 : 10);
  const std::string_view dash = unicode ? "–" : "-";
  const std::string_view block = unicode ? "█" : "#";
  for (std::size_t b = 0; b < aggregate.histogram.size(); ++b) {
    const std::size_t n = aggregate.histogram[b];
    const std::size_t cells = most == 0 ? 0 : (n * bar_width + most - 1) / most;
    std::string bar;
    for (std::size_t c = 0; c < cells; ++c) {
      bar += block;
    }
    out += fmt::format("  {:>3}{}{:<3} {} {}\n", b * 10, dash, b * 10 + 10, bar, n);
  }
  return out;
}

std::string
most_unmet_text(const core::Aggregate& aggregate, std::size_t width)
{
  std::string out = "\n";
  out += util::hang_wrap(fmt::format("The {} items most often not met or partly "
                                     "met (share of the files where they count)",
                                     aggregate.most_unmet.size()),
                         0,
                         width);
  if (aggregate.most_unmet.empty()) {
    return out + "  (every item is met in full wherever it counts)\n";
  }
  for (const std::size_t i : aggregate.most_unmet) {
    const core::AggregateItem& item = aggregate.items[i];
    const std::size_t short_of = item.not_met + item.partly_met;
    const std::vector<std::string> parts{
        fmt::format(
            "{} of {} files ({})", short_of, item.counted, share_text(short_of, item.counted)),
        fmt::format("not met {}", item.not_met),
        fmt::format("partly met {}", item.partly_met)};
    out += util::hang_wrap(util::for_terminal_line(item.item->id), 2, width, "- ");
    out += util::hang_wrap_parts(parts, " · ", 4, width);
    out += util::hang_wrap(util::for_terminal_line(item.item->text), 4, width);
  }
  return out;
}

std::string
lowest_text(const core::Aggregate& aggregate, std::size_t width)
{
  std::string out = "\n";
  out += util::hang_wrap(
      fmt::format("The {} lowest-scoring files", aggregate.lowest.size()), 0, width);
  for (const std::size_t i : aggregate.lowest) {
    out += file_entry(aggregate.files[i], width);
  }
  return out;
}

std::string
sections_text(const core::Aggregate& aggregate, std::size_t width)
{
  std::string out = "\n";
  out += util::hang_wrap("Median score by section (over the files where it has one)", 0, width);
  for (const auto& s : aggregate.sections) {
    out += util::hang_wrap(util::for_terminal_line(s.section->title), 2, width, "- ");
    out += util::hang_wrap(
        fmt::format("{} · median {} · {} files", s.section->id, percent_text(s.median), s.scored),
        4,
        width);
  }
  return out;
}

std::string
items_text(const core::Aggregate& aggregate, std::size_t width)
{
  const core::Checklist& c = *aggregate.checklist;
  std::string out = "\n";
  out += util::hang_wrap(
      "Items (mean value where the item counts; how many files gave each answer)", 0, width);
  for (const auto& item : aggregate.items) {
    std::vector<std::string> parts;
    for (std::size_t k = 0; k < c.scale.size(); ++k) {
      parts.push_back(fmt::format("{} {}", c.scale[k].label, item.answer_counts[k]));
    }
    parts.push_back(fmt::format("Unanswered {}", item.unanswered));
    parts.push_back(fmt::format("Out of profile {}", item.out_of_profile));
    const std::string mean =
        item.mean_value ? fmt::format("{:.2f}", *item.mean_value) : std::string("—");
    out += util::hang_wrap(fmt::format("{}: mean {}", item.item->id, mean), 2, width, "- ");
    out += util::hang_wrap_parts(parts, " · ", 4, width);
  }
  return out;
}

} // namespace

std::string
aggregate_text(const core::Aggregate& aggregate, std::size_t width, bool unicode)
{
  width = wrap_width(width);
  const core::Checklist& c = *aggregate.checklist;
  std::string title = fmt::format("{} ({} {}){}: {} files",
                                  c.title,
                                  c.id,
                                  c.version,
                                  aggregate.period ? ", period " + *aggregate.period : "",
                                  aggregate.files.size());
  if (aggregate.left_out > 0) {
    title += fmt::format(" ({} left out: they failed, see the errors)", aggregate.left_out);
  }
  if (aggregate.merged > 0) {
    title += fmt::format("; {} of them merged from several respondents, each counted as one "
                         "organisation",
                         aggregate.merged);
  }
  if (!aggregate.excluded.empty()) {
    title += fmt::format("; {} more not counted, so that each organisation counts once (listed "
                         "at the end)",
                         aggregate.excluded.size());
  }
  std::string out = util::hang_wrap(util::for_terminal_line(title), 0, width) + "\n";
  out += spread_text(aggregate, unicode, width);
  out += most_unmet_text(aggregate, width);
  out += lowest_text(aggregate, width);
  out += sections_text(aggregate, width);
  out += "\nFiles\n";
  for (const auto& file : aggregate.files) {
    out += file_entry(file, width);
  }
  out += items_text(aggregate, width);
  if (!aggregate.excluded.empty()) {
    out += "\nNot counted (each organisation counts once a period)\n";
    for (const auto& excluded : aggregate.excluded) {
      out += util::hang_wrap(util::for_terminal_line(excluded.file), 2, width, "- ");
      out += util::hang_wrap(util::for_terminal_line(exclusion_text(excluded)), 4, width);
    }
  }
  return out;
}

std::string
aggregate_periods_text(const std::vector<core::Aggregate>& rollups, std::size_t width, bool unicode)
{
  std::string out;
  for (const auto& rollup : rollups) {
    if (!out.empty()) {
      out += "\n";
    }
    out += aggregate_text(rollup, width, unicode);
  }
  return out;
}

} // namespace ftsu::report
