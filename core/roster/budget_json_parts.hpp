// Pieces the two budget writers share (budget.cpp: the package plan; roster_budget.cpp: a roster
// over months). Private to core/roster.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "jamsos/date.hpp"
#include "jamsos/messages.hpp"

namespace jamsos {

// "YYYY-MM" of a planned month.
std::string budget_month_text(Date d);
// {"error":{"code","field","message"}}: a budget request the writers refuse.
std::string budget_error_json(const char* code, const char* field, const std::string& message);
// The answers' notes, each {code, text_id, text_en, citation, confidence}.
nlohmann::ordered_json budget_notes_json(const std::vector<NoteCode>& notes);

}  // namespace jamsos
