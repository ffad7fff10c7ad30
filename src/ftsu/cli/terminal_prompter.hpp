#pragma once

#include <ftsu/cli/line_editor.hpp>
#include <ftsu/core/interview.hpp>

#include <cstddef>

namespace ftsu::cli {

// The interview on a terminal, or one line per prompt when standard input
// is not a terminal. Lines are read by a LineEditor, so an interrupt (see
// signals.hpp) ends a blocked read at once. At a terminal, a text prompt
// with a value starts with it in the line, ready to edit; Enter on it
// unchanged keeps it and an emptied line clears it. Ctrl-X Ctrl-E (or `e`
// alone) opens the user's editor (see external_editor.hpp), and each text
// prompt says so.
class TerminalPrompter final : public core::Prompter
{
public:
  // `color`: ANSI colour and bold; `width`: where to wrap text.
  TerminalPrompter(bool color, std::size_t width);

  core::Input choose(const core::Question& question, const core::Checklist& checklist) override;
  core::Input ask(const core::TextPrompt& prompt) override;
  void show_help(const core::Question& question, const core::Checklist& checklist) override;
  void show_message(std::string_view message) override;

  // Reads one line after `prompt`.
  core::Input read_line(std::string_view prompt);

private:
  std::string paint(std::string_view text, const char* code) const;
  void print_wrapped(std::string_view text, std::size_t indent, std::string_view lead = {});

  bool m_color;
  std::size_t m_width;
  LineEditor m_editor;
  // After a hint, the same question is asked again with the prompt alone.
  bool m_hinted = false;
  const core::Item* m_last_item = nullptr;
};

} // namespace ftsu::cli
