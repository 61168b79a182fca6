// Checks documents with the browser engine under Node, for the parity test:
//
//   node check.mjs ENGINE_JS DIST_DIR < jobs.json > results.json
//
// jobs.json is {"jobs": [{"name", "text" | "base64", "asOf"}]}: text goes to
// the engine as a string, as the page passes it; base64 (for bytes that are
// not UTF-8) as a Uint8Array. The output is {"version", "rules", "results":
// [{"json": report text, "compact": the report without indentation, as the
// page gets it} | {"error": message}], "timings"}, in job order.

import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

const [engineJS, dist] = process.argv.slice(2);
if (!engineJS || !dist) {
  console.error('usage: node check.mjs ENGINE_JS DIST_DIR < jobs.json');
  process.exit(2);
}

// Node's fetch reads no file: URLs; serve the engine's files from disk.
async function fetchFile(url) {
  const body = await readFile(url);
  const type = url.pathname.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream';
  return new Response(body, { headers: { 'content-type': type } });
}

let input = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) input += chunk;
const { jobs } = JSON.parse(input);

const { loadEngine } = await import(pathToFileURL(engineJS).href);
const engine = await loadEngine(pathToFileURL(dist.endsWith('/') ? dist : `${dist}/`), { fetch: fetchFile });

const results = jobs.map((job) => {
  const src = job.base64 !== undefined ? new Uint8Array(Buffer.from(job.base64, 'base64')) : job.text;
  try {
    return { json: engine.checkJSON(job.name, src, job.asOf), compact: engine.checkJSON(job.name, src, job.asOf, true) };
  } catch (e) {
    return { error: String(e?.message ?? e) };
  }
});

const out = JSON.stringify({
  version: engine.version,
  rules: engine.rules().length,
  results,
  timings: engine.timings(),
});
// The Go program waits for calls forever: end the process once the output,
// which a pipe takes asynchronously, is written.
process.stdout.write(out, () => process.exit(0));
