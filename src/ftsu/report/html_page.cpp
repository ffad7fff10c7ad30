#include <ftsu/core/version.hpp>
#include <ftsu/report/html_page.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/util/markup.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace ftsu::report::html {

namespace {

using util::html_escape;

// Colours pass WCAG AA for normal text: white on each pill colour, and
// --ink and --muted on white and on every band's pale fill.
constexpr std::string_view k_style = R"(
:root { --ink: #1d2733; --muted: #5b6775; --line: #d5dbe1; --green: #2e7d32; --amber: #8a5300; --red: #c62828; --grey: #5b6775; --blue: #005eb8; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", Arial, "Liberation Sans", Helvetica, sans-serif; color: var(--ink); margin: 0; background: #f4f6f8; line-height: 1.45; }
main { max-width: 1000px; margin: 0 auto; padding: 32px 40px 48px; background: #fff; }
header { border-bottom: 4px solid var(--blue); padding-bottom: 16px; margin-bottom: 24px; }
h1 { font-size: 1.7rem; margin: 0 0 4px; }
h2 { font-size: 1.2rem; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 18px 0 6px; }
p.subtitle { color: var(--muted); margin: 0; }
dl.meta { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 2px 16px; margin: 12px 0 0; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
.summary { display: flex; gap: 12px; flex-wrap: wrap; }
.card { flex: 1 1 180px; border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; }
.card .label { color: var(--muted); font-size: .85em; text-transform: uppercase; letter-spacing: .04em; }
.card .value { font-size: 1.8em; font-weight: 700; }
.pill { display: inline-block; padding: 0 .7em; border-radius: 999px; color: #fff; font-weight: 600; font-size: .9em; white-space: nowrap; }
.rank-0 { background: var(--green); } .rank-mid { background: var(--amber); } .rank-last { background: var(--red); } .rank-none { background: var(--grey); }
.notice { border-left: 4px solid var(--red); background: #fdecea; padding: 8px 12px; margin: 12px 0 0; }
.draft { border: 2px dashed var(--amber); background: #fdf1d8; padding: 8px 12px; margin: 12px 0 0; }
table { border-collapse: collapse; width: 100%; font-size: .9em; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
thead th { background: #eef2f6; font-weight: 600; }
tbody th { font-weight: normal; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.nowrap, th.nowrap, .date { white-space: nowrap; }
tr { break-inside: avoid; }
table.gaps, table.changes { table-layout: fixed; }
table.top-gaps { table-layout: fixed; } table.top-gaps col.statement { width: auto; } table.top-gaps col.answer { width: 8em; } table.top-gaps col.owner { width: 18%; } table.top-gaps col.due { width: 7em; }
p.disagree-summary { margin: 12px 0 0; }
table.cover { margin: 0 0 14px; border-top: 2px solid var(--blue); } table.cover th { width: 13em; color: var(--muted); font-weight: 600; }
col.n { width: 2.4em; } col.statement { width: 42%; } col.answer { width: 7.5em; } col.gain { width: 4.6em; }
caption { caption-side: top; text-align: left; padding: 0 0 4px; }
tr.overall td, tr.overall th { font-weight: 700; }
code { font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: .85em; background: #eef2f6; padding: 1px 4px; border-radius: 3px; overflow-wrap: anywhere; }
.tag { color: var(--red); font-weight: 600; font-size: .8em; white-space: nowrap; }
.muted { color: var(--muted); }
.small { font-size: .85em; }
.up { color: var(--green); font-weight: 600; } .down { color: var(--red); font-weight: 600; }
figure { margin: 0 0 16px; }
figure svg { width: 100%; height: auto; display: block; }
figcaption { color: var(--muted); font-size: .85em; margin-top: 4px; }
ul.items { padding-left: 1.2em; margin: 6px 0; }
ul.items li { margin: 2px 0; break-inside: avoid; }
td.cell, th.cell { text-align: center; min-width: 4em; }
th[scope=row] { min-width: 9em; }
thead th { overflow-wrap: normal; }
table.heat { table-layout: fixed; } table.heat col.section { width: 34%; }
td.cell .score { font-weight: 700; display: block; white-space: nowrap; }
td.cell .words { font-size: .8em; display: block; }
td.band-0 { background: #e3f1e4; } td.band-mid { background: #fdf1d8; } td.band-last { background: #fbe4e4; } td.band-none { background: #fff; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 16px; margin: 8px 0; font-size: .85em; }
.legend span.swatch { display: inline-block; width: 14px; height: 14px; border: 1px solid #8a94a0; vertical-align: -2px; margin-right: 6px; }
.swatch.band-0 { background: #e3f1e4; } .swatch.band-mid { background: #fdf1d8; } .swatch.band-last { background: #fbe4e4; }
table.voices { table-layout: fixed; margin-bottom: 4px; } table.voices col.who { width: 22%; } table.voices col.answer { width: 16%; }
.disagreement { margin: 14px 0 18px; } .disagreement h4 { font-size: 1rem; margin: 0 0 2px; } .disagreement p { margin: 0 0 6px; }
footer { margin-top: 28px; color: var(--muted); font-size: .8em; }
@media print {
  body { background: #fff; font-size: 9.5pt; line-height: 1.35; }
  main { padding: 0; max-width: none; }
  header { padding-bottom: 8px; margin-bottom: 12px; }
  h1 { font-size: 16pt; }
  h2 { font-size: 12pt; margin: 16px 0 6px; break-after: avoid; }
  h3 { font-size: 10.5pt; break-after: avoid; }
  .disagreement h4 { font-size: 9.5pt; }
  table { font-size: 8.5pt; }
  th, td { padding: 3px 5px; }
  thead { display: table-header-group; }
  .card { padding: 6px 10px; }
  .card .value { font-size: 15pt; }
  figure, .card, li, .disagreement { break-inside: avoid; }
  .summary { break-inside: avoid; flex-wrap: nowrap; gap: 8px; }
  .card { flex: 1 1 0; }
  h2.detail { break-before: page; }
  table.cover { font-size: 8pt; margin-bottom: 8px; } table.cover th, table.cover td { padding: 1px 5px; }
  dl.meta { margin-top: 6px; gap: 0 12px; }
  .card { padding: 4px 8px; } .card .value { font-size: 13pt; }
  .notice, .draft { padding: 4px 10px; margin-top: 8px; }
  p.disagree-summary { margin-top: 8px; }
}
)";

// Returns `text` as the body of a CSS string in double quotes. Hidden
// characters (util::hidden_ranges()) are first made visible as on the page
// (`\u202e` as text, since a CSS escape would print the character itself,
// in the printed page's header); then quotes, backslashes, markup
// characters and line breaks become CSS hex escapes, so a file's text can
// neither end the string or the <style> element nor print unseen.
std::string
css_string(std::string_view raw)
{
  const std::string text = util::for_terminal(util::repair_utf8(raw));
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const auto cp = util::decode_utf8(text, pos);
    if (!cp) {
      out += "\\fffd ";
    } else if (util::is_hidden_control(*cp) || *cp == '"' || *cp == '\\' || *cp == '<' || *cp == '>'
               || *cp == '&' || *cp == '\n' || *cp == '\t') {
      out += fmt::format("\\{:x} ", static_cast<std::uint32_t>(*cp));
    } else {
      out += text.substr(start, pos - start);
    }
  }
  return out;
}

// Returns a character's width in ems, wide enough for DejaVu Sans (the
// widest of the usual fallback fonts).
double
char_width(char32_t cp)
{
  if (cp == ' ' || cp == '.' || cp == ',' || cp == ':' || cp == ';' || cp == '\'' || cp == '!'
      || cp == '|' || cp == 'i' || cp == 'j' || cp == 'l' || cp == U'\u00b7' || cp == U'\u2019'
      || cp == U'\u2018') {
    return 0.34;
  }
  if (cp == 'f' || cp == 't' || cp == 'r' || cp == '(' || cp == ')' || cp == '[' || cp == ']'
      || cp == '-' || cp == '/' || cp == '"' || cp == 'I' || cp == 'J' || cp == U'\u2013') {
    return 0.5;
  }
  if (cp == 'm' || cp == 'M' || cp == 'W' || cp == '%' || cp == '@' || cp > 0x7f) {
    return 1.0;
  }
  if (cp == 'w' || (cp >= 'A' && cp <= 'Z') || cp == '&') {
    return 0.82;
  }
  return 0.65;
}

// Breaks `word` into pieces no wider than `width`.
std::vector<std::string>
break_word(std::string_view word, double width, double font_size, bool bold)
{
  std::vector<std::string> pieces(1);
  std::size_t pos = 0;
  while (pos < word.size()) {
    const std::size_t start = pos;
    util::decode_utf8(word, pos);
    const std::string_view ch = word.substr(start, pos - start);
    if (!pieces.back().empty()
        && text_width(pieces.back() + std::string(ch), font_size, bold) > width) {
      pieces.emplace_back();
    }
    pieces.back() += ch;
  }
  return pieces;
}

// Returns `line` shortened so that it and "…" fit in `width`.
std::string
with_ellipsis(std::string line, double width, double font_size, bool bold)
{
  while (!line.empty() && text_width(line + "…", font_size, bold) > width) {
    std::size_t end = line.size() - 1;
    while (end > 0 && (static_cast<unsigned char>(line[end]) & 0xc0U) == 0x80U) {
      --end;
    }
    line.erase(end);
    while (!line.empty() && line.back() == ' ') {
      line.pop_back();
    }
  }
  return line + "…";
}

} // namespace

std::string
page_start(const PageInfo& info)
{
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
      "'unsafe-inline'\">\n"
      "<title>{}</title>\n<style>{}"
      "@page {{ size: A4 portrait; margin: 16mm 14mm 15mm;\n"
      "  @top-left {{ content: \"{}\"; font: 8pt Arial, \"Liberation Sans\", sans-serif; color: "
      "#5b6775; }}\n"
      "  @bottom-right {{ content: \"Page \" counter(page) \" of \" counter(pages); font: 8pt "
      "Arial, \"Liberation Sans\", sans-serif; color: #5b6775; }}\n}}\n"
      "</style>\n</head>\n<body>\n<main>\n",
      html_escape(info.title),
      k_style,
      css_string(info.running_header));
}

std::string
page_end()
{
  return "</main>\n</body>\n</html>\n";
}

std::string
rank_class(const core::Checklist& checklist, const core::Rating* rating)
{
  if (rating == nullptr) {
    return "rank-none";
  }
  const std::size_t rank = rating_rank(checklist, rating);
  if (rank == 0) {
    return "rank-0";
  }
  return rank + 1 >= checklist.ratings.size() ? "rank-last" : "rank-mid";
}

std::string
pill(const core::Checklist& checklist, const core::Rating* rating, bool capped)
{
  return fmt::format("<span class=\"pill {}\">{}{}</span>",
                     rank_class(checklist, rating),
                     html_escape(rating != nullptr ? rating->label : "No rating"),
                     capped ? " (capped)" : "");
}

std::string
pill(const core::Checklist& checklist, const core::ScoreSummary& summary)
{
  if (nothing_answered(summary)) {
    return fmt::format("<span class=\"pill rank-none\">{}</span>", k_not_yet_answered);
  }
  return pill(checklist, summary.rating, summary.rating_capped);
}

std::string
meta_row(std::string_view label, std::string_view value)
{
  return fmt::format("<dt>{}</dt><dd>{}</dd>\n", html_escape(label), html_escape(value));
}

std::string
generated_rows(const util::Date& generated)
{
  return meta_row("Generated", util::long_date(generated))
         + meta_row("Tool", fmt::format("ftsu-gap {}", core::k_version));
}

std::string
svg_open(std::string_view id,
         double width,
         double height,
         std::string_view title,
         std::string_view desc)
{
  return fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {1}\" "
                     "width=\"{0}\" height=\"{1}\" role=\"img\" aria-labelledby=\"{2}-title "
                     "{2}-desc\" font-family=\"Arial, Liberation Sans, Helvetica, sans-serif\" "
                     "font-size=\"12\">\n<title id=\"{2}-title\">{3}</title>\n<desc "
                     "id=\"{2}-desc\">{4}</desc>\n",
                     width,
                     height,
                     id,
                     html_escape(title),
                     html_escape(desc));
}

double
text_width(std::string_view text, double font_size, bool bold)
{
  double ems = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto cp = util::decode_utf8(text, pos);
    ems += cp ? char_width(*cp) : 1.0;
  }
  return ems * font_size * (bold ? 1.1 : 1.0);
}

std::vector<std::string>
fit_lines(std::string_view text, double width, double font_size, std::size_t max_lines, bool bold)
{
  std::string spaced(text);
  std::replace_if(
      spaced.begin(),
      spaced.end(),
      [](char ch) { return ch == '\n' || ch == '\r' || ch == '\t'; },
      ' ');
  std::vector<std::string> lines;
  std::string current;
  bool more = false;
  for (const auto& word : util::split(spaced, ' ')) {
    if (word.empty()) {
      continue;
    }
    for (const auto& piece : text_width(word, font_size, bold) > width
                                 ? break_word(word, width, font_size, bold)
                                 : std::vector<std::string>{word}) {
      std::string joined = current;
      if (!joined.empty()) {
        joined += ' ';
      }
      joined += piece;
      if (current.empty() || text_width(joined, font_size, bold) <= width) {
        current = joined;
        continue;
      }
      lines.push_back(current);
      current = piece;
      if (lines.size() == max_lines) {
        more = true;
        break;
      }
    }
    if (more) {
      break;
    }
  }
  if (!more && !current.empty()) {
    lines.push_back(current);
  }
  if (more) {
    lines.back() = with_ellipsis(lines.back(), width, font_size, bold);
  }
  if (lines.empty()) {
    lines.emplace_back();
  }
  return lines;
}

std::string
svg_text(double x,
         double y,
         const std::vector<std::string>& lines,
         double line_height,
         std::string_view attributes)
{
  std::string out = fmt::format(
      "<text x=\"{:.1f}\" y=\"{:.1f}\"{}{}>", x, y, attributes.empty() ? "" : " ", attributes);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    out +=
        i == 0
            ? html_escape(lines[i])
            : fmt::format(
                "<tspan x=\"{:.1f}\" dy=\"{}\">{}</tspan>", x, line_height, html_escape(lines[i]));
  }
  return out + "</text>\n";
}

std::vector<Band>
bands_of(const core::Checklist& checklist)
{
  std::vector<Band> out;
  double upper = 100;
  for (std::size_t i = 0; i < checklist.ratings.size(); ++i) {
    const double lower = std::min(checklist.ratings[i].min, upper);
    out.push_back({checklist.ratings[i].label, lower, upper, i, checklist.ratings.size()});
    upper = lower;
  }
  return out;
}

std::string
band_range(const Band& band)
{
  const auto number = [](double value) {
    return value == std::floor(value) ? fmt::format("{:.0f}", value) : util::one_decimal(value);
  };
  return fmt::format("{} to {}", number(band.lower), number(band.upper));
}

std::string
band_swatch(const Band& band)
{
  return fmt::format(
      "<rect x=\"0.5\" y=\"0.5\" width=\"13\" height=\"13\" fill=\"{}\" stroke=\"#8a94a0\"/>",
      band_background(band.rank, band.bands));
}

Legend
legend(const std::vector<LegendEntry>& entries, double x, double y, double width)
{
  constexpr double k_font = 11;
  constexpr double k_row = 20;
  constexpr double k_gap = 18;
  Legend out;
  double cx = x;
  double cy = y;
  for (const auto& entry : entries) {
    // An entry wider than the whole legend is shortened to fit.
    const std::string words = fit_lines(entry.words, width - 20, k_font, 1).front();
    const double w = 20 + text_width(words, k_font);
    if (cx > x && cx + w > x + width) {
      cx = x;
      cy += k_row;
    }
    out.svg +=
        fmt::format("<g transform=\"translate({:.1f} {:.1f})\">{}</g>\n", cx, cy, entry.swatch);
    out.svg += svg_text(cx + 20, cy + 11, {words}, 0, "font-size=\"11\" fill=\"#1d2733\"");
    cx += w + k_gap;
  }
  out.height = entries.empty() ? 0 : cy - y + k_row;
  return out;
}

} // namespace ftsu::report::html
