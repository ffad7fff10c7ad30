#pragma once

#include <ftsu/core/diagnostic.hpp>
#include <ftsu/core/yaml.hpp>
#include <ftsu/util/date.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Typed, checked access to the fields of one YAML mapping, shared by the
// checklist and answers loaders so both give the same quality of errors.
namespace ftsu::core::schema {

// Whether a field must be present.
enum class Need { optional, required };

// Returns true when `key` is a user's extension key (begins with "x-").
bool is_extension_key(std::string_view key);

// Parses a plain scalar's text as a number: decimal digits with an optional
// sign, fraction and exponent (no octal, hex, .inf or .nan).
std::optional<double> parse_number(std::string_view text);

// Reports an error unless `node` is a mapping; returns whether it is.
bool expect_mapping(const yaml::Node& node, std::string_view what, DiagnosticSink& sink);

// Reads the fields of one mapping. The constructor reports every key that is
// not in `known` and not an extension key, with a did-you-mean suggestion.
class Fields
{
public:
  Fields(const yaml::Node& map,
         std::string context,
         DiagnosticSink& sink,
         std::initializer_list<std::string_view> known);

  // Returns the value of `key`, or nullptr when it is absent or empty (null).
  const yaml::Node* get(std::string_view key) const;
  // Returns true when `key` is written, even with an empty value.
  bool has(std::string_view key) const;

  std::optional<std::string> text(std::string_view key, Need need = Need::optional) const;
  std::optional<std::string> slug(std::string_view key, Need need = Need::optional) const;
  std::optional<double> number(std::string_view key) const;
  std::optional<bool> boolean(std::string_view key) const;
  std::optional<util::Date> date(std::string_view key) const;
  std::vector<std::string> text_list(std::string_view key) const;
  std::vector<std::string> slug_list(std::string_view key) const;
  // Returns the sequence under `key`, or nullptr (reporting a wrong type, or
  // a missing required list).
  const yaml::Node* list(std::string_view key, Need need = Need::optional) const;
  // Returns the mark of `key`'s value, or of the mapping when it is absent.
  Mark mark_of(std::string_view key) const;

  const std::string&
  context() const
  {
    return m_context;
  }
  DiagnosticSink&
  sink() const
  {
    return m_sink;
  }

private:
  void missing(std::string_view key, std::string_view what) const;

  const yaml::Node& m_map;
  std::string m_context;
  DiagnosticSink& m_sink;
};

// Reads a scalar as text, reporting `what` when it is not one.
std::optional<std::string>
scalar_text(const yaml::Node& node, std::string_view what, DiagnosticSink& sink);

// Reads a scalar as a slug, reporting a malformed one.
std::optional<std::string>
scalar_slug(const yaml::Node& node, std::string_view what, DiagnosticSink& sink);

} // namespace ftsu::core::schema
