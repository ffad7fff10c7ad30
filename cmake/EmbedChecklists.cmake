# ftsu_embed_checklists(SOURCE_DIR dir OUTPUT file.cpp)
# Generates a C++ source that holds the text of every checklists/<id>/<version>.yaml
# as a byte array, so the bundled checklists live inside the binary. The file
# list is globbed with CONFIGURE_DEPENDS, so adding a version needs no edit here.
set(_ftsu_embed_script "${CMAKE_CURRENT_LIST_DIR}/embed_checklists_script.cmake")

function(ftsu_embed_checklists)
  cmake_parse_arguments(ARG "" "SOURCE_DIR;OUTPUT" "" ${ARGN})
  file(GLOB _files CONFIGURE_DEPENDS "${ARG_SOURCE_DIR}/*/*.yaml")
  list(SORT _files)
  add_custom_command(
    OUTPUT "${ARG_OUTPUT}"
    COMMAND "${CMAKE_COMMAND}" "-DSOURCE_DIR=${ARG_SOURCE_DIR}" "-DOUTPUT=${ARG_OUTPUT}"
            -P "${_ftsu_embed_script}"
    DEPENDS ${_files} "${_ftsu_embed_script}"
    COMMENT "Embedding bundled checklists"
    VERBATIM)
endfunction()
