# ftsu_layer(TARGET LAYER SOURCES...): the static library of one layer of
# src/ftsu/ (ARCHITECTURE.md, Layers: util <- core <- report <- cli).
#
# Its include root, <build>/layers/LAYER, holds one entry, ftsu/LAYER, a
# link to src/ftsu/LAYER: a target sees the headers of its own layer and of
# the layers it links (below it), and an `#include <ftsu/report/...>` in
# core finds no file, so it fails to compile (all includes of ftsu/ are
# <ftsu/LAYER/NAME.hpp>, and scripts/check-layers refuses "../" ones).
#
# Below cli each layer also gets ftsu_layer_link_LAYER, a program that
# links every object of the layer (whole archive) with the layers below
# alone: a call into a layer above, however declared, fails to link. Not
# for a Windows build (its layers are those of the Linux one).
function(ftsu_layer target layer)
  set(root "${CMAKE_BINARY_DIR}/layers/${layer}")
  file(MAKE_DIRECTORY "${root}/ftsu")
  file(CREATE_LINK "${PROJECT_SOURCE_DIR}/src/ftsu/${layer}" "${root}/ftsu/${layer}" SYMBOLIC)
  add_library(${target} STATIC ${ARGN})
  target_include_directories(${target} PUBLIC "${root}")
  target_link_libraries(${target} PRIVATE ftsu_warnings ftsu_sanitizers INTERFACE ftsu_sanitizers)
  if(NOT layer STREQUAL "cli" AND NOT WIN32)
    add_executable(ftsu_layer_link_${layer} "${PROJECT_SOURCE_DIR}/cmake/layer_link_main.cpp")
    target_link_libraries(ftsu_layer_link_${layer} PRIVATE "$<LINK_LIBRARY:WHOLE_ARCHIVE,${target}>")
  endif()
endfunction()
