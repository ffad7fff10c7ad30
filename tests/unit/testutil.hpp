#pragma once

#include <ftsu/core/answers.hpp>
#include <ftsu/core/checklist_loader.hpp>
#include <ftsu/core/diagnostic.hpp>
#include <ftsu/core/interview.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace ftsu::test {

// Every diagnostic of a load or parse, formatted as the user sees it.
struct Messages
{
  std::vector<std::string> messages;

  // Returns true when some message contains `text`.
  bool
  has(std::string_view text) const
  {
    for (const auto& message : messages) {
      if (message.find(text) != std::string::npos) {
        return true;
      }
    }
    return false;
  }
  // Returns every message, one a line (for a failed check to show).
  std::string
  all() const
  {
    std::string out;
    for (const auto& message : messages) {
      out += message + "\n";
    }
    return out;
  }
};

// The result of loading inline YAML: the checklist (or nullptr) and every
// diagnostic.
struct LoadResult : Messages
{
  core::ChecklistPtr checklist;
};

inline std::vector<std::string>
formatted(const core::DiagnosticSink& sink)
{
  std::vector<std::string> out;
  for (const auto& diagnostic : sink.diagnostics()) {
    out.push_back(core::format_diagnostic(diagnostic));
  }
  return out;
}

// Loads a checklist from inline YAML, as the file "t.yaml".
inline LoadResult
load_from_string(std::string_view yaml)
{
  core::DiagnosticSink sink("t.yaml");
  LoadResult out;
  out.checklist = core::load_checklist(yaml, sink, "t.yaml");
  out.messages = formatted(sink);
  return out;
}

// A small valid checklist to build tests on; `extra_item` is appended to the
// last section's items (already indented by 6 spaces per line).
inline std::string
small_checklist(std::string_view extra_item = {})
{
  return fmt::format(R"(format: ftsu-gap/checklist/v1
id: small
version: "1.0"
title: Small
sources:
  - id: src
    title: A source
profiles:
  - {{key: trust, label: Trust}}
  - {{key: primary-care, label: Primary care}}
sections:
  - id: one
    title: One
    items:
      - id: a
        text: A is done.
        sources: [src]
      - id: b
        text: B is done.
        mandatory: true
        weight: 2
  - id: two
    title: Two
    items:
      - id: c
        text: C is done.
        profiles: [trust]
        replaces: [old-c]
{})",
                     extra_item);
}

// A prompter that plays back a script of lines and records what it was
// shown: "<eof>" ends the input, "<int>" is an interrupt.
class ScriptedPrompter : public core::Prompter
{
public:
  explicit ScriptedPrompter(std::vector<std::string> script)
      : m_script(script.begin(), script.end())
  {
  }

  core::Input
  choose(const core::Question& question, const core::Checklist&) override
  {
    asked.push_back(question.item->id);
    headers.push_back(core::header_line(question));
    overdue.push_back(question.overdue);
    return next();
  }
  core::Input
  ask(const core::TextPrompt& prompt) override
  {
    prompts.push_back(prompt.label);
    currents.push_back(prompt.current);
    current_labels.push_back(prompt.current_label);
    return next();
  }
  void
  show_help(const core::Question& question, const core::Checklist&) override
  {
    helped.push_back(question.item->id);
  }
  void
  show_message(std::string_view message) override
  {
    messages.emplace_back(message);
  }

  std::vector<std::string> asked;
  std::vector<std::string> headers;
  std::vector<bool> overdue; // each question's overdue mark
  std::vector<std::string> prompts;
  std::vector<std::optional<std::string>> currents;
  std::vector<std::string> current_labels;
  std::vector<std::string> helped;
  std::vector<std::string> messages;

private:
  core::Input
  next()
  {
    if (m_script.empty() || m_script.front() == "<eof>") {
      return {core::Input::Kind::end_of_input, {}};
    }
    std::string line = m_script.front();
    m_script.pop_front();
    if (line == "<int>") {
      return {core::Input::Kind::interrupted, {}};
    }
    return {core::Input::Kind::line, line};
  }

  std::deque<std::string> m_script;
};

} // namespace ftsu::test
