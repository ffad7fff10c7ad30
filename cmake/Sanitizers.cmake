# ftsu_sanitizers: an INTERFACE target with the sanitizer flags chosen by
# FTSU_ENABLE_ASAN and FTSU_ENABLE_UBSAN (compile and link).
add_library(ftsu_sanitizers INTERFACE)
set(_ftsu_san "")
if(FTSU_ENABLE_ASAN)
  list(APPEND _ftsu_san address)
endif()
if(FTSU_ENABLE_UBSAN)
  list(APPEND _ftsu_san undefined)
endif()
if(_ftsu_san)
  list(JOIN _ftsu_san "," _ftsu_san_list)
  target_compile_options(ftsu_sanitizers INTERFACE
    -fsanitize=${_ftsu_san_list} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(ftsu_sanitizers INTERFACE -fsanitize=${_ftsu_san_list})
  # A Debug build (-g, no optimisation) runs the tests about three times
  # slower under ASan than one at -O1, which is what AddressSanitizer's
  # documentation recommends for usable speed; assertions stay on.
  target_compile_options(ftsu_sanitizers INTERFACE $<$<CONFIG:Debug>:-O1>)
endif()
