#include <ftsu/report/currency.hpp>
#include <ftsu/report/show.hpp>
#include <ftsu/util/markup.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace ftsu::report {

namespace {

using util::markdown_escape;

std::string
source_line(const core::Source& source)
{
  std::string line = fmt::format("**{}**", markdown_escape(source.title));
  if (source.publisher) {
    line += ". " + markdown_escape(*source.publisher);
  }
  if (source.date) {
    line += ", " + markdown_escape(*source.date);
  }
  if (const std::string currency = source_currency_text(source); !currency.empty()) {
    line += " (" + currency + ")";
  }
  if (source.url) {
    const std::string url = util::safe_url(*source.url);
    line += url.empty() ? ". " + markdown_escape(*source.url) : fmt::format(". <{}>", url);
  }
  return line;
}

void
append_markdown_item(std::string& out,
                     const core::Checklist& checklist,
                     const core::Item& item,
                     const std::string& number)
{
  out += fmt::format("### {} {}\n\n", number, markdown_escape(item.text));
  std::vector<std::string> facts{fmt::format("`{}`", item.id)};
  if (item.weight != 1.0) {
    facts.push_back(fmt::format("weight {}", item.weight));
  }
  if (item.mandatory) {
    facts.emplace_back("**mandatory**");
  }
  if (std::ranges::find(item.tags, "inferred") != item.tags.end()) {
    facts.emplace_back("*inferred good practice*");
  }
  if (!item.profiles.empty()) {
    facts.push_back(fmt::format("only for {}", markdown_escape(util::join(item.profiles, ", "))));
  }
  out += util::join(facts, " · ") + "\n\n";
  if (item.guidance) {
    out +=
        fmt::format("**What good looks like.** {}\n\n", util::markdown_paragraphs(*item.guidance));
  }
  if (!item.evidence.empty()) {
    out += "**Evidence you could show:**\n\n";
    for (const auto& evidence : item.evidence) {
      out += fmt::format("- {}\n", markdown_escape(evidence));
    }
    out += '\n';
  }
  if (!item.sources.empty()) {
    std::vector<std::string> cites;
    for (const auto& ref : item.sources) {
      const core::Source* source = checklist.find_source(ref.source);
      std::string cite = markdown_escape(source != nullptr ? source->title : ref.source);
      if (ref.ref) {
        cite += " (" + markdown_escape(*ref.ref) + ")";
      }
      cites.push_back(std::move(cite));
    }
    out += fmt::format("*Sources:* {}\n\n", util::join(cites, "; "));
  }
}

} // namespace

std::string
show_markdown(const core::Checklist& checklist, std::optional<util::Date> today)
{
  std::string out = fmt::format("# {}\n\n", markdown_escape(checklist.title));
  std::string meta = fmt::format("Checklist `{}` version {} · {} items in {} sections",
                                 checklist.id,
                                 markdown_escape(checklist.version),
                                 checklist.item_count(),
                                 checklist.sections.size());
  if (checklist.published) {
    meta += " · published " + util::long_date(*checklist.published);
  }
  meta += " · content date " + content_date_text(checklist);
  out += meta + "\n\n";
  if (const std::string note = today ? stale_note(checklist, *today) : std::string();
      !note.empty()) {
    out += "> **Note:** " + note + "\n\n";
  }
  if (checklist.description) {
    out += util::markdown_paragraphs(*checklist.description) + "\n\n";
  }
  std::vector<std::string> labels;
  for (const auto& option : checklist.scale) {
    labels.push_back(markdown_escape(option.label));
  }
  out += fmt::format("Answer each statement with one of: {}; and note the evidence you hold.\n\n",
                     util::join(labels, ", "));
  if (!checklist.profiles.empty()) {
    out += "**Profiles:** ";
    std::vector<std::string> profiles;
    for (const auto& profile : checklist.profiles) {
      profiles.push_back(fmt::format("`{}` {}", profile.key, markdown_escape(profile.label)));
    }
    out += util::join(profiles, "; ") + "\n\n";
  }
  out += "## Contents\n\n";
  for (std::size_t s = 0; s < checklist.sections.size(); ++s) {
    out += fmt::format("{}. {} ({} items)\n",
                       s + 1,
                       markdown_escape(checklist.sections[s].title),
                       checklist.sections[s].items.size());
  }
  out += '\n';
  for (std::size_t s = 0; s < checklist.sections.size(); ++s) {
    const auto& section = checklist.sections[s];
    out += fmt::format("## {}. {}\n\n", s + 1, markdown_escape(section.title));
    if (section.description) {
      out += util::markdown_paragraphs(*section.description) + "\n\n";
    }
    for (std::size_t i = 0; i < section.items.size(); ++i) {
      append_markdown_item(out, checklist, section.items[i], fmt::format("{}.{}", s + 1, i + 1));
    }
  }
  if (!checklist.sources.empty()) {
    out += "## Sources\n\n";
    for (const auto& source : checklist.sources) {
      out += fmt::format("- {}\n", source_line(source));
    }
  }
  return out;
}

} // namespace ftsu::report
