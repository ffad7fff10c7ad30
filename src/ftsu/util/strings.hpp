#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ftsu::util {

// Returns `text` without leading and trailing spaces, tabs, CR and LF.
std::string_view trim(std::string_view text);

// Returns `text` in ASCII lower case.
std::string to_lower(std::string_view text);

// Joins `parts` with `separator` between them.
std::string join(std::span<const std::string> parts, std::string_view separator);

// Returns `parts` as a list in words, with `conjunction` ("and", "or")
// before the last: "a", "a or b", "a, b or c"; "" for none.
std::string join_words(std::span<const std::string> parts, std::string_view conjunction);

// Splits `text` at every `separator`; an empty text gives one empty part.
std::vector<std::string> split(std::string_view text, char separator);

// Returns the Levenshtein distance between `a` and `b` (case-insensitive).
std::size_t edit_distance(std::string_view a, std::string_view b);

// Returns the candidate closest to `word` when it is near enough to be a
// likely typo (at most a third of the word's length, and at most 3 edits),
// or nullopt.
std::optional<std::string> closest_match(std::string_view word,
                                         std::span<const std::string> candidates);

// Splits `text` into paragraphs at blank lines. Within a paragraph, single
// line breaks become spaces (authors hard-wrap YAML block text), except
// before a line that starts a list item ("- " or "* ").
std::vector<std::string> paragraphs(std::string_view text);

// Word-wraps `text` to lines of at most `width` display columns, paragraph by
// paragraph (see paragraphs), with an empty line between paragraphs. Words
// are never split: a word longer than `width` gets a line of its own.
std::vector<std::string> wrap(std::string_view text, std::size_t width);

// Returns `text` made safe for a terminal (see for_terminal) and wrapped to
// `width` columns: the first line indented by `indent` spaces and starting
// with `lead` (made safe as one line), the others lined up after the lead,
// or `indent` + 4 when that would leave less than 20 columns; every line
// ends in '\n'. Words are never split: a word longer than a line gets a line
// of its own (the lead stands alone when the first word does not fit after
// it), indented less when that keeps it within `width` (and by at most
// `indent` + 4 when nothing would).
std::string
hang_wrap(std::string_view text, std::size_t indent, std::size_t width, std::string_view lead = {});

// Returns `parts` joined by `separator` (such as " · "), each made safe as
// one terminal line, and wrapped as hang_wrap does, breaking between parts:
// a part is broken across lines (between its words) only when it is longer
// than a whole line. The separator's text stays at the end of the line.
std::string hang_wrap_parts(std::span<const std::string> parts,
                            std::string_view separator,
                            std::size_t indent,
                            std::size_t width,
                            std::string_view lead = {});

// Returns `text` made safe for a terminal (see for_terminal), wrapped in the
// ANSI SGR sequence `code` (such as "1" bold or "31" red) and a reset when
// `color`. Every renderer and prompt for a terminal paints through it.
std::string ansi(std::string_view text, std::string_view code, bool color);

// Returns true when `text` is a slug: ^[a-z0-9][a-z0-9._-]{0,63}$.
bool is_slug(std::string_view text);

// Formats `value` with one decimal place ("72.5"), rounding half away from
// zero (81.25 is "81.3"): the precision of every human-facing score.
std::string one_decimal(double value);

} // namespace ftsu::util
