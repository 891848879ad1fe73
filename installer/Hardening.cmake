# Hardening for optimised builds (what dpkg-buildflags gives a Debian
# package with hardening=+all): fortified libc calls, stack protector and
# clash protection, PIE, full RELRO with immediate binding. Debug builds
# stay as they are (_FORTIFY_SOURCE needs optimisation).
option(KAMAE_HARDENING "Hardening flags for Release, RelWithDebInfo and MinSizeRel" ON)
if(KAMAE_HARDENING AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    include(CheckPIESupported)
    check_pie_supported(LANGUAGES CXX)
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)
    set(_kamae_optimised "$<CONFIG:Release,RelWithDebInfo,MinSizeRel>")
    add_compile_options(
        "$<${_kamae_optimised}:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>"
        "$<${_kamae_optimised}:-fstack-protector-strong;-fstack-clash-protection>"
        "$<${_kamae_optimised}:-Wformat;-Werror=format-security>")
    if(CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64|i.86")
        add_compile_options("$<${_kamae_optimised}:-fcf-protection>")
    endif()
    add_link_options("$<${_kamae_optimised}:LINKER:-z,relro;LINKER:-z,now;LINKER:--as-needed>")
endif()
