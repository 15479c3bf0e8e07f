# The rules publisher's Ed25519 public key (docs/RULES.md "Signatures"), built into the native CLI
# (cli/signing.cpp) and into the site (web/build.mjs --rules-key). The default file holds the
# DEVELOPMENT test key, whose secret half is committed in tests/fixtures/ for the tests: a release
# is configured with -DJAMSOS_RULES_PUBLIC_KEY=/path/to/publisher.pub.
set(JAMSOS_RULES_PUBLIC_KEY ${PROJECT_SOURCE_DIR}/web/rules-publisher.pub CACHE FILEPATH
    "the rules publisher's Ed25519 public key file (default: the development test key)")
# The key is the first line of base64 (comment lines start with '#'): 32 bytes, 44 characters.
file(STRINGS ${JAMSOS_RULES_PUBLIC_KEY} _key_lines REGEX "^[A-Za-z0-9+/]+=*$")
list(LENGTH _key_lines _key_count)
if(_key_count EQUAL 0)
  message(FATAL_ERROR "${JAMSOS_RULES_PUBLIC_KEY}: no key line (one line of base64 of 32 bytes)")
endif()
list(GET _key_lines 0 JAMSOS_RULES_PUBLIC_KEY_B64)
string(LENGTH "${JAMSOS_RULES_PUBLIC_KEY_B64}" _key_len)
if(NOT _key_len EQUAL 44)
  message(FATAL_ERROR "${JAMSOS_RULES_PUBLIC_KEY}: the key line is not the base64 of 32 bytes")
endif()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${JAMSOS_RULES_PUBLIC_KEY})
