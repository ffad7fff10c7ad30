#include <ftsu/cli/external_editor.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/terminal_prompter.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace ftsu::cli {

namespace {

void
print_text(std::string_view text)
{
  // The terminal may be gone (a hang-up): output errors are ignored, the
  // answers are saved regardless.
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fflush(stdout);
}

} // namespace

TerminalPrompter::TerminalPrompter(bool color, std::size_t width)
    : m_color(color)
    , m_width(width)
{
}

// Everything shown goes through paint (which makes the text safe for a
// terminal, coloured or not), print_wrapped (hang_wrap, likewise) or
// read_line's prompt; print alone only ever writes what those return.
std::string
TerminalPrompter::paint(std::string_view text, const char* code) const
{
  return util::ansi(text, code, m_color);
}

void
TerminalPrompter::print_wrapped(std::string_view text, std::size_t indent, std::string_view lead)
{
  print_text(util::hang_wrap(text, indent, m_width, lead));
}

core::Input
TerminalPrompter::read_line(std::string_view prompt)
{
  return m_editor.read(prompt);
}

core::Input
TerminalPrompter::choose(const core::Question& question, const core::Checklist& checklist)
{
  const bool repeat = m_hinted && m_last_item == question.item;
  m_hinted = false;
  m_last_item = question.item;
  if (repeat) {
    return read_line("> ");
  }
  print_text("\n");
  print_text(paint(core::header_line(question), "1;36") + "\n");
  print_wrapped(question.item->text, 2);
  if (question.answer) {
    const core::ScaleOption* option = checklist.find_option(*question.answer);
    print_wrapped("Current answer: " + (option != nullptr ? option->label : *question.answer)
                      + " (Enter keeps it)",
                  2);
  }
  if (question.open_action) {
    std::string action = *question.open_action;
    if (question.due) {
      action += fmt::format(
          " (due {}{})", util::to_string(*question.due), question.overdue ? ", overdue" : "");
    }
    print_wrapped(action, 2, "Open action: ");
  }
  print_text(paint(core::keys_line(checklist), "2") + "\n");
  return read_line("> ");
}

core::Input
TerminalPrompter::ask(const core::TextPrompt& prompt)
{
  if (prompt.current) {
    print_wrapped(*prompt.current, 2, prompt.current_label + ": ");
  }
  return offer_editor(read_line(prompt.keys.empty()
                                    ? fmt::format("{}: ", prompt.label)
                                    : fmt::format("{} ({}): ", prompt.label, prompt.keys)),
                      prompt.current);
}

core::Input
TerminalPrompter::offer_editor(core::Input typed, const std::optional<std::string>& current)
{
  if (!m_editor.at_terminal() || typed.kind != core::Input::Kind::line
      || util::trim(typed.text) != "e") {
    return typed;
  }
  const EditorResult edited = edit_in_editor(current.value_or(""));
  if (!edited.message.empty()) {
    print_wrapped(edited.message, 2);
  }
  return edited.input;
}

void
TerminalPrompter::show_help(const core::Question& question, const core::Checklist& checklist)
{
  const core::Item& item = *question.item;
  std::string facts = fmt::format("weight {}", item.weight);
  if (item.mandatory) {
    facts += "; mandatory: if it is not fully met, the rating is capped at the lowest band";
  }
  facts += std::ranges::count(item.tags, "inferred") > 0 ? "; inferred good practice" : "";
  print_text(paint(fmt::format("About {} ({})", item.id, facts), "1") + "\n");
  if (item.guidance) {
    print_text("  What good looks like\n");
    print_wrapped(*item.guidance, 4);
  }
  if (!item.evidence.empty()) {
    print_text("  Evidence you could show\n");
    for (const auto& evidence : item.evidence) {
      print_wrapped(evidence, 4, "- ");
    }
  }
  if (!item.sources.empty()) {
    print_text("  Sources\n");
  }
  for (const auto& ref : item.sources) {
    const core::Source* source = checklist.find_source(ref.source);
    std::string line = source != nullptr ? source->title : ref.source;
    if (ref.ref) {
      line += " — " + *ref.ref;
    }
    print_wrapped(line, 4, "- ");
    if (source != nullptr && source->url) {
      // Unwrapped, so the address can be copied whole.
      print_text("      " + util::for_terminal(*source->url) + "\n");
    }
  }
}

void
TerminalPrompter::show_message(std::string_view message)
{
  m_hinted = true;
  print_text(paint(message, "33") + "\n");
}

} // namespace ftsu::cli
