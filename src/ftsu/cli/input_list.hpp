#pragma once

#include <string>
#include <vector>

// The files a command that reads many (aggregate) is given: paths, folders
// and "-" for a list of paths on standard input.
namespace ftsu::cli {

// Returns the files `args` name, in the order given: a file as it is; a
// folder as every .yaml and .yml file below it (hidden ones and those in
// hidden folders skipped), in sorted order; "-" as the paths read from
// standard input, one a line (blank lines skipped; a folder among them is
// expanded too). Throws core::Error: usage when "-" is given twice, io_error
// when a folder cannot be listed.
std::vector<std::string> expand_inputs(const std::vector<std::string>& args);

} // namespace ftsu::cli
