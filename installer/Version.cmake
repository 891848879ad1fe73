# The version Kamae shows (`kamae --version`, Help → About) and packages
# carry: the project VERSION for a release (HEAD tagged v<VERSION>), else
# <VERSION>+git<commit date>.<short hash>, which sorts after the release
# before it and before the next one (Debian and RPM ordering alike).
# Only ui/main.cpp gets it, so that a new commit recompiles one file.
set(KAMAE_FULL_VERSION "${PROJECT_VERSION}")
set(KAMAE_SOURCE_DATE "")
find_package(Git QUIET)
if(GIT_FOUND AND EXISTS "${PROJECT_SOURCE_DIR}/.git")
    execute_process(
        COMMAND ${GIT_EXECUTABLE} describe --tags --exact-match --match "v${PROJECT_VERSION}" HEAD
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        RESULT_VARIABLE _kamae_release OUTPUT_QUIET ERROR_QUIET)
    execute_process(
        COMMAND ${CMAKE_COMMAND} -E env TZ=UTC
                ${GIT_EXECUTABLE} log -1 --format=%cd.%h --date=format-local:%Y%m%d
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        OUTPUT_VARIABLE _kamae_commit OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    execute_process(
        COMMAND ${GIT_EXECUTABLE} log -1 --format=%cD
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        OUTPUT_VARIABLE KAMAE_SOURCE_DATE OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    if(NOT _kamae_release EQUAL 0 AND _kamae_commit)
        set(KAMAE_FULL_VERSION "${PROJECT_VERSION}+git${_kamae_commit}")
    endif()
    # Configure again when HEAD moves, so the version follows the commits.
    execute_process(
        COMMAND ${GIT_EXECUTABLE} rev-parse --git-path logs/HEAD
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        OUTPUT_VARIABLE _kamae_head_log OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    if(_kamae_head_log)
        get_filename_component(_kamae_head_log "${_kamae_head_log}" ABSOLUTE
                               BASE_DIR ${PROJECT_SOURCE_DIR})
        if(EXISTS "${_kamae_head_log}")
            set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_kamae_head_log}")
        endif()
    endif()
endif()
if(NOT KAMAE_SOURCE_DATE)
    string(TIMESTAMP KAMAE_SOURCE_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
endif()
message(STATUS "Kamae version: ${KAMAE_FULL_VERSION}")
