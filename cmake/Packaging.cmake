# Where `cmake --install` puts things, and the Debian package CPack builds
# from them (`make package`; README.md, Installing). Paths are the GNU ones under
# CMAKE_INSTALL_PREFIX (/usr/local by default, /usr in the package).
include(GNUInstallDirs)
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(FTSU_PACKAGE_MAINTAINER "ftsu-gap maintainers <maintainers@users.noreply.r-seed-c1cc7337.example>"
    CACHE STRING "The Maintainer of the Debian package (and of its changelog entry)")

install(TARGETS ftsu-gap RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")

# Shell completion, where each shell's Debian package looks for it.
install(FILES completions/ftsu-gap.bash
        DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions" RENAME ftsu-gap)
install(FILES completions/_ftsu-gap DESTINATION "${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions")
install(FILES completions/ftsu-gap.fish
        DESTINATION "${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d")

# Documentation and examples, in share/doc/ftsu-gap with the repository's
# layout (docs/, examples/), so the links between them still work.
install(FILES README.md CHANGELOG.md packaging/debian/copyright
        DESTINATION "${CMAKE_INSTALL_DOCDIR}")
install(DIRECTORY docs/
        DESTINATION "${CMAKE_INSTALL_DOCDIR}/docs"
        FILES_MATCHING PATTERN "*.md" PATTERN "*.png" PATTERN "*.svg"
        PATTERN "schema" EXCLUDE)
# The JSON Schemas of the checklist and answers formats, whole, when the
# source tree has them.
if(IS_DIRECTORY "${PROJECT_SOURCE_DIR}/docs/schema")
  install(DIRECTORY docs/schema/ DESTINATION "${CMAKE_INSTALL_DOCDIR}/docs/schema")
  # Also where the answers files init and assess write name their schema
  # (core/document.hpp; docs/schemas.md): with the package, /usr/share, kept
  # even where dpkg is told to leave out /usr/share/doc.
  install(DIRECTORY docs/schema/ DESTINATION "${CMAKE_INSTALL_DATADIR}/ftsu-gap/schema")
endif()
install(DIRECTORY examples/ DESTINATION "${CMAKE_INSTALL_DOCDIR}/examples" USE_SOURCE_PERMISSIONS)

# Debian's changelog.gz: one entry for this version (a native package's
# changelog is in Debian's format; the changes themselves are in
# CHANGELOG.md). The date is SOURCE_DATE_EPOCH's when set, so a rebuild is
# the same file.
string(TIMESTAMP FTSU_CHANGELOG_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
configure_file(packaging/debian/changelog.in "${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog" @ONLY)
find_program(FTSU_GZIP gzip REQUIRED)
add_custom_command(
  OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.gz"
  COMMAND "${CMAKE_COMMAND}" "-DGZIP=${FTSU_GZIP}"
          "-DFILE=${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog"
          -P "${PROJECT_SOURCE_DIR}/cmake/gzip_script.cmake"
  DEPENDS "${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog"
  COMMENT "Compressing the Debian changelog"
  VERBATIM)
add_custom_target(debian_changelog ALL DEPENDS "${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.gz")
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.gz" DESTINATION "${CMAKE_INSTALL_DOCDIR}")

# --- the .deb ------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ftsu-gap)
set(CPACK_PACKAGE_VENDOR "the ftsu-gap authors")
set(CPACK_PACKAGE_CONTACT "${FTSU_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${FTSU_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Depends: from the libraries the binary links, as dpkg-shlibdeps finds them.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The synopsis is the project's DESCRIPTION; CPack indents this, the
# extended description, under it.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "ftsu-gap holds an NHS organisation's Freedom to Speak Up arrangements
against what the National Guardian's Office case reviews recommended and
what national policy requires. It walks a guardian through a checklist in
the terminal, scores the answers, ranks the gaps and writes the action plan
as text, a Markdown or HTML board paper, CSV, an xlsx workbook or JSON. It
compares years (diff, trend), lists every open action by owner, and rolls
up many organisations' answers. Three checklists are built in; anyone can
write their own in YAML.")
include(CPack)
