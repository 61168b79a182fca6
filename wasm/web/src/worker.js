// The checker's Web Worker (started by checker.js): loads the engine
// (engine.js), fetching its files and compiling the WebAssembly while it
// downloads, reads the notice schema's quick check at once, and then checks
// documents on request, one at a time, off the page's thread; it compiles
// the schema for the validator, which only a document the schema refuses
// needs, once the first findings are out.
//
// Messages in:  {type: 'check', id, name, text, asOf}
// Messages out: {type: 'rules', text}               rules.json, for the findings panel
//               {type: 'ready', timings, timeOrigin, requests}
//               {type: 'failed', message}
//               {type: 'result', id, json | error, ms, received, sent, timings?, timeOrigin}
//                 received and sent are when the check began and the answer
//                 left, in milliseconds since the epoch (timeOrigin + now)
//
// The build puts Go's wasm_exec.js before this bundle in worker.js, so
// that engine.js finds globalThis.Go without fetching it.

import { compile, loadEngine } from './engine.js';
import { policyWarmer } from './policy-warmup.js';

/**
 * Go's garbage collector is off while the engine starts and checks the
 * first document: the start allocates much and keeps most of it (compiled
 * schemas), and collecting meanwhile delays the first findings. Once they
 * are out, the collector runs once, and then at this percentage (GOGC): a
 * check allocates a few megabytes, and a higher target than Go's 100 has
 * it collect less often for a heap of a few tens of megabytes.
 */
const gcPercent = 200;

/**
 * The browser compiles the engine's code lazily, and its most used parts
 * again, optimised, once they have run enough: until then a check takes
 * several times as long. Once the page has been quiet for a moment after a
 * check, the worker checks the last document again, a few times, one check
 * at a time, so that the next edits find the engine compiled. A request
 * waits for at most one such check, which is why a document that takes
 * long to check gets none.
 */
const warmChecks = 25;
const warmAfterMs = 300;
const warmUpToMs = 100;

/** The engine's files, beside worker.js. */
const files = ['engine.wasm', 'policy.wasm', 'data.json', 'rules.json'];
const entrypoint = 'noticelint/main/report';

/** @typedef {{id: number, name: string, text: string, asOf: string}} Request */

/** @type {import('./engine.js').Engine | null} */
let engine = null;
/** @type {Request[]} */
const queue = [];

/** @type {Request | null} the last document checked, for the warm-up checks */
let last = null;
let lastMs = 0;
let warmed = 0;
let warmTimer = 0;

self.onmessage = (e) => {
  const m = e.data;
  if (m?.type === 'check') {
    clearTimeout(warmTimer);
    queue.push(m);
    if (engine) drain();
  }
};

const base = new URL('./', self.location.href);
/** @param {string} name */
const fetched = (name) =>
  fetch(new URL(name, base)).then((r) => {
    if (!r.ok) throw new Error(`${name}: HTTP ${r.status}`);
    return r;
  });
const rules = fetched('rules.json').then((r) => r.text());
rules.then((text) => self.postMessage({ type: 'rules', text }), () => {});
// The policy and its data are fetched here rather than by loadEngine, to
// warm the policy up on another thread meanwhile (policy-warmup.js).
const policy = compile(fetched('policy.wasm'));
const data = fetched('data.json').then((r) => r.arrayBuffer());
/** When the policy was warmed up, on this worker's clock. */
let policyWarm = 0;
const warmPolicy = policyWarmer(entrypoint);
Promise.all([policy, data])
  .then(
    ([m, d]) => warmPolicy(m, d),
    () => warmPolicy(null),
  )
  .then((ok) => ok && (policyWarm = performance.now()));

let gcOff = true;

loadEngine(base, { sources: { rules, policy, data }, warm: true, goEnv: { GOGC: 'off' } }).then(
  (e) => {
    engine = e;
    const timings = { ...e.timings(), fetched: fetchedAt() };
    self.postMessage({ type: 'ready', timings, timeOrigin: performance.timeOrigin, requests: requests() });
    drain();
  },
  (err) => {
    self.postMessage({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
    for (const m of queue.splice(0)) {
      self.postMessage({ type: 'result', id: m.id, error: 'the checker could not start' });
    }
  },
);

/**
 * The requests this worker made, as its resource timing entries tell them
 * (a page's DevTools session does not see a worker's requests).
 */
function requests() {
  return performance.getEntriesByType('resource').map((e) => {
    const r = /** @type {PerformanceResourceTiming & {responseStatus?: number}} */ (e);
    return {
      url: r.name,
      status: r.responseStatus ?? 0,
      transferSize: r.transferSize,
      encodedBodySize: r.encodedBodySize,
      decodedBodySize: r.decodedBodySize,
    };
  });
}

/** When the last of the engine's files arrived, on this worker's clock. */
function fetchedAt() {
  let end = 0;
  for (const e of performance.getEntriesByType('resource')) {
    if (files.some((f) => e.name.endsWith(`/${f}`))) end = Math.max(end, /** @type {PerformanceResourceTiming} */ (e).responseEnd);
  }
  return end || undefined;
}

function drain() {
  while (engine && queue.length > 0) {
    const m = /** @type {Request} */ (queue.shift());
    const first = engine.timings().checks === 0;
    last = m;
    const t0 = performance.now();
    try {
      const json = engine.checkJSON(m.name, m.text, m.asOf, true);
      const ms = performance.now() - t0;
      lastMs = ms;
      self.postMessage({
        type: 'result',
        id: m.id,
        json,
        ms,
        received: performance.timeOrigin + t0,
        sent: performance.timeOrigin + performance.now(),
        timings: first ? { ...engine.timings(), policyWarm: policyWarm || undefined } : undefined,
        timeOrigin: performance.timeOrigin,
      });
    } catch (err) {
      self.postMessage({ type: 'result', id: m.id, error: err instanceof Error ? err.message : String(err) });
    }
  }
  if (gcOff && engine && engine.timings().checks > 0) setTimeout(collectWhenIdle, 0);
  scheduleWarm(warmAfterMs);
}

/** @param {number} ms */
function scheduleWarm(ms) {
  clearTimeout(warmTimer);
  if (last && warmed < warmChecks && lastMs <= warmUpToMs) warmTimer = setTimeout(warmCheck, ms);
}

/** One warm-up check of the last document, if nothing waits. */
function warmCheck() {
  if (!engine || !last || queue.length > 0) return;
  warmed++;
  try {
    engine.checkJSON(last.name, last.text, last.asOf, true);
  } catch {
    warmed = warmChecks; // the document's own check reported the problem
  }
  scheduleWarm(0);
}

/**
 * Once no check waits after the first findings: compiles the notice schema
 * for the validator, which the first check of a document the schema
 * refuses would otherwise do, and turns the garbage collector on.
 */
function collectWhenIdle() {
  if (!gcOff || !engine) return;
  if (queue.length > 0) return; // drain comes back here
  gcOff = false;
  try {
    engine.compileSchema();
  } catch {
    // the check that needs the validator reports the problem
  }
  engine.gc(gcPercent);
}
