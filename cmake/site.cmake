# The static site (build/site): web/ bundled by web/build.mjs (esbuild from node_modules, pinned
# in package-lock.json) + the wasm engine + public/. Part of the wasm tree (cmake/wasm.cmake).
if(NOT NODE_EXECUTABLE)
  find_program(NODE_EXECUTABLE node REQUIRED NO_CMAKE_FIND_ROOT_PATH)
endif()
if(NOT JAMSOS_SITE_DIR)
  set(JAMSOS_SITE_DIR ${CMAKE_BINARY_DIR}/site)
endif()
include(${PROJECT_SOURCE_DIR}/cmake/rules_key.cmake)  # the publisher key the site trusts
if(NOT EXISTS ${PROJECT_SOURCE_DIR}/node_modules/esbuild/package.json)
  message(FATAL_ERROR "node_modules is missing: run `npm ci` in ${PROJECT_SOURCE_DIR} (scripts/setup.sh does)")
endif()
file(GLOB_RECURSE SITE_SOURCES CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/web/*.js ${PROJECT_SOURCE_DIR}/web/*.mjs ${PROJECT_SOURCE_DIR}/web/*.json
  ${PROJECT_SOURCE_DIR}/web/*.html ${PROJECT_SOURCE_DIR}/web/*.css ${PROJECT_SOURCE_DIR}/public/*)
set(SITE_STAMP ${CMAKE_BINARY_DIR}/site.stamp)
add_custom_command(OUTPUT ${SITE_STAMP}
  COMMAND ${NODE_EXECUTABLE} ${PROJECT_SOURCE_DIR}/web/build.mjs --wasm-dir ${CMAKE_BINARY_DIR} --out ${JAMSOS_SITE_DIR}
          --rules-key ${JAMSOS_RULES_PUBLIC_KEY}
  COMMAND ${CMAKE_COMMAND} -E touch ${SITE_STAMP}
  DEPENDS ${SITE_SOURCES} ${JAMSOS_RULES_PUBLIC_KEY} jamsos_wasm jamsos_benefits_wasm jamsos_roster_wasm ${PROJECT_SOURCE_DIR}/package-lock.json
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
  COMMENT "Building the web app into ${JAMSOS_SITE_DIR}")
add_custom_target(site ALL DEPENDS ${SITE_STAMP})
