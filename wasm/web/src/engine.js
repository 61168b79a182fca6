// The noticelint engine in the browser: the command line's own Go code for
// loading, schema validation, positions and finding shaping (engine.wasm,
// built from wasm/engine) and the same Rego rules compiled by OPA to
// WebAssembly (policy.wasm), evaluated with OPA's wasm SDK. A document gets
// the findings `noticelint check --format json` reports, byte for byte.
//
// Files, all beside `base` (go run ./wasm/build writes them to wasm/dist):
//   wasm_exec.js  Go's JavaScript support, from GOROOT/lib/wasm
//   engine.wasm   the Go part
//   policy.wasm   the rules, OPA's wasm target, entry point noticelint/main/report
//   data.json     the facts the rules read (data.noticelint.facts)
//   rules.json    {"version": "...", "rules": [rule documentation]}
//
// Everything is fetched and compiled in parallel. The engine works in
// browsers and in Node (give options.fetch there: Node's fetch reads no
// file: URLs).

import { loadPolicy } from '@open-policy-agent/opa-wasm';

const entrypoint = 'noticelint/main/report';

/**
 * Milestones of loading, in milliseconds since the page's time origin
 * (performance.now()), plus the duration of the first and the last check,
 * and of the rules' part of the last check (lastRulesMs).
 * Each milestone is also a performance mark named `noticelint:<name>`.
 * @typedef {{
 *   start: number,
 *   wasmExec?: number,
 *   engineCompiled?: number,
 *   policyReady?: number,
 *   goReady?: number,
 *   ready?: number,
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
 *   files: {file: string, findings: Finding[]}[],
 *   summary: {files: number, findings: number, errors: number, warnings: number, infos: number, as_of: string},
 * }} Report
 */

/**
 * @typedef {object} Engine
 * @property {(name: string, text: string | Uint8Array, asOf?: string) => Report} check
 *   checks one document; name decides the format (.json is JSON, anything
 *   else YAML); asOf is YYYY-MM-DD, today (UTC) when omitted.
 * @property {(name: string, text: string | Uint8Array, asOf?: string) => string} checkJSON
 *   the same report as the JSON text the command line prints.
 * @property {() => object[]} rules the rules' documentation, sorted by id.
 * @property {string} version identifies the engine and the rules.
 * @property {() => Timings} timings
 */

/**
 * Loads the engine.
 * @param {URL | string} [base] the folder holding the files; by default this
 *   module's own folder (the bundle's, once bundled).
 * @param {{fetch?: (url: URL) => Promise<Response>}} [options]
 * @returns {Promise<Engine>}
 */
export async function loadEngine(base = new URL('.', import.meta.url), options = {}) {
  const doFetch = options.fetch ?? ((url) => fetch(url));
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
  const engineModule = compile(fetched('engine.wasm')).then((m) => (mark('engineCompiled'), m));
  const policy = Promise.all([
    compile(fetched('policy.wasm')).then((m) => loadPolicy(m, { initial: 32 })),
    fetched('data.json').then((r) => r.arrayBuffer()),
  ]).then(([p, data]) => {
    p.setData(data);
    mark('policyReady');
    return p;
  });
  const rulesText = fetched('rules.json').then((r) => r.text());
  policy.catch(() => {}); // awaited below, after the Go part: no unhandled rejection meanwhile

  /** @type {import('@open-policy-agent/opa-wasm').LoadedPolicy | undefined} */
  let loaded;
  const host = {
    rules: '',
    // The Go side hands over the input as JSON bytes, so that numbers keep
    // their exact text, and gets the raw findings back as JSON text. A Go
    // caller cannot catch a JavaScript exception: errors are returned.
    evaluate(input) {
      const t0 = performance.now();
      try {
        if (!loaded) throw new Error('the rules are not loaded');
        const rs = loaded.evaluate(input.buffer, entrypoint);
        const out = JSON.stringify(rs.length > 0 ? rs[0].result : []);
        timings.lastRulesMs = performance.now() - t0;
        return out;
      } catch (e) {
        return e instanceof Error ? e : new Error(String(e));
      }
    },
  };

  const [, mod, text] = await Promise.all([goSupport, engineModule, rulesText]);
  host.rules = text;
  const go = new globalThis.Go();
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
  loaded = await policy;
  mark('ready');

  const { version } = JSON.parse(text);
  const checkJSON = (name, src, asOf = '') => {
    const t0 = performance.now();
    const out = host.check(String(name), src instanceof ArrayBuffer ? new Uint8Array(src) : src, asOf ?? '');
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
    check: (name, src, asOf) => JSON.parse(checkJSON(name, src, asOf)),
    checkJSON,
    rules: () => JSON.parse(text).rules,
    version,
    timings: () => ({ ...timings }),
  };
}

/**
 * Compiles a wasm response, streaming when the server labels it
 * application/wasm.
 * @param {Promise<Response>} response
 */
async function compile(response) {
  const r = await response;
  if (WebAssembly.compileStreaming && (r.headers.get('content-type') ?? '').startsWith('application/wasm')) {
    return WebAssembly.compileStreaming(r);
  }
  return WebAssembly.compile(await r.arrayBuffer());
}
