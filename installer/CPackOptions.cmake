# Read by cpack for each generator (CPACK_PROJECT_CONFIG_FILE).
if(CPACK_GENERATOR STREQUAL "DEB" AND CPACK_DEBIAN_DEBUGINFO_PACKAGE)
    # CPackDeb splits the symbols into kamae-dbgsym_*.ddeb, then strips
    # (objcopy --strip-unneeded, with a .gnu_debuglink): it needs them.
    set(CPACK_STRIP_FILES OFF)
endif()
