#include <ftsu/core/error.hpp>
#include <ftsu/report/show.hpp>

#include <fmt/format.h>

#include <array>
#include <utility>

namespace ftsu::report {

namespace {

constexpr std::array<std::pair<Format, std::string_view>, 5> k_formats{{
    {Format::text, "text"},
    {Format::markdown, "markdown"},
    {Format::json, "json"},
    {Format::csv, "csv"},
    {Format::html, "html"},
}};

} // namespace

std::string_view
to_string(Format format)
{
  for (const auto& [f, name] : k_formats) {
    if (f == format) {
      return name;
    }
  }
  return "text";
}

std::optional<Format>
parse_format(std::string_view text)
{
  for (const auto& [f, name] : k_formats) {
    if (name == text) {
      return f;
    }
  }
  return std::nullopt;
}

std::string
render_checklist(const core::Checklist& checklist, Format format, std::size_t width)
{
  switch (format) {
  case Format::text:
    return show_text(checklist, width);
  case Format::markdown:
    return show_markdown(checklist);
  case Format::json:
    return show_json(checklist);
  case Format::csv:
  case Format::html:
    break;
  }
  throw core::Error(
      core::ExitCode::usage,
      fmt::format("show cannot write {}; use text, markdown or json", to_string(format)));
}

} // namespace ftsu::report
