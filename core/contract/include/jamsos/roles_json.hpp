// The role table (engine/roles.cpp) as JSON, for `jamsos roles` and the web app's build, which
// generates its role lists from it instead of keeping copies.
#pragma once
#include <string>

namespace jamsos {

// {"roles":[{"code","label_id","label_en","segment"|null,"excluded","village","payer_employer",
// "payer_worker"}, ...]} in the contract's order.
std::string roles_json();

}  // namespace jamsos
