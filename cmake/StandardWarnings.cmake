# ftsu_warnings: an INTERFACE target carrying the project's warning flags.
# A target whose property FTSU_GCC_NO_NULL_DEREFERENCE is ON is built
# without -Wnull-dereference by GCC (ftsu_cli, CMakeLists.txt): a target
# property rather than a source one, since a unity build leaves out of its
# combined files every source with options of its own.
add_library(ftsu_warnings INTERFACE)
set(_ftsu_gcc_no_null_dereference
  "$<AND:$<CXX_COMPILER_ID:GNU>,$<BOOL:$<TARGET_PROPERTY:FTSU_GCC_NO_NULL_DEREFERENCE>>>")
target_compile_options(ftsu_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
  -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
  "$<$<NOT:${_ftsu_gcc_no_null_dereference}>:-Wnull-dereference>"
  -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
# GCC 12 at -O2 and -O3 reports overlapping copies inside libstdc++'s own
# std::string (char_traits.h, basic_string.h) that cannot happen: a false
# -Wrestrict (GCC bug 105329, fixed in GCC 13), seen in a Release build on
# string concatenation and on assigning a literal to std::optional<string>.
# It is turned off for GCC 12 only (Debian 12's g++ and mingw-w64), so a
# Release build with warnings as errors stays clean (docs/testing.md).
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_GREATER_EQUAL 12
   AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(ftsu_warnings INTERFACE -Wno-restrict)
endif()
if(FTSU_WARNINGS_AS_ERRORS)
  target_compile_options(ftsu_warnings INTERFACE -Werror)
endif()
