// Every rule value an answer rests on (jamsos/engine.hpp used_params): what "what changed" and
// "what will change" compare, so that a changed figure is explained by the rule values it used.
#include "jamsos/engine.hpp"

namespace jamsos {

void used_params(const Result& r, bool (&seen)[kParamCount]) {
  auto mark = [&](const Value* v) {
    if (v) seen[static_cast<int>(v->param)] = true;
  };
  for (const ProgramResult& p : r.programs) {
    for (int i = 0; i < p.n_steps; ++i) mark(p.steps[i].param);
    for (int i = 0; i < p.n_reasons; ++i) mark(p.reasons[i].param);
    mark(p.ceiling), mark(p.pension_age), mark(p.funding_rate), mark(p.relief_param);
  }
  mark(r.excluded_scheme);
  for (int i = 0; i < r.late.n; ++i) {
    const LateLine& l = r.late.lines[i];
    mark(l.due_param), mark(l.fine_param), mark(l.deadline);
  }
  if (r.has_wage_step) mark(r.wage_step.param);
}

}  // namespace jamsos
