# The Windows program (scripts/build-windows, docs/windows.md): one static
# ftsu-gap.exe that needs no DLL beyond Windows' own (libstdc++, libgcc,
# winpthreads, yaml-cpp, fmt, libxlsxwriter and zlib are linked in), and
# the zip a guardian downloads:
# dist/ftsu-gap-VERSION-windows-x64.zip with the program, README, LICENSE,
# NOTICE, CHANGELOG, the Markdown docs and the examples.
target_link_options(ftsu_cli INTERFACE -static)
target_link_options(ftsu-gap PRIVATE "$<$<CONFIG:Release>:-s>")

set(FTSU_ZIP_NAME "ftsu-gap-${PROJECT_VERSION}-windows-x64")
set(FTSU_ZIP_STAGE "${CMAKE_BINARY_DIR}/zip/${FTSU_ZIP_NAME}")
set(FTSU_ZIP "${PROJECT_SOURCE_DIR}/dist/${FTSU_ZIP_NAME}.zip")
add_custom_target(windows-zip
  COMMAND "${CMAKE_COMMAND}" -E rm -rf "${CMAKE_BINARY_DIR}/zip"
  COMMAND "${CMAKE_COMMAND}" -E make_directory "${FTSU_ZIP_STAGE}/docs" "${FTSU_ZIP_STAGE}/examples"
          "${PROJECT_SOURCE_DIR}/dist"
  COMMAND "${CMAKE_COMMAND}" -E copy "$<TARGET_FILE:ftsu-gap>" README.md LICENSE NOTICE CHANGELOG.md
          "${FTSU_ZIP_STAGE}"
  COMMAND "${CMAKE_COMMAND}" -E copy_directory docs "${FTSU_ZIP_STAGE}/docs"
  COMMAND "${CMAKE_COMMAND}" -E copy_directory examples "${FTSU_ZIP_STAGE}/examples"
  COMMAND "${CMAKE_COMMAND}" -E rm -f "${FTSU_ZIP}"
  COMMAND "${CMAKE_COMMAND}" -E chdir "${CMAKE_BINARY_DIR}/zip"
          "${CMAKE_COMMAND}" -E tar cf "${FTSU_ZIP}" --format=zip "${FTSU_ZIP_NAME}"
  COMMAND "${CMAKE_COMMAND}" -E echo "windows-zip: ${FTSU_ZIP}"
  WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
  DEPENDS ftsu-gap
  VERBATIM)
