// Bahasa Indonesia and English texts of the benefit estimates (benefits_messages.cpp), rendered by
// benefits_json.cpp. Not a public header.
#pragma once
#include <string>

#include "jamsos/benefits.hpp"

namespace jamsos {
namespace bmsg {

const char* item_code(BenefitItem i);
const char* condition_code(BenefitCondition c);
const char* note_code(BenefitNote n);
// The confidence tag of the point a note makes.
const char* note_confidence(const BenefitNoteEntry& n);
void condition_text(std::string& out, BenefitCondition c, int arg, bool id);
void note_text(std::string& out, const RuleSet& R, const BenefitNoteEntry& n, const BenefitResult& r, bool id);
// The explanation line of a benefit (plain words first, the arithmetic after).
void explanation(std::string& out, const BenefitLine& l, const BenefitInput& in, bool id);

}  // namespace bmsg
}  // namespace jamsos
