# Cross-compiling for 64-bit Windows with Debian's mingw-w64 (the posix
# thread model, g++-mingw-w64-x86-64-posix), as scripts/build-windows does.
# Libraries come from the mingw sysroot (Debian's libz-mingw-w64-dev) and
# from CMAKE_PREFIX_PATH (the cross-built yaml-cpp, fmt and libxlsxwriter);
# the header-only CLI11 and doctest are Debian's own, named by their _DIR.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(FTSU_MINGW_TRIPLE x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${FTSU_MINGW_TRIPLE}-gcc-posix)
set(CMAKE_CXX_COMPILER ${FTSU_MINGW_TRIPLE}-g++-posix)
set(CMAKE_RC_COMPILER ${FTSU_MINGW_TRIPLE}-windres)
# FTSU_WINDOWS_DEPS: where scripts/build-windows installed the cross-built
# libraries, searched as a second root.
set(CMAKE_FIND_ROOT_PATH /usr/${FTSU_MINGW_TRIPLE} ${FTSU_WINDOWS_DEPS})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
# ctest runs the Windows test binaries under Wine when it is installed
# (Debian's wine64 puts its launcher outside PATH).
find_program(FTSU_WINE NAMES wine64 wine PATHS /usr/lib/wine NO_CMAKE_FIND_ROOT_PATH)
if(FTSU_WINE)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${FTSU_WINE})
endif()
