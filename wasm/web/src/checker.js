// The checker as the page sees it. The engine (engine.js) runs in a Web
// Worker (worker.js): loading it, compiling the notice schema and checking
// never hold up the editor, and they proceed while the page's own script
// is still being fetched and parsed.
//
// startChecker() runs first, from boot.js, the small classic script
// index.html runs before anything else: it starts the worker, which fetches
// the engine's files itself and compiles the WebAssembly while it
// downloads, without waiting for this thread, busy with the page's script
// by then. The page's script (main.js) calls startChecker() again and gets
// the same checker.

/** Where boot.js leaves the checker for main.js: both bundle this module. */
const globalKey = '__noticelintChecker';

/**
 * @typedef {import('./engine.js').Report} Report
 * @typedef {{
 *   report: Report,
 *   engineMs: number,
 *   roundTripMs: number,
 *   toWorkerMs: number,
 *   backMs: number,
 * }} CheckResult
 *   engineMs is the time the engine took in the worker, roundTripMs the time
 *   from the request to the answer, on the page; toWorkerMs is the time the
 *   request took to reach the worker (waiting for a check in progress
 *   included), backMs the time the answer took to come back.
 * @typedef {object} Checker
 * @property {(name: string, text: string, asOf: string) => Promise<CheckResult>} check
 * @property {Promise<void>} ready  resolves when the worker's engine is loaded and warm
 * @property {Promise<object[]>} rules  the rules' documentation
 * @property {() => object} timings  milestones in milliseconds since this page's time origin
 * @property {() => WorkerRequest[]} requests  the requests the worker made to load the engine
 * @typedef {{url: string, status: number, transferSize: number, encodedBodySize: number, decodedBodySize: number}} WorkerRequest
 */

/**
 * Starts the checker, once per page.
 * @param {URL | string} [base] the folder of worker.js and the engine's files
 * @returns {Checker}
 */
export function startChecker(base = new URL('.', document.baseURI)) {
  const running = /** @type {Checker | undefined} */ (globalThis[globalKey]);
  if (running) return running;
  const checker = newChecker(new URL(base));
  globalThis[globalKey] = checker;
  return checker;
}

/** @param {URL} base */
function newChecker(base) {
  /** Milestones on this page's clock. */
  const timings = {};
  const mark = (name, at = performance.now()) => {
    timings[name] = at;
    try {
      performance.mark(`noticelint:${name}`, { startTime: at });
    } catch {
      // marks are a convenience
    }
  };
  mark('start');

  /** @type {Worker} */
  let worker;
  try {
    worker = new Worker(new URL('worker.js', base), { type: 'module', name: 'noticelint checker' });
  } catch (err) {
    const failure = Promise.reject(new Error(`the checker's worker could not start: ${err instanceof Error ? err.message : err}`));
    failure.catch(() => {});
    return { ready: failure, rules: failure, check: () => failure, timings: () => ({ ...timings }), requests: () => [] };
  }
  /** @type {Map<number, {resolve: (r: CheckResult) => void, reject: (e: Error) => void, sent: number, sentAt: number}>} */
  const pending = new Map();
  let nextID = 1;
  /** @type {Error | null} */
  let failure = null;
  /** @type {WorkerRequest[]} */
  let workerRequests = [];

  let readyResolve, readyReject, rulesResolve, rulesReject;
  const ready = new Promise((resolve, reject) => {
    readyResolve = resolve;
    readyReject = reject;
  });
  ready.catch(() => {}); // callers that care await it
  // The worker fetches the rules' documentation, and sends it for the
  // findings panel.
  const rulesText = new Promise((resolve, reject) => {
    rulesResolve = resolve;
    rulesReject = reject;
  });
  const fail = (err) => {
    if (failure) return;
    failure = err;
    readyReject(err);
    rulesReject(err);
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };

  /**
   * The worker's clock starts when the worker does: its milestones are
   * moved onto this page's clock.
   * @param {Record<string, number>} t
   * @param {number} origin the worker's performance.timeOrigin
   */
  const workerMarks = (t, origin) => {
    const shift = origin - performance.timeOrigin;
    for (const [name, v] of Object.entries(t)) {
      if (typeof v !== 'number') continue;
      if (name.endsWith('Ms') || name === 'checks') timings[name] = v;
      else if (timings[name] === undefined) mark(name, v + shift);
    }
  };

  worker.onmessage = (e) => {
    const m = e.data;
    switch (m.type) {
      case 'rules':
        rulesResolve(m.text);
        break;
      case 'ready':
        workerRequests = m.requests ?? [];
        workerMarks(m.timings, m.timeOrigin);
        readyResolve();
        break;
      case 'failed':
        fail(new Error(m.message));
        break;
      case 'result': {
        const p = pending.get(m.id);
        if (!p) return;
        pending.delete(m.id);
        if (m.timings) workerMarks(m.timings, m.timeOrigin);
        if (m.error !== undefined) {
          p.reject(new Error(m.error));
          return;
        }
        const roundTripMs = performance.now() - p.sent;
        const toWorkerMs = m.received - p.sentAt;
        const backMs = performance.timeOrigin + performance.now() - m.sent;
        let report;
        try {
          report = JSON.parse(m.json);
        } catch (err) {
          p.reject(err instanceof Error ? err : new Error(String(err)));
          return;
        }
        p.resolve({ report, engineMs: m.ms, roundTripMs, toWorkerMs, backMs });
        break;
      }
    }
  };
  worker.onerror = (e) => {
    e.preventDefault?.();
    fail(new Error(`the checker's worker failed: ${e.message || 'it could not be loaded'}`));
  };

  const rules = rulesText.then((text) => JSON.parse(text).rules);
  rules.catch(() => {});

  return {
    ready,
    rules,
    check(name, text, asOf) {
      if (failure) return Promise.reject(failure);
      const id = nextID++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, sent: performance.now(), sentAt: performance.timeOrigin + performance.now() });
        worker.postMessage({ type: 'check', id, name, text, asOf });
      });
    },
    timings: () => ({ ...timings }),
    requests: () => workerRequests.map((r) => ({ ...r })),
  };
}
