// Tests for src/ftsu/core/checklist.cpp: how version texts compare.
#include <ftsu/core/checklist.hpp>

#include "testutil.hpp"

using namespace ftsu::core;

TEST_CASE("versions compare part by part, numbers as numbers")
{
  CHECK(compare_versions("2026.1", "2026.10") < 0);
  CHECK(compare_versions("2026.2", "2026.10") < 0);
  CHECK(compare_versions("2027", "2026.9") > 0);
  CHECK(compare_versions("1.0", "1.0") == 0);
  CHECK(compare_versions("1.0", "1.0.1") < 0);
}
