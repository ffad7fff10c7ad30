#include <ftsu/report/show.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace ftsu::report {

namespace {

using util::for_terminal_line;

void
append_wrapped(std::string& out,
               std::string_view text,
               std::size_t indent,
               std::size_t width,
               std::string_view lead = {})
{
  out += util::hang_wrap(text, indent, width, lead);
}

std::string
item_facts(const core::Item& item)
{
  std::vector<std::string> facts;
  facts.push_back(fmt::format("weight {}", item.weight));
  if (item.mandatory) {
    facts.emplace_back("mandatory");
  }
  if (std::ranges::find(item.tags, "inferred") != item.tags.end()) {
    facts.emplace_back("inferred good practice");
  }
  if (!item.profiles.empty()) {
    facts.push_back(fmt::format("only for {}", util::join(item.profiles, ", ")));
  }
  if (!item.replaces.empty()) {
    facts.push_back(fmt::format("was {}", util::join(item.replaces, ", ")));
  }
  return util::join(facts, " · ");
}

void
append_item(std::string& out,
            const core::Checklist& checklist,
            const core::Item& item,
            const std::string& number,
            std::size_t width)
{
  // The facts go on the item's line when they fit, else on the next one.
  const std::string head = fmt::format("  {} {}", number, for_terminal_line(item.id));
  const std::string facts = fmt::format("({})", for_terminal_line(item_facts(item)));
  if (util::display_width(head) + 2 + util::display_width(facts) <= width) {
    out += head + "  " + facts + '\n';
  } else {
    out += head + '\n';
    append_wrapped(out, facts, 6, width);
  }
  append_wrapped(out, item.text, 6, width);
  if (item.guidance) {
    append_wrapped(out, *item.guidance, 6, width, "Good: ");
  }
  if (!item.evidence.empty()) {
    out += "      Evidence:\n";
    for (const auto& evidence : item.evidence) {
      append_wrapped(out, evidence, 8, width, "- ");
    }
  }
  for (const auto& ref : item.sources) {
    const core::Source* source = checklist.find_source(ref.source);
    std::string line = source != nullptr ? source->title : ref.source;
    if (ref.ref) {
      line += " — " + *ref.ref;
    }
    append_wrapped(out, line, 6, width, "Source: ");
  }
  out += '\n';
}

} // namespace

std::string
show_text(const core::Checklist& checklist, std::size_t width)
{
  std::string out;
  out += for_terminal_line(checklist.title) + '\n';
  std::string meta = fmt::format("{} {} · {} items in {} sections",
                                 checklist.id,
                                 checklist.version,
                                 checklist.item_count(),
                                 checklist.sections.size());
  if (checklist.published) {
    meta += " · published " + util::to_string(*checklist.published);
  }
  out += for_terminal_line(meta) + "\n\n";
  if (checklist.description) {
    append_wrapped(out, *checklist.description, 0, width);
    out += '\n';
  }
  if (!checklist.profiles.empty()) {
    out += "Profiles:\n";
    for (const auto& profile : checklist.profiles) {
      append_wrapped(out, fmt::format("{}: {}", profile.key, profile.label), 2, width);
    }
    out += '\n';
  }
  for (std::size_t s = 0; s < checklist.sections.size(); ++s) {
    const auto& section = checklist.sections[s];
    out += for_terminal_line(fmt::format("{}. {} [{}]", s + 1, section.title, section.id)) + '\n';
    if (section.description) {
      append_wrapped(out, *section.description, 2, width);
    }
    out += '\n';
    for (std::size_t i = 0; i < section.items.size(); ++i) {
      append_item(out, checklist, section.items[i], fmt::format("{}.{}", s + 1, i + 1), width);
    }
  }
  if (!checklist.sources.empty()) {
    out += "Sources\n";
    for (const auto& source : checklist.sources) {
      std::string line = source.title;
      if (source.publisher) {
        line += ". " + *source.publisher;
      }
      if (source.date) {
        line += ", " + *source.date;
      }
      if (source.url) {
        line += ". " + *source.url;
      }
      append_wrapped(out, line, 2, width, fmt::format("[{}] ", for_terminal_line(source.id)));
    }
  }
  return out;
}

} // namespace ftsu::report
