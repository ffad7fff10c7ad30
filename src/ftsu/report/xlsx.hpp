#pragma once

#include <ftsu/util/date.hpp>

#include <compare>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// libxlsxwriter's types, kept out of this header so only xlsx.cpp includes
// the C library.
struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

// A small, safe layer over libxlsxwriter for the spreadsheet renderer. Text
// only ever goes in as a string cell, never as a formula, so a cell that
// begins with `=`, `+`, `-` or `@` stays text in every spreadsheet program.
namespace ftsu::report::xlsx {

// How a cell looks. Colours are "#rrggbb"; empty means none.
struct Style
{
  bool bold = false;
  // Wrap long text inside the cell's width.
  bool wrap = false;
  // A table's header cell: bold on grey with a rule below.
  bool header = false;
  // Numbers and dates on the left too, as in a column of mixed values.
  bool left = false;
  // An Excel number format ("0.0"); empty: General.
  std::string_view number_format;
  // The cell's fill.
  std::string_view fill;
  // The colour of a thick rule down the cell's left edge, which marks a
  // rating band beside the pale fill while the text stays black.
  std::string_view marker;
  // Left unlocked on a protected sheet: a cell the reader fills.
  bool unlocked = false;

  // clang-tidy 14 takes the defaulted comparison for a literal 0.
  auto operator<=>(const Style&) const = default; // NOLINT(modernize-use-nullptr)
};

// How a sheet prints readably. The smallest print scale, in percent, that
// keeps a sheet's 11-point text readable on paper: 8.8 points (a little
// above 8 when Excel or LibreOffice fit a sheet narrower than estimated).
constexpr double k_readable_scale = 80;
// An A4 page's width between the sheet's margins (0.5 inch), in points,
// less 3% for rounding: landscape and portrait.
constexpr double k_landscape_width = (841.89 - 72) * 0.97;
constexpr double k_portrait_width = (595.28 - 72) * 0.97;
// Points a unit of column width takes on paper at 100% as LibreOffice
// prints it without Calibri, a column's padding (0.71 of a unit, which
// libxlsxwriter adds) included: measured from its PDF; Excel with Calibri
// takes about 5.3, so this errs on the wide side.
constexpr double k_points_per_width = 7.0;
constexpr double k_column_padding = 0.71;
// The width of a column whose width is not set (Excel's default).
constexpr double k_default_width = 8.43;

// Returns the width on paper at 100%, in points, of the columns `widths`.
double printed_width(std::span<const double> widths);

// What a cell holds, and the colours it adds to its column's style.
struct Cell
{
  enum class Kind { blank, text, number, date };
  Kind kind = Kind::blank;
  std::string text;
  double number = 0;
  util::Date date;
  // Added to the column's style (see Style).
  std::string_view fill;
  std::string_view marker;
  bool bold = false;
};

// Returns a text cell holding `text`.
Cell text_cell(std::string text);
// Returns `text` fit for a printed page's header or footer: each `&` doubled
// (a code there), or written as U+FF06 before 'G' or '[' (which
// libxlsxwriter would take for an image's place), on one line, at most
// `limit` bytes (whole characters).
std::string header_text(std::string_view text, std::size_t limit);
// Returns a text cell holding `text`, or a blank cell when absent.
Cell text_cell(const std::optional<std::string>& text);
// Returns a number cell, or a blank cell when absent.
Cell number_cell(std::optional<double> value);
// Returns a date cell, or a blank cell when absent.
Cell date_cell(const std::optional<util::Date>& date);

class Workbook;

// One worksheet of a Workbook; rows and columns count from 0. Every write
// throws core::Error (io_error) when libxlsxwriter refuses it.
class Sheet
{
public:
  // Writes `cell` at `row`, `col` in `style` with the cell's own colours
  // added. Text is always a string cell: it is repaired to valid UTF-8, hidden
  // characters (util::hidden_ranges(), NUL among them) are made visible as
  // escapes (`\x1b`, `\u202e`) as on a terminal, and text longer than a cell holds (32,767
  // characters) is cut with a note saying so. A row with wrapped text is made tall enough for it
  // (estimated from the column's width), since not every program sizes rows itself when it opens
  // the file.
  void write(std::size_t row, std::size_t col, const Cell& cell, Style style = {});
  // Writes `text` as a string cell (see write).
  void text(std::size_t row, std::size_t col, std::string_view text, Style style = {});
  // Writes `text` across columns `first` to `last` of `row`, merged into one
  // cell (a title that would otherwise wrap in its first column), the row
  // made tall enough for it wrapped there (set the columns' widths first).
  void merged_text(std::size_t row,
                   std::size_t first,
                   std::size_t last,
                   std::string_view text,
                   Style style = {});
  // Sets column `col`'s width, in characters (before writing to it).
  void column_width(std::size_t col, double width);
  // Freezes the first `rows` rows on screen and repeats them on every
  // printed page.
  void freeze_rows(std::size_t rows);
  // Puts an autofilter on the table of rows `header_row` to `last_row` and
  // columns 0 to `last_col` (a sheet has at most one).
  void autofilter(std::size_t header_row, std::size_t last_row, std::size_t last_col);
  // Repeats rows `first` to `last` at the top of every printed page.
  void repeat_rows(std::size_t first, std::size_t last);
  // Prints the sheet on A4, landscape when `landscape`, fitted to one page
  // wide (as many pages tall as it needs), with the workbook's title as a
  // running header and the sheet's name and "Page N of M" in the footer.
  // The print area is the cells written, set when the workbook is finished.
  void page_setup(bool landscape);
  // Prints the sheet on A4 at `scale` percent (10 to 400), not fitted to
  // the page, for a sheet too wide for one page at a readable scale: it
  // runs across pages over, then down (each band of rows on pages side by
  // side), a new page starting at each column of `breaks` (ascending, none
  // 0) and wherever a page is full; the running header and page numbers as
  // page_setup's.
  void
  page_setup_across(bool landscape, std::uint16_t scale, const std::vector<std::size_t>& breaks);
  // Prints the sheet on A4, landscape when `landscape`, at a readable
  // scale, its columns' widths set first: fitted to one page wide (as
  // page_setup) when the columns fit it at k_readable_scale or more (by
  // printed_width); else at k_readable_scale across pages, over then down
  // (each band of rows on pages side by side), a page ending wherever it is
  // full, with columns `repeated` (first and last, when given) on the left of
  // every page. Long text wraps in its wide column; the page is not shrunk
  // to fit.
  void page_setup_readable(bool landscape,
                           std::optional<std::pair<std::size_t, std::size_t>> repeated = {});
  // Repeats columns `first` to `last` on the left of every printed page.
  void repeat_columns(std::size_t first, std::size_t last);
  // Makes the cells of column `col` from `first_row` to `last_row` a
  // drop-down of `values`, refusing anything else with `message`. The
  // values go into the rule itself when they can (no comma or quote in
  // them, 255 characters in all); else the rule points at `source`, a range
  // holding them ("=Instructions!$A$5:$A$8"). Debian 12's libxlsxwriter
  // (1.1.4) copies a range's text twice and frees it once, so the range is
  // the fallback, not the rule.
  void list_validation(std::size_t first_row,
                       std::size_t last_row,
                       std::size_t col,
                       const std::vector<std::string>& values,
                       const std::string& source,
                       const std::string& message);
  // Makes the cells of column `col` from `first_row` to `last_row` take
  // only a date, refusing anything else with `message`.
  void date_validation(std::size_t first_row,
                       std::size_t last_row,
                       std::size_t col,
                       const std::string& message);
  // Protects the sheet without a password: locked cells cannot be changed
  // by mistake, but anyone can lift the protection and nothing is hidden;
  // rows and columns can still be resized, sorted and filtered.
  void protect();

private:
  friend class Workbook;
  Sheet(Workbook& book, lxw_worksheet* sheet);

  // Sets the paper (A4), orientation, margins, running header and page
  // numbers every printed sheet has.
  void print_page(bool landscape);
  // Makes `row` tall enough for `text` wrapped in column `col` (in bold
  // when `bold`).
  void fit_row(std::size_t row, std::size_t col, std::string_view text, bool bold);
  // Makes `row` tall enough for `text` wrapped in `width` characters.
  void fit_row_to(std::size_t row, double width, std::string_view text, bool bold);

  Workbook* m_book;
  lxw_worksheet* m_sheet;
  std::map<std::size_t, double> m_widths;
  // The lines of text the tallest wrapped cell of each row holds.
  std::map<std::size_t, std::size_t> m_lines;
};

// A workbook written with libxlsxwriter. libxlsxwriter 1.1.4 (Debian 12) can
// only write a file (a memory buffer came in 1.1.5), so the workbook is
// assembled in a private temporary folder, read back by finish() and the
// folder removed: the renderer still returns the whole file as a string and
// never touches the user's files.
class Workbook
{
public:
  // Starts an empty workbook titled `title` (its document properties, with
  // hidden characters made visible as in cells) whose creation time is
  // midnight UTC of `created`, so the same input on the same day gives the
  // same bytes. Throws core::Error (io_error) when no temporary folder can
  // be made.
  Workbook(util::Date created, const std::string& title, const std::string& subject);
  ~Workbook();
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  // Adds a worksheet named `name` after the others.
  Sheet add_sheet(const std::string& name);
  // Assembles the workbook and returns the bytes of the .xlsx file. Throws
  // core::Error (io_error) when it cannot; call it once.
  std::string finish();

private:
  friend class Sheet;
  // Returns the format for `style`, made once per distinct style.
  lxw_format* format(const Style& style);

  std::filesystem::path m_folder;
  std::string m_folder_text;
  lxw_workbook* m_book = nullptr;
  std::map<Style, lxw_format*> m_formats;
  // The running header of every printed page (page_setup), escaped.
  std::string m_running_header;
  // Per sheet, the last row and column written: its print area.
  std::map<lxw_worksheet*, std::pair<std::size_t, std::size_t>> m_extents;
};

} // namespace ftsu::report::xlsx
