#include <ftsu/cli/validators.hpp>

#include <fmt/format.h>

#include <cmath>
#include <string>

namespace ftsu::cli {

CLI::Validator
percent_range()
{
  return CLI::Validator(
      [](std::string& text) -> std::string {
        std::size_t used = 0;
        double value = 0;
        try {
          value = std::stod(text, &used);
        } catch (const std::exception&) {
          return fmt::format("'{}' is not a number", text);
        }
        if (used != text.size()) {
          return fmt::format("'{}' is not a number", text);
        }
        if (!std::isfinite(value)) {
          return fmt::format("'{}' is not a finite number", text);
        }
        if (value < 0 || value > 100) {
          return fmt::format("{} is not from 0 to 100", text);
        }
        return {};
      },
      "0 to 100",
      "percent");
}

} // namespace ftsu::cli
