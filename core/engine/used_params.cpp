// Every rule value an answer rests on (jamsos/engine.hpp used_params): what "what changed" and
// "what will change" compare, so that a changed figure is explained by the rule values it used.
#include "jamsos/engine.hpp"

namespace jamsos {

namespace {

// Calls mark(value, program) for every rule value of `r`; program -1 for the answer as a whole.
template <class F>
void visit(const Result& r, F&& mark) {
  for (int k = 0; k < kPrograms; ++k) {
    const ProgramResult& p = r.programs[k];
    for (int i = 0; i < p.n_steps; ++i) mark(p.steps[i].param, k);
    for (int i = 0; i < p.n_reasons; ++i) mark(p.reasons[i].param, k);
    mark(p.ceiling, k), mark(p.pension_age, k), mark(p.funding_rate, k), mark(p.relief_param, k);
  }
  mark(r.excluded_scheme, -1);
  for (int i = 0; i < r.late.n; ++i) {
    const LateLine& l = r.late.lines[i];
    mark(l.due_param, -1), mark(l.fine_param, -1), mark(l.deadline, -1);
  }
  if (r.has_wage_step) mark(r.wage_step.param, -1);
}

}  // namespace

void used_params(const Result& r, bool (&seen)[kParamCount]) {
  visit(r, [&](const Value* v, int) {
    if (v) seen[static_cast<int>(v->param)] = true;
  });
}

std::vector<UsedValue> used_values(const Result& r) {
  std::vector<UsedValue> out;
  visit(r, [&](const Value* v, int program) {
    if (!v) return;
    const unsigned bit = program < 0 ? (1u << kPrograms) - 1 : 1u << program;
    for (UsedValue& u : out)
      if (u.value == v) {
        u.programs |= bit;
        return;
      }
    out.push_back({v, bit});
  });
  return out;
}

}  // namespace jamsos
