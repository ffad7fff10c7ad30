#include <ftsu/core/document.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

namespace ftsu::core {

namespace {

constexpr std::string_view k_reads =
    "this build reads ftsu-gap/checklist/v1 and ftsu-gap/answers/v1";

} // namespace

std::optional<DocumentKind>
detect_kind(const yaml::Node& root, DiagnosticSink& sink)
{
  if (!root.is_mapping()) {
    sink.error(root.mark,
               fmt::format("expected a mapping that starts with 'format: ftsu-gap/checklist/v1' or "
                           "'format: ftsu-gap/answers/v1', found {}",
                           yaml::describe(root)));
    return std::nullopt;
  }
  const yaml::Node* format = root.find("format");
  if (format == nullptr || format->is_null()) {
    std::string hint = "add 'format: ftsu-gap/checklist/v1' or 'format: ftsu-gap/answers/v1'";
    if (root.find("sections") != nullptr) {
      hint = "this looks like a checklist: add 'format: ftsu-gap/checklist/v1'";
    } else if (root.find("answers") != nullptr) {
      hint = "this looks like an answers file: add 'format: ftsu-gap/answers/v1'";
    }
    sink.error(format != nullptr ? format->mark : root.mark,
               fmt::format("no 'format:' given; {}", hint));
    return std::nullopt;
  }
  if (!format->is_scalar()) {
    sink.error(format->mark,
               fmt::format("'format' must be text, not {}; {}", yaml::describe(*format), k_reads));
    return std::nullopt;
  }
  const std::string& text = format->text;
  if (const auto kind = util::parse_spelling(k_document_formats, text)) {
    return kind;
  }
  const std::string shown = util::for_terminal(text);
  for (const std::string_view kind : {"checklist/", "answers/"}) {
    if (text.starts_with(fmt::format("ftsu-gap/{}", kind))) {
      sink.error(
          format->mark,
          fmt::format("format '{}' is a version this build cannot read; {}", shown, k_reads));
      return std::nullopt;
    }
  }
  for (const std::string_view kind : {"report", "diff", "trend", "aggregate"}) {
    if (text.starts_with(fmt::format("ftsu-gap/{}/", kind))) {
      sink.error(format->mark,
                 fmt::format("this is a JSON {} written by 'ftsu-gap {}' ({}), not a checklist or "
                             "answers file; {}",
                             kind == "report" ? "report" : kind,
                             kind,
                             shown,
                             k_reads));
      return std::nullopt;
    }
  }
  sink.error(format->mark, fmt::format("unknown format '{}'; {}", shown, k_reads));
  return std::nullopt;
}

bool
expect_kind(const yaml::Node& root, DocumentKind wanted, DiagnosticSink& sink)
{
  const auto kind = detect_kind(root, sink);
  if (!kind) {
    return false;
  }
  if (*kind == wanted) {
    return true;
  }
  const yaml::Node* format = root.find("format");
  if (wanted == DocumentKind::checklist) {
    sink.error(format->mark,
               "this is an answers file (format: ftsu-gap/answers/v1), but a checklist is "
               "expected here; give the checklist (a bundled id such as ngo-case-reviews, or its "
               "YAML file)");
  } else {
    sink.error(format->mark,
               "this is a checklist (format: ftsu-gap/checklist/v1), but an answers file is "
               "expected here; start one with 'ftsu-gap init CHECKLIST -o FILE'");
  }
  return false;
}

} // namespace ftsu::core
