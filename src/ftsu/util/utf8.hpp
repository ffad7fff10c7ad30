#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace ftsu::util {

// Returns the byte offset of the first byte of `text` that does not start a
// well-formed UTF-8 sequence (overlongs, surrogates, code points above
// U+10FFFF and truncated sequences are all ill-formed), or nullopt when the
// whole text is valid UTF-8.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

// Returns true when `text` is well-formed UTF-8.
bool is_valid_utf8(std::string_view text);

// Returns `text` with every ill-formed UTF-8 sequence replaced by U+FFFD.
std::string repair_utf8(std::string_view text);

// Returns the number of code points in `text` (continuation bytes are not
// counted), the column a character-counting editor shows.
std::size_t count_code_points(std::string_view text);

// Returns the number of terminal columns `text` takes: one per code point,
// two for East Asian wide and emoji code points, none for combining marks.
std::size_t display_width(std::string_view text);

// A range of code points that is never shown to a person raw, and what
// they are (for docs and tests).
struct HiddenRange
{
  char32_t first;
  char32_t last;
  std::string_view what;
};

// The one set of characters that every sink (terminal, HTML and its CSS,
// CSV, xlsx cells and document properties, Markdown, JSON, and the YAML the
// program writes) makes visible or escapes: C0 controls other than newline
// and tab, DEL, C1 controls, the soft hyphen, bidirectional controls,
// zero-width and other invisible format characters, U+2028/U+2029, the BOM,
// the interlinear annotation characters, the noncharacters U+FFFE/U+FFFF
// (which YAML and XML forbid) and the tag characters U+E0000 to U+E007F.
// Sorted and disjoint.
std::span<const HiddenRange> hidden_ranges();

// Returns true for a code point in hidden_ranges(): one that must never be
// shown raw.
bool is_hidden_control(char32_t cp);

// Returns the visible escape for `cp`: `\x1b` for a C0 or C1 control or
// DEL, `\u202e` for other code points of the Basic Multilingual Plane,
// `\U000e0041` above it.
std::string visible_escape(char32_t cp);

// Returns `text` safe to print on a terminal (and the base of every other
// sink's escaping): each code point of hidden_ranges() becomes its
// visible_escape; ill-formed UTF-8 bytes become `\xNN`.
std::string for_terminal(std::string_view text);

// Returns `text` as one terminal line: as for_terminal, and line breaks and
// tabs shown as `\n` and `\t`, so a value cannot start a line of its own
// (a forged error message, say).
std::string for_terminal_line(std::string_view text);

// Decodes the code point that starts at `text[pos]` and advances `pos` past
// it; returns nullopt (and advances one byte) for an ill-formed sequence.
std::optional<char32_t> decode_utf8(std::string_view text, std::size_t& pos);

// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

} // namespace ftsu::util
