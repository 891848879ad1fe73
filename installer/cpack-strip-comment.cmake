# CPACK_PRE_BUILD_SCRIPTS: before the .deb is made, drop the sections that
# stripping leaves but nobody needs (.comment, .note), as dh_strip does.
# The build-id note (.note.gnu.build-id) stays: the -dbgsym package needs it.
if(CPACK_GENERATOR STREQUAL "DEB")
    find_program(_objcopy objcopy)
    file(GLOB_RECURSE _files LIST_DIRECTORIES false "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/bin/*")
    foreach(_f IN LISTS _files)
        if(_objcopy)
            execute_process(COMMAND ${_objcopy} --remove-section=.comment --remove-section=.note "${_f}"
                            RESULT_VARIABLE _rc)
            if(NOT _rc EQUAL 0)
                message(FATAL_ERROR "objcopy failed on ${_f}")
            endif()
        endif()
    endforeach()
endif()
