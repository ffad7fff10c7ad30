#include <ftsu/core/bundled.hpp>

namespace ftsu::core {

std::span<const BundledFile>
bundled_files()
{
  return detail::bundled_files();
}

} // namespace ftsu::core
