# Roster tests: table-driven case files (tests/roster/*.json, one CTest test per file) and the
# roster commands of the CLI end to end.
add_executable(roster_runner ${PROJECT_SOURCE_DIR}/tests/roster/roster_runner.cpp)
target_link_libraries(roster_runner PRIVATE jamsos_core jamsos_warnings)
file(GLOB ROSTER_CASE_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/roster/*.json)
foreach(f ${ROSTER_CASE_FILES})
  get_filename_component(n ${f} NAME_WE)
  add_test(NAME roster.${n} COMMAND roster_runner ${f})
endforeach()
add_test(NAME roster.cli COMMAND bash ${PROJECT_SOURCE_DIR}/tests/roster/cli_roster.sh $<TARGET_FILE:jamsos>)
