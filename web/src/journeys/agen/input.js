// The agent's quote as eval inputs: 12 months from `start` ("YYYY-MM-01"), each evaluated on its
// own so relief windows apply month by month. Used by the journey and by saved-impact.js (what a
// rule change does to a saved quote), so both evaluate the same thing.
import { addMonths } from '../../format.js';

export function quoteInputs(s, income, start) {
  return Array.from({ length: 12 }, (_, i) => {
    const o = { as_of: addMonths(start, i), segment: 'BPU', declared_income: income, bpu_sector: s.sector };
    if (s.jht) o.opt_in = ['JHT'];
    if (s.fundedBy) o.funded_by = s.fundedBy;
    // The payment date concerns the first month of the quote.
    if (s.paidOn && i === 0) o.paid_on = s.paidOn;
    return o;
  });
}
