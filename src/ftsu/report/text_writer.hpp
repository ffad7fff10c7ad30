#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ftsu::report {

// Returns the width terminal text wraps to: `terminal_width`, but at least
// 40 columns.
std::size_t wrap_width(std::size_t terminal_width);

// Returns `text` wrapped to `width`, each line painted with the SGR colour
// `code` when `color` ("0" leaves it plain), each ending in '\n'.
std::string heading_lines(std::string_view text, std::size_t width, const char* code, bool color);

// What the text renderers that write their page line by line share (report,
// diff and actions, `--format text`): the text written so far, the width it
// wraps to, and text wrapped with a hanging indent or painted with an SGR
// colour code. Each renderer derives from it.
class TextWriter
{
protected:
  // `width` is the terminal's (a width under 40 columns is taken as 40);
  // `color` says whether paint() writes escape sequences.
  TextWriter(std::size_t width, bool color);

  // Appends `text` wrapped to the width, after `lead` on its first line
  // and `indent` spaces on every line (util::hang_wrap).
  void wrapped(std::string_view text, std::size_t indent, std::string_view lead = {});

  // Returns `text` made safe for a terminal, in the SGR colour `code` ("1"
  // bold, "31" red, ...) when colour is on; "0" leaves it plain.
  std::string paint(std::string_view text, const char* code) const;

  // Appends `text` wrapped to the width, each line painted with `code`.
  void heading(std::string_view text, const char* code = "1");

  std::string m_out;
  std::size_t m_width;

private:
  bool m_color;
};

} // namespace ftsu::report
