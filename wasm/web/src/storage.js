// Drafts: the text of every edited document is kept in localStorage, so a
// reload, a crash or a closed tab loses nothing. Nothing is sent anywhere.

const prefix = 'noticelint.v1.';
const currentKey = `${prefix}current`;
const lastFileKey = `${prefix}lastFile`;

/**
 * A document the page can show: an example, or a file the user opened.
 * @typedef {{kind: 'example', slug: string, name: string} | {kind: 'file', name: string}} DocRef
 */

/** @param {DocRef} ref */
function draftKey(ref) {
  return ref.kind === 'example' ? `${prefix}draft.example.${ref.slug}` : `${prefix}draft.file.${ref.name}`;
}

function storage() {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled, for instance for a file:// page
  }
}

/**
 * The saved draft of ref, or null.
 * @param {DocRef} ref
 * @returns {string | null}
 */
export function loadDraft(ref) {
  const raw = storage()?.getItem(draftKey(ref));
  if (raw == null) return null;
  try {
    const d = JSON.parse(raw);
    return typeof d.text === 'string' ? d.text : null;
  } catch {
    return null;
  }
}

/**
 * Saves text as the draft of ref. Returns false if the browser refused, for
 * instance because storage is full.
 * @param {DocRef} ref
 * @param {string} text
 */
export function saveDraft(ref, text) {
  try {
    storage()?.setItem(draftKey(ref), JSON.stringify({ text, saved: new Date().toISOString() }));
    return true;
  } catch {
    return false;
  }
}

/** @param {DocRef} ref */
export function dropDraft(ref) {
  storage()?.removeItem(draftKey(ref));
}

/** @param {DocRef} ref */
export function saveCurrent(ref) {
  try {
    storage()?.setItem(currentKey, JSON.stringify(ref));
    if (ref.kind === 'file') storage()?.setItem(lastFileKey, ref.name);
  } catch {
    // Not remembering which document was open is harmless.
  }
}

/**
 * The name of the file opened last, if its draft is kept.
 * @returns {string | null}
 */
export function loadLastFile() {
  const name = storage()?.getItem(lastFileKey) ?? null;
  return name != null && loadDraft({ kind: 'file', name }) != null ? name : null;
}

/** @returns {DocRef | null} */
export function loadCurrent() {
  try {
    const ref = JSON.parse(storage()?.getItem(currentKey) ?? 'null');
    if (ref?.kind === 'example' && typeof ref.slug === 'string') return ref;
    if (ref?.kind === 'file' && typeof ref.name === 'string') return ref;
  } catch {
    // fall through
  }
  return null;
}
