# Build step: embed core/rules/*.json into a C++ source so no files are needed at run time.
# Usage: cmake -DRULES_DIR=... -DOUT=... -P embed_rules.cmake
# The law is in core/rules/*.json, product conventions in core/rules/conventions/*.json; a rule
# file is known by its file name alone (the bundle and the version hash do not see the folder),
# in file-name order.
file(GLOB_RECURSE paths "${RULES_DIR}/*.json")
set(files "")
foreach(p ${paths})
  get_filename_component(n "${p}" NAME)
  list(APPEND files "${n}|${p}")
endforeach()
list(SORT files)
set(body "// Generated from core/rules/**/*.json by cmake/embed_rules.cmake. Do not edit.\n#include \"jamsos/rules.hpp\"\nnamespace jamsos {\nconst std::vector<RuleFile>& embedded_rule_files() {\n  static const std::vector<RuleFile> files = {\n")
foreach(entry ${files})
  string(REPLACE "|" ";" parts "${entry}")
  list(GET parts 0 name)
  list(GET parts 1 f)
  file(READ "${f}" content)
  string(APPEND body "    {\"${name}\", R\"JAMSOSRULES(${content})JAMSOSRULES\"},\n")
endforeach()
string(APPEND body "  };\n  return files;\n}\n}  // namespace jamsos\n")
if(EXISTS "${OUT}")
  file(READ "${OUT}" old)
  if(old STREQUAL body)
    return()
  endif()
endif()
file(WRITE "${OUT}" "${body}")
