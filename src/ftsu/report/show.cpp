#include <ftsu/report/show.hpp>

namespace ftsu::report {

FormatTable<core::Checklist, ShowOptions>
show_formats()
{
  using O = ShowOptions;
  static constexpr FormatEntry<core::Checklist, O> k_table[] = {
      {{"text", ".txt", "for reading"},
       [](const core::Checklist& c, const O& o) { return show_text(c, o.width, o.today); }},
      {{"markdown", ".md .markdown", "a handout"},
       [](const core::Checklist& c, const O& o) { return show_markdown(c, o.today); }},
      {{"json", ".json", "a valid checklist file, for programs"},
       [](const core::Checklist& c, const O&) { return show_json(c); }},
  };
  return k_table;
}

} // namespace ftsu::report
