# The WebAssembly tree (configured by the superbuild in cmake/superbuild.cmake with Emscripten's
# toolchain file; included from the top CMakeLists.txt when EMSCRIPTEN is set).
# Builds wasm-bindings/ into jamsos.mjs + jamsos.wasm (ES module, MODULARIZE, no filesystem,
# size-optimised) and assembles the static site into JAMSOS_SITE_DIR (default build/site).

# emcc's acorn optimizer (-Os) needs Debian's acorn from /usr/share/nodejs (TOOLCHAIN.md Q1).
set(CMAKE_CXX_LINKER_LAUNCHER ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs)

# One module: an ES module factory `EXPORT` (OUTPUT.mjs + OUTPUT.wasm in the wasm tree) built at
# optimisation OPT from SOURCES, linked with the core library LIB; LINK adds link flags (memory).
# The core libraries are exception-free (nlohmann with allow_exceptions=false): the smallest wasm
# (TOOLCHAIN.md §1c). ENVIRONMENT=web,worker: ES6 + node breaks under node 20 (TOOLCHAIN.md Q4),
# so tests pass {wasmBinary}. DYNAMIC_EXECUTION=0: no eval()/new Function, as a strict CSP forbids.
function(jamsos_wasm_module target)
  cmake_parse_arguments(M "" "OUTPUT;EXPORT;OPT;LIB" "SOURCES;LINK" ${ARGN})
  add_executable(${target} ${M_SOURCES})
  target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/wasm-bindings)
  target_link_libraries(${target} PRIVATE ${M_LIB})
  target_compile_options(${target} PRIVATE ${M_OPT} -fno-exceptions)
  target_link_options(${target} PRIVATE
    ${M_OPT} --bind -fno-exceptions
    -sMODULARIZE=1 -sEXPORT_ES6=1 -sEXPORT_NAME=${M_EXPORT}
    -sENVIRONMENT=web,worker
    -sFILESYSTEM=0 -sALLOW_MEMORY_GROWTH=1 ${M_LINK}
    -sDYNAMIC_EXECUTION=0
    -sINCOMING_MODULE_JS_API=wasmBinary,locateFile,instantiateWasm)
  set_target_properties(${target} PROPERTIES OUTPUT_NAME ${M_OUTPUT} SUFFIX ".mjs"
    RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})
endfunction()

# The first screen's engine (evaluate, rules, rule bundles), -Os with the -Os core
# (jamsos_add_core("" -Os -fno-exceptions) in the top CMakeLists.txt).
jamsos_wasm_module(jamsos_wasm OUTPUT jamsos EXPORT createJamsos OPT -Os LIB jamsos_contract
  SOURCES wasm-bindings/bindings.cpp)

# The benefits module: the same -Os core with benefits and receipts (benefits_bindings.cpp), loaded
# by its own worker the first time a journey needs them: off the first screen's critical path.
jamsos_wasm_module(jamsos_benefits_wasm OUTPUT jamsos-benefits EXPORT createJamsosBenefits OPT -Os
  LIB jamsos_contract SOURCES wasm-bindings/bindings.cpp wasm-bindings/benefits_bindings.cpp)

# The roster module (the "Daftar" journey): the same core compiled again at -O3 (speed: 200,000
# rows in the browser in well under a second) with the roster bindings, loaded lazily by the
# roster worker, so the first screen's jamsos.wasm stays small.
jamsos_add_core(_fast -O3 -fno-exceptions)
jamsos_wasm_module(jamsos_roster_wasm OUTPUT jamsos-roster EXPORT createJamsosRoster OPT -O3
  LIB jamsos_roster_fast
  SOURCES wasm-bindings/bindings.cpp wasm-bindings/roster_bindings.cpp wasm-bindings/roster_session.cpp
  LINK -sINITIAL_MEMORY=67108864 -sMAXIMUM_MEMORY=2147483648)

include(${PROJECT_SOURCE_DIR}/cmake/site.cmake)
