# The WebAssembly tree (configured by the superbuild in cmake/superbuild.cmake with Emscripten's
# toolchain file; included from the top CMakeLists.txt when EMSCRIPTEN is set).
# Builds wasm-bindings/ into jamsos.mjs + jamsos.wasm (ES module, MODULARIZE, no filesystem,
# size-optimised) and assembles the static site into JAMSOS_SITE_DIR (default build/site).

# emcc's acorn optimizer (-Os) needs Debian's acorn from /usr/share/nodejs (TOOLCHAIN.md Q1).
set(CMAKE_CXX_LINKER_LAUNCHER ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs)

# The core is exception-free (nlohmann with allow_exceptions=false): build it without exception
# support, the smallest wasm (TOOLCHAIN.md §1c).
target_compile_options(jamsos_core PRIVATE -Os -fno-exceptions)

add_executable(jamsos_wasm wasm-bindings/bindings.cpp)
target_link_libraries(jamsos_wasm PRIVATE jamsos_core)
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

include(${PROJECT_SOURCE_DIR}/cmake/site.cmake)
