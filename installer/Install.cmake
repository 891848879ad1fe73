# Installation layout and packages. See installer/README.md.
#   Debian package:  installer/build-deb.sh   (cpack -G DEB in build-deb/)
#   elsewhere:       cpack -G TGZ; Windows and macOS: installer/windows, installer/macos
include(GNUInstallDirs)

# Files and directories a package holds are root's, 0644 and 0755, whatever
# the builder's umask.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# The application's identity in AppStream catalogues and on macOS. Change it
# only with the project's own domain (see installer/README.md).
set(KAMAE_APP_ID "app.kamae.Kamae" CACHE STRING "Reverse-DNS id (AppStream, macOS bundle)")
set(KAMAE_HOMEPAGE "https://kamae.invalid/" CACHE STRING "Project home page (AppStream)")
set(KAMAE_SCREENSHOT_BASE "${KAMAE_HOMEPAGE}screenshots" CACHE STRING
    "Where installer/linux/screenshots/*.png are published (AppStream)")
set(KAMAE_LICENSE_SPDX "LicenseRef-proprietary" CACHE STRING
    "SPDX licence of Kamae (AppStream project_license; see installer/debian/copyright)")
set(KAMAE_MAINTAINER "Kamae Dev <dev@kamae.invalid>" CACHE STRING
    "Maintainer of the packages, with an address")
set(KAMAE_DEB_REVISION "1" CACHE STRING "Debian revision of the package")

# Installed in the system's prefix, the binary finds its libraries there:
# no RPATH (qt_standard_project_setup() sets an $ORIGIN one, which lintian
# rejects as a custom library search path).
if(UNIX AND NOT APPLE)
    set_target_properties(kamae PROPERTIES INSTALL_RPATH "")
endif()
if(APPLE)
    # Kamae.app, with the vault document type (installer/macos/Info.plist.in).
    configure_file(${PROJECT_SOURCE_DIR}/installer/macos/Info.plist.in
                   ${CMAKE_BINARY_DIR}/installer/Info.plist @ONLY)
    set_target_properties(kamae PROPERTIES
        MACOSX_BUNDLE ON
        OUTPUT_NAME Kamae
        MACOSX_BUNDLE_INFO_PLIST ${CMAKE_BINARY_DIR}/installer/Info.plist)
endif()
install(TARGETS kamae
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        BUNDLE DESTINATION .)

if(UNIX AND NOT APPLE)
    set(_kamae_doc ${CMAKE_INSTALL_DATADIR}/doc/kamae)
    set(_kamae_gen ${CMAKE_BINARY_DIR}/installer)
    file(MAKE_DIRECTORY ${_kamae_gen})

    # Desktop entry, vault MIME type, AppStream metadata, icons.
    install(FILES ${PROJECT_SOURCE_DIR}/installer/linux/kamae.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/installer/linux/kamae-mime.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME kamae.xml)
    configure_file(${PROJECT_SOURCE_DIR}/installer/linux/kamae.metainfo.xml.in
                   ${_kamae_gen}/${KAMAE_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${_kamae_gen}/${KAMAE_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/kamae.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    foreach(_size 16 22 24 32 48 64 128 256 512)
        install(FILES ${PROJECT_SOURCE_DIR}/installer/linux/icons/${_size}x${_size}/kamae.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps)
    endforeach()

    # kamae(1) in English and Japanese, written from the installed program's
    # own --help at install time (installer/help2man.py), so the two always
    # agree. Needs python3; without it there is no man page.
    find_package(Python3 COMPONENTS Interpreter)
    find_program(KAMAE_GZIP gzip)
    string(REGEX MATCH "[0-9]+ [A-Z][a-z][a-z] [0-9]+" _kamae_day "${KAMAE_SOURCE_DATE}")
    string(TIMESTAMP _kamae_man_date "%Y-%m-%d" UTC)
    if(_kamae_day)
        execute_process(COMMAND date -u -d "${_kamae_day}" +%Y-%m-%d
                        OUTPUT_VARIABLE _kamae_man_date OUTPUT_STRIP_TRAILING_WHITESPACE
                        ERROR_QUIET)
    endif()
    if(Python3_Interpreter_FOUND AND KAMAE_GZIP)
        set(_kamae_man_script ${_kamae_gen}/install-man.cmake)
        file(WRITE ${_kamae_man_script} "
# Written by installer/Install.cmake.
function(kamae_man lang name manual see_also headings dir)
    set(page \"${_kamae_gen}/kamae.\${lang}.1\")
    execute_process(COMMAND \"${Python3_EXECUTABLE}\" \"${PROJECT_SOURCE_DIR}/installer/help2man.py\"
        --kamae \"\${KAMAE_BINARY}\" --lang \${lang} --version \"${KAMAE_FULL_VERSION}\"
        --date \"${_kamae_man_date}\" --name \"\${name}\" --manual \"\${manual}\"
        --see-also \"\${see_also}\" \${headings} --out \"\${page}\"
        RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR \"help2man.py failed for \${lang}\")
    endif()
    execute_process(COMMAND \"${KAMAE_GZIP}\" -9nf \"\${page}\")
    file(INSTALL \"\${page}.gz\" DESTINATION \"\${dir}\" RENAME kamae.1.gz
         PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
endfunction()
")
        install(CODE "
set(KAMAE_BINARY \"$<TARGET_FILE:kamae>\")
include(\"${_kamae_man_script}\")
kamae_man(en \"security posture of a small company, in one encrypted file\"
    \"User Commands\" \"/usr/share/doc/kamae/, kamae --help\" \"\"
    \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_MANDIR}/man1\")
kamae_man(ja \"会社のセキュリティ対策状況を一つの暗号化ファイルで管理\"
    \"ユーザーコマンド\" \"/usr/share/doc/kamae/、kamae --help\"
    \"--name-heading;名前;--synopsis-heading;書式;--see-also-heading;関連項目\"
    \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_MANDIR}/ja/man1\")
")
    else()
        message(STATUS "python3 or gzip not found: no man page")
    endif()

    # Documentation: the Debian copyright file and changelog, the guides.
    set(KAMAE_DEB_VERSION "${KAMAE_FULL_VERSION}-${KAMAE_DEB_REVISION}")
    # installer/debian/changelog lists the releases (add one with each
    # release); a build between releases gets an entry of its own on top.
    file(READ ${PROJECT_SOURCE_DIR}/installer/debian/changelog _kamae_changelog)
    string(FIND "${_kamae_changelog}" "kamae (${KAMAE_DEB_VERSION})" _kamae_top)
    if(NOT _kamae_top EQUAL 0)
        string(PREPEND _kamae_changelog "kamae (${KAMAE_DEB_VERSION}) unstable; urgency=medium

  * Build of commit ${KAMAE_FULL_VERSION} between releases.

 -- ${KAMAE_MAINTAINER}  ${KAMAE_SOURCE_DATE}

")
    endif()
    file(WRITE ${_kamae_gen}/changelog.Debian "${_kamae_changelog}")
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
                 ${PROJECT_SOURCE_DIR}/installer/debian/changelog)
    if(KAMAE_GZIP)
        execute_process(COMMAND ${KAMAE_GZIP} -9nf ${_kamae_gen}/changelog.Debian)
        install(FILES ${_kamae_gen}/changelog.Debian.gz DESTINATION ${_kamae_doc})
    endif()
    install(FILES ${PROJECT_SOURCE_DIR}/installer/debian/copyright DESTINATION ${_kamae_doc})
    install(FILES ${PROJECT_SOURCE_DIR}/README.md
                  ${PROJECT_SOURCE_DIR}/docs/user-guide.md
                  ${PROJECT_SOURCE_DIR}/docs/user-guide.ja.md
                  ${PROJECT_SOURCE_DIR}/docs/command-line.md
                  ${PROJECT_SOURCE_DIR}/docs/vault-format.md
            DESTINATION ${_kamae_doc})
endif()

set(CPACK_PACKAGE_NAME kamae)
set(CPACK_PACKAGE_VENDOR "Kamae")
set(CPACK_PACKAGE_CONTACT "${KAMAE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "security posture of a small company, in one encrypted file")
set(CPACK_PACKAGE_VERSION "${KAMAE_FULL_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${KAMAE_HOMEPAGE}")
set(CPACK_GENERATOR DEB TGZ)
# TGZ strips; the .deb keeps the symbols for its -dbgsym package (below),
# which strips the binary itself (installer/CPackOptions.cmake).
set(CPACK_STRIP_FILES ON)
set(CPACK_PROJECT_CONFIG_FILE ${PROJECT_SOURCE_DIR}/installer/CPackOptions.cmake)
set(CPACK_PRE_BUILD_SCRIPTS ${PROJECT_SOURCE_DIR}/installer/cpack-strip-comment.cmake)
set(CPACK_SOURCE_IGNORE_FILES "/build[^/]*/" "/\\\\.git/")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${KAMAE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_RELEASE "${KAMAE_DEB_REVISION}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Kamae is where a small or medium company keeps its security posture: its
information assets, patch status, backups and their offline copies, staff
training and phishing drills, business continuity plan and incident
contacts, in one encrypted vault file (*.kamae), fully offline, for one
user. It turns that into a posture score it can explain and an executive
report (PDF) in Japanese or English.")
# The libraries the binary links: computed by dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What Qt loads at run time, which dpkg-shlibdeps cannot see: the SQLite
# driver (it links the same libsqlite3-0 as Kamae: the vault is serialized
# through the driver's handle), the xcb platform plugin (only recommended by
# libqt6gui6), the SVG icon engine, Qt's own Japanese texts, and the
# Japanese font the report asks for.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, qt6-translations-l10n, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, xdg-utils")
# kamae-dbgsym_*.ddeb: the debug symbols the stripped binary lacks.
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
include(CPack)

if(KAMAE_BUILD_TESTS)
    # `kamae --version` is the project version, with the commit between
    # releases (installer/Version.cmake).
    string(REGEX REPLACE "([.+])" "\\\\\\1" _kamae_version_re "${KAMAE_FULL_VERSION}")
    add_test(NAME kamae_version COMMAND kamae --version)
    set_tests_properties(kamae_version PROPERTIES
        PASS_REGULAR_EXPRESSION "^kamae ${_kamae_version_re}\n$"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/installer/config")
    # The fast package check: a .deb of this build, its contents and
    # metadata, desktop-file-validate, appstreamcli, the man page, lintian.
    add_test(NAME installer_package
             COMMAND ${PROJECT_SOURCE_DIR}/installer/check-package.sh --build ${CMAKE_BINARY_DIR})
    set_tests_properties(installer_package PROPERTIES
        SKIP_RETURN_CODE 77 TIMEOUT 300 RUN_SERIAL ON)
endif()
