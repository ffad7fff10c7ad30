#pragma once

#include <string>
#include <string_view>

namespace ftsu::util {

// Escapes `& < > " '` for an HTML text node or a quoted attribute; control
// characters become visible escapes.
std::string html_escape(std::string_view text);

// Escapes `text` for running Markdown text: characters with Markdown meaning
// are backslash-escaped, `<`, `>` and `&` become entities (so raw HTML is
// never rendered), and line breaks become spaces.
std::string markdown_escape(std::string_view text);

// Escapes `text` as Markdown paragraphs (see util::paragraphs), separated by
// blank lines.
std::string markdown_paragraphs(std::string_view text);

// Escapes `text` for a Markdown table cell: as markdown_escape, with `|`
// escaped and line breaks turned into `<br>`.
std::string markdown_cell(std::string_view text);

// Returns `text` as one RFC 4180 CSV field, always quoted, with embedded
// quotes doubled; a text that a spreadsheet would read as a formula (it
// begins with =, +, -, @, tab, CR or NUL) is prefixed with a single quote
// (OWASP's advice), and ill-formed UTF-8 is repaired.
std::string csv_cell(std::string_view text);

// Returns `url` when it is an http or https URL with no characters that
// could break out of a Markdown or HTML link, else an empty string.
std::string safe_url(std::string_view url);

} // namespace ftsu::util
