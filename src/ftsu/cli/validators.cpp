#include <ftsu/cli/validators.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <string>

namespace ftsu::cli {

namespace {

// Returns true when `text` is an optional sign and one or more digits.
bool
is_whole_number(const std::string& text)
{
  std::size_t at = (!text.empty() && (text[0] == '-' || text[0] == '+')) ? 1 : 0;
  if (at == text.size()) {
    return false;
  }
  for (; at < text.size(); ++at) {
    if (text[at] < '0' || text[at] > '9') {
      return false;
    }
  }
  return true;
}

} // namespace

CLI::Validator
percent_range()
{
  return CLI::Validator(
      [](std::string& text) -> std::string {
        const char* begin = text.c_str();
        char* end = nullptr;
        errno = 0;
        const double value = std::strtod(begin, &end);
        if (text.empty() || end != begin + text.size() || std::isspace(text[0]) != 0) {
          return fmt::format("'{}' is not a number", text);
        }
        if (errno == ERANGE && std::fabs(value) < 1) {
          return fmt::format("{} is too small to be told apart from 0 (write 0 if you mean 0)",
                             text);
        }
        if (!std::isfinite(value) && errno != ERANGE) {
          return fmt::format("'{}' is not a finite number", text);
        }
        if (errno == ERANGE || value < 0 || value > 100) {
          return fmt::format("{} is not from 0 to 100", text);
        }
        return {};
      },
      "0 to 100",
      "percent");
}

CLI::Validator
whole_number_range(std::int64_t min, std::int64_t max)
{
  return CLI::Validator(
      [min, max](std::string& text) -> std::string {
        if (!is_whole_number(text)) {
          return fmt::format("'{}' is not a whole number", text);
        }
        errno = 0;
        const long long value = std::strtoll(text.c_str(), nullptr, 10);
        if (errno == ERANGE || value < min || value > max) {
          return fmt::format("{} is not from {} to {}", text, min, max);
        }
        return {};
      },
      fmt::format("{} to {}", min, max),
      "whole number");
}

} // namespace ftsu::cli
