#pragma once

#include <CLI/CLI.hpp>

#include <cstdint>

namespace ftsu::cli {

// Returns a validator for a percentage option: a finite number from 0 to
// 100. NaN and the infinities, which compare false with everything and so
// would turn a gate off, are refused, and so is a number too small to be
// told apart from 0 in a double (1e-400): it is not rounded to 0, since
// a score of exactly 0 is below it and not below 0.
CLI::Validator percent_range();

// Returns a validator for a count option: a whole number (decimal digits,
// an optional sign) from `min` to `max`; "2.5" is "not a whole number",
// never "not in range".
CLI::Validator whole_number_range(std::int64_t min, std::int64_t max);

} // namespace ftsu::cli
