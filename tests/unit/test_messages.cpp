// Static texts are written into the JSON output without escaping: none may need escaping, and
// every code has both languages.
#include <doctest/doctest.h>

#include <string>

#include "jamsos/messages.hpp"

using namespace jamsos;

static bool safe(const char* s) {
  for (const unsigned char* p = reinterpret_cast<const unsigned char*>(s); *p; ++p)
    if (*p < 0x20 || *p == '"' || *p == '\\') return false;
  return true;
}

TEST_CASE("every reason, note and warning text is JSON-safe and present in both languages") {
  for (int c = 0; c <= static_cast<int>(ReasonCode::JkpNeedMemberSince); ++c) {
    messages::Pair p = messages::reason(static_cast<ReasonCode>(c));
    CHECK_MESSAGE(safe(p.id), c);
    CHECK_MESSAGE(safe(p.en), c);
    CHECK(std::string(p.id).size() > 5);
    CHECK(std::string(p.en).size() > 5);
    CHECK(safe(messages::reason_citation(static_cast<ReasonCode>(c))));
  }
  for (int c = 0; c <= static_cast<int>(NoteCode::PmiBandRounding); ++c) {
    messages::Pair p = messages::note(static_cast<NoteCode>(c));
    CHECK(safe(p.id));
    CHECK(safe(p.en));
    CHECK(std::string(p.id).size() > 5);
    CHECK(std::string(messages::note_citation(static_cast<NoteCode>(c))).size() > 3);
    const std::string tag = messages::note_confidence(static_cast<NoteCode>(c));
    CHECK((tag == "A" || tag == "B" || tag == "C" || tag == "D" || tag == "U"));
    CHECK(std::string(messages::note_code(static_cast<NoteCode>(c))).size() > 3);
  }
  for (int c = 0; c <= static_cast<int>(WarningCode::OptInNotEligible); ++c) {
    messages::Pair p = messages::warning(static_cast<WarningCode>(c));
    CHECK(safe(p.id));
    CHECK(safe(p.en));
    CHECK(std::string(p.en).size() > 5);
  }
  for (int c = 0; c <= static_cast<int>(Payer::None); ++c) {
    CHECK(safe(messages::payer_label(static_cast<Payer>(c)).id));
    CHECK(safe(messages::payer_label(static_cast<Payer>(c)).en));
  }
}
