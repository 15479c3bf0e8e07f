# The core as five libraries with one-way dependencies (docs/ARCHITECTURE.md):
#   common (dates, money) <- params (rule loader) <- engine (evaluate) <- contract (JSON) <- roster
# Each library's public headers live in core/<lib>/include/jamsos/; private headers stay next to
# the sources, so a layer cannot include another layer's internals, and linking enforces the
# direction (the engine links nothing of contract or roster).
#
# jamsos_add_core(SUFFIX OPTIONS...) creates jamsos_{common,params,engine,contract,roster}SUFFIX
# with the compile OPTIONS; the wasm tree builds the set twice (-Os for the engine page, -O3 for
# the roster worker), the native tree once.

file(GLOB_RECURSE JAMSOS_RULE_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/core/rules/*.json)
set(JAMSOS_GENERATED ${CMAKE_BINARY_DIR}/generated)
set(JAMSOS_RULES_CPP ${JAMSOS_GENERATED}/rules_embedded.cpp)
set(JAMSOS_PARAM_KEYS ${JAMSOS_GENERATED}/include/jamsos/param_keys.hpp)
add_custom_command(OUTPUT ${JAMSOS_RULES_CPP} ${JAMSOS_PARAM_KEYS}
  COMMAND ${CMAKE_COMMAND} -DRULES_DIR=${PROJECT_SOURCE_DIR}/core/rules -DOUT=${JAMSOS_RULES_CPP}
          -DKEYS=${JAMSOS_PARAM_KEYS} -P ${PROJECT_SOURCE_DIR}/cmake/embed_rules.cmake
  DEPENDS ${JAMSOS_RULE_FILES} ${PROJECT_SOURCE_DIR}/cmake/embed_rules.cmake
  COMMENT "Embedding core/rules/**/*.json and generating the parameter keys")
add_custom_target(jamsos_generated DEPENDS ${JAMSOS_RULES_CPP} ${JAMSOS_PARAM_KEYS})

function(jamsos_add_core SUFFIX)
  set(opts ${ARGN})
  set(C ${PROJECT_SOURCE_DIR}/core)

  add_library(jamsos_common${SUFFIX} STATIC ${C}/common/date.cpp ${C}/common/money.cpp)
  target_include_directories(jamsos_common${SUFFIX} PUBLIC ${C}/common/include)

  file(GLOB params_src CONFIGURE_DEPENDS ${C}/params/*.cpp)
  add_library(jamsos_params${SUFFIX} STATIC ${params_src} ${JAMSOS_RULES_CPP})
  add_dependencies(jamsos_params${SUFFIX} jamsos_generated)
  target_include_directories(jamsos_params${SUFFIX} PUBLIC ${C}/params/include ${JAMSOS_GENERATED}/include)
  target_link_libraries(jamsos_params${SUFFIX} PUBLIC jamsos_common${SUFFIX} PRIVATE nlohmann_json::nlohmann_json)

  file(GLOB_RECURSE engine_src CONFIGURE_DEPENDS ${C}/engine/*.cpp)
  add_library(jamsos_engine${SUFFIX} STATIC ${engine_src})
  target_include_directories(jamsos_engine${SUFFIX} PUBLIC ${C}/engine/include PRIVATE ${C}/engine)
  target_link_libraries(jamsos_engine${SUFFIX} PUBLIC jamsos_params${SUFFIX})

  file(GLOB contract_src CONFIGURE_DEPENDS ${C}/contract/*.cpp)
  add_library(jamsos_contract${SUFFIX} STATIC ${contract_src})
  target_include_directories(jamsos_contract${SUFFIX} PUBLIC ${C}/contract/include PRIVATE ${C}/contract)
  target_link_libraries(jamsos_contract${SUFFIX} PUBLIC jamsos_engine${SUFFIX} nlohmann_json::nlohmann_json)

  file(GLOB roster_src CONFIGURE_DEPENDS ${C}/roster/*.cpp)
  add_library(jamsos_roster${SUFFIX} STATIC ${roster_src})
  target_include_directories(jamsos_roster${SUFFIX} PUBLIC ${C}/roster/include PRIVATE ${C}/roster)
  target_link_libraries(jamsos_roster${SUFFIX} PUBLIC jamsos_contract${SUFFIX})

  foreach(lib common params engine contract roster)
    target_compile_options(jamsos_${lib}${SUFFIX} PRIVATE ${opts})
    if(NOT EMSCRIPTEN)
      target_link_libraries(jamsos_${lib}${SUFFIX} PRIVATE jamsos_warnings)
    endif()
  endforeach()
endfunction()
