#pragma once
#include <nlohmann/json.hpp>

#include "jamsos/contract.hpp"

namespace jamsos {
bool parse_input_json(const RuleSet& R, const nlohmann::json& j, Input& in, std::string& id_json, InputError& e);
}
