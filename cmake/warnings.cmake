# One warnings target: every native target links it instead of pasting flag lists.
add_library(jamsos_warnings INTERFACE)
if(NOT EMSCRIPTEN)
  target_compile_options(jamsos_warnings INTERFACE -Wall -Wextra -Werror)
endif()
