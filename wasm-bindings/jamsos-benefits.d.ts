// Types for the benefits module (wasm-bindings/benefits_bindings.cpp + bindings.cpp), built by
// cmake/wasm.cmake as build/wasm/jamsos-benefits.mjs + jamsos-benefits.wasm (-Os) and loaded by the
// page's benefits worker (web/src/benefits-worker.js) the first time a journey needs it. It has
// every call of the first screen's module (jamsos.d.ts: evaluate, rules, loadRules, ...) so that
// it can be given the same rule bundle, plus the calls below.
import type { JamsosModule, JamsosModuleOptions } from './jamsos';

export interface JamsosBenefitsModule extends JamsosModule {
  /**
   * Estimates the benefits for one input object given as JSON text: an `evaluate` input plus the
   * benefit fields (`event`, `event_date`, `contribution_months`, `wage_history`, `children`,
   * `jht_annual_return`, `jht_balance`, `disability_percent`, `jkp_months_in_24`,
   * `jkp_consecutive_months`; docs/CONTRACT.md, "Benefits"). Returns
   * `{"as_of","rules_version","event","event_date","coverage","benefits":[...],"totals","jht_projection","notes"}`,
   * byte-identical to `jamsos benefits` (without the final newline). Input errors come back as
   * `{"error":{"code","field","message"}}` (the same codes as `evaluate`); an array is
   * `not_an_object`; an input over 16 MB is `too_large`. Never throws.
   */
  benefits(inputJson: string): string;
  /** The receipt of one input object's answer, as `jamsos receipt` (docs/RULES.md), or the contract's error. */
  receipt(input: string): string;
  /**
   * Checks a receipt as `jamsos verify`: `{"verdict":"same"|"mismatch"|"different_rules"|"invalid", ...}`;
   * with other rules also `rule_changes` (the rule values behind the differing figures) when the
   * receipt carries `rules_used` (`rule_changes_named`). docs/RULES.md "Receipts".
   */
  verifyReceipt(receipt: string): string;
  /**
   * The months ahead (1-120) whose figures change for one eval input, as `jamsos upcoming --months N`
   * (docs/CONTRACT.md, "Upcoming changes"): `{"as_of","rules_version","months","monthly",
   * "upcoming":[{"month","as_of","changes","monthly":{"before","after"},"because","reasons"}],"notes"}`
   * or the contract's error. Never throws.
   */
  upcoming(inputJson: string, months: number): string;
}

declare function createJamsosBenefits(options?: JamsosModuleOptions): Promise<JamsosBenefitsModule>;
export default createJamsosBenefits;
