# Header-only dependencies from Debian (nlohmann-json3-dev, doctest-dev).
# Under emcmake, find_package() is confined to the emscripten sysroot and /usr/include must never
# reach emcc (glibc headers shadow emscripten's libc): link the header folder into the build tree.
function(use_host_headers target subdir)
  if(EMSCRIPTEN)
    get_target_property(_inc ${target} INTERFACE_INCLUDE_DIRECTORIES)
    list(GET _inc 0 _inc)
    set(_dir "${CMAKE_BINARY_DIR}/host-include")
    file(MAKE_DIRECTORY "${_dir}")
    if(NOT EXISTS "${_dir}/${subdir}")
      file(CREATE_LINK "${_inc}/${subdir}" "${_dir}/${subdir}" SYMBOLIC)
    endif()
    set_target_properties(${target} PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${_dir}")
  endif()
endfunction()
find_package(nlohmann_json 3.11 REQUIRED CONFIG NO_CMAKE_FIND_ROOT_PATH)
use_host_headers(nlohmann_json::nlohmann_json nlohmann)
find_package(doctest 2.4 REQUIRED CONFIG NO_CMAKE_FIND_ROOT_PATH)
use_host_headers(doctest::doctest doctest)
