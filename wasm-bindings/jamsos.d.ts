// Types for the WebAssembly build of the jamsos rules engine (wasm-bindings/bindings.cpp).
// Built by cmake/wasm.cmake as an ES module: build/wasm/jamsos.mjs + jamsos.wasm.

export interface JamsosModule {
  /**
   * Evaluates one input object, or an array of them, given as JSON text (docs/CONTRACT.md).
   * Returns the result JSON text, byte-identical to `jamsos eval`'s output (without the final
   * newline). Input errors come back as `{"error":{"code","field","message"}}` (per element in an
   * array); the function never throws.
   */
  evaluate(inputJson: string): string;
  /** The embedded rule set, `{"files":[{"name","content"}],"rules_version"}`, as `jamsos rules`. */
  rules(): string;
  /** The rule-set version, a short hash of its canonical content (e.g. "e96ecbb60184"). */
  version(): string;
  /**
   * The role table (core/engine/roles.cpp) as `jamsos roles` prints it:
   * `{"roles":[{"code","label_id","label_en","segment"|null,"excluded","village","payer_employer",
   * "payer_worker"}]}`. web/build.mjs generates the page's role lists from it at build time.
   */
  roles(): string;
}

export interface JamsosModuleOptions {
  /** The bytes of jamsos.wasm; required under node 20 (its fetch() cannot read file paths). */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Where to find jamsos.wasm in a browser (defaults to next to jamsos.mjs). */
  locateFile?: (path: string, scriptDirectory: string) => string;
}

declare function createJamsos(options?: JamsosModuleOptions): Promise<JamsosModule>;
export default createJamsos;
