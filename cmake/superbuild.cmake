# Superbuild: the same source tree again, cross-compiled with Emscripten into build/wasm, which
# also assembles the static site into build/site. `cmake --build build` builds native + wasm +
# site; `ctest --test-dir build` runs the native, wasm and browser tests (TOOLCHAIN.md §2).
option(JAMSOS_WASM "Build the WebAssembly engine and the web app (needs emscripten, node, npm ci)" ON)
if(NOT JAMSOS_WASM)
  return()
endif()

find_program(EM_CONFIG em-config REQUIRED)
find_program(NODE_EXECUTABLE node REQUIRED)
execute_process(COMMAND ${EM_CONFIG} EMSCRIPTEN_ROOT OUTPUT_VARIABLE EM_ROOT OUTPUT_STRIP_TRAILING_WHITESPACE)
set(JAMSOS_SITE_DIR ${CMAKE_BINARY_DIR}/site)
set(JAMSOS_WASM_DIR ${CMAKE_BINARY_DIR}/wasm)

include(ExternalProject)
ExternalProject_Add(wasm
  SOURCE_DIR ${PROJECT_SOURCE_DIR}
  BINARY_DIR ${JAMSOS_WASM_DIR}
  CMAKE_ARGS -DCMAKE_TOOLCHAIN_FILE=${EM_ROOT}/cmake/Modules/Platform/Emscripten.cmake
             -DCMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE}
             -DCMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER}
             -DCMAKE_CROSSCOMPILING_EMULATOR=${NODE_EXECUTABLE}
             -DNODE_EXECUTABLE=${NODE_EXECUTABLE}
             -DJAMSOS_SITE_DIR=${JAMSOS_SITE_DIR}
             -DJAMSOS_RULES_PUBLIC_KEY=${JAMSOS_RULES_PUBLIC_KEY}
  INSTALL_COMMAND ""
  BUILD_ALWAYS ON
  USES_TERMINAL_BUILD ON)
# The differential test and the benchmark compare against the native CLI: build it first.
add_dependencies(wasm jamsos)
