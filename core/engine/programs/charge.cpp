// charge_rate(): a rate on a basis, charged to one party, rounded once (program.hpp). Shared by
// the wage-based programs of PU, BPU and JAKON.
#include "program.hpp"

namespace jamsos {

namespace detail {

void charge_rate(Ctx& c, ProgramResult& p, Party party, Money base, const Value* rate, const Value* relief,
                 ReliefCode code) {
  Rate eff = apply_factor(rate->rate, relief);
  if (relief) {
    p.relief = code;
    p.relief_param = relief;
    step(p, StepKind::ReliefApplied, party, relief, rate->rate.units, eff.units);
  }
  Money amount = round_rupiah(exact_of(base, eff), c.rnd);
  step(p, StepKind::PartyRate, party, rate, base, amount, 0, eff);
  p.has_basis = p.has_rate = true;
  p.basis = base;
  p.rate = eff;
  set_amounts(p, party == Party::Employer ? amount : 0, party == Party::Worker ? amount : 0,
              party == Party::Government ? amount : 0);
}

}  // namespace detail

}  // namespace jamsos
