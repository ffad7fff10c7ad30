#include <ftsu/core/error.hpp>
#include <ftsu/report/xlsx.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <limits>
#include <random>
#include <system_error>

#include <xlsxwriter.h>

namespace ftsu::report::xlsx {

namespace {

// The most UTF-16 code units Excel keeps in a cell.
constexpr std::size_t k_max_cell_units = 32767;
// How a date is shown: unambiguous in the UK and elsewhere ("31 Mar 2026").
constexpr const char* k_date_format = "d mmm yyyy";

[[noreturn]] void
fail(std::string_view what, lxw_error error)
{
  throw core::Error(core::ExitCode::io_error,
                    fmt::format("cannot write the spreadsheet: {}: {}", what, lxw_strerror(error)));
}

void
check(lxw_error error, std::string_view what)
{
  if (error != LXW_NO_ERROR) {
    fail(what, error);
  }
}

lxw_row_t
row_index(std::size_t row)
{
  if (row >= LXW_ROW_MAX) {
    fail("too many rows", LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE);
  }
  return static_cast<lxw_row_t>(row);
}

lxw_col_t
col_index(std::size_t col)
{
  if (col >= LXW_COL_MAX) {
    fail("too many columns", LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE);
  }
  return static_cast<lxw_col_t>(col);
}

lxw_color_t
colour(std::string_view hex)
{
  return static_cast<lxw_color_t>(std::strtoul(std::string(hex.substr(1)).c_str(), nullptr, 16));
}

// Returns `text` as a cell can hold it: valid UTF-8 with every hidden
// character (util::hidden_ranges(), NUL among them, which would end the C
// string early) made visible as on a terminal or in CSV (`\u202e`), at most
// k_max_cell_units UTF-16 code units (cut at a character, with a note
// saying so).
std::string
cell_text(std::string_view text)
{
  std::string repaired = util::for_terminal(util::repair_utf8(text));
  static constexpr std::string_view k_cut = " [… cut: too long for a spreadsheet cell]";
  std::size_t units = 0;
  std::size_t pos = 0;
  std::size_t keep = 0;
  while (pos < repaired.size()) {
    const auto cp = util::decode_utf8(repaired, pos);
    units += cp && *cp > 0xFFFF ? 2U : 1U;
    if (units > k_max_cell_units) {
      return repaired.substr(0, keep) + std::string(k_cut);
    }
    if (units + k_cut.size() <= k_max_cell_units) {
      keep = pos;
    }
  }
  return repaired;
}

// The height of a line of text in the default font (Calibri 11), and the
// tallest row Excel allows, in points.
constexpr double k_line_height = 15;
constexpr double k_max_height = 409;

// Returns how many lines `text` takes wrapped in a column `width`
// characters wide. A column's width counts the widest digit; text averages
// about a fifth narrower, less the space lost at line ends.
std::size_t
wrapped_lines(std::string_view text, double width, bool bold)
{
  // Characters a line holds: a little more than the width in the default
  // font's digits, fewer in bold. Lines break between words and after
  // hyphens, as a spreadsheet wraps them; a word longer than a line takes
  // lines of its own.
  const auto per_line = static_cast<std::size_t>(std::max(width * (bold ? 1.0 : 1.15), 1.0));
  std::size_t lines = 0;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    std::size_t used = 0;
    std::size_t paragraph = 1;
    const std::string_view line = text.substr(start, end - start);
    for (std::size_t at = 0; at < line.size();) {
      // A word ends at a space, or after a hyphen (where lines break too).
      const std::size_t stop = std::min(line.find_first_of(" -", at), line.size());
      const std::size_t after = stop < line.size() && line[stop] == '-' ? stop + 1 : stop;
      const std::size_t length = util::display_width(line.substr(at, after - at));
      at = after == stop ? stop + 1 : after;
      if (length == 0) {
        continue;
      }
      if (used > 0 && used + 1 + length <= per_line) {
        used += 1 + length;
        continue;
      }
      if (used > 0) {
        ++paragraph;
      }
      paragraph += (length - 1) / per_line;
      used = (length - 1) % per_line + 1;
    }
    lines += paragraph;
    if (end == text.size()) {
      return lines;
    }
    start = end + 1;
  }
}

// Returns the seconds from 1970-01-01 to midnight UTC of `date`.
std::time_t
midnight_utc(util::Date date)
{
  using namespace std::chrono;
  const sys_days midnight = year{date.year} / month{static_cast<unsigned>(date.month)}
                            / day{static_cast<unsigned>(date.day)};
  return static_cast<std::time_t>(duration_cast<seconds>(midnight.time_since_epoch()).count());
}

} // namespace

Cell
text_cell(std::string text)
{
  Cell cell;
  cell.kind = Cell::Kind::text;
  cell.text = std::move(text);
  return cell;
}

Cell
text_cell(const std::optional<std::string>& text)
{
  return text ? text_cell(*text) : Cell{};
}

Cell
number_cell(std::optional<double> value)
{
  Cell cell;
  if (value) {
    cell.kind = Cell::Kind::number;
    cell.number = *value;
  }
  return cell;
}

Cell
date_cell(const std::optional<util::Date>& date)
{
  Cell cell;
  if (date) {
    cell.kind = Cell::Kind::date;
    cell.date = *date;
  }
  return cell;
}

std::string
header_text(std::string_view text, std::size_t limit)
{
  const std::string line = util::for_terminal_line(util::repair_utf8(text));
  std::string out;
  std::size_t pos = 0;
  while (pos < line.size()) {
    const std::size_t start = pos;
    util::decode_utf8(line, pos);
    const std::string_view ch = std::string_view(line).substr(start, pos - start);
    // '&' is Excel's code mark, written "&&" for itself. Before 'G' or '['
    // even "&&" would not do: libxlsxwriter 1.1.4 counts every "&G" and
    // "&[Picture]" in the string as an image's place, fails the header when
    // they outnumber the images, and frees the string without forgetting it,
    // so closing the workbook freed it again (found by fuzz_answers). There
    // the ampersand is printed as its fullwidth form, U+FF06.
    const bool before_code = pos < line.size() && (line[pos] == 'G' || line[pos] == '[');
    const std::string piece = ch != "&"     ? std::string(ch)
                              : before_code ? std::string("\xEF\xBC\x86")
                                            : std::string("&&");
    if (out.size() + piece.size() > limit) {
      break;
    }
    out += piece;
  }
  return out;
}

double
printed_width(std::span<const double> widths)
{
  double total = 0;
  for (const double width : widths) {
    total += (width + k_column_padding) * k_points_per_width;
  }
  return total;
}

Sheet::Sheet(Workbook& book, lxw_worksheet* sheet)
    : m_book(&book)
    , m_sheet(sheet)
{
}

void
Sheet::write(std::size_t row, std::size_t col, const Cell& cell, Style style)
{
  if (!cell.fill.empty()) {
    style.fill = cell.fill;
  }
  if (!cell.marker.empty()) {
    style.marker = cell.marker;
  }
  style.bold = style.bold || cell.bold;
  auto& extent = m_book->m_extents[m_sheet];
  extent = {std::max(extent.first, row), std::max(extent.second, col)};
  const lxw_row_t r = row_index(row);
  const lxw_col_t c = col_index(col);
  switch (cell.kind) {
  case Cell::Kind::blank:
    check(worksheet_write_blank(m_sheet, r, c, m_book->format(style)), "a blank cell");
    return;
  case Cell::Kind::text: {
    // Text wraps in its column rather than run on into the next cell (on
    // screen and on paper alike).
    style.wrap = true;
    const std::string text = cell_text(cell.text);
    check(worksheet_write_string(m_sheet, r, c, text.c_str(), m_book->format(style)),
          "a text cell");
    fit_row(row, col, text, style.bold || style.header);
    return;
  }
  case Cell::Kind::number:
    check(worksheet_write_number(m_sheet, r, c, cell.number, m_book->format(style)),
          "a number cell");
    return;
  case Cell::Kind::date:
    // Excel's dates start in 1900; an earlier one stays readable as text.
    if (cell.date.year < 1900) {
      write(row, col, text_cell(util::short_date(cell.date)), style);
      return;
    }
    if (style.number_format.empty()) {
      style.number_format = k_date_format;
    }
    lxw_datetime when{cell.date.year, cell.date.month, cell.date.day, 0, 0, 0};
    check(worksheet_write_datetime(m_sheet, r, c, &when, m_book->format(style)), "a date cell");
    return;
  }
}

void
Sheet::text(std::size_t row, std::size_t col, std::string_view text, Style style)
{
  write(row, col, text_cell(std::string(text)), style);
}

void
Sheet::merged_text(std::size_t row,
                   std::size_t first,
                   std::size_t last,
                   std::string_view text,
                   Style style)
{
  style.wrap = true;
  const std::string cell = cell_text(text);
  auto& extent = m_book->m_extents[m_sheet];
  extent = {std::max(extent.first, row), std::max(extent.second, last)};
  check(worksheet_merge_range(m_sheet,
                              row_index(row),
                              col_index(first),
                              row_index(row),
                              col_index(last),
                              cell.c_str(),
                              m_book->format(style)),
        "a merged cell");
  double width = 0;
  for (std::size_t col = first; col <= last; ++col) {
    const auto found = m_widths.find(col);
    width += (found != m_widths.end() ? found->second : k_default_width)
             + (col > first ? k_column_padding : 0);
  }
  fit_row_to(row, width, cell, style.bold || style.header);
}

void
Sheet::column_width(std::size_t col, double width)
{
  const lxw_col_t c = col_index(col);
  check(worksheet_set_column(m_sheet, c, c, width, nullptr), "a column width");
  m_widths[col] = width;
}

void
Sheet::fit_row(std::size_t row, std::size_t col, std::string_view text, bool bold)
{
  const auto found = m_widths.find(col);
  fit_row_to(row, found != m_widths.end() ? found->second : k_default_width, text, bold);
}

void
Sheet::fit_row_to(std::size_t row, double width, std::string_view text, bool bold)
{
  const std::size_t lines = wrapped_lines(text, width, bold);
  std::size_t& tallest = m_lines[row];
  if (lines > tallest) {
    tallest = lines;
    if (lines > 1) {
      const double height = std::min(k_line_height * static_cast<double>(lines), k_max_height);
      check(worksheet_set_row(m_sheet, row_index(row), height, nullptr), "a row height");
    }
  }
}

void
Sheet::freeze_rows(std::size_t rows)
{
  worksheet_freeze_panes(m_sheet, row_index(rows), 0);
  check(worksheet_repeat_rows(m_sheet, 0, row_index(rows - 1)), "the printed header");
}

void
Sheet::autofilter(std::size_t header_row, std::size_t last_row, std::size_t last_col)
{
  check(worksheet_autofilter(
            m_sheet, row_index(header_row), 0, row_index(last_row), col_index(last_col)),
        "an autofilter");
}

void
Sheet::repeat_columns(std::size_t first, std::size_t last)
{
  check(worksheet_repeat_columns(m_sheet, col_index(first), col_index(last)),
        "the printed columns");
}

void
Sheet::repeat_rows(std::size_t first, std::size_t last)
{
  check(worksheet_repeat_rows(m_sheet, row_index(first), row_index(last)), "the printed header");
}

void
Sheet::page_setup(bool landscape)
{
  print_page(landscape);
  worksheet_fit_to_pages(m_sheet, 1, 0);
}

void
Sheet::page_setup_across(bool landscape,
                         std::uint16_t scale,
                         const std::vector<std::size_t>& breaks)
{
  print_page(landscape);
  worksheet_set_print_scale(m_sheet, scale);
  worksheet_print_across(m_sheet);
  if (!breaks.empty()) {
    // libxlsxwriter copies the list, which ends with a 0.
    std::vector<lxw_col_t> list;
    list.reserve(breaks.size() + 1);
    for (const std::size_t col : breaks) {
      list.push_back(col_index(col));
    }
    list.push_back(0);
    check(worksheet_set_v_pagebreaks(m_sheet, list.data()), "the page breaks");
  }
}

void
Sheet::page_setup_readable(bool landscape,
                           std::optional<std::pair<std::size_t, std::size_t>> repeated)
{
  std::vector<double> widths;
  if (!m_widths.empty()) {
    widths.assign(m_widths.rbegin()->first + 1, k_default_width);
  }
  for (const auto& [col, width] : m_widths) {
    widths[col] = width;
  }
  const double page = landscape ? k_landscape_width : k_portrait_width;
  if (printed_width(widths) * k_readable_scale / 100 <= page) {
    page_setup(landscape);
    return;
  }
  page_setup_across(landscape, static_cast<std::uint16_t>(k_readable_scale), {});
  if (repeated) {
    repeat_columns(repeated->first, repeated->second);
  }
}

void
Sheet::print_page(bool landscape)
{
  constexpr std::uint8_t k_a4 = 9;
  worksheet_set_paper(m_sheet, k_a4);
  if (landscape) {
    worksheet_set_landscape(m_sheet);
  }
  worksheet_set_margins(m_sheet, 0.5, 0.5, 0.75, 0.75);
  check(worksheet_set_header(m_sheet, m_book->m_running_header.c_str()), "the running header");
  check(worksheet_set_footer(m_sheet, "&L&10&A&R&10Page &P of &N"), "the page numbers");
}

void
Sheet::list_validation(std::size_t first_row,
                       std::size_t last_row,
                       std::size_t col,
                       const std::vector<std::string>& values,
                       const std::string& source,
                       const std::string& message)
{
  std::size_t length = 0;
  bool plain = !values.empty();
  for (const std::string& value : values) {
    length += value.size() + 1;
    plain = plain && value.find_first_of(",\"") == std::string::npos;
  }
  plain = plain && length <= 256;
  std::vector<const char*> list;
  list.reserve(values.size() + 1);
  for (const std::string& value : values) {
    list.push_back(value.c_str());
  }
  list.push_back(nullptr);
  std::string formula = source;
  std::string title = "Not on the list";
  std::string text = cell_text(message).substr(0, 255);
  lxw_data_validation validation{};
  if (plain) {
    validation.validate = LXW_VALIDATION_TYPE_LIST;
    validation.value_list =
        const_cast<char**>(list.data()); // NOLINT: libxlsxwriter's type; not written
  } else {
    validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    validation.value_formula = formula.data();
  }
  validation.error_title = title.data();
  validation.error_message = text.data();
  const lxw_col_t c = col_index(col);
  check(worksheet_data_validation_range(
            m_sheet, row_index(first_row), c, row_index(last_row), c, &validation),
        "a drop-down list");
}

void
Sheet::date_validation(std::size_t first_row,
                       std::size_t last_row,
                       std::size_t col,
                       const std::string& message)
{
  std::string title = "Not a date";
  std::string text = cell_text(message).substr(0, 255);
  lxw_data_validation validation{};
  validation.validate = LXW_VALIDATION_TYPE_DATE;
  validation.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
  validation.minimum_datetime = lxw_datetime{1900, 1, 1, 0, 0, 0};
  validation.maximum_datetime = lxw_datetime{9999, 12, 31, 0, 0, 0};
  validation.error_title = title.data();
  validation.error_message = text.data();
  const lxw_col_t c = col_index(col);
  check(worksheet_data_validation_range(
            m_sheet, row_index(first_row), c, row_index(last_row), c, &validation),
        "a date check");
}

void
Sheet::protect()
{
  lxw_protection options{};
  options.format_columns = 1;
  options.format_rows = 1;
  options.sort = 1;
  options.autofilter = 1;
  worksheet_protect(m_sheet, nullptr, &options);
}

namespace {

// Returns `path` as UTF-8, as libxlsxwriter takes file names (on Windows it
// opens them with the wide-character API).
std::string
utf8_path(const std::filesystem::path& path)
{
  const std::u8string text = path.u8string();
  return {text.begin(), text.end()};
}

// Makes a new folder that only this user can read, in the system's
// temporary folder (TMPDIR, TEMP or /tmp), and returns it. Throws
// core::Error (io_error) when none can be made.
std::filesystem::path
private_temp_folder()
{
  namespace fs = std::filesystem;
  std::error_code error;
  fs::path base = fs::temp_directory_path(error);
  if (error) {
    base = "/tmp";
  }
  std::random_device random;
  for (int attempt = 0; attempt < 100; ++attempt) {
    fs::path folder = base / fmt::format("ftsu-gap-xlsx.{:08x}", random());
    if (fs::create_directory(folder, error)) {
      fs::permissions(folder, fs::perms::owner_all, fs::perm_options::replace, error);
      return folder;
    }
    if (error) {
      break;
    }
  }
  throw core::Error(
      core::ExitCode::io_error,
      fmt::format("cannot write the spreadsheet: no temporary folder in {}", utf8_path(base)));
}

} // namespace

Workbook::Workbook(util::Date created, const std::string& title, const std::string& subject)
{
  std::error_code error;
  m_folder = private_temp_folder();
  m_folder_text = utf8_path(m_folder);
  lxw_workbook_options options{};
  options.tmpdir = m_folder_text.data();
  m_book = workbook_new_opt(utf8_path(m_folder / "report.xlsx").c_str(), &options);
  if (m_book == nullptr) {
    std::filesystem::remove_all(m_folder, error);
    throw core::Error(core::ExitCode::io_error, "cannot write the spreadsheet: out of memory");
  }
  // libxlsxwriter copies the properties' strings. It escapes markup but
  // not controls, which XML forbids (docProps/core.xml would not load), so
  // hidden characters are made visible, as in the cells, on one line.
  std::string title_text = util::for_terminal_line(util::repair_utf8(title));
  std::string subject_text = util::for_terminal_line(util::repair_utf8(subject));
  std::string author = "ftsu-gap";
  lxw_doc_properties properties{};
  properties.title = title_text.data();
  properties.subject = subject_text.data();
  properties.author = author.data();
  properties.created = midnight_utc(created);
  check(workbook_set_properties(m_book, &properties), "the document properties");
  // libxlsxwriter refuses a header over 255 characters; the codes take 5.
  // 10 points: printed at 80% (headers scale with the sheet), 8.
  m_running_header = "&L&10" + header_text(title, 239);
}

Workbook::~Workbook()
{
  if (m_book != nullptr) {
    lxw_workbook_free(m_book);
  }
  std::error_code ignored;
  std::filesystem::remove_all(m_folder, ignored);
}

Sheet
Workbook::add_sheet(const std::string& name)
{
  lxw_worksheet* sheet = workbook_add_worksheet(m_book, name.c_str());
  if (sheet == nullptr) {
    fail(name, LXW_ERROR_MEMORY_MALLOC_FAILED);
  }
  return Sheet(*this, sheet);
}

std::string
Workbook::finish()
{
  for (const auto& [sheet, extent] : m_extents) {
    check(worksheet_print_area(sheet, 0, 0, row_index(extent.first), col_index(extent.second)),
          "a print area");
  }
  const lxw_error error = workbook_close(m_book);
  m_book = nullptr; // workbook_close frees it, whatever it returns.
  check(error, "assembling the file");
  const auto path = m_folder / "report.xlsx";
  std::error_code size_error;
  const auto size = std::filesystem::file_size(path, size_error);
  std::string bytes(size_error ? 0 : size, '\0');
  std::ifstream in(path, std::ios::binary);
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (size_error || bytes.empty() || !in) {
    throw core::Error(core::ExitCode::io_error,
                      "cannot write the spreadsheet: reading the assembled file back failed");
  }
  return bytes;
}

lxw_format*
Workbook::format(const Style& style)
{
  if (const auto found = m_formats.find(style); found != m_formats.end()) {
    return found->second;
  }
  lxw_format* format = workbook_add_format(m_book);
  format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
  if (style.left) {
    format_set_align(format, LXW_ALIGN_LEFT);
  }
  if (style.bold || style.header) {
    format_set_bold(format);
  }
  if (style.wrap || style.header) {
    format_set_text_wrap(format);
  }
  if (style.header) {
    format_set_bg_color(format, colour("#e8eaed"));
    format_set_bottom(format, LXW_BORDER_MEDIUM);
  }
  if (!style.number_format.empty()) {
    format_set_num_format(format, std::string(style.number_format).c_str());
  }
  if (!style.fill.empty()) {
    format_set_bg_color(format, colour(style.fill));
  }
  if (style.unlocked) {
    format_set_unlocked(format);
  }
  if (!style.marker.empty()) {
    format_set_left(format, LXW_BORDER_THICK);
    format_set_left_color(format, colour(style.marker));
  }
  m_formats.emplace(style, format);
  return format;
}

} // namespace ftsu::report::xlsx
