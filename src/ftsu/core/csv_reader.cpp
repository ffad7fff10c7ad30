#include <ftsu/core/csv_reader.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/core/xlsx_reader.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

namespace ftsu::core {

namespace {

[[noreturn]] void
refuse_csv(const std::string& message)
{
  throw Error(ExitCode::invalid_input, fmt::format("refused as CSV: {}", message));
}

// Returns the separator of the first record of `text`: ';' when it has
// more semicolons than commas outside quotes, else ','.
char
separator_of(std::string_view text)
{
  std::size_t commas = 0;
  std::size_t semicolons = 0;
  bool quoted = false;
  for (const char c : text) {
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && (c == '\n' || c == '\r')) {
      break;
    } else if (!quoted) {
      commas += c == ',' ? 1U : 0U;
      semicolons += c == ';' ? 1U : 0U;
    }
  }
  return semicolons > commas ? ';' : ',';
}

// Builds the table one field at a time.
class TableBuilder
{
public:
  explicit TableBuilder(ResponseTable& table)
      : m_table(table)
  {
  }

  void
  field(std::string&& text)
  {
    if (m_fields < k_max_xlsx_columns) {
      if (m_table.cells.empty()) {
        m_table.cells.emplace_back();
      }
      m_table.cells.back().push_back(std::move(text));
    }
    ++m_fields;
  }

  void
  end_record()
  {
    if (m_table.cells.size() >= k_max_xlsx_rows) {
      refuse_csv(fmt::format("more than {} records", k_max_xlsx_rows));
    }
    m_table.cells.emplace_back();
    m_fields = 0;
  }

  void
  start_record()
  {
    if (m_table.cells.empty()) {
      m_table.cells.emplace_back();
    }
  }

private:
  ResponseTable& m_table;
  std::size_t m_fields = 0;
};

} // namespace

ResponseTable
read_csv(std::string_view text, std::string sheet)
{
  ResponseTable table;
  table.sheet = std::move(sheet);
  table.csv = true;
  if (text.size() > k_max_xlsx_file) {
    refuse_csv(fmt::format("larger than {} MiB", k_max_xlsx_file / (std::size_t{1024} * 1024)));
  }
  if (text.starts_with("\xEF\xBB\xBF")) {
    text.remove_prefix(3);
  }
  if (const auto bad = util::first_invalid_utf8(text)) {
    refuse_csv(fmt::format("byte {} is not UTF-8; save the sheet as 'CSV UTF-8' (Excel) or with "
                           "the character set UTF-8 (LibreOffice)",
                           *bad + 1));
  }
  char separator = separator_of(text);
  for (const std::string_view hint : {"sep=;", "sep=,"}) {
    if (text.starts_with(hint)) {
      separator = hint.back();
      const auto end = text.find('\n');
      text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    }
  }
  TableBuilder builder(table);
  builder.start_record();
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::string field;
    if (text[pos] == '"') {
      const std::size_t opened = pos++;
      while (true) {
        if (pos >= text.size()) {
          refuse_csv(fmt::format("a quote opened at byte {} is never closed", opened + 1));
        }
        if (text[pos] == '"') {
          if (pos + 1 < text.size() && text[pos + 1] == '"') {
            field += '"';
            pos += 2;
            continue;
          }
          ++pos;
          break;
        }
        field += text[pos++];
      }
    }
    // Unquoted text, or what follows a closing quote up to the separator.
    while (pos < text.size() && text[pos] != separator && text[pos] != '\n' && text[pos] != '\r') {
      field += text[pos++];
    }
    builder.field(std::move(field));
    if (pos < text.size() && text[pos] == separator) {
      ++pos;
      if (pos == text.size()) {
        builder.field({});
      }
      continue;
    }
    if (pos < text.size() && text[pos] == '\r') {
      ++pos;
    }
    if (pos < text.size() && text[pos] == '\n') {
      ++pos;
    }
    if (pos < text.size()) {
      builder.end_record();
    }
  }
  return table;
}

} // namespace ftsu::core
