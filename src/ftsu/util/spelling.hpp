#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

// Enums spelled in files and on the command line, as data: each such enum
// has one table of `{value, "text"}` rows beside it, one row per value in
// the enum's order, and a `static_assert(util::spells_every(table,
// Enum::last_))` that ties the table to the enum (its `last_` names its
// last value), so a value without a spelling does not build. to_string,
// parse and the list of keys all read the table (ccache ties
// k_statistics_fields to its enum the same way).
namespace ftsu::util {

// One value of `Enum` and how it is spelled ("in-progress").
template<class Enum> struct Spelling
{
  Enum value;
  std::string_view text;
};

// Returns `value`'s place in its enum (0 for the first).
template<class Enum>
constexpr std::size_t
enum_index(Enum value)
{
  return static_cast<std::size_t>(static_cast<std::underlying_type_t<Enum>>(value));
}

// Returns true when `table` spells every value of `Enum` from the first to
// `last`, each once, in the enum's order, and with a text that is not empty
// nor given twice.
template<class Enum, std::size_t N>
constexpr bool
spells_every(const Spelling<Enum> (&table)[N], Enum last)
{
  if (N != enum_index(last) + 1) {
    return false;
  }
  for (std::size_t i = 0; i < N; ++i) {
    if (enum_index(table[i].value) != i || table[i].text.empty()) {
      return false;
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (table[j].text == table[i].text) {
        return false;
      }
    }
  }
  return true;
}

// Returns how `table` spells `value`, or "" for a value outside the enum
// (a cast from a number), which spells_every leaves no other way to reach.
template<class Enum, std::size_t N>
constexpr std::string_view
spelling_of(const Spelling<Enum> (&table)[N], Enum value)
{
  const std::size_t index = enum_index(value);
  return index < N ? table[index].text : std::string_view();
}

// Returns the value `table` spells `text` (exactly, case and all), or
// nullopt when it spells none so.
template<class Enum, std::size_t N>
constexpr std::optional<Enum>
parse_spelling(const Spelling<Enum> (&table)[N], std::string_view text)
{
  for (const auto& row : table) {
    if (row.text == text) {
      return row.value;
    }
  }
  return std::nullopt;
}

// Returns every spelling of `table`, in the enum's order: the choices of an
// option, the list an error message gives, the candidates of a suggestion.
template<class Enum, std::size_t N>
std::vector<std::string>
spelling_keys(const Spelling<Enum> (&table)[N])
{
  std::vector<std::string> keys;
  keys.reserve(N);
  for (const auto& row : table) {
    keys.emplace_back(row.text);
  }
  return keys;
}

} // namespace ftsu::util
