# Native tests. One `ctest` runs them all.
include(doctest)
add_library(doctest_main OBJECT tests/unit/doctest_main.cpp)
target_link_libraries(doctest_main PRIVATE doctest::doctest)
file(GLOB UNIT_TEST_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/unit/test_*.cpp)
add_executable(unit_tests ${UNIT_TEST_SOURCES})
target_link_libraries(unit_tests PRIVATE doctest_main jamsos_core jamsos_roster_session jamsos_signing doctest::doctest
                                         jamsos_warnings)
# The JSON input tests reach the contract's field reader (core/contract/input_fields.hpp).
target_include_directories(unit_tests PRIVATE core/contract)
# Fixtures under tests/ (e.g. tests/fuzz/known/) are read from the source tree.
target_compile_definitions(unit_tests PRIVATE JAMSOS_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
doctest_discover_tests(unit_tests)

# Table-driven case files: tests/cases/*.json, one CTest test per file.
add_executable(case_runner tests/case_runner.cpp)
target_link_libraries(case_runner PRIVATE jamsos_core jamsos_warnings)
file(GLOB CASE_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/cases/*.json)
foreach(f ${CASE_FILES})
  get_filename_component(n ${f} NAME_WE)
  add_test(NAME cases.${n} COMMAND case_runner ${f})
endforeach()

# Roster tests (tests/roster/roster.cmake) when present.
if(EXISTS ${PROJECT_SOURCE_DIR}/tests/roster/roster.cmake)
  include(${PROJECT_SOURCE_DIR}/tests/roster/roster.cmake)
endif()

# The CLI contract end to end (exit codes, arrays, --rules).
add_test(NAME cli_contract COMMAND bash ${PROJECT_SOURCE_DIR}/tests/cli_test.sh $<TARGET_FILE:jamsos>)
# Signed bundles (docs/RULES.md "Signatures"): keygen, --sign, publisher / unsigned / foreign / altered.
add_test(NAME cli_signatures COMMAND bash ${PROJECT_SOURCE_DIR}/tests/cli_signatures.sh $<TARGET_FILE:jamsos>
                                          ${PROJECT_SOURCE_DIR}/tests/fixtures/rules-dev.key)

# The web app: wasm module, differential, front-end and browser tests (cmake/webtests.cmake).
include(${PROJECT_SOURCE_DIR}/cmake/webtests.cmake)

# C++ formatting (.clang-format at the root), when clang-format is installed (scripts/setup.sh does).
find_program(CLANG_FORMAT clang-format)
if(CLANG_FORMAT)
  add_test(NAME format.cpp COMMAND bash ${PROJECT_SOURCE_DIR}/scripts/check-format.sh)
endif()
