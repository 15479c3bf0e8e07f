// Types for the roster module (wasm-bindings/roster_bindings.cpp), built by cmake/wasm.cmake as
// build/wasm/jamsos-roster.mjs + jamsos-roster.wasm (-O3) and loaded lazily by the roster worker
// (web/src/roster-worker.js). It runs the same C++ roster code as `jamsos roster` (docs/ROSTER.md):
// the same columns, validation, messages and output bytes.
//
// Bytes go in through a buffer inside the module: `chunk(n)` returns a Uint8Array view of n bytes
// in the wasm memory; copy the file's next n bytes into it, then call `feed(n)`.

/** Options as JSON text, e.g. `{"as_of":"2026-05-01","format":"csv","mapping":{"wage":"Honor"}}`:
 *  as_of (required, YYYY-MM-DD), delimiter / out_delimiter (one character, "" = detect / ","),
 *  format ("csv" | "jsonl"), check_duplicates (bool, default true), mapping (field code -> header
 *  text or column number; "" unmaps). */
export type RosterOptionsJson = string;

/** The browser session: keeps a compact record per row and answers the table a page at a time. */
export interface RosterSession {
  chunk(n: number): Uint8Array;
  /** Parses, validates and evaluates the rows completed by these n bytes. False after an error. */
  feed(n: number): boolean;
  /** End of input (the last row may lack a newline). */
  finish(): boolean;
  /** Rows read so far (progress). */
  rows(): number;
  /** Reserves row records for a file of this many bytes (memory grows once). */
  expect(bytes: number): void;
  /** The summary JSON: counts, statuses per program, amounts per payer (as `jamsos roster --summary`). */
  summary(): string;
  /** The detected column mapping JSON (for the mapping screen). */
  mapping(): string;
  /** "" or the reason the roster could not be read (e.g. no known header). */
  error(): string;
  /** A page of rows as JSON. `filterJson`: {"kind":"all|errors|warnings|incomplete|ok",
   *  "program":"JKK","status":"mandatory","role":"kepala_desa","q":"siti"} (all optional).
   *  Returns {"matches","offset","rows":[{"row","nik","nama","role","segment","status","amounts",
   *  "totals","payers","complete","warnings","errors"}]}; messages in Indonesian when `indonesian`. */
  query(filterJson: string, offset: number, limit: number, indonesian: boolean): string;
  /** The original cells of one spreadsheet row (for fixing it), as JSON. */
  rowCells(record: number): string;
  /** Why feed()/finish() failed when a limit was reached: "" (not a limit), "too_many_rows"
   *  (more than maxRows() data rows) or "too_large" (the kept records would pass the 1 GiB budget). */
  limit(): '' | 'too_many_rows' | 'too_large';
  /** Lowers the limits (tests); 0 keeps a default, values above the defaults are ignored. */
  setLimits(rows: number, bytes: number): void;
  /** The row limit: 1,048,576 (one Excel sheet). */
  maxRows(): number;
  /** Bytes reserved by the kept records. */
  keptBytes(): number;
  delete(): void;
}

/** RosterProcessor: the CSV or JSON-lines output of `jamsos roster`, byte for byte. */
export interface RosterRunner {
  chunk(n: number): Uint8Array;
  feed(n: number): boolean;
  finish(): boolean;
  /** A view of the output written so far; copy it, then call clearOutput(). */
  output(): Uint8Array;
  clearOutput(): void;
  rows(): number;
  summary(): string;
  error(): string;
  delete(): void;
}

/** The roster over months (`jamsos budget --roster`): feed the roster's bytes, then json() or csv(). */
export interface RosterBudgetRun {
  chunk(n: number): Uint8Array;
  feed(n: number): boolean;
  finish(): boolean;
  /** {"rules_version","source":"roster","from","to","months","rows","computed","invalid","need_info",
   *  "complete","total","payers":[{code,label_id,label_en,amount}],"notes","by_month":[{"month","people",
   *  "employer","worker","government","total","payers":{code:amount},"relief","relief_people","need_info",
   *  "complete"}]} (docs/CONTRACT.md "Roster budget"). */
  json(): string;
  csv(): string;
  /** "" or why the roster could not be read, or the bundle was refused ({"error":...} JSON then). */
  error(): string;
  delete(): void;
}

export interface RosterResult {
  ok: boolean;
  out: string;
  summary?: string;
  error: string;
}

/** A roster under the rules in use vs a sealed candidate bundle (as `jamsos diff --from`): feed
 *  the CSV by chunks, read the JSON lines of the rows whose figures change (with the rule change
 *  behind each), then the summary. */
export interface RulesDiff {
  /** At most `n` lines are ever returned by output(); the rest are counted in the summary only. */
  keep(n: number): void;
  /** A buffer of `n` bytes in wasm memory to copy the next chunk into, then feed(n). */
  chunk(n: number): Uint8Array;
  feed(n: number): boolean;
  finish(): boolean;
  /** The lines written since the last call. */
  output(): string;
  /** {"summary": {rows, changed, errors, monthly_before, monthly_after, monthly_difference, by_parameter, ...}} */
  summary(): string;
  error(): string;
  delete(): void;
}

export interface JamsosRosterModule {
  Session: new (options: RosterOptionsJson) => RosterSession;
  /** `bundle`: the candidate rule bundle's text; the rules in use are the "before". */
  RulesDiff: new (bundle: string, options: RosterOptionsJson) => RulesDiff;
  Runner: new (options: RosterOptionsJson) => RosterRunner;
  /** The mapping screen's JSON for the first bytes of a file (headers, detected fields, delimiter). */
  inspect(head: string): string;
  /** Last month's roster vs this month's, by NIK: added, removed, changed, and the change in
   *  contributions (as `jamsos reconcile`; last_as_of defaults to one month before as_of). */
  reconcile(lastCsv: string, thisCsv: string, options: RosterOptionsJson): RosterResult;
  /** Budget plan: `people` x the input template (contract JSON without as_of) x `months` from
   *  `from` (YYYY-MM), each month evaluated on its own so relief applies month by month. JSON, or
   *  CSV when `csv` is true (as `jamsos budget`). */
  budget(templateJson: string, people: number, from: string, months: number, csv: boolean): string;
  /** The roster over `months` from `from` (YYYY-MM), under the active rules (bundle "") or a sealed
   *  candidate bundle; options as for Session (its as_of is replaced by the first month's 1st day). */
  RosterBudget: new (bundle: string, options: RosterOptionsJson, from: string, months: number) => RosterBudgetRun;
  /** budget() under a sealed candidate bundle ("" = the active rules): what the plan would cost. */
  budgetUnder(bundle: string, templateJson: string, people: number, from: string, months: number): string;
  /** Replaces whole rows of a roster CSV: `editsJson` maps a spreadsheet row number to its new
   *  cells, {"7":["3515...","Siti",...]}; row numbers stay the spreadsheet's. */
  rewrite(csv: string, editsJson: string): RosterResult;
  /** A blank roster with the recognised headers. */
  template(delimiter: string): string;
  /** Eval inputs (a JSON array, each with its as_of) under two rule sets, as `jamsos diff` over eval
   *  inputs: `out` holds one JSON line per input whose figures change ({index, as_of, changes,
   *  monthly: {before, after}, because}), `summary` the summary line ({"summary": {rows, changed,
   *  errors, monthly_before, monthly_after, monthly_difference, ...}}: sums over every input).
   *  `from` and `to` are sealed bundles' text; "" means the active rules. A refused bundle gives
   *  ok false and `error` the loader's {"error":{code,message}} JSON. */
  diffInputs(from: string, to: string, inputsJson: string): RosterResult;
  /** What `jamsos rules --since OLD` writes: every dated value that differs from the sealed bundle
   *  `old` to the active rules, as a changelog JSON array (text_id/text_en per change). */
  changesSince(old: string): { ok: boolean; previous_version: string; changelog: string; error: string };
}

export interface JamsosRosterModuleOptions {
  wasmBinary?: ArrayBuffer | Uint8Array;
  locateFile?: (path: string, scriptDirectory: string) => string;
}

declare function createJamsosRoster(options?: JamsosRosterModuleOptions): Promise<JamsosRosterModule>;
export default createJamsosRoster;
