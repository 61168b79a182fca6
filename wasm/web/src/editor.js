// The editor: CodeMirror 6 with line numbers, YAML and JSON highlighting,
// undo, search, folding and lint underlines fed by the page's own checks.

import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { yaml } from '@codemirror/lang-yaml';
import {
  bracketMatching,
  defaultHighlightStyle,
  foldGutter,
  foldKeymap,
  indentOnInput,
  indentUnit,
  syntaxHighlighting,
} from '@codemirror/language';
import { forEachDiagnostic, lintGutter, lintKeymap, setDiagnostics } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { Compartment, EditorState } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from '@codemirror/view';

import { findingRange, lineColumnAt, offsetAt } from './positions.js';

/** @param {string} name */
export function isJSON(name) {
  return /\.json$/i.test(name);
}

const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '14px', backgroundColor: 'var(--editor-bg)' },
  '.cm-scroller': {
    fontFamily: 'var(--mono)',
    lineHeight: '1.55',
  },
  '.cm-content': { padding: '8px 0' },
  '.cm-gutters': {
    backgroundColor: 'var(--gutter-bg)',
    color: 'var(--muted)',
    borderRight: '1px solid var(--border)',
  },
  '.cm-activeLine': { backgroundColor: 'var(--active-line)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--active-line)', color: 'var(--text)' },
  '&.cm-focused': { outline: 'none' },
  '.cm-lintRange-info': { backgroundImage: 'none', borderBottom: '2px dotted var(--info)' },
  '.cm-tooltip-lint': { maxWidth: '36em', fontFamily: 'var(--sans)' },
  '.cm-diagnostic': { whiteSpace: 'pre-wrap' },
});

/**
 * @typedef {object} EditorOptions
 * @property {HTMLElement} parent
 * @property {(view: EditorView) => void} onChange  called after every edit
 * @property {(pos: {line: number, column: number}) => void} onCursor  called when the cursor moves
 */

/** An editor for one notice at a time. */
export class NoticeEditor {
  /** @param {EditorOptions} opts */
  constructor({ parent, onChange, onCursor }) {
    this.language = new Compartment();
    this.name = '';
    this.onChange = onChange;
    this.onCursor = onCursor;
    this.extensions = [
      lineNumbers(),
      foldGutter(),
      lintGutter(),
      highlightActiveLineGutter(),
      highlightSpecialChars(),
      history(),
      drawSelection(),
      indentOnInput(),
      indentUnit.of('  '),
      EditorState.tabSize.of(2),
      bracketMatching(),
      highlightActiveLine(),
      highlightSelectionMatches(),
      syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
      EditorView.lineWrapping,
      keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap, ...foldKeymap, ...lintKeymap, indentWithTab]),
      EditorView.contentAttributes.of({ 'aria-label': 'Notice source', spellcheck: 'false' }),
      theme,
      EditorView.updateListener.of((u) => {
        if (u.docChanged) this.onChange(u.view);
        if (u.docChanged || u.selectionSet) this.onCursor(this.cursor());
      }),
    ];
    this.view = new EditorView({ parent, state: this.newState('', '') });
  }

  /**
   * @param {string} name
   * @param {string} text
   */
  newState(name, text) {
    return EditorState.create({
      doc: text,
      extensions: [...this.extensions, this.language.of(isJSON(name) ? json() : yaml())],
    });
  }

  /**
   * Shows a new document, with a fresh undo history.
   * @param {string} name  its file name; .json is highlighted as JSON, anything else as YAML
   * @param {string} text
   */
  open(name, text) {
    this.name = name;
    this.view.setState(this.newState(name, text));
    this.onCursor(this.cursor());
  }

  text() {
    return this.view.state.doc.toString();
  }

  /** The cursor's 1-based line and column (in characters). */
  cursor() {
    return lineColumnAt(this.view.state.doc, this.view.state.selection.main.head);
  }

  /**
   * Puts the cursor at 1-based line and column, scrolls it into view and
   * gives the editor the focus.
   * @param {number} line
   * @param {number} column
   */
  moveTo(line, column) {
    const pos = offsetAt(this.view.state.doc, line, column >= 1 ? column : 1);
    this.view.dispatch({
      selection: { anchor: pos },
      effects: EditorView.scrollIntoView(pos, { y: 'center' }),
      userEvent: 'select',
    });
    this.view.focus();
  }

  /**
   * Replaces the underlined findings.
   * @param {{rule: string, severity: string, message: string, line: number, column: number}[]} findings
   * @param {(index: number) => void} explain  shows finding index in the findings panel
   */
  showFindings(findings, explain) {
    const doc = this.view.state.doc;
    const diagnostics = findings.map((f, i) => {
      const { from, to } = findingRange(doc, f.line, f.column);
      return {
        from,
        to,
        severity: f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'info',
        source: f.rule,
        message: f.message,
        actions: [{ name: 'Explain', apply: () => explain(i) }],
      };
    });
    // Typing inside a value usually leaves the findings as they were, and
    // CodeMirror has already moved the underlines along with the text: then
    // leave them, which spares the editor a redraw.
    if (sameDiagnostics(this.view.state, diagnostics)) return;
    this.view.dispatch(setDiagnostics(this.view.state, diagnostics));
  }
}

/**
 * Whether the editor underlines exactly these diagnostics already, at the
 * same places.
 * @param {EditorState} state
 * @param {{from: number, to: number, severity: string, source?: string, message: string}[]} next
 */
function sameDiagnostics(state, next) {
  const key = (d, from, to) => `${from}:${to}:${d.severity}:${d.source}:${d.message}`;
  const current = [];
  forEachDiagnostic(state, (d, from, to) => current.push(key(d, from, to)));
  if (current.length !== next.length) return false;
  const wanted = next.map((d) => key(d, d.from, d.to));
  current.sort();
  wanted.sort();
  return current.every((k, i) => k === wanted[i]);
}
