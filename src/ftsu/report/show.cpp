#include <ftsu/report/show.hpp>

namespace ftsu::report {

FormatTable<core::Checklist, Layout>
show_formats()
{
  static constexpr FormatEntry<core::Checklist, Layout> k_table[] = {
      {"text",
       ".txt",
       "for reading",
       [](const core::Checklist& c, const Layout& layout) { return show_text(c, layout.width); }},
      {"markdown",
       ".md .markdown",
       "a handout",
       [](const core::Checklist& c, const Layout&) { return show_markdown(c); }},
      {"json",
       ".json",
       "a valid checklist file, for programs",
       [](const core::Checklist& c, const Layout&) { return show_json(c); }},
  };
  return k_table;
}

} // namespace ftsu::report
