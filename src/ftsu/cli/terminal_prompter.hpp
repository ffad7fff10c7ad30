#pragma once

#include <ftsu/cli/line_editor.hpp>
#include <ftsu/core/interview.hpp>

#include <cstddef>

namespace ftsu::cli {

// The interview on a terminal, or one line per prompt when standard input
// is not a terminal. Lines are read by a LineEditor, so an interrupt (see
// signals.hpp) ends a blocked read at once; at a terminal, `e` alone at a
// text prompt opens the user's editor (see external_editor.hpp).
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
  // Returns `typed`, or when it is `e` alone at a terminal, the reply made
  // in the user's editor from `current`.
  core::Input offer_editor(core::Input typed, const std::optional<std::string>& current);

  bool m_color;
  std::size_t m_width;
  LineEditor m_editor;
  // After a hint, the same question is asked again with the prompt alone.
  bool m_hinted = false;
  const core::Item* m_last_item = nullptr;
};

} // namespace ftsu::cli
