# Build step: the parameter names the engine may ask for, generated from the rule files' keys,
# so a key has one name everywhere: `pu.jkk.rate.group3` in core/rules/pp44-2015-jkk.json is
# PARAM("pu.jkk.rate.group3") where the engine applies it (checked at compile time).
# Usage: cmake -DRULES_DIR=... -DOUT=... -P gen_params.cmake
file(GLOB_RECURSE paths "${RULES_DIR}/*.json")
set(files "")
foreach(p ${paths})
  get_filename_component(n "${p}" NAME)
  list(APPEND files "${n}|${p}")
endforeach()
list(SORT files)
set(keys "")
set(units "")
set(count 0)
foreach(entry ${files})
  string(REPLACE "|" ";" parts "${entry}")
  list(GET parts 0 name)
  list(GET parts 1 f)
  file(READ "${f}" content)
  string(JSON n ERROR_VARIABLE err LENGTH "${content}" parameters)
  if(err)
    message(FATAL_ERROR "${name}: no \"parameters\" object (${err})")
  endif()
  if(n EQUAL 0)
    continue()
  endif()
  math(EXPR last "${n} - 1")
  foreach(i RANGE ${last})
    string(JSON key MEMBER "${content}" parameters ${i})
    string(JSON unit ERROR_VARIABLE err GET "${content}" parameters "${key}" unit)
    if(err)
      message(FATAL_ERROR "${name}: ${key}: no unit")
    endif()
    string(APPEND keys "    \"${key}\",  // ${name}\n")
    string(APPEND units "    \"${unit}\",\n")
    math(EXPR count "${count} + 1")
  endforeach()
endforeach()
set(body "// Generated from core/rules/**/*.json by cmake/gen_params.cmake. Do not edit.
// Every parameter key of the rule files, in file-name order, with its unit.
#pragma once

namespace jamsos {
namespace params {

constexpr int kCount = ${count};
constexpr const char* kKeys[kCount] = {
${keys}};
constexpr const char* kUnits[kCount] = {
${units}};

}  // namespace params
}  // namespace jamsos
")
if(EXISTS "${OUT}")
  file(READ "${OUT}" old)
  if(old STREQUAL body)
    return()
  endif()
endif()
file(WRITE "${OUT}" "${body}")
