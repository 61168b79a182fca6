// The noticelint engine: the command line's own Go code for loading,
// schema validation, positions and finding shaping (engine.wasm, built from
// wasm/engine) and the same Rego rules compiled by OPA to WebAssembly
// (policy.wasm), evaluated with OPA's wasm SDK. A document gets the
// findings `noticelint check --format json` reports, byte for byte.
//
// Files, all beside `base` (go run ./wasm/build writes them to wasm/dist):
//   wasm_exec.js  Go's JavaScript support, from GOROOT/lib/wasm
//   engine.wasm   the Go part
//   policy.wasm   the rules, OPA's wasm target, entry point noticelint/main/report
//   data.json     the facts the rules read (data.noticelint.facts)
//   rules.json    {"version": "...", "rules": [rule documentation]}
//
// The engine checks synchronously, on the thread that loads it: the page
// runs it in a Web Worker (worker.js, driven by checker.js), Node runs it
// directly (the parity test, wasm/build/check.mjs). Everything is fetched
// and compiled in parallel; a caller that has already fetched or compiled
// some of the files hands them over as options.sources. Give options.fetch
// in Node: Node's fetch reads no file: URLs.

import { loadPolicy } from '@open-policy-agent/opa-wasm';

const entrypoint = 'noticelint/main/report';

/**
 * Milestones of loading, in milliseconds since the time origin of the
 * thread that loads the engine (performance.now()), plus the duration of
 * the first and the last check, and of the rules' part of the last check
 * (lastRulesMs). Each milestone is also a performance mark named
 * `noticelint:<name>`.
 * @typedef {{
 *   start: number,
 *   wasmExec?: number,
 *   engineCompiled?: number,
 *   policyReady?: number,
 *   goReady?: number,
 *   warm?: number,
 *   ready?: number,
 *   firstCheckStart?: number,
 *   firstCheck?: number,
 *   firstCheckMs?: number,
 *   lastCheckMs?: number,
 *   lastRulesMs?: number,
 *   checks: number,
 * }} Timings
 */

/**
 * @typedef {{
 *   rule: string, severity: 'error'|'warning'|'info', message: string,
 *   pointer: string, line: number, column: number, references?: string[],
 * }} Finding
 * @typedef {{
 *   files: {file: string, findings: Finding[], suppressed?: number}[],
 *   summary: {files: number, findings: number, errors: number, warnings: number, infos: number, suppressed: number, as_of: string},
 * }} Report
 */

/**
 * @typedef {object} Engine
 * @property {(name: string, text: string | Uint8Array, asOf?: string) => Report} check
 *   checks one document; name decides the format (.json is JSON, anything
 *   else YAML); asOf is YYYY-MM-DD, today (UTC) when omitted.
 * @property {(name: string, text: string | Uint8Array, asOf?: string, compact?: boolean) => string} checkJSON
 *   the same report as the JSON text the command line prints; compact
 *   leaves out the indentation, which costs a check some time.
 * @property {() => object[]} rules the rules' documentation, sorted by id.
 * @property {string} version identifies the engine and the rules.
 * @property {() => Timings} timings
 * @property {(percent: number) => void} gc  sets Go's GOGC (runtime/debug.SetGCPercent) and collects
 * @property {() => void} compileSchema compiles the notice schema for the
 *   validator, which only a document the schema refuses needs and which
 *   its check would otherwise do: call it once nothing waits.
 */

/**
 * What a caller may hand over instead of letting loadEngine fetch it: each
 * a value or a promise of it.
 * @typedef {{
 *   engine?: WebAssembly.Module | Promise<WebAssembly.Module>,
 *   policy?: WebAssembly.Module | Promise<WebAssembly.Module>,
 *   data?: ArrayBuffer | Promise<ArrayBuffer>,
 *   rules?: string | Promise<string>,
 * }} Sources
 */

/**
 * Loads the engine.
 * @param {URL | string} [base] the folder holding the files; by default this
 *   module's own folder (the bundle's, once bundled).
 * @param {{fetch?: (url: URL) => Promise<Response>, sources?: Sources, warm?: boolean, goEnv?: Record<string, string>}} [options]
 *   warm (default true) reads the quick check of the notice schema before
 *   the engine is returned, which the first check would otherwise do; it
 *   is all that the check of a document the schema accepts needs. goEnv is the Go
 *   program's environment, such as {GOGC: 'off'} (see Engine.gc).
 * @returns {Promise<Engine>}
 */
export async function loadEngine(base = new URL('.', import.meta.url), options = {}) {
  const doFetch = options.fetch ?? ((url) => fetch(url));
  const sources = options.sources ?? {};
  const at = (name) => new URL(name, base);
  /** @type {Timings} */
  const timings = { start: performance.now(), checks: 0 };
  const mark = (name) => {
    timings[name] = performance.now();
    try {
      performance.mark(`noticelint:${name}`);
    } catch {
      // marks are a convenience; never fail a load over them
    }
  };
  mark('start');

  const fetched = (name) =>
    Promise.resolve(doFetch(at(name))).then((r) => {
      if (!r.ok) throw new Error(`noticelint: ${name}: HTTP ${r.status}`);
      return r;
    });

  // Start every request at once.
  const goSupport = globalThis.Go
    ? Promise.resolve()
    : import(/* webpackIgnore: true */ at('wasm_exec.js').href).then(() => mark('wasmExec'));
  const engineModule = Promise.resolve(sources.engine ?? compile(fetched('engine.wasm'))).then((m) => (mark('engineCompiled'), m));
  const policy = Promise.all([
    Promise.resolve(sources.policy ?? compile(fetched('policy.wasm'))).then((m) => loadPolicy(m, { initial: 32 })),
    sources.data ?? fetched('data.json').then((r) => r.arrayBuffer()),
  ]).then(([p, data]) => {
    p.setData(data);
    mark('policyReady');
    return p;
  });
  const rulesText = Promise.resolve(sources.rules ?? fetched('rules.json').then((r) => r.text()));
  policy.catch(() => {}); // awaited below, after the Go part: no unhandled rejection meanwhile

  /** @type {((input: Uint8Array) => Uint8Array) | undefined} */
  let evaluateRaw;
  const host = {
    /** @type {{id: string, severity: string, references?: string[]}[]} */
    rules: [],
    // The Go side hands over the input as JSON bytes, so that numbers keep
    // their exact text, and gets the policy's result set back as JSON
    // bytes. A Go caller cannot catch a JavaScript exception: errors are
    // returned.
    evaluate(input) {
      const t0 = performance.now();
      try {
        if (!evaluateRaw) throw new Error('the rules are not loaded');
        const out = evaluateRaw(input);
        timings.lastRulesMs = performance.now() - t0;
        return out;
      } catch (e) {
        return e instanceof Error ? e : new Error(String(e));
      }
    },
  };

  const [, mod, text] = await Promise.all([goSupport, engineModule, rulesText]);
  host.rules = JSON.parse(text).rules ?? [];
  const go = new globalThis.Go();
  if (options.goEnv) go.env = { ...options.goEnv };
  const instance = await WebAssembly.instantiate(mod, go.importObject);
  const started = new Promise((resolve, reject) => {
    host.ready = resolve;
    host.fail = (msg) => reject(new Error(`noticelint: ${msg}`));
  });
  globalThis.noticelintHost = host;
  const exited = go.run(instance).then(() => {
    throw new Error('noticelint: the engine exited');
  });
  await Promise.race([started, exited]);
  exited.catch(() => {}); // a later exit makes check throw
  mark('goReady');
  if (options.warm ?? true) {
    const err = host.warm();
    if (err instanceof Error) throw err;
    mark('warm');
  }
  evaluateRaw = rawEvaluator(await policy);
  mark('ready');

  const { version } = JSON.parse(text);
  const checkJSON = (name, src, asOf = '', compact = false) => {
    const t0 = performance.now();
    if (timings.checks === 0) timings.firstCheckStart = t0;
    const out = host.check(String(name), src instanceof ArrayBuffer ? new Uint8Array(src) : src, asOf ?? '', !!compact);
    if (out instanceof Error) throw out;
    const t1 = performance.now();
    timings.lastCheckMs = t1 - t0;
    if (timings.checks++ === 0) {
      timings.firstCheckMs = t1 - t0;
      mark('firstCheck');
    }
    return out;
  };
  return {
    check: (name, src, asOf) => JSON.parse(checkJSON(name, src, asOf, true)),
    checkJSON,
    rules: () => JSON.parse(text).rules,
    version,
    timings: () => ({ ...timings }),
    gc: (percent) => host.gc(percent),
    compileSchema: () => {
      const err = host.compileSchema();
      if (err instanceof Error) throw err;
    },
  };
}

/**
 * Returns a function that evaluates the policy's entry point over JSON
 * input bytes and returns the result set as JSON bytes, a view into the
 * policy's memory valid until the next evaluation. It takes the SDK's own
 * fast path (ABI 1.2, opa_eval), without parsing the result into objects
 * and serialising them again; older policies go through the SDK.
 * @param {import('@open-policy-agent/opa-wasm').LoadedPolicy} loaded
 */
function rawEvaluator(loaded) {
  const p = /** @type {any} */ (loaded);
  const exports = p.wasmInstance?.exports;
  const id = p.entrypoints?.[entrypoint];
  if (typeof id !== 'number') throw new Error(`noticelint: the policy has no entry point ${entrypoint}`);
  if (!(p.minorVersion >= 2) || typeof exports?.opa_eval !== 'function' || !(p.mem instanceof WebAssembly.Memory)) {
    const encoder = new TextEncoder();
    return (input) => encoder.encode(JSON.stringify(loaded.evaluate(input.slice().buffer, entrypoint)));
  }
  const memory = /** @type {WebAssembly.Memory} */ (p.mem);
  return (input) => {
    // As the SDK's evaluate does: the input goes right after the data, and
    // opa_eval's heap starts after the input.
    const inputAddr = p.dataHeapPtr;
    const end = inputAddr + input.byteLength;
    if (end > memory.buffer.byteLength) memory.grow(Math.ceil((end - memory.buffer.byteLength) / 65536));
    new Uint8Array(memory.buffer).set(input, inputAddr);
    const addr = exports.opa_eval(0, id, p.dataAddr, inputAddr, input.byteLength, end, 0);
    const mem = new Uint8Array(memory.buffer);
    const nul = mem.indexOf(0, addr);
    return mem.subarray(addr, nul < 0 ? mem.length : nul);
  };
}

/**
 * Compiles a wasm response, streaming when the server labels it
 * application/wasm.
 * @param {Promise<Response>} response
 */
export async function compile(response) {
  const r = await response;
  if (WebAssembly.compileStreaming && (r.headers.get('content-type') ?? '').startsWith('application/wasm')) {
    return WebAssembly.compileStreaming(r);
  }
  return WebAssembly.compile(await r.arrayBuffer());
}
