# Installation layout and packages (cpack -G DEB, or TGZ elsewhere).
include(GNUInstallDirs)

install(TARGETS kamae RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/resources/kamae.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/kamae.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs/vault-format.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR} OPTIONAL)

set(CPACK_PACKAGE_NAME kamae)
set(CPACK_PACKAGE_VENDOR "Kamae")
set(CPACK_PACKAGE_CONTACT "Kamae maintainers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
# The Qt SQLite driver must use the same SQLite that Kamae links: on Debian
# both come from libsqlite3-0, so depending on the packages keeps them one.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6widgets6, libqt6sql6-sqlite, libqt6charts6, libqt6printsupport6, libqt6svg6, libbotan-2-19, libsqlite3-0, libquazip1-qt6-1, qt6-translations-l10n, fonts-noto-cjk")
include(CPack)
