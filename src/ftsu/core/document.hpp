#pragma once

#include <ftsu/core/diagnostic.hpp>
#include <ftsu/core/yaml.hpp>
#include <ftsu/util/spelling.hpp>

#include <optional>
#include <string_view>

namespace ftsu::core {

// The two kinds of input file, told apart by `format:`.
enum class DocumentKind { checklist, answers, last_ = answers };

inline constexpr std::string_view k_checklist_format = "ftsu-gap/checklist/v1";
inline constexpr std::string_view k_answers_format = "ftsu-gap/answers/v1";

// The `format:` of each kind of file this build reads and writes, in order.
inline constexpr util::Spelling<DocumentKind> k_document_formats[] = {
    {DocumentKind::checklist, k_checklist_format},
    {DocumentKind::answers, k_answers_format},
};
static_assert(util::spells_every(k_document_formats, DocumentKind::last_));

// Returns the `format:` of a file of `kind` ("ftsu-gap/answers/v1").
constexpr std::string_view
to_string(DocumentKind kind)
{
  return util::spelling_of(k_document_formats, kind);
}

// Where the answers files ftsu-gap writes say their JSON Schema is, for
// editors with a YAML language server: the path the Debian package installs
// it at, absolute so that it holds wherever the file is (docs/schemas.md).
inline constexpr std::string_view k_answers_schema_path =
    "/usr/share/ftsu-gap/schema/answers.schema.json";

// Reads the `format:` of a parsed file; reports a missing, unknown or
// unsupported format (naming the versions this build reads) and returns
// nullopt.
std::optional<DocumentKind> detect_kind(const yaml::Node& root, DiagnosticSink& sink);

// Returns true when `root` is of kind `wanted`; otherwise reports, at its
// `format:` line, that the file is the other kind (or has no known format).
bool expect_kind(const yaml::Node& root, DocumentKind wanted, DiagnosticSink& sink);

} // namespace ftsu::core
