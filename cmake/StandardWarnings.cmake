# ftsu_warnings: an INTERFACE target carrying the project's warning flags.
add_library(ftsu_warnings INTERFACE)
target_compile_options(ftsu_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
  -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual -Wnull-dereference
  -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
if(FTSU_WARNINGS_AS_ERRORS)
  target_compile_options(ftsu_warnings INTERFACE -Werror)
endif()
