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
  // The answer menu's keys have no history: Up never brings "m" or "s"
  // into a text.
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
  if (const std::string fields = core::field_keys_line(question); !fields.empty()) {
    print_text(paint(fields, "2") + "\n");
  }
  return read_line("> ");
}

namespace {

// True when `text` can start an edited line: one line of visible text,
// well-formed, with nothing util::for_terminal would escape. A value with a
// hidden character (a bidi control, a zero-width space) is shown escaped
// above the prompt instead: typed into the line it would reach the terminal
// raw, or be silently changed by the editing.
bool
fits_one_line(std::string_view text)
{
  const bool one_line = std::none_of(text.begin(), text.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 || byte == 0x7F;
  });
  return one_line && util::for_terminal(text) == text;
}

} // namespace

core::Input
TerminalPrompter::ask(const core::TextPrompt& prompt)
{
  const bool prefill =
      prompt.current && prompt.editable && m_editor.prefills() && fits_one_line(*prompt.current);
  if (prompt.current && !prefill) {
    print_wrapped(*prompt.current, 2, prompt.current_label + ": ");
  }
  std::string keys =
      prefill ? fmt::format("Enter {}, an empty line clears it", prompt.enter_does) : prompt.keys;
  if (m_editor.at_terminal() && prompt.editable) {
    const std::string_view editor = m_editor.editor_keys(prefill);
    keys += keys.empty() ? std::string(editor) : fmt::format(", {}", editor);
  }
  // A line that starts with a value has its keys on a line of their own
  // above it, so the value starts next to its label.
  // Where the value comes from ("Evidence from 2025/26") leads it.
  if (prefill) {
    print_text(paint(prompt.current_label == "Current"
                         ? fmt::format("  {}", keys)
                         : fmt::format("  {}: {}", prompt.current_label, keys),
                     "2")
               + "\n");
  }
  const std::string line_prompt = keys.empty() || prefill
                                      ? fmt::format("{}: ", prompt.label)
                                      : fmt::format("{} ({}): ", prompt.label, keys);
  // Each kind of text keeps its own history: Up at the owner brings back
  // owners, not evidence.
  core::Input typed = m_editor.read(
      line_prompt, prefill ? std::string_view(*prompt.current) : std::string_view(), prompt.label);
  const bool asked_editor = m_editor.take_editor_request();
  if (typed.kind != core::Input::Kind::line || !prompt.editable) {
    return typed;
  }
  if (asked_editor || (m_editor.at_terminal() && util::trim(typed.text) == "e")) {
    // Ctrl-X Ctrl-E edits the line as it stands; `e` alone, the current value.
    const std::string start = asked_editor ? typed.text : prompt.current.value_or("");
    EditorResult edited = edit_in_editor(start);
    const bool line_changed = asked_editor && prefill && util::trim(start) != *prompt.current;
    if (line_changed && edited.input.kind == core::Input::Kind::line && edited.input.text.empty()) {
      // The editor changed nothing: the line as edited stands.
      print_wrapped("No change was made in the editor; the line as edited is kept.", 2);
      typed.text = start;
    } else {
      if (!edited.message.empty()) {
        print_wrapped(edited.message, 2);
      }
      return edited.input;
    }
  }
  if (prefill) {
    // The line held the current value: unchanged it keeps it (as an empty
    // line does through a pipe), emptied it clears it (as "-" does).
    const std::string_view text = util::trim(typed.text);
    if (text == util::trim(*prompt.current)) {
      typed.text.clear();
    } else if (text.empty()) {
      typed.text = "-";
    }
  }
  return typed;
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
