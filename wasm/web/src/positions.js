// Positions: findings carry a 1-based line and a 1-based column that counts
// characters (Unicode code points); CodeMirror addresses text by UTF-16
// offset. These functions translate one into the other and choose the range
// a finding underlines.

/**
 * The offset, in the document, of 1-based line and column. A line past the
 * end clamps to the last line; a column past the end of its line clamps to
 * the line's end. Line 0 (unknown) is the start of the document.
 *
 * @param {import('@codemirror/state').Text} doc
 * @param {number} line
 * @param {number} column
 * @returns {number}
 */
export function offsetAt(doc, line, column) {
  if (!(line >= 1)) return 0;
  const l = doc.line(Math.min(line, doc.lines));
  return l.from + unitsForCodePoints(l.text, column - 1);
}

/**
 * The number of UTF-16 code units taken by the first n code points of text,
 * or text.length if it has fewer.
 *
 * @param {string} text
 * @param {number} n
 */
export function unitsForCodePoints(text, n) {
  let units = 0;
  for (let i = 0; i < n && units < text.length; i++) {
    const c = text.charCodeAt(units);
    units += c >= 0xd800 && c <= 0xdbff && units + 1 < text.length ? 2 : 1;
  }
  return units;
}

/**
 * The 1-based line and code-point column of offset pos.
 *
 * @param {import('@codemirror/state').Text} doc
 * @param {number} pos
 * @returns {{line: number, column: number}}
 */
export function lineColumnAt(doc, pos) {
  const l = doc.lineAt(pos);
  let column = 1;
  for (let i = l.from; i < pos; ) {
    const c = l.text.charCodeAt(i - l.from);
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    column++;
  }
  return { line: l.number, column };
}

// A finding points at a key ("mechanism:" in YAML, "\"mechanism\":" in JSON)
// or, in a list, at the item. Underlining the rest of that line reads well,
// except on long JSON lines, where a whole minified document would light up:
// there the underline stops at the end of the key's value.
const maxUnderline = 120;
const jsonMember = /^(?:"(?:[^"\\]|\\.)*"\s*:\s*)?(?:"(?:[^"\\]|\\.)*"|[^,{}[\]\s]+|[{[])/;

/**
 * The range a finding at 1-based line and column underlines.
 *
 * @param {import('@codemirror/state').Text} doc
 * @param {number} line
 * @param {number} column
 * @returns {{from: number, to: number}}
 */
export function findingRange(doc, line, column) {
  if (doc.length === 0) return { from: 0, to: 0 };
  const from = offsetAt(doc, line >= 1 ? line : 1, column >= 1 ? column : 1);
  const l = doc.lineAt(from);
  const rest = l.text.slice(from - l.from);
  let len = rest.trimEnd().length;
  if (len > maxUnderline) {
    const m = jsonMember.exec(rest);
    len = m ? m[0].length : maxUnderline;
  }
  if (len > 0) return { from, to: from + len };
  // Nothing after the position on its line (an empty value, or a column
  // past the end): underline the last character before it instead, if any.
  const trimmed = l.text.trimEnd().length;
  if (trimmed > 0) return { from: l.from + trimmed - 1, to: l.from + trimmed };
  return { from, to: from };
}
