// Bahasa Indonesia and English texts for reasons, notes and warnings (rendered by contract.cpp).
#pragma once
#include <string>

#include "jamsos/engine.hpp"

namespace jamsos {
namespace messages {

struct Pair {
  const char* id;
  const char* en;
};
// Templates may contain {a} (an argument) and {scale}/{program}; see contract.cpp.
Pair reason(ReasonCode c);
// Citation for reasons that rest on a logic rule rather than a dated parameter.
const char* reason_citation(ReasonCode c);
const char* reason_code(ReasonCode c);
Pair note(NoteCode c);
const char* note_code(NoteCode c);
const char* note_citation(NoteCode c);
// The confidence tag (A-D, U; REFERENCE.md 0.1) of the point a note makes.
const char* note_confidence(NoteCode c);
Pair warning(WarningCode c);
const char* warning_code(WarningCode c);
Pair payer_label(Payer p);
Pair party(Party p);
Pair scale_label(Scale s);

}  // namespace messages

// A reason's sentence as the answer writes it ("message_id" / "message_en"), its {a}, {date},
// {limit}... filled in (writer.cpp).
std::string reason_message(const Reason& rs, bool indonesian);

}  // namespace jamsos
