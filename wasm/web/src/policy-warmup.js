// Warms the policy up on another thread. The browser compiles a
// WebAssembly module's functions lazily, on their first call, and the
// compiled code is shared by every instance of the module in the page. The
// rules' first evaluation, in the first check, would compile the policy's
// code then; a helper worker evaluates it on sample notices instead, while
// the checker's worker is busy starting Go.
//
// The samples are the rules' input for example notices, a JSON list of
// JSON texts, which the build writes and points the name below at
// (warmupInputs in wasm/build).

import inputs from 'noticelint-warmup-inputs';

/**
 * Starts the helper now, so that it is up by the time the policy is
 * compiled, and returns the function that hands it the policy. The
 * helper ends itself once done; warm's promise resolves then, to true, or
 * to false when there was no warm-up: a failure is harmless, the first
 * check then compiles the code itself.
 * @param {string} entrypoint
 * @returns {(module: WebAssembly.Module | null, data?: ArrayBuffer) => Promise<boolean>}
 *   data is data.json, of which the helper gets a copy; no module ends the
 *   helper
 */
export function policyWarmer(entrypoint) {
  if (!Array.isArray(inputs) || inputs.length === 0 || typeof Worker === 'undefined' || typeof Blob === 'undefined') {
    return () => Promise.resolve(false);
  }
  let resolve = (/** @type {boolean} */ _) => {};
  const finished = new Promise((r) => (resolve = r));
  /** @type {Worker} */
  let w;
  try {
    const url = URL.createObjectURL(new Blob([`(${helper.toString()})()`], { type: 'text/javascript' }));
    w = new Worker(url, { name: 'noticelint policy warm-up' });
    // The worker loads its script after this returns: the URL goes once it
    // answers, or fails.
    w.onmessage = (e) => {
      if (e.data === 'started') {
        URL.revokeObjectURL(url);
        return;
      }
      resolve(e.data === 'done');
    };
    w.onerror = (e) => {
      e.preventDefault();
      URL.revokeObjectURL(url);
      resolve(false);
    };
  } catch {
    return () => Promise.resolve(false); // no helper: the first check compiles the code
  }
  return (module, data) => {
    if (!module || !data) {
      w.terminate();
      resolve(false);
    } else {
      w.postMessage({ module, data: data.slice(0), inputs, entrypoint });
    }
    return finished;
  };
}

// helper is the helper worker's whole program: it is turned into source
// text, so it uses nothing from outside. It does what OPA's SDK does to
// evaluate (policy.wasm's ABI), without the builtins the SDK implements in
// JavaScript: the rules call none (privacy/lint/capabilities.go).
function helper() {
  self.onmessage = async (e) => {
    self.postMessage('started');
    try {
      const { module, data, inputs, entrypoint } = e.data;
      const memory = new WebAssembly.Memory({ initial: 32 });
      const unavailable = () => {
        throw new Error('not available during the warm-up');
      };
      const env = { memory, opa_abort: unavailable, opa_println: () => {} };
      for (let i = 0; i <= 4; i++) env[`opa_builtin${i}`] = unavailable;
      const { exports: x } = await WebAssembly.instantiate(module, { env });
      const grow = (end) => {
        if (end > memory.buffer.byteLength) memory.grow(Math.ceil((end - memory.buffer.byteLength) / 65536));
      };
      const load = (bytes) => {
        const addr = x.opa_malloc(bytes.length);
        new Uint8Array(memory.buffer).set(bytes, addr);
        return x.opa_json_parse(addr, bytes.length);
      };
      const text = (addr) => {
        const m = new Uint8Array(memory.buffer);
        return new TextDecoder().decode(m.subarray(addr, m.indexOf(0, addr)));
      };
      const id = JSON.parse(text(x.opa_json_dump(x.entrypoints())))[entrypoint];
      const dataAddr = load(new Uint8Array(data));
      const heap = x.opa_heap_ptr_get();
      for (const input of inputs) {
        const bytes = new TextEncoder().encode(input);
        grow(heap + bytes.length + (4 << 20));
        new Uint8Array(memory.buffer).set(bytes, heap);
        x.opa_eval(0, id, dataAddr, heap, bytes.length, heap + bytes.length, 0);
      }
      self.postMessage('done');
    } catch {
      self.postMessage('failed'); // a warm-up only
    }
    self.close();
  };
}
