#pragma once

#include <CLI/CLI.hpp>

namespace ftsu::cli {

// Returns a validator for a percentage option: a finite number from 0 to
// 100. NaN and the infinities, which compare false with everything and so
// would turn a gate off, are refused.
CLI::Validator percent_range();

} // namespace ftsu::cli
