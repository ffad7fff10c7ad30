#include <ftsu/core/error.hpp>
#include <ftsu/core/xlsx_reader.hpp>
#include <ftsu/core/xml_limits.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <exception>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <expat.h>
#include <unzip.h>

// The zip container through minizip's unzip (reading from memory through
// its I/O callbacks, so core never touches a file) and the XML through
// expat, with every limit of xlsx_reader.hpp checked while reading.
namespace ftsu::core {

namespace {

[[noreturn]] void
refuse_workbook(const std::string& message)
{
  throw Error(ExitCode::invalid_input, fmt::format("refused as a workbook: {}", message));
}

// --- the zip, read from memory ------------------------------------------------

struct Memory
{
  std::string_view data;
  std::size_t pos = 0;
};

voidpf ZCALLBACK
open_memory(voidpf opaque, const void* /*name*/, int /*mode*/)
{
  return opaque;
}

uLong ZCALLBACK
read_memory(voidpf /*opaque*/, voidpf stream, void* buffer, uLong size)
{
  auto* memory = static_cast<Memory*>(stream);
  const std::size_t left = memory->data.size() - memory->pos;
  const std::size_t n = std::min<std::size_t>(left, size);
  std::copy_n(memory->data.data() + memory->pos, n, static_cast<char*>(buffer));
  memory->pos += n;
  return static_cast<uLong>(n);
}

uLong ZCALLBACK
write_memory(voidpf /*opaque*/, voidpf /*stream*/, const void* /*buffer*/, uLong /*size*/)
{
  return 0;
}

ZPOS64_T ZCALLBACK
tell_memory(voidpf /*opaque*/, voidpf stream)
{
  return static_cast<Memory*>(stream)->pos;
}

long ZCALLBACK
seek_memory(voidpf /*opaque*/, voidpf stream, ZPOS64_T offset, int origin)
{
  auto* memory = static_cast<Memory*>(stream);
  ZPOS64_T base = 0;
  if (origin == ZLIB_FILEFUNC_SEEK_CUR) {
    base = memory->pos;
  } else if (origin == ZLIB_FILEFUNC_SEEK_END) {
    base = memory->data.size();
  }
  if (offset > memory->data.size() || base > memory->data.size() - offset) {
    return -1;
  }
  memory->pos = static_cast<std::size_t>(base + offset);
  return 0;
}

int ZCALLBACK
close_memory(voidpf /*opaque*/, voidpf /*stream*/)
{
  return 0;
}

int ZCALLBACK
error_memory(voidpf /*opaque*/, voidpf /*stream*/)
{
  return 0;
}

// A zip archive in memory: its directory listed once, each part inflated
// in chunks with its limits counted as it grows.
class Zip
{
public:
  explicit Zip(std::string_view bytes)
  {
    m_memory.data = bytes;
    zlib_filefunc64_def io{};
    io.zopen64_file = open_memory;
    io.zread_file = read_memory;
    io.zwrite_file = write_memory;
    io.ztell64_file = tell_memory;
    io.zseek64_file = seek_memory;
    io.zclose_file = close_memory;
    io.zerror_file = error_memory;
    io.opaque = &m_memory;
    m_zip = unzOpen2_64("memory", &io);
    if (m_zip == nullptr) {
      refuse_workbook("not a zip archive (an .xlsx file is one), or a truncated or damaged one");
    }
    // A constructor that throws has no destructor run: the archive is
    // closed here when the listing refuses it (macros, links, damage).
    try {
      list();
    } catch (...) {
      unzClose(m_zip);
      throw;
    }
  }
  ~Zip() { unzClose(m_zip); }
  Zip(const Zip&) = delete;
  Zip& operator=(const Zip&) = delete;

  bool
  has(const std::string& name) const
  {
    return m_names.contains(name);
  }

  // Inflates the part `name`, passing each chunk to `sink`.
  template<class Sink>
  void
  read(const std::string& name, Sink&& sink)
  {
    if (unzLocateFile(m_zip, name.c_str(), 1) != UNZ_OK) {
      refuse_workbook(fmt::format("no part {} in the archive", name));
    }
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) {
      refuse_workbook(fmt::format("{}: a damaged directory entry", name));
    }
    if ((info.flag & 1U) != 0) {
      refuse_workbook(fmt::format("{} is encrypted", name));
    }
    if (unzOpenCurrentFile(m_zip) != UNZ_OK) {
      refuse_workbook(fmt::format(
          "{}: cannot be opened (damaged, or compressed in a way .xlsx does not use)", name));
    }
    std::size_t size = 0;
    std::string chunk(std::size_t{64} * 1024, '\0');
    while (true) {
      const int n = unzReadCurrentFile(m_zip, chunk.data(), static_cast<unsigned>(chunk.size()));
      if (n < 0) {
        unzCloseCurrentFile(m_zip);
        refuse_workbook(fmt::format("{}: damaged or truncated data", name));
      }
      if (n == 0) {
        break;
      }
      size += static_cast<std::size_t>(n);
      m_total += static_cast<std::size_t>(n);
      check_size(name, size, info.compressed_size);
      sink(std::string_view(chunk.data(), static_cast<std::size_t>(n)));
    }
    if (unzCloseCurrentFile(m_zip) != UNZ_OK) {
      refuse_workbook(fmt::format("{}: damaged data (its checksum does not match)", name));
    }
  }

private:
  void
  check_size(const std::string& name, std::size_t size, ZPOS64_T compressed) const
  {
    if (size > k_max_xlsx_part) {
      refuse_workbook(fmt::format("{} inflates to more than {} MiB (a zip bomb?)",
                                  name,
                                  k_max_xlsx_part / (std::size_t{1024} * 1024)));
    }
    if (m_total > k_max_xlsx_total) {
      refuse_workbook(
          fmt::format("the parts read inflate to more than {} MiB together (a zip bomb?)",
                      k_max_xlsx_total / (std::size_t{1024} * 1024)));
    }
    if (size > ZPOS64_T{1024} * 1024
        && size / std::max<ZPOS64_T>(compressed, 1) > k_max_xlsx_ratio) {
      refuse_workbook(
          fmt::format("{} inflates to more than {} times its compressed size (a zip bomb?)",
                      name,
                      k_max_xlsx_ratio));
    }
  }

  // Lists the directory, refusing macros and links to other workbooks.
  void
  list()
  {
    int status = unzGoToFirstFile(m_zip);
    while (status == UNZ_OK) {
      if (m_names.size() >= k_max_xlsx_entries) {
        refuse_workbook(fmt::format("more than {} parts in the archive", k_max_xlsx_entries));
      }
      std::string name(1024, '\0');
      unz_file_info64 info{};
      if (unzGetCurrentFileInfo64(
              m_zip, &info, name.data(), static_cast<uLong>(name.size()), nullptr, 0, nullptr, 0)
          != UNZ_OK) {
        refuse_workbook("a damaged directory entry");
      }
      name.resize(std::min<std::size_t>(info.size_filename, name.size() - 1));
      const std::string lower = util::to_lower(name);
      if (lower.ends_with("vbaproject.bin")) {
        refuse_workbook(
            fmt::format("it holds macros ({}); save it as an .xlsx workbook without macros",
                        util::for_terminal_line(name)));
      }
      if (lower.starts_with("xl/externallinks/")) {
        refuse_workbook(fmt::format("it links to other workbooks ({}); paste the values in instead",
                                    util::for_terminal_line(name)));
      }
      m_names.insert(name);
      status = unzGoToNextFile(m_zip);
    }
    if (status != UNZ_END_OF_LIST_OF_FILE) {
      refuse_workbook("a damaged or truncated zip directory");
    }
  }

  Memory m_memory;
  unzFile m_zip = nullptr;
  std::set<std::string> m_names;
  std::size_t m_total = 0;
};

// --- XML through expat --------------------------------------------------------

// What a part's parser is told. Names come without their namespace prefix.
class XmlHandler
{
public:
  virtual ~XmlHandler() = default;
  virtual void start(std::string_view name, const XML_Char** attributes) = 0;
  virtual void end(std::string_view name) = 0;
  virtual void text(std::string_view text) = 0;
};

std::string_view
local_name(const XML_Char* name)
{
  std::string_view text(name);
  const auto colon = text.rfind(':');
  return colon == std::string_view::npos ? text : text.substr(colon + 1);
}

// Returns the value of attribute `name` (without prefix), or "".
std::string_view
attribute(const XML_Char** attributes, std::string_view name)
{
  for (std::size_t i = 0; attributes[i] != nullptr; i += 2) {
    if (local_name(attributes[i]) == name) {
      return attributes[i + 1];
    }
  }
  return {};
}

struct ParseState
{
  XML_Parser parser;
  XmlHandler* handler;
  std::string refused;
  std::exception_ptr failure;
};

void
stop_parsing(ParseState& state, std::string reason)
{
  if (state.refused.empty() && !state.failure) {
    state.refused = std::move(reason);
  }
  XML_StopParser(state.parser, XML_FALSE);
}

template<class Call>
void
guarded(void* data, Call&& call)
{
  auto& state = *static_cast<ParseState*>(data);
  if (!state.refused.empty() || state.failure) {
    return;
  }
  try {
    call(state);
  } catch (...) {
    state.failure = std::current_exception();
    XML_StopParser(state.parser, XML_FALSE);
  }
}

void XMLCALL
on_start(void* data, const XML_Char* name, const XML_Char** attributes)
{
  guarded(data, [&](ParseState& s) { s.handler->start(local_name(name), attributes); });
}

void XMLCALL
on_end(void* data, const XML_Char* name)
{
  guarded(data, [&](ParseState& s) { s.handler->end(local_name(name)); });
}

void XMLCALL
on_text(void* data, const XML_Char* text, int length)
{
  guarded(data, [&](ParseState& s) {
    s.handler->text(std::string_view(text, static_cast<std::size_t>(length)));
  });
}

void XMLCALL
on_doctype(void* data,
           const XML_Char* /*name*/,
           const XML_Char* /*system_id*/,
           const XML_Char* /*public_id*/,
           int /*has_internal_subset*/)
{
  auto& state = *static_cast<ParseState*>(data);
  stop_parsing(state, "a DOCTYPE declaration (no workbook part has one; entities are refused)");
}

void XMLCALL
on_entity(void* data,
          const XML_Char* name,
          int /*is_parameter*/,
          const XML_Char* /*value*/,
          int /*length*/,
          const XML_Char* /*base*/,
          const XML_Char* /*system_id*/,
          const XML_Char* /*public_id*/,
          const XML_Char* /*notation*/)
{
  auto& state = *static_cast<ParseState*>(data);
  stop_parsing(state, fmt::format("an entity declaration ('{}')", util::for_terminal_line(name)));
}

int XMLCALL
on_external(XML_Parser parser,
            const XML_Char* /*context*/,
            const XML_Char* /*base*/,
            const XML_Char* system_id,
            const XML_Char* /*public_id*/)
{
  auto& state = *static_cast<ParseState*>(XML_GetUserData(parser));
  stop_parsing(state,
               fmt::format("an external reference ('{}')",
                           util::for_terminal_line(system_id != nullptr ? system_id : "")));
  return XML_STATUS_ERROR;
}

// Parses the part `name` of `zip` as it inflates, telling `handler`.
void
parse_part(Zip& zip, const std::string& name, XmlHandler& handler)
{
  const std::unique_ptr<XML_ParserStruct, decltype(&XML_ParserFree)> owner(
      XML_ParserCreate(nullptr), XML_ParserFree);
  XML_Parser parser = owner.get();
  if (parser == nullptr) {
    throw std::bad_alloc();
  }
  ParseState state{parser, &handler, {}, {}};
  XML_SetUserData(parser, &state);
  XML_SetElementHandler(parser, on_start, on_end);
  XML_SetCharacterDataHandler(parser, on_text);
  XML_SetStartDoctypeDeclHandler(parser, on_doctype);
  XML_SetEntityDeclHandler(parser, on_entity);
  XML_SetExternalEntityRefHandler(parser, on_external);
  XML_SetParamEntityParsing(parser, XML_PARAM_ENTITY_PARSING_NEVER);
  limit_entity_expansion(parser);
  const auto finish = [&](XML_Status status) {
    if (state.failure) {
      std::rethrow_exception(state.failure);
    }
    if (!state.refused.empty()) {
      refuse_workbook(fmt::format("{}: {}", name, state.refused));
    }
    if (status != XML_STATUS_OK) {
      refuse_workbook(fmt::format("{}: line {}: not well-formed XML: {}",
                                  name,
                                  XML_GetCurrentLineNumber(parser),
                                  XML_ErrorString(XML_GetErrorCode(parser))));
    }
  };
  zip.read(name, [&](std::string_view chunk) {
    finish(XML_Parse(parser, chunk.data(), static_cast<int>(chunk.size()), XML_FALSE));
  });
  finish(XML_Parse(parser, nullptr, 0, XML_TRUE));
}

// --- the parts ------------------------------------------------------------------

// xl/workbook.xml: the sheets' names and relation ids, in order.
class WorkbookHandler : public XmlHandler
{
public:
  std::vector<std::pair<std::string, std::string>> sheets;

  void
  start(std::string_view name, const XML_Char** attributes) override
  {
    if (name == "sheet" && sheets.size() < 1000) {
      sheets.emplace_back(attribute(attributes, "name"), attribute(attributes, "id"));
    }
  }
  void
  end(std::string_view /*name*/) override
  {
  }
  void
  text(std::string_view /*text*/) override
  {
  }
};

// xl/_rels/workbook.xml.rels: each relation's target, by id, and the
// shared strings' part.
class RelationsHandler : public XmlHandler
{
public:
  std::map<std::string, std::string> targets;
  std::string shared_strings;

  void
  start(std::string_view name, const XML_Char** attributes) override
  {
    if (name != "Relationship" || targets.size() >= 1000) {
      return;
    }
    const std::string target = part_path(attribute(attributes, "Target"));
    const std::string_view type = attribute(attributes, "Type");
    if (type.ends_with("/externalLink") || attribute(attributes, "TargetMode") == "External") {
      refuse_workbook(fmt::format("it links to another file ({})",
                                  util::for_terminal_line(attribute(attributes, "Target"))));
    }
    if (type.ends_with("/sharedStrings")) {
      shared_strings = target;
    }
    targets.emplace(attribute(attributes, "Id"), target);
  }
  void
  end(std::string_view /*name*/) override
  {
  }
  void
  text(std::string_view /*text*/) override
  {
  }

private:
  // A target relative to xl/ ("worksheets/sheet1.xml") or from the root
  // ("/xl/worksheets/sheet1.xml").
  static std::string
  part_path(std::string_view target)
  {
    return target.starts_with('/') ? std::string(target.substr(1)) : "xl/" + std::string(target);
  }
};

// Counts the bytes of text kept, against k_max_xlsx_text.
struct TextBudget
{
  std::size_t used = 0;

  void
  spend(std::size_t bytes)
  {
    used += bytes;
    if (used > k_max_xlsx_text) {
      refuse_workbook(fmt::format("more than {} MiB of text in the cells read",
                                  k_max_xlsx_text / (std::size_t{1024} * 1024)));
    }
  }
};

// xl/sharedStrings.xml: each <si>'s text (its runs joined, phonetic
// guides left out).
class SharedStringsHandler : public XmlHandler
{
public:
  std::vector<std::string> strings;

  void
  start(std::string_view name, const XML_Char** /*attributes*/) override
  {
    if (name == "si") {
      if (strings.size() >= k_max_xlsx_strings) {
        refuse_workbook(fmt::format("more than {} shared strings", k_max_xlsx_strings));
      }
      strings.emplace_back();
    } else if (name == "t") {
      m_in_text = m_phonetic == 0 && !strings.empty();
    } else if (name == "rPh") {
      ++m_phonetic;
    }
  }
  void
  end(std::string_view name) override
  {
    if (name == "t") {
      m_in_text = false;
    } else if (name == "rPh") {
      --m_phonetic;
    }
  }
  void
  text(std::string_view text) override
  {
    if (m_in_text) {
      strings.back() += text;
    }
  }

private:
  bool m_in_text = false;
  int m_phonetic = 0;
};

// Parses "D14" into 0-based (row, column); nullopt when it is not one.
std::optional<std::pair<std::size_t, std::size_t>>
parse_reference(std::string_view ref)
{
  std::size_t col = 0;
  std::size_t i = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i < 3) {
    col = col * 26 + static_cast<std::size_t>(ref[i] - 'A' + 1);
    ++i;
  }
  std::size_t row = 0;
  const std::size_t digits_start = i;
  while (i < ref.size() && ref[i] >= '0' && ref[i] <= '9' && i - digits_start < 8) {
    row = row * 10 + static_cast<std::size_t>(ref[i] - '0');
    ++i;
  }
  if (col == 0 || row == 0 || i != ref.size()) {
    return std::nullopt;
  }
  return std::pair{row - 1, col - 1};
}

// A worksheet: each cell's value as text into a ResponseTable.
class SheetHandler : public XmlHandler
{
public:
  SheetHandler(ResponseTable& table, const std::vector<std::string>& strings, TextBudget& budget)
      : m_table(table)
      , m_strings(strings)
      , m_budget(budget)
  {
  }

  void
  start(std::string_view name, const XML_Char** attributes) override
  {
    if (name == "row") {
      const std::string_view r = attribute(attributes, "r");
      m_row = r.empty() ? m_row + 1 : parse_row(r);
      m_col = 0;
    } else if (name == "c") {
      start_cell(attributes);
    } else if (name == "v" || (name == "t" && m_in_cell && m_phonetic == 0)) {
      m_in_value = m_in_cell;
    } else if (name == "rPh") {
      ++m_phonetic;
    }
  }
  void
  end(std::string_view name) override
  {
    if (name == "v" || name == "t") {
      m_in_value = false;
    } else if (name == "rPh") {
      --m_phonetic;
    } else if (name == "c" && m_in_cell) {
      end_cell();
    }
  }
  void
  text(std::string_view text) override
  {
    if (m_in_value) {
      if (m_value.size() + text.size() > k_max_xlsx_part) {
        refuse_workbook("a cell too long to read");
      }
      m_value += text;
    }
  }

private:
  std::size_t
  parse_row(std::string_view r)
  {
    const auto ref = parse_reference("A" + std::string(r));
    if (!ref) {
      refuse_workbook(
          fmt::format("{}: a row numbered '{}'", m_table.sheet, util::for_terminal_line(r)));
    }
    return ref->first;
  }

  void
  start_cell(const XML_Char** attributes)
  {
    const std::string_view r = attribute(attributes, "r");
    if (!r.empty()) {
      const auto ref = parse_reference(r);
      if (!ref) {
        refuse_workbook(
            fmt::format("{}: a cell named '{}'", m_table.sheet, util::for_terminal_line(r)));
      }
      m_row = ref->first;
      m_col = ref->second;
    }
    m_type = attribute(attributes, "t");
    m_value.clear();
    m_in_cell = true;
  }

  void
  end_cell()
  {
    m_in_cell = false;
    const std::size_t col = m_col++;
    std::string value = cell_value();
    if (value.empty() || col >= k_max_xlsx_columns) {
      return;
    }
    if (m_row >= k_max_xlsx_rows) {
      refuse_workbook(fmt::format("{}: more than {} rows", m_table.sheet, k_max_xlsx_rows));
    }
    m_budget.spend(value.size());
    auto& cells = m_table.cells;
    if (cells.size() <= m_row) {
      cells.resize(m_row + 1);
    }
    if (cells[m_row].size() <= col) {
      cells[m_row].resize(col + 1);
    }
    cells[m_row][col] = std::move(value);
  }

  std::string
  cell_value()
  {
    if (m_type == "s") {
      std::size_t index = 0;
      const std::string_view text = util::trim(m_value);
      const auto [ptr, error] = std::from_chars(text.data(), text.data() + text.size(), index);
      if (error != std::errc() || ptr != text.data() + text.size() || index >= m_strings.size()) {
        refuse_workbook(fmt::format("{}!{}: a shared string that does not exist ('{}')",
                                    m_table.sheet,
                                    cell_name(m_row, m_col - 1),
                                    util::for_terminal_line(m_value)));
      }
      return m_strings[index];
    }
    if (m_type == "b") {
      return m_value == "1" ? "TRUE" : "FALSE";
    }
    return std::move(m_value);
  }

  ResponseTable& m_table;
  const std::vector<std::string>& m_strings;
  TextBudget& m_budget;
  std::size_t m_row = static_cast<std::size_t>(-1);
  std::size_t m_col = 0;
  std::string m_type;
  std::string m_value;
  bool m_in_cell = false;
  bool m_in_value = false;
  int m_phonetic = 0;
};

// Returns the part of sheet `index` of `workbook`.
std::string
sheet_part(const WorkbookHandler& workbook, const RelationsHandler& relations, std::size_t index)
{
  const auto found = relations.targets.find(workbook.sheets[index].second);
  if (found == relations.targets.end()) {
    refuse_workbook(fmt::format("sheet '{}' has no part",
                                util::for_terminal_line(workbook.sheets[index].first)));
  }
  return found->second;
}

} // namespace

XlsxSheets
read_xlsx(std::string_view bytes, std::string_view items)
{
  if (bytes.size() > k_max_xlsx_file) {
    refuse_workbook(
        fmt::format("larger than {} MiB", k_max_xlsx_file / (std::size_t{1024} * 1024)));
  }
  Zip zip(bytes);
  for (const char* part : {"xl/workbook.xml", "xl/_rels/workbook.xml.rels"}) {
    if (!zip.has(part)) {
      refuse_workbook(fmt::format("no part {}: not a spreadsheet workbook (.xlsx)", part));
    }
  }
  WorkbookHandler workbook;
  parse_part(zip, "xl/workbook.xml", workbook);
  RelationsHandler relations;
  parse_part(zip, "xl/_rels/workbook.xml.rels", relations);
  if (workbook.sheets.empty()) {
    refuse_workbook("the workbook has no sheets");
  }
  SharedStringsHandler strings;
  if (!relations.shared_strings.empty() && zip.has(relations.shared_strings)) {
    parse_part(zip, relations.shared_strings, strings);
  } else if (!relations.shared_strings.empty()) {
    refuse_workbook(fmt::format("its shared strings ({}) are missing", relations.shared_strings));
  }
  std::size_t items_index = 0;
  for (std::size_t i = 0; i < workbook.sheets.size(); ++i) {
    if (workbook.sheets[i].first == items) {
      items_index = i;
      break;
    }
  }
  XlsxSheets sheets;
  TextBudget budget;
  sheets.first.sheet = workbook.sheets.front().first;
  sheets.items.sheet = workbook.sheets[items_index].first;
  SheetHandler first(sheets.first, strings.strings, budget);
  parse_part(zip, sheet_part(workbook, relations, 0), first);
  if (items_index == 0) {
    sheets.items.cells = sheets.first.cells;
  } else {
    SheetHandler handler(sheets.items, strings.strings, budget);
    parse_part(zip, sheet_part(workbook, relations, items_index), handler);
  }
  return sheets;
}

} // namespace ftsu::core
