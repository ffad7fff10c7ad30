#pragma once

#include <ftsu/util/date.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// A small writer of Word documents (.docx, Office Open XML) for the board
// paper: the package (parts, content types, relationships) zipped with
// minizip in memory, and a document builder with the few blocks a paper
// needs: headings in Word's own heading styles (so the navigation pane and a
// table of contents see them), paragraphs, tables whose header row repeats
// on every page, page breaks, and bar charts as native chart parts that Word
// and LibreOffice draw from the data cached in them. All text goes through
// the project's escaping (util::html_escape): hidden characters, those XML
// 1.0 forbids among them, are made visible as escapes, never written raw.
// Only docx.cpp includes minizip.
namespace ftsu::report::docx {

// A stretch of text in one look. A line break in `text` starts a new line
// in the same paragraph, a tab is a tab.
struct Run
{
  std::string text;
  bool bold = false;
  bool italic = false;
  // "#rrggbb"; empty: the style's colour.
  std::string_view colour = {};
};

// The paragraph styles of the built-in style sheet (a reference document
// may restyle each; its style ids are Word's own).
enum class Style { normal, title, subtitle, caption, note, small };

// One column of a table: its header, its share of the text width in
// percent, and whether it holds figures (set right).
struct Column
{
  std::string header;
  unsigned percent = 0;
  bool figures = false;
};

// One cell of a table: its runs and an optional fill ("#rrggbb").
struct Cell
{
  std::vector<Run> runs;
  std::string_view fill = {};
};

// Returns a cell holding `text` in plain runs.
Cell cell(std::string text);

// One series of a bar chart: its name, a value per category (nullopt: no
// bar), the colour of its bars and, optionally, a colour per bar. A chart
// with a series of a colour per bar has no legend (no one swatch would be
// true of that series): its title names the series and their colours.
struct ChartSeries
{
  std::string name;
  std::vector<std::optional<double>> values;
  std::string_view colour;
  std::vector<std::string_view> bar_colours = {};
};

// A horizontal bar chart, categories top to bottom, values from 0 to `max`.
struct BarChart
{
  std::string title;
  std::vector<std::string> categories;
  std::vector<ChartSeries> series;
  double max = 100;
  // The words under the value axis ("Score (%)").
  std::string axis_title;
};

// What the package says about itself (docProps/core.xml) and the running
// header's text.
struct Properties
{
  std::string title;
  std::string subject;
  // Written as the creation and modification date (midnight UTC), so the
  // same input on the same day gives the same bytes.
  util::Date created;
  // The running header on every page; the footer says "Page N of M".
  std::string header;
};

// The parts taken from a reference document (`--reference-docx`): its
// styles and, when it has them, its theme, first header and footer (with
// their relationships and the media they show), by part name.
struct Reference
{
  std::map<std::string, std::string> parts;
};

// The most bytes one part of a reference document may hold uncompressed.
inline constexpr std::size_t k_max_reference_part = 16U << 20U;

// Returns the parts of reference document `bytes`, read from file `name`
// (named in messages). Throws core::Error (usage) when it is not a zip
// file, has no word/styles.xml, or a part is larger than
// k_max_reference_part.
Reference read_reference(std::string_view bytes, std::string_view name);

// A document being written, block by block, top to bottom.
class Document
{
public:
  // Adds a heading of `level` (1 to 3) in Word's "Heading N" style.
  void heading(int level, std::string_view text);
  // Adds a paragraph of `runs` in `style`.
  void paragraph(const std::vector<Run>& runs, Style style = Style::normal);
  // Adds a paragraph of plain `text` in `style`.
  void paragraph(std::string_view text, Style style = Style::normal);
  // Adds a table: a header row of `columns` that repeats on every page,
  // then `rows`, each as many cells as there are columns; a row does not
  // break across pages.
  void table(std::span<const Column> columns, const std::vector<std::vector<Cell>>& rows);
  // Adds a table of two columns without a header row: a label and a value
  // per row (a title block).
  void fields(const std::vector<std::pair<std::string, std::string>>& rows);
  // Adds a page break.
  void page_break();
  // Adds `chart` as a native chart part, the width of the text.
  void chart(const BarChart& chart);

  // Returns the bytes of the .docx file: the blocks so far, with the
  // built-in styles, header and footer, or those of `reference`. Throws
  // core::Error (io_error) when the zip cannot be written.
  std::string finish(const Properties& properties, const Reference* reference = nullptr) const;

private:
  std::string m_body;
  std::vector<std::string> m_charts;
};

// Returns `text` as XML character data, escaped and with every hidden
// character (XML 1.0's forbidden ones among them) made visible.
std::string xml_text(std::string_view text);

// Returns the XML of the chart part (word/charts/chartN.xml) that draws
// `chart`.
std::string chart_xml(const BarChart& chart);

} // namespace ftsu::report::docx
