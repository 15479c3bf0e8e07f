# Build step: the rule files (core/rules/**/*.json) compiled into the binary, in two outputs:
#  - OUT: a C++ source embedding every file's text, so no files are read at run time;
#  - KEYS: jamsos/param_keys.hpp, every parameter key with its unit, so a key has one name
#    everywhere: `pu.jkk.rate.group3` in core/rules/pp44-2015-jkk.json is PARAM("pu.jkk.rate.group3")
#    where the engine applies it (checked at compile time).
# The law is in core/rules/*.json, product conventions in core/rules/conventions/*.json; a rule
# file is known by its file name alone (the bundle and the version hash do not see the folder),
# in file-name order.
# Usage: cmake -DRULES_DIR=... -DOUT=... -DKEYS=... -P embed_rules.cmake
file(GLOB_RECURSE paths "${RULES_DIR}/*.json")
set(files "")
foreach(p ${paths})
  get_filename_component(n "${p}" NAME)
  list(APPEND files "${n}|${p}")
endforeach()
list(SORT files)

function(write_if_changed path body)
  if(EXISTS "${path}")
    file(READ "${path}" old)
    if(old STREQUAL body)
      return()
    endif()
  endif()
  file(WRITE "${path}" "${body}")
endfunction()

set(body "// Generated from core/rules/**/*.json by cmake/embed_rules.cmake. Do not edit.\n#include \"jamsos/rules.hpp\"\nnamespace jamsos {\nconst std::vector<RuleFile>& embedded_rule_files() {\n  static const std::vector<RuleFile> files = {\n")
set(keys "")
set(units "")
set(count 0)
foreach(entry ${files})
  string(REPLACE "|" ";" parts "${entry}")
  list(GET parts 0 name)
  list(GET parts 1 f)
  file(READ "${f}" content)
  string(APPEND body "    {\"${name}\", R\"JAMSOSRULES(${content})JAMSOSRULES\"},\n")
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
string(APPEND body "  };\n  return files;\n}\n}  // namespace jamsos\n")
write_if_changed("${OUT}" "${body}")

write_if_changed("${KEYS}" "// Generated from core/rules/**/*.json by cmake/embed_rules.cmake. Do not edit.
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
