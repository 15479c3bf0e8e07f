// The one role table: every role preset the contract accepts (`role` in docs/CONTRACT.md), with
// the segment it implies, whether it is outside BPJS Ketenagakerjaan, who pays which share, the
// defaults it fills from the rule data (core/rules/conventions/village-roles.json) and the notes
// it raises. The engine, the contract, the roster and the web app (through a generated list) all
// read it from here.
#pragma once
#include <cstddef>
#include <cstdint>

#include "jamsos/engine.hpp"

namespace jamsos {

struct RoleInfo {
  Role role;
  const char* code;      // the contract's code, e.g. "kepala_desa"
  const char* label_id;  // plain name, Bahasa Indonesia
  const char* label_en;  // plain name, English
  Segment segment;       // the segment the role implies (None for excluded roles)
  bool excluded;         // outside BPJS Ketenagakerjaan (ASN: Taspen; TNI/Polri: ASABRI)
  bool village;          // village government (kepala desa, perangkat desa, BPD): paid from APBDes
  P excluded_scheme;     // the rule naming the scheme (excluded roles only)
  P unconfirmed_scheme;  // BPJS Ketenagakerjaan or another scheme is unconfirmed: every program
                         // need_info with this rule's conflict (P::Count_: none)
  Payer employer_payer;  // who pays the employer's share (Payer::Employer: the general default)
  Payer worker_payer;    // who pays the worker's share (Payer::Worker: the general default)
  P default_scale;       // employer_scale preset (P::Count_: none)
  P default_risk_group;  // jkk_risk_group preset (P::Count_: none)
  P default_income;      // declared_income preset, BPU (P::Count_: none)
  P default_sector;      // bpu_sector preset, BPU (P::Count_: none)
  P default_funded_by;   // funded_by preset, BPU (P::Count_: none)
  uint8_t n_notes;
  NoteCode notes[3];  // contested points a user of this role must see
};

// The preset for `r` (Role::None has an empty preset).
const RoleInfo& role_info(Role r);
// Every role (Role::None excluded), in the contract's order.
const RoleInfo* roles_begin();
const RoleInfo* roles_end();
// The role with this contract code; false if none.
bool role_from_code(const char* code, size_t n, Role& out);

inline bool role_excluded(Role r) { return role_info(r).excluded; }
// The segment a role implies when the input gives none (Segment::None: no role or excluded).
inline Segment role_segment(Role r) { return role_info(r).segment; }

}  // namespace jamsos
