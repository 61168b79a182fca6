// The noticelint page: edit a privacy notice and see its findings as you
// type. The checker runs in this browser (WebAssembly, in a Web Worker);
// the draft stays in this browser. Every asset comes from the page's own
// origin.

import { startChecker } from './checker.js';

import { NoticeEditor, isJSON } from './editor.js';
import { defaultExample, exampleFile, examples, exampleURL, isExample } from './examples.js';
import { FindingsPanel, h } from './findings.js';
import { dropDraft, loadCurrent, loadDraft, loadLastFile, saveCurrent, saveDraft } from './storage.js';

performance.mark('noticelint:main');

// boot.js has started the checker already, before this script arrived:
// fetching, compiling and initialising it is the longest part of the
// start-up. This is the same checker.
const checker = startChecker();

/** How long typing must pause before a check, in milliseconds. */
const debounce = 150;
/** The largest file the page opens; notices are a few tens of kilobytes. */
const maxFileSize = 5 << 20;

/** @param {string} id */
function $(id) {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html lacks #${id}`);
  return el;
}

const ui = {
  app: document.documentElement,
  picker: /** @type {HTMLSelectElement} */ ($('example')),
  asOf: /** @type {HTMLInputElement} */ ($('as-of')),
  open: $('open'),
  file: /** @type {HTMLInputElement} */ ($('file')),
  download: $('download'),
  revert: $('revert'),
  docName: $('doc-name'),
  notice: $('notice'),
  editor: $('editor'),
  findings: $('findings'),
  list: $('finding-list'),
  summary: $('summary'),
  cursor: $('status-cursor'),
  format: $('status-format'),
  checked: $('status-checked'),
  saved: $('status-saved'),
  drop: $('drop-overlay'),
};

/** Today in the user's time zone, YYYY-MM-DD. */
function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

const state = {
  /** @type {import('./storage.js').DocRef | null} */
  doc: null,
  /** The example's text as published, to tell whether it was edited. */
  original: /** @type {string | null} */ (null),
  /** The engine as the tests and the benchmark see it, once its rules are known. */
  engine: /** @type {{rules: () => object[], timings: () => object} | null} */ (null),
  /** The check in flight, and the one asked for meanwhile. */
  running: /** @type {Promise<void> | null} */ (null),
  queued: /** @type {{promise: Promise<void>, resolve: () => void} | null} */ (null),
  failed: false,
  requested: false,
  asOf: today(),
  timer: 0,
  checks: 0,
  /** Increases with every document opened, to drop stale loads. */
  generation: 0,
  report: /** @type {any} */ (null),
  /**
   * The last check shown: the engine's time in the worker, the round trip
   * to it (of which the way there and the way back), drawing, all of it.
   */
  lastCheck: { engine: 0, roundTrip: 0, toWorker: 0, back: 0, render: 0, total: 0 },
};

// ---------------------------------------------------------------- editor

const panel = new FindingsPanel({
  list: ui.list,
  summary: ui.summary,
  onSelect: (f) => editor.moveTo(f.line, f.column),
});

const editor = new NoticeEditor({
  parent: ui.editor,
  onChange: () => {
    setText(ui.checked, 'Edited…');
    schedule();
  },
  onCursor: ({ line, column }) => {
    setText(ui.cursor, `Line ${line}, column ${column}`);
    panel.markLine(line);
  },
});

/**
 * Sets an element's text if it differs: every change to the page costs the
 * browser a layout before the editor's next measurement.
 * @param {HTMLElement} el
 * @param {string} text
 */
function setText(el, text) {
  if (el.textContent !== text) el.textContent = text;
}

function schedule() {
  clearTimeout(state.timer);
  state.timer = window.setTimeout(checkNow, debounce);
}

/**
 * Checks the editor's text now, underlines the findings and lists them, and
 * saves the draft soon after. The check runs in the checker's worker, one
 * at a time: asked for while one runs, a check waits for it, and all those
 * asked for meanwhile are served by one check of the text as it is then.
 * The promise resolves once the findings of the text as it is now are shown,
 * or an edit has made them stale (its own check follows).
 * @returns {Promise<void>}
 */
function checkNow() {
  clearTimeout(state.timer);
  state.timer = 0;
  scheduleSave();
  if (state.running) {
    if (!state.queued) {
      let resolve = () => {};
      const promise = new Promise((r) => (resolve = r));
      state.queued = { promise, resolve };
    }
    return state.queued.promise;
  }
  const run = runCheck().finally(() => {
    state.running = null;
    const next = state.queued;
    if (next) {
      state.queued = null;
      checkNow().then(next.resolve);
    }
  });
  state.running = run;
  return run;
}

async function runCheck() {
  if (state.failed) return;
  const doc = editor.view.state.doc;
  const name = editor.name;
  const asOf = state.asOf;
  if (!state.requested) {
    state.requested = true;
    performance.mark('noticelint:first-request');
  }
  const t0 = performance.now();
  let result;
  try {
    result = await checker.check(name, doc.toString(), asOf);
  } catch (err) {
    if (state.failed) return;
    showProblem(`The check failed: ${err instanceof Error ? err.message : err}`);
    setText(ui.checked, 'The check failed');
    if (state.checks === 0) ui.app.dataset.state = 'error';
    return;
  }
  // Edited, or another document or date, meanwhile: those findings would
  // be out of place, and the edit's own check follows.
  if (editor.view.state.doc !== doc || editor.name !== name || state.asOf !== asOf) return;
  if (state.checks === 0) await rulesShown;
  const t1 = performance.now();
  const report = result.report;
  const findings = report?.files?.[0]?.findings ?? [];
  editor.showFindings(findings, (i) => panel.reveal(i));
  panel.render(findings, report?.summary?.suppressed ?? 0);
  panel.markLine(editor.cursor().line);
  const t2 = performance.now();

  state.report = report;
  state.checks++;
  state.lastCheck = {
    engine: result.engineMs,
    roundTrip: t1 - t0,
    toWorker: result.toWorkerMs,
    back: result.backMs,
    render: t2 - t1,
    total: t2 - t0,
  };
  ui.findings.dataset.checks = String(state.checks);
  setText(ui.checked, `Checked in ${(t2 - t0).toFixed(1)} ms as of ${state.asOf}`);
  if (state.checks === 1) {
    performance.mark('noticelint:first-findings');
    ui.app.dataset.state = 'ready';
    ui.findings.setAttribute('aria-busy', 'false');
  }
}

/** The rules' documentation, which the findings panel shows. */
const rulesShown = checker.rules.then(
  (rules) => {
    panel.setRules(rules);
    state.engine = { rules: () => rules, timings: () => checker.timings() };
  },
  () => {}, // checker.ready reports the failure
);

// ------------------------------------------------------------- documents

/**
 * Shows a document in the editor.
 * @param {import('./storage.js').DocRef} ref
 * @param {string} text
 * @param {string | null} original  the published text of an example
 */
function show(ref, text, original) {
  if (saveTimer) saveDraftNow(); // the last edits of the document shown so far
  state.doc = ref;
  state.original = original;
  editor.open(ref.name, text);
  saveCurrent(ref);
  ui.docName.textContent = ref.name;
  ui.format.textContent = isJSON(ref.name) ? 'JSON' : 'YAML';
  if (ref.kind === 'file') fileOption(ref.name);
  ui.picker.value = ref.kind === 'example' ? ref.slug : 'file';
  updateModified(text);
  syncURL();
  document.title = `${ref.name} · noticelint`;
  checkNow();
}

/**
 * Adds or renames the picker's entry for the file opened last, which takes
 * the user back to it from an example.
 * @param {string} name
 */
function fileOption(name) {
  let opt = ui.picker.querySelector('option[value="file"]');
  if (!opt) {
    opt = h('option', { value: 'file' });
    ui.picker.prepend(opt);
  }
  opt.textContent = `Your file: ${name}`;
  opt.dataset.name = name;
}

/**
 * Opens an example: the saved draft if there is one, else the published
 * text.
 * @param {string} slug
 */
async function openExample(slug) {
  const gen = ++state.generation;
  const ref = { kind: 'example', slug, name: exampleFile(slug) };
  let original;
  try {
    original = await fetchExample(slug);
  } catch (err) {
    if (gen === state.generation) showProblem(`The example ${slug} could not be loaded: ${err.message}`);
    return;
  }
  if (gen !== state.generation) return;
  const draft = loadDraft(ref);
  show(ref, draft ?? original, original);
  if (draft != null && draft !== original) flash('Your edited draft of this example was restored. “Revert” brings back the original.');
}

/** @type {Map<string, Promise<string>>} */
const exampleTexts = new Map();

/** @param {string} slug */
function fetchExample(slug) {
  let p = exampleTexts.get(slug);
  if (!p) {
    p = fetch(exampleURL(slug)).then((r) => {
      if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
      return r.text();
    });
    p.catch(() => exampleTexts.delete(slug));
    exampleTexts.set(slug, p);
  }
  return p;
}

/**
 * Opens text as a file the user chose.
 * @param {string} name
 * @param {string} text
 */
function openFile(name, text) {
  state.generation++;
  const ref = { kind: 'file', name };
  saveDraft(ref, text);
  show(ref, text, null);
}

/** @param {File} file */
async function readFile(file) {
  if (!/\.(ya?ml|json)$/i.test(file.name)) {
    showProblem(`${file.name} is not a notice: open a .yaml, .yml or .json file.`);
    return;
  }
  if (file.size > maxFileSize) {
    showProblem(`${file.name} is too large (${Math.round(file.size / 1024)} KB) to be a notice.`);
    return;
  }
  try {
    openFile(file.name, await file.text());
  } catch (err) {
    showProblem(`${file.name} could not be read: ${err.message}`);
  }
}

let saveTimer = 0;

/** Saves the draft soon, out of the way of the check. */
function scheduleSave() {
  if (!saveTimer) saveTimer = window.setTimeout(saveDraftNow, 300);
}

function saveDraftNow() {
  clearTimeout(saveTimer);
  saveTimer = 0;
  const ref = state.doc;
  if (!ref) return;
  const text = editor.text();
  updateModified(text);
  if (ref.kind === 'example' && text === state.original) {
    dropDraft(ref);
    setText(ui.saved, '');
    return;
  }
  setText(ui.saved, saveDraft(ref, text) ? 'Draft kept in this browser' : 'The draft could not be kept: browser storage is full or disabled');
}

/** @param {string} text */
function updateModified(text) {
  const modified = state.doc?.kind === 'example' && state.original != null && text !== state.original;
  if (ui.revert.hidden === modified) ui.revert.hidden = !modified;
  if (ui.docName.dataset.modified !== String(modified)) ui.docName.dataset.modified = String(modified);
}

function download() {
  const ref = state.doc;
  if (!ref) return;
  const type = isJSON(ref.name) ? 'application/json' : 'application/yaml';
  const url = URL.createObjectURL(new Blob([editor.text()], { type }));
  const a = h('a', { href: url, download: ref.name, hidden: '' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function syncURL() {
  const params = new URLSearchParams(location.search);
  params.delete('example');
  params.delete('as-of');
  if (state.doc?.kind === 'example') params.set('example', state.doc.slug);
  if (state.asOf !== today()) params.set('as-of', state.asOf);
  const q = params.toString();
  history.replaceState(history.state, '', q ? `?${q}` : location.pathname);
}

// -------------------------------------------------------------- messages

let flashTimer = 0;

/** A passing message, such as a restored draft. */
function flash(text) {
  ui.notice.className = 'notice info';
  ui.notice.textContent = text;
  ui.notice.hidden = false;
  clearTimeout(flashTimer);
  flashTimer = window.setTimeout(() => (ui.notice.hidden = true), 8000);
}

/** A problem the user should see until dismissed. */
function showProblem(text) {
  clearTimeout(flashTimer);
  ui.notice.className = 'notice problem';
  ui.notice.replaceChildren(
    h('span', null, text),
    dismissButton(),
  );
  ui.notice.hidden = false;
}

function dismissButton() {
  const b = h('button', { type: 'button', class: 'dismiss', 'aria-label': 'Dismiss' }, '×');
  b.addEventListener('click', () => (ui.notice.hidden = true));
  return b;
}

// -------------------------------------------------------------- controls

for (const e of examples) ui.picker.append(h('option', { value: e.slug }, e.label));
const lastFile = loadLastFile();
if (lastFile != null) fileOption(lastFile);

ui.picker.addEventListener('change', () => {
  if (isExample(ui.picker.value)) {
    openExample(ui.picker.value);
    return;
  }
  const name = ui.picker.querySelector('option[value="file"]')?.getAttribute('data-name');
  const text = name == null ? null : loadDraft({ kind: 'file', name });
  if (name != null && text != null) {
    state.generation++;
    show({ kind: 'file', name }, text, null);
  }
});

ui.asOf.value = state.asOf;
ui.asOf.addEventListener('change', () => {
  if (!datePattern.test(ui.asOf.value)) {
    ui.asOf.value = state.asOf; // cleared or incomplete: keep the date in force
    return;
  }
  state.asOf = ui.asOf.value;
  syncURL();
  checkNow();
});

$('controls').addEventListener('submit', (e) => e.preventDefault());
ui.open.addEventListener('click', () => ui.file.click());
ui.file.addEventListener('change', () => {
  const f = ui.file.files?.[0];
  if (f) readFile(f);
  ui.file.value = '';
});
ui.download.addEventListener('click', download);
ui.revert.addEventListener('click', () => {
  if (state.doc?.kind !== 'example' || state.original == null) return;
  dropDraft(state.doc);
  show(state.doc, state.original, state.original);
});

window.addEventListener('keydown', (e) => {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
  if (e.key === 's') {
    e.preventDefault();
    download();
  } else if (e.key === 'o') {
    e.preventDefault();
    ui.file.click();
  }
});

// Drag and drop a file anywhere on the page.
let dragDepth = 0;
const hasFiles = (e) => e.dataTransfer?.types.includes('Files');
window.addEventListener('dragenter', (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  dragDepth++;
  ui.drop.hidden = false;
});
window.addEventListener('dragleave', (e) => {
  if (!hasFiles(e)) return;
  if (--dragDepth <= 0) {
    dragDepth = 0;
    ui.drop.hidden = true;
  }
});
window.addEventListener('dragover', (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  e.dataTransfer.dropEffect = 'copy';
});
window.addEventListener('drop', (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  dragDepth = 0;
  ui.drop.hidden = true;
  const f = e.dataTransfer.files[0];
  if (f) readFile(f);
});

// Keep the last keystrokes when the page goes away before they were saved.
window.addEventListener('pagehide', () => {
  if (state.timer || saveTimer) saveDraftNow();
});
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden' && (state.timer || saveTimer)) saveDraftNow();
});

// ----------------------------------------------------------------- start

/** The document to show first: ?example=, else the last one, else the default example. */
function initialDoc() {
  const params = new URLSearchParams(location.search);
  const asOf = params.get('as-of');
  if (asOf && datePattern.test(asOf)) {
    state.asOf = asOf;
    ui.asOf.value = asOf;
  }
  const slug = params.get('example');
  if (slug != null) {
    if (isExample(slug)) return { slug };
    flash(`There is no example called “${slug}”.`);
  }
  const last = loadCurrent();
  if (last?.kind === 'example' && isExample(last.slug)) return { slug: last.slug };
  if (last?.kind === 'file') {
    const text = loadDraft(last);
    if (text != null) return { file: last.name, text };
  }
  return { slug: defaultExample };
}

async function start() {
  ui.app.dataset.state = 'loading';
  ui.findings.setAttribute('aria-busy', 'true');
  checker.ready.catch((err) => {
    state.failed = true;
    ui.app.dataset.state = 'error';
    ui.checked.textContent = 'The checker is not available';
    showProblem(`The checker could not start: ${err instanceof Error ? err.message : err}`);
  });
  const first = initialDoc();
  // Showing the document asks for its check: the checker takes it as soon
  // as it is ready.
  if (first.slug) {
    await openExample(first.slug);
  } else {
    openFile(first.file, first.text);
  }
}

// For the browser tests and the benchmark: the page's state, read-only in
// spirit.
window.noticelint = {
  editor,
  panel,
  checkNow,
  get engine() {
    return state.engine;
  },
  get report() {
    return state.report;
  },
  get checks() {
    return state.checks;
  },
  /** True while an edit waits for its check or its draft to be saved. */
  get pending() {
    return state.timer !== 0 || saveTimer !== 0 || state.running !== null || state.queued !== null;
  },
  get lastCheck() {
    return { ...state.lastCheck };
  },
  /** The requests the checker's worker made, which the page's DevTools session does not see. */
  workerRequests() {
    return checker.requests();
  },
  /** Engine and page timings, in milliseconds since navigation start. */
  timings() {
    const marks = Object.fromEntries(
      performance.getEntriesByType('mark').filter((m) => m.name.startsWith('noticelint:')).map((m) => [m.name, m.startTime]),
    );
    return { engine: checker.timings(), marks };
  },
};

start();
