#pragma once

#include <span>
#include <string_view>

namespace ftsu::core {

// One checklist file built into the binary from checklists/<id>/<version>.yaml.
struct BundledFile
{
  // "checklists/<id>/<version>.yaml"
  std::string_view path;
  std::string_view text;
};

namespace detail {
// Defined in the file that CMake generates from checklists/.
std::span<const BundledFile> bundled_files();
} // namespace detail

// Returns every bundled checklist file, sorted by path.
std::span<const BundledFile> bundled_files();

} // namespace ftsu::core
