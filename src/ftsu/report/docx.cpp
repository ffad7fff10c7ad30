#include <ftsu/core/error.hpp>
#include <ftsu/report/docx.hpp>
#include <ftsu/report/docx_parts.hpp>
#include <ftsu/util/markup.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <limits>

#include <unzip.h>
#include <zip.h>

namespace ftsu::report::docx {

namespace {

// A zip file in memory, read or written through minizip's file functions.
struct MemoryFile
{
  std::string bytes;
  std::size_t pos = 0;
};

voidpf ZCALLBACK
memory_open(voidpf opaque, const void* /*name*/, int /*mode*/)
{
  return opaque;
}

uLong ZCALLBACK
memory_read(voidpf /*opaque*/, voidpf stream, void* buffer, uLong size)
{
  auto* file = static_cast<MemoryFile*>(stream);
  const std::size_t n = std::min<std::size_t>(size, file->bytes.size() - file->pos);
  std::memcpy(buffer, file->bytes.data() + file->pos, n);
  file->pos += n;
  return static_cast<uLong>(n);
}

uLong ZCALLBACK
memory_write(voidpf /*opaque*/, voidpf stream, const void* buffer, uLong size)
{
  auto* file = static_cast<MemoryFile*>(stream);
  const auto* from = static_cast<const char*>(buffer);
  if (file->pos + size > file->bytes.size()) {
    file->bytes.resize(file->pos + size);
  }
  std::copy(from, from + size, file->bytes.begin() + static_cast<std::ptrdiff_t>(file->pos));
  file->pos += size;
  return size;
}

ZPOS64_T ZCALLBACK
memory_tell(voidpf /*opaque*/, voidpf stream)
{
  return static_cast<MemoryFile*>(stream)->pos;
}

long ZCALLBACK
memory_seek(voidpf /*opaque*/, voidpf stream, ZPOS64_T offset, int origin)
{
  auto* file = static_cast<MemoryFile*>(stream);
  std::size_t base = 0;
  if (origin == ZLIB_FILEFUNC_SEEK_CUR) {
    base = file->pos;
  } else if (origin == ZLIB_FILEFUNC_SEEK_END) {
    base = file->bytes.size();
  }
  if (offset > file->bytes.size() - std::min(base, file->bytes.size())) {
    return -1;
  }
  file->pos = base + static_cast<std::size_t>(offset);
  return 0;
}

int ZCALLBACK
memory_close(voidpf /*opaque*/, voidpf /*stream*/)
{
  return 0;
}

int ZCALLBACK
memory_error(voidpf /*opaque*/, voidpf /*stream*/)
{
  return 0;
}

zlib_filefunc64_def
memory_functions(MemoryFile& file)
{
  zlib_filefunc64_def functions{};
  functions.zopen64_file = &memory_open;
  functions.zread_file = &memory_read;
  functions.zwrite_file = &memory_write;
  functions.ztell64_file = &memory_tell;
  functions.zseek64_file = &memory_seek;
  functions.zclose_file = &memory_close;
  functions.zerror_file = &memory_error;
  functions.opaque = &file;
  return functions;
}

[[noreturn]] void
zip_failed(std::string_view what)
{
  throw core::Error(core::ExitCode::io_error,
                    fmt::format("cannot write the Word document: {}", what));
}

// Returns the bytes of a zip file holding `parts` in order, each deflated,
// each dated 1 January 1980 (the zip format's first day), so the same parts
// give the same bytes.
std::string
zip_parts(const std::vector<std::pair<std::string, std::string>>& parts)
{
  MemoryFile file;
  zlib_filefunc64_def functions = memory_functions(file);
  zipFile zip = zipOpen2_64("", APPEND_STATUS_CREATE, nullptr, &functions);
  if (zip == nullptr) {
    zip_failed("the zip file cannot be started");
  }
  for (const auto& [name, bytes] : parts) {
    zip_fileinfo info{};
    info.tmz_date.tm_mday = 1;
    info.tmz_date.tm_year = 1980;
    if (bytes.size() > std::numeric_limits<unsigned>::max()
        || zipOpenNewFileInZip64(
               zip, name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 6, 0)
               != ZIP_OK
        || zipWriteInFileInZip(zip, bytes.data(), static_cast<unsigned>(bytes.size())) != ZIP_OK
        || zipCloseFileInZip(zip) != ZIP_OK) {
      zipClose(zip, nullptr);
      zip_failed(name);
    }
  }
  if (zipClose(zip, nullptr) != ZIP_OK) {
    zip_failed("the zip file cannot be finished");
  }
  return std::move(file.bytes);
}

[[noreturn]] void
bad_reference(std::string_view name, std::string_view why)
{
  throw core::Error(core::ExitCode::usage,
                    fmt::format("--reference-docx {}: {}", util::for_terminal(name), why));
}

// Returns true for a part of a reference document that the package takes:
// its styles, theme, headers and footers, their relationships and media.
bool
wanted_part(std::string_view name)
{
  return name == "word/styles.xml" || name == "word/theme/theme1.xml"
         || name.starts_with("word/media/")
         || ((name.starts_with("word/header") || name.starts_with("word/footer")
              || name.starts_with("word/_rels/header") || name.starts_with("word/_rels/footer"))
             && name.find('/', 11) == std::string_view::npos);
}

// Returns the current part of `unz`, refusing one over k_max_reference_part.
std::string
read_current(unzFile unz, std::string_view name, std::string_view part, ZPOS64_T size)
{
  if (size > k_max_reference_part) {
    bad_reference(name,
                  fmt::format("its part {} is larger than {} MiB",
                              util::for_terminal(part),
                              k_max_reference_part >> 20U));
  }
  std::string bytes(static_cast<std::size_t>(size), '\0');
  if (unzOpenCurrentFile(unz) != UNZ_OK) {
    bad_reference(name, fmt::format("its part {} cannot be read", util::for_terminal(part)));
  }
  const int read =
      size == 0 ? 0 : unzReadCurrentFile(unz, bytes.data(), static_cast<unsigned>(size));
  const int closed = unzCloseCurrentFile(unz);
  if (read < 0 || static_cast<ZPOS64_T>(read) != size || closed != UNZ_OK) {
    bad_reference(
        name, fmt::format("its part {} is damaged (a bad CRC or size)", util::for_terminal(part)));
  }
  return bytes;
}

// Reads the parts of the reference document open in `unz` that
// wanted_part() takes.
Reference
read_parts(unzFile unz, std::string_view name)
{
  Reference reference;
  for (int status = unzGoToFirstFile(unz); status == UNZ_OK; status = unzGoToNextFile(unz)) {
    unz_file_info64 info{};
    char part[512] = {};
    if (unzGetCurrentFileInfo64(unz, &info, part, sizeof part - 1, nullptr, 0, nullptr, 0)
        != UNZ_OK) {
      bad_reference(name, "its list of parts cannot be read");
    }
    if (wanted_part(part)) {
      reference.parts[part] = read_current(unz, name, part, info.uncompressed_size);
    }
  }
  return reference;
}

// The XML of one paragraph's runs.
std::string
runs_xml(const std::vector<Run>& runs)
{
  std::string out;
  for (const Run& run : runs) {
    std::string properties;
    if (run.bold) {
      properties += "<w:b/>";
    }
    if (run.italic) {
      properties += "<w:i/>";
    }
    if (!run.colour.empty()) {
      properties += fmt::format("<w:color w:val=\"{}\"/>", run.colour.substr(1));
    }
    out += "<w:r>";
    if (!properties.empty()) {
      out += "<w:rPr>" + properties + "</w:rPr>";
    }
    std::string text;
    const auto flush = [&] {
      if (!text.empty()) {
        out += "<w:t xml:space=\"preserve\">" + xml_text(text) + "</w:t>";
        text.clear();
      }
    };
    for (const char c : run.text) {
      if (c == '\n' || c == '\t') {
        flush();
        out += c == '\n' ? "<w:br/>" : "<w:tab/>";
      } else {
        text += c;
      }
    }
    flush();
    out += "</w:r>";
  }
  return out;
}

std::string_view
style_id(Style style)
{
  switch (style) {
  case Style::title:
    return "Title";
  case Style::subtitle:
    return "Subtitle";
  case Style::caption:
    return "Caption";
  case Style::note:
    return "Note";
  case Style::small:
    return "SmallText";
  case Style::normal:
    break;
  }
  return "Normal";
}

// The width of the text on an A4 page between margins, in twentieths of a
// point.
constexpr unsigned k_text_width = 11906 - 2 * k_margin;

// The paragraph after a table, which keeps Word from joining it with the
// next: 6 points tall.
constexpr std::string_view k_spacer = "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" "
                                      "w:line=\"120\" w:lineRule=\"exact\"/></w:pPr></w:p>";

std::string
cell_xml(const Cell& cell, unsigned width, bool figures, bool header)
{
  std::string shade =
      header ? std::string("D9E2EC") : std::string(cell.fill.empty() ? "" : cell.fill.substr(1));
  std::string out = fmt::format("<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/>", width);
  if (!shade.empty()) {
    out += fmt::format("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{}\"/>", shade);
  }
  out += "</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/>";
  if (header) {
    out += "<w:keepNext/>";
  }
  if (figures) {
    out += "<w:jc w:val=\"right\"/>";
  }
  out += "</w:pPr>";
  if (header) {
    std::vector<Run> bold = cell.runs;
    for (auto& run : bold) {
      run.bold = true;
    }
    out += runs_xml(bold);
  } else {
    out += runs_xml(cell.runs);
  }
  return out + "</w:p></w:tc>";
}

std::string
table_start(const std::vector<unsigned>& widths, bool borders)
{
  std::string out = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" "
                    "w:type=\"pct\"/>";
  if (!borders) {
    out += "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom "
           "w:val=\"nil\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV "
           "w:val=\"nil\"/></w:tblBorders>";
  }
  out += "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" "
         "w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" "
         "w:noVBand=\"1\"/></w:tblPr><w:tblGrid>";
  for (const unsigned width : widths) {
    out += fmt::format("<w:gridCol w:w=\"{}\"/>", width);
  }
  return out + "</w:tblGrid>";
}

} // namespace

Cell
cell(std::string text)
{
  return Cell{{Run{std::move(text)}}};
}

std::string
xml_text(std::string_view text)
{
  return util::html_escape(text);
}

Reference
read_reference(std::string_view bytes, std::string_view name)
{
  MemoryFile file{std::string(bytes), 0};
  zlib_filefunc64_def functions = memory_functions(file);
  unzFile unz = unzOpen2_64("", &functions);
  if (unz == nullptr) {
    bad_reference(name, "not a Word document (.docx): it is not a zip file");
  }
  Reference reference;
  try {
    reference = read_parts(unz, name);
  } catch (...) {
    unzClose(unz);
    throw;
  }
  unzClose(unz);
  if (!reference.parts.contains("word/styles.xml")) {
    bad_reference(name,
                  "not a Word document to take styles from: it has no word/styles.xml (save a "
                  "document from Word or LibreOffice as .docx and pass that)");
  }
  return reference;
}

void
Document::heading(int level, std::string_view text)
{
  m_body += fmt::format("<w:p><w:pPr><w:pStyle w:val=\"Heading{}\"/></w:pPr>{}</w:p>",
                        std::clamp(level, 1, 3),
                        runs_xml({Run{std::string(text)}}));
}

void
Document::paragraph(const std::vector<Run>& runs, Style style)
{
  m_body += fmt::format(
      "<w:p><w:pPr><w:pStyle w:val=\"{}\"/></w:pPr>{}</w:p>", style_id(style), runs_xml(runs));
}

void
Document::paragraph(std::string_view text, Style style)
{
  paragraph(std::vector<Run>{Run{std::string(text)}}, style);
}

void
Document::table(std::span<const Column> columns, const std::vector<std::vector<Cell>>& rows)
{
  std::vector<unsigned> widths;
  for (const Column& column : columns) {
    widths.push_back(k_text_width * column.percent / 100);
  }
  m_body += table_start(widths, true);
  m_body += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>";
  for (std::size_t i = 0; i < columns.size(); ++i) {
    m_body += cell_xml(cell(columns[i].header), widths[i], columns[i].figures, true);
  }
  m_body += "</w:tr>";
  for (const auto& row : rows) {
    m_body += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
    for (std::size_t i = 0; i < columns.size(); ++i) {
      m_body += cell_xml(i < row.size() ? row[i] : Cell{}, widths[i], columns[i].figures, false);
    }
    m_body += "</w:tr>";
  }
  // A paragraph between tables keeps Word from joining them into one.
  m_body += "</w:tbl>" + std::string(k_spacer);
}

void
Document::fields(const std::vector<std::pair<std::string, std::string>>& rows)
{
  const std::vector<unsigned> widths = {k_text_width * 28 / 100, k_text_width * 72 / 100};
  m_body += table_start(widths, false);
  for (const auto& [label, value] : rows) {
    m_body += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
    m_body += cell_xml(Cell{{Run{label, true}}}, widths[0], false, false);
    m_body += cell_xml(cell(value), widths[1], false, false);
    m_body += "</w:tr>";
  }
  m_body += "</w:tbl>" + std::string(k_spacer);
}

void
Document::page_break()
{
  m_body += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>";
}

void
Document::chart(const BarChart& chart)
{
  m_charts.push_back(chart_xml(chart));
  const std::size_t n = m_charts.size();
  // In EMU: 635 to a twip. Height: room for the title, the axis and
  // each category's bars.
  const std::size_t width = std::size_t{k_text_width} * 635;
  const std::size_t rows = chart.categories.size() * std::max<std::size_t>(chart.series.size(), 1);
  const std::size_t per_row = chart.series.size() > 1 ? 914400 / 6 : 914400 * 2 / 9;
  // At least 2.5 inches: with few categories (a trend of three periods)
  // LibreOffice leaves out category labels it finds no room for.
  const std::size_t height = std::max<std::size_t>(
      914400 * 5 / 2,
      914400 * 9 / 10 + rows * per_row + (chart.series.size() > 1 ? 914400 / 4 : 0));
  m_body += fmt::format(
      "<w:p><w:pPr><w:keepNext/></w:pPr><w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" "
      "distL=\"0\" distR=\"0\"><wp:extent cx=\"{}\" cy=\"{}\"/><wp:effectExtent l=\"0\" t=\"0\" "
      "r=\"0\" b=\"0\"/><wp:docPr id=\"{}\" name=\"Chart {}\" descr=\"{}\"/><wp:cNvGraphicFramePr/>"
      "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
      "<c:chart r:id=\"rIdChart{}\"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
      "</w:p>",
      width,
      height,
      n,
      n,
      xml_text(chart.title),
      n);
}

std::string
Document::finish(const Properties& properties, const Reference* reference) const
{
  return zip_parts(package_parts(m_body, m_charts, properties, reference));
}

} // namespace ftsu::report::docx
