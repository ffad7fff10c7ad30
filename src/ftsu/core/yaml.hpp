#pragma once

#include <ftsu/core/diagnostic.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
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

enum class Kind : std::uint8_t { null, scalar, sequence, mapping };

struct MapEntry;

// The children of a node: an array sized once, when its collection is
// complete, that owns its elements. Smaller than a std::vector (no spare
// capacity, no capacity field), which matters at a million nodes.
template<typename T> class Children
{
public:
  Children() = default;
  // Takes the elements of `from`, leaving it empty.
  explicit Children(std::vector<T>&& from)
      : m_data(from.empty() ? nullptr : std::make_unique<T[]>(from.size()))
      , m_size(static_cast<std::uint32_t>(from.size()))
  {
    for (std::size_t i = 0; i < from.size(); ++i) {
      m_data[i] = std::move(from[i]);
    }
    from.clear();
  }
  Children(const Children& other)
      : m_data(other.m_size == 0 ? nullptr : std::make_unique<T[]>(other.m_size))
      , m_size(other.m_size)
  {
    std::copy(other.begin(), other.end(), m_data.get());
  }
  Children(Children&& other) noexcept
      : m_data(std::move(other.m_data))
      , m_size(std::exchange(other.m_size, 0))
  {
  }
  Children&
  operator=(const Children& other)
  {
    if (this != &other) {
      *this = Children(other);
    }
    return *this;
  }
  Children&
  operator=(Children&& other) noexcept
  {
    m_data = std::move(other.m_data);
    m_size = std::exchange(other.m_size, 0);
    return *this;
  }
  ~Children() = default;

  std::size_t
  size() const
  {
    return m_size;
  }
  bool
  empty() const
  {
    return m_size == 0;
  }
  T*
  begin()
  {
    return m_data.get();
  }
  T*
  end()
  {
    return m_data.get() + m_size;
  }
  const T*
  begin() const
  {
    return m_data.get();
  }
  const T*
  end() const
  {
    return m_data.get() + m_size;
  }
  T&
  operator[](std::size_t i)
  {
    return m_data[i];
  }
  const T&
  operator[](std::size_t i) const
  {
    return m_data[i];
  }
  const T&
  front() const
  {
    return m_data[0];
  }
  const T&
  back() const
  {
    return m_data[m_size - 1];
  }

private:
  std::unique_ptr<T[]> m_data;
  std::uint32_t m_size = 0;
};

// One node of a parsed document (80 bytes, and its text when that is
// longer than 15 bytes; the children of a collection in one exact array, a
// mapping's entries 120 bytes each).
struct Node
{
  Kind kind = Kind::null;
  // True when the scalar was quoted or a block scalar, so `"null"` and
  // `"2026"` stay text.
  bool quoted = false;
  Mark mark;
  // The scalar's text (empty for other kinds).
  std::string text;
  // A sequence's entries.
  Children<Node> items;
  // A mapping's entries, in file order.
  Children<MapEntry> entries;

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
  // Returns the value of `key` in a mapping, or nullptr, for a loader that
  // releases what it has read.
  Node* find(std::string_view key);
  // Frees the node's text and children, leaving a null node: a loader calls
  // it on what it has read, so the tree shrinks as the model grows.
  void release();
};

// A mapping's key: always a scalar, so only its text and where it is are
// kept (40 bytes, not a whole node).
struct Key
{
  std::string text;
  Mark mark;
};

// One key: value pair of a mapping.
struct MapEntry
{
  Key key;
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

// The longest mapping key, in bytes as written, that key() writes as a
// simple key (`key:`): YAML allows a simple key at most 1,024 characters,
// counted up to its colon, and readers refuse a longer one.
inline constexpr std::size_t k_max_simple_key = 1000;

// Returns `text` written as a mapping key at column `indent`, up to and
// including its colon: `scalar(text):`, or when that would be longer than
// k_max_simple_key, YAML's explicit form, which has no limit: `? "text"`,
// a line break and `indent` spaces before the colon. The value follows
// either way (` value` on the line, or the lines of a block below).
std::string key(std::string_view text, std::size_t indent);

// Appends `node` as the block-style value of a mapping key or sequence
// entry at `indent` spaces: a scalar or "{}"/"[]" on the same line, else the
// entries on the following lines. Plain scalars stay plain (so a number
// stays a number) and quoted ones stay quoted.
void emit_value(const Node& node, std::size_t indent, std::string& out);

} // namespace ftsu::core::yaml
