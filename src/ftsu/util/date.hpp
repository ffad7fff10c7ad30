#pragma once

#include <compare>
#include <optional>
#include <span>
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

// Formats `date` as people in the UK read it: "31 March 2027" (no leading
// zero), for the prose of every human-facing format.
std::string long_date(const Date& date);

// Formats `date` for a table cell: "31 Mar 2027".
std::string short_date(const Date& date);

// Returns the days from `from` to `to` (negative when `to` is earlier).
int days_between(const Date& from, const Date& to);

// Returns the date `days` after `date` (before it when negative).
Date add_days(const Date& date, int days);

// Returns how long a date is past, in words: under 14 days in days ("1
// day", "10 days"), under 9 weeks in whole weeks ("3 weeks"), else in
// whole months of 30 days ("4 months"); "0 days" for 0 or less.
std::string elapsed_text(int days);

// Returns the English names of the months, January first (for the dates
// people read, and for reading the dates they type).
std::span<const std::string_view, 12> month_names();

// Returns the same day `months` months before `date`, the last day of that
// month when it is shorter (2028-02-29 less 12 months is 2027-02-28).
Date months_before(const Date& date, int months);

// Returns today's date in UTC.
Date today_utc();

} // namespace ftsu::util
