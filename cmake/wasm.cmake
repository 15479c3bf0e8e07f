# The WebAssembly tree (configured by the superbuild in cmake/superbuild.cmake with Emscripten's
# toolchain file; included from the top CMakeLists.txt when EMSCRIPTEN is set).
# Builds wasm-bindings/ into jamsos.mjs + jamsos.wasm (ES module, MODULARIZE, no filesystem,
# size-optimised) and assembles the static site into JAMSOS_SITE_DIR (default build/site).

# emcc's acorn optimizer (-Os) needs Debian's acorn from /usr/share/nodejs (TOOLCHAIN.md Q1).
set(CMAKE_CXX_LINKER_LAUNCHER ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs)

# The core libraries (jamsos_add_core("" -Os -fno-exceptions) in the top CMakeLists.txt) are
# exception-free (nlohmann with allow_exceptions=false): the smallest wasm (TOOLCHAIN.md §1c).
add_executable(jamsos_wasm wasm-bindings/bindings.cpp)
target_link_libraries(jamsos_wasm PRIVATE jamsos_contract)
target_compile_options(jamsos_wasm PRIVATE -Os -fno-exceptions)
target_link_options(jamsos_wasm PRIVATE
  -Os --bind -fno-exceptions
  -sMODULARIZE=1 -sEXPORT_ES6=1 -sEXPORT_NAME=createJamsos
  -sENVIRONMENT=web,worker          # ES6 + node breaks under node 20 (TOOLCHAIN.md Q4); tests pass {wasmBinary}
  -sFILESYSTEM=0 -sALLOW_MEMORY_GROWTH=1
  -sDYNAMIC_EXECUTION=0             # no eval()/new Function: a strict CSP can forbid unsafe-eval
  -sINCOMING_MODULE_JS_API=wasmBinary,locateFile,instantiateWasm)
set_target_properties(jamsos_wasm PROPERTIES OUTPUT_NAME jamsos SUFFIX ".mjs"
  RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})

# The benefits module: the same -Os core with benefits and receipts (benefits_bindings.cpp), loaded
# by its own worker the first time a journey needs them: off the first screen's critical path.
add_executable(jamsos_benefits_wasm wasm-bindings/bindings.cpp wasm-bindings/benefits_bindings.cpp)
target_include_directories(jamsos_benefits_wasm PRIVATE ${PROJECT_SOURCE_DIR}/wasm-bindings)
target_link_libraries(jamsos_benefits_wasm PRIVATE jamsos_contract)
target_compile_options(jamsos_benefits_wasm PRIVATE -Os -fno-exceptions)
target_link_options(jamsos_benefits_wasm PRIVATE
  -Os --bind -fno-exceptions
  -sMODULARIZE=1 -sEXPORT_ES6=1 -sEXPORT_NAME=createJamsosBenefits
  -sENVIRONMENT=web,worker
  -sFILESYSTEM=0 -sALLOW_MEMORY_GROWTH=1
  -sDYNAMIC_EXECUTION=0
  -sINCOMING_MODULE_JS_API=wasmBinary,locateFile,instantiateWasm)
set_target_properties(jamsos_benefits_wasm PROPERTIES OUTPUT_NAME jamsos-benefits SUFFIX ".mjs"
  RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})

# The roster module (the "Daftar" journey): the same core compiled again at -O3 (speed: 200,000
# rows in the browser in well under a second) with the roster bindings, loaded lazily by the
# roster worker, so the first screen's jamsos.wasm stays small.
jamsos_add_core(_fast -O3 -fno-exceptions)

add_executable(jamsos_roster_wasm wasm-bindings/bindings.cpp wasm-bindings/roster_bindings.cpp
                                  wasm-bindings/roster_session.cpp)
target_include_directories(jamsos_roster_wasm PRIVATE ${PROJECT_SOURCE_DIR}/wasm-bindings)
target_link_libraries(jamsos_roster_wasm PRIVATE jamsos_roster_fast)
target_compile_options(jamsos_roster_wasm PRIVATE -O3 -fno-exceptions)
target_link_options(jamsos_roster_wasm PRIVATE
  -O3 --bind -fno-exceptions
  -sMODULARIZE=1 -sEXPORT_ES6=1 -sEXPORT_NAME=createJamsosRoster
  -sENVIRONMENT=web,worker
  -sFILESYSTEM=0 -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=67108864 -sMAXIMUM_MEMORY=2147483648
  -sDYNAMIC_EXECUTION=0
  -sINCOMING_MODULE_JS_API=wasmBinary,locateFile,instantiateWasm)
set_target_properties(jamsos_roster_wasm PROPERTIES OUTPUT_NAME jamsos-roster SUFFIX ".mjs"
  RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})

include(${PROJECT_SOURCE_DIR}/cmake/site.cmake)
