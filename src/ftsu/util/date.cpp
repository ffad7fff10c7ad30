#include <ftsu/util/date.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <chrono>

namespace ftsu::util {

namespace {

std::optional<int>
digits(std::string_view text)
{
  if (text.empty()) {
    return std::nullopt;
  }
  int value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') {
      return std::nullopt;
    }
    value = value * 10 + (c - '0');
  }
  return value;
}

int
days_in_month(int year, int month)
{
  static constexpr int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : k_days[month - 1];
}

} // namespace

std::optional<Date>
parse_date(std::string_view text)
{
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return std::nullopt;
  }
  const auto year = digits(text.substr(0, 4));
  const auto month = digits(text.substr(5, 2));
  const auto day = digits(text.substr(8, 2));
  if (!year || !month || !day || *year < 1 || *month < 1 || *month > 12 || *day < 1
      || *day > days_in_month(*year, *month)) {
    return std::nullopt;
  }
  return Date{*year, *month, *day};
}

std::optional<Date>
parse_typed_date(std::string_view text)
{
  if (const auto iso = parse_date(text)) {
    return iso;
  }
  const auto first = text.find('/');
  const auto second = first == std::string_view::npos ? first : text.find('/', first + 1);
  if (second == std::string_view::npos || text.size() - second - 1 != 4 || first == 0 || first > 2
      || second - first - 1 == 0 || second - first - 1 > 2) {
    return std::nullopt;
  }
  const auto day = digits(text.substr(0, first));
  const auto month = digits(text.substr(first + 1, second - first - 1));
  const auto year = digits(text.substr(second + 1));
  if (!year || !month || !day) {
    return std::nullopt;
  }
  return parse_date(fmt::format("{:04}-{:02}-{:02}", *year, *month, *day));
}

bool
is_partial_date(std::string_view text)
{
  if (text.size() == 4) {
    return digits(text).has_value();
  }
  if (text.size() == 7) {
    if (text[4] != '-' || !digits(text.substr(0, 4))) {
      return false;
    }
    const int month = digits(text.substr(5, 2)).value_or(0);
    return month >= 1 && month <= 12;
  }
  return parse_date(text).has_value();
}

std::string
to_string(const Date& date)
{
  return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
}

namespace {

constexpr std::array<std::string_view, 12> k_month_names = {"January",
                                                            "February",
                                                            "March",
                                                            "April",
                                                            "May",
                                                            "June",
                                                            "July",
                                                            "August",
                                                            "September",
                                                            "October",
                                                            "November",
                                                            "December"};

std::string_view
month_name(const Date& date)
{
  return k_month_names.at(static_cast<std::size_t>(std::clamp(date.month, 1, 12) - 1));
}

std::chrono::sys_days
days_of(const Date& date)
{
  return std::chrono::sys_days{std::chrono::year(date.year)
                               / std::chrono::month(static_cast<unsigned>(date.month))
                               / std::chrono::day(static_cast<unsigned>(date.day))};
}

} // namespace

std::span<const std::string_view, 12>
month_names()
{
  return k_month_names;
}

std::string
long_date(const Date& date)
{
  return fmt::format("{} {} {}", date.day, month_name(date), date.year);
}

std::string
short_date(const Date& date)
{
  return fmt::format("{} {} {}", date.day, month_name(date).substr(0, 3), date.year);
}

int
days_between(const Date& from, const Date& to)
{
  return static_cast<int>((days_of(to) - days_of(from)).count());
}

Date
add_days(const Date& date, int days)
{
  const std::chrono::year_month_day ymd{days_of(date) + std::chrono::days(days)};
  return Date{static_cast<int>(ymd.year()),
              static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

std::string
elapsed_text(int days)
{
  const auto counted = [](int n, std::string_view unit) {
    return fmt::format("{} {}{}", n, unit, n == 1 ? "" : "s");
  };
  if (days < 14) {
    return counted(std::max(days, 0), "day");
  }
  if (days < 63) {
    return counted(days / 7, "week");
  }
  return counted(days / 30, "month");
}

Date
months_before(const Date& date, int months)
{
  const int index = date.year * 12 + (date.month - 1) - months;
  const std::chrono::year_month last{std::chrono::year(index / 12),
                                     std::chrono::month(static_cast<unsigned>(index % 12 + 1))};
  const unsigned days_in_month = static_cast<unsigned>((last / std::chrono::last).day());
  return Date{index / 12,
              index % 12 + 1,
              static_cast<int>(std::min(static_cast<unsigned>(date.day), days_in_month))};
}

Date
today_utc()
{
  const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day ymd{now};
  return Date{static_cast<int>(ymd.year()),
              static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

} // namespace ftsu::util
