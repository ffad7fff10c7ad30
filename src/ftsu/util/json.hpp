#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ftsu::util {

// Writes pretty-printed JSON (two-space indent) in the order the calls are
// made, so every output has a stable key order. Strings are escaped per
// RFC 8259 (plus U+2028/U+2029), and ill-formed UTF-8 becomes U+FFFD, so the
// result is always valid UTF-8 JSON.
class JsonWriter
{
public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  // Writes an object key; the next call writes its value.
  JsonWriter& key(std::string_view name);
  JsonWriter& string(std::string_view value);
  // Writes a number with the shortest text that reads back as the same
  // double; NaN and infinities (which JSON cannot hold) are written as null.
  JsonWriter& number(double value);
  JsonWriter& integer(std::int64_t value);
  JsonWriter& boolean(bool value);
  JsonWriter& null();
  JsonWriter& string_or_null(const std::optional<std::string>& value);
  // The same for a text that may be absent (nullptr).
  JsonWriter& string_or_null(const std::string* value);
  JsonWriter& number_or_null(const std::optional<double>& value);
  // Writes an array of strings.
  JsonWriter& strings(const std::vector<std::string>& values);

  // Reserves room for a document of about `bytes`, so a large one is not
  // copied as it grows.
  void reserve(std::size_t bytes);

  // Returns the document written so far, ending in a newline.
  std::string str() const&;
  // Returns the document, ending in a newline, without copying it.
  std::string str() &&;

private:
  void before_value();
  void close(char bracket);

  std::string m_out;
  std::vector<bool> m_empty;
  bool m_after_key = false;
};

// Returns `value` as a JSON string literal, quotes included.
std::string json_quote(std::string_view value);

} // namespace ftsu::util
