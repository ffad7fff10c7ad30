#pragma once

#include <ftsu/core/diagnostic.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// A small YAML document tree of our own, built from yaml-cpp's event parser.
// It keeps what the loaders need and yaml-cpp's own tree does not give safely:
// a mark on every node, duplicate keys caught, anchors, aliases, tags, a
// second document and deep nesting refused, plain and quoted scalars told
// apart, and the input checked for size, NUL bytes and UTF-8 first.
namespace ftsu::core::yaml {

// Files larger than this are refused before parsing.
inline constexpr std::size_t k_max_file_size = std::size_t{16} * 1024 * 1024;
// Collections nested deeper than this are refused.
inline constexpr std::size_t k_max_depth = 64;
// Scalars longer than this (in bytes) are refused.
inline constexpr std::size_t k_max_scalar_size = std::size_t{64} * 1024;
// Documents with more nodes than this are refused.
inline constexpr std::size_t k_max_nodes = 2'000'000;

enum class Kind { null, scalar, sequence, mapping };

struct MapEntry;

// One node of a parsed document.
struct Node
{
  Kind kind = Kind::null;
  Mark mark;
  // The scalar's text (empty for other kinds).
  std::string text;
  // True when the scalar was quoted or a block scalar, so `"null"` and
  // `"2026"` stay text.
  bool quoted = false;
  std::vector<Node> items;
  std::vector<MapEntry> entries;

  bool
  is_null() const
  {
    return kind == Kind::null;
  }
  bool
  is_scalar() const
  {
    return kind == Kind::scalar;
  }
  bool
  is_sequence() const
  {
    return kind == Kind::sequence;
  }
  bool
  is_mapping() const
  {
    return kind == Kind::mapping;
  }
  // Returns the value of `key` in a mapping, or nullptr.
  const Node* find(std::string_view key) const;
};

// One key: value pair of a mapping; the key is always a scalar.
struct MapEntry
{
  Node key;
  Node value;
};

// Returns a short description of `node`'s kind for messages ("a list").
std::string describe(const Node& node);

// Parses `text` (the bytes of one file) into a tree. Every problem is
// reported to `sink` with its position; returns nullopt when the text is not
// a single well-formed YAML document within the limits above. An empty file
// (or one with only comments) gives an error too.
std::optional<Node> parse(std::string_view text, DiagnosticSink& sink);

// Returns the text of every comment in `text` (without the '#' and the
// spaces after it), in order. A line-based scan: it knows quotes on a line
// and block scalars (| and >), which is what answers files use.
std::vector<std::string> comments(std::string_view text);

// Returns `text` as a YAML scalar that every YAML reader (1.1 or 1.2) reads
// back as exactly that text: plain when that is unambiguous, else double
// quoted with escapes ("yes", "0123", "2026-01-01", "null", text with ": ").
std::string scalar(std::string_view text);

// Returns `text` double-quoted, with YAML escapes for quotes, backslashes,
// line breaks and control characters.
std::string double_quoted(std::string_view text);

// Appends `node` as the block-style value of a mapping key or sequence
// entry at `indent` spaces: a scalar or "{}"/"[]" on the same line, else the
// entries on the following lines. Plain scalars stay plain (so a number
// stays a number) and quoted ones stay quoted.
void emit_value(const Node& node, std::size_t indent, std::string& out);

} // namespace ftsu::core::yaml
