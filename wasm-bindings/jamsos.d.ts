// Types for the WebAssembly build of the jamsos rules engine (wasm-bindings/bindings.cpp).
// Built by cmake/wasm.cmake as an ES module: build/wasm/jamsos.mjs + jamsos.wasm.
// Benefits and receipts are in the benefits module (jamsos-benefits.d.ts).

export interface JamsosModule {
  /**
   * Evaluates one input object, or an array of them, given as JSON text (docs/CONTRACT.md).
   * Returns the result JSON text, byte-identical to `jamsos eval`'s output (without the final
   * newline). Input errors come back as `{"error":{"code","field","message"}}` (per element in an
   * array); the function never throws.
   *
   * Limit: an answer over 256 MB (about 50,000 results; a JS string cannot hold much more) is not
   * built: the answer is then `{"error":{"code":"too_large","field":null,"message":...}}`. Use
   * `evaluateChunks` for larger arrays (200,000 elements and more). The input is read as a stream
   * (wasm memory holds 64 KB of it at a time); a lone surrogate in the JS string is read as U+FFFD,
   * as node writes it to the CLI's stdin.
   */
  evaluate(inputJson: string): string;
  /**
   * The same answer as `evaluate` without its size limit, handed to `onChunk` in pieces of about
   * 1 MB as the array is evaluated (each piece ends after a whole result; their concatenation is
   * `evaluate`'s answer). Wasm memory stays about constant. Returns false when any element was an
   * input error (the CLI's exit status 2).
   */
  evaluateChunks(inputJson: string, onChunk: (piece: string) => void): boolean;
  /**
   * The active rule set as a sealed bundle, as `jamsos rules` prints it (docs/RULES.md):
   * `{"schema":1,"rules_version","reviewed_until","sha256","files":[{"name","content"}], ...}`.
   */
  rules(): string;
  /** The rule-set version, a short hash of its canonical content (e.g. "e96ecbb60184"). */
  version(): string;
  /**
   * The role table (core/engine/roles.cpp) as `jamsos roles` prints it:
   * `{"roles":[{"code","label_id","label_en","segment"|null,"excluded","village","payer_employer",
   * "payer_worker"}]}`. web/build.mjs generates the page's role lists from it at build time.
   */
  roles(): string;
  /**
   * Makes a sealed rule bundle (a file's text) the rules every later call uses. Returns rulesInfo()'s
   * JSON, or `{"error":{"code":"rules_not_sealed"|"rules_refused","message"}}` with the rules unchanged.
   */
  loadRules(bundle: string): string;
  /** Back to the rules built into the module. */
  resetRules(): void;
  /**
   * The active rules: `{"rules_version","reviewed_until","sha256","previous_version","changelog":
   * [{"parameter","kind","from","old"?,"new"?,"citation","instrument","text_id","text_en"}],
   * "signature": null | {"key_id","value"},"builtin"}`. The signature's shape is checked, not the
   * signature itself (the page does that: web/src/rules-verify.js, docs/RULES.md "Signatures").
   */
  rulesInfo(): string;
}

export interface JamsosModuleOptions {
  /** The bytes of jamsos.wasm; required under node 20 (its fetch() cannot read file paths). */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Where to find jamsos.wasm in a browser (defaults to next to jamsos.mjs). */
  locateFile?: (path: string, scriptDirectory: string) => string;
}

declare function createJamsos(options?: JamsosModuleOptions): Promise<JamsosModule>;
export default createJamsos;
