#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace ftsu::util {

// A calendar date (proleptic Gregorian), as written YYYY-MM-DD.
struct Date
{
  int year = 1970;
  int month = 1;
  int day = 1;

  // clang-tidy 14 takes the defaulted comparison for a literal 0.
  auto operator<=>(const Date&) const = default; // NOLINT(modernize-use-nullptr)
};

// Parses `text` as YYYY-MM-DD; returns nullopt unless it is exactly that shape
// and a real calendar date (2025-02-29 is refused).
std::optional<Date> parse_date(std::string_view text);

// Parses a date as a person in the UK types it: YYYY-MM-DD, or DD/MM/YYYY
// (day first; one-digit day and month allowed, as 1/4/2027); returns nullopt
// unless it is a real calendar date in one of those shapes.
std::optional<Date> parse_typed_date(std::string_view text);

// Returns true when `text` is YYYY, YYYY-MM or YYYY-MM-DD with a real month
// and day: the precision a source's publication date may have.
bool is_partial_date(std::string_view text);

// Formats `date` as YYYY-MM-DD.
std::string to_string(const Date& date);

// Returns the same day `months` months before `date`, the last day of that
// month when it is shorter (2028-02-29 less 12 months is 2027-02-28).
Date months_before(const Date& date, int months);

// Returns today's date in UTC.
Date today_utc();

} // namespace ftsu::util
