#include <ftsu/report/currency.hpp>
#include <ftsu/report/show.hpp>
#include <ftsu/report/text_writer.hpp>
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
  append_wrapped(out,
                 for_terminal_line(fmt::format("{} ({})", item.id, item_facts(item))),
                 2,
                 width,
                 number + " ");
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
show_text(const core::Checklist& checklist, std::size_t width, std::optional<util::Date> today)
{
  width = wrap_width(width);
  std::string out = util::hang_wrap(for_terminal_line(checklist.title), 0, width);
  std::vector<std::string> meta{
      fmt::format("{} {}", checklist.id, checklist.version),
      fmt::format("{} items in {} sections", checklist.item_count(), checklist.sections.size())};
  if (checklist.published) {
    meta.push_back("published " + util::long_date(*checklist.published));
  }
  meta.push_back("content date " + content_date_text(checklist));
  out += util::hang_wrap_parts(meta, " · ", 0, width) + "\n";
  if (const std::string note = today ? stale_note(checklist, *today) : std::string();
      !note.empty()) {
    append_wrapped(out, note, 0, width, "Note: ");
  }
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
    append_wrapped(out,
                   for_terminal_line(fmt::format("{} [{}]", section.title, section.id)),
                   0,
                   width,
                   fmt::format("{}. ", s + 1));
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
      if (const std::string currency = source_currency_text(source); !currency.empty()) {
        line += " (" + currency + ")";
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
