# One warnings target: every native target links it instead of pasting flag lists. The wasm tree
# builds the same sources with emscripten's clang and its defaults.
add_library(jamsos_warnings INTERFACE)
if(NOT EMSCRIPTEN)
  target_compile_options(jamsos_warnings INTERFACE
    -Wall -Wextra -Werror -Wshadow -Wconversion -Wsign-conversion)
endif()
