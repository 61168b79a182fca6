// The findings panel: one entry per finding with its severity, rule id,
// message, position and legal references, and the rule's explanation on
// demand. Links go to the law and guidance; they are only followed if the
// reader clicks them.

/**
 * @typedef {{rule: string, severity: string, message: string, pointer: string, line: number, column: number, references?: string[]}} Finding
 * @typedef {{description: string, url: string}} Resource
 * @typedef {{id: string, title: string, description: string, fix: string, severity: string, category: string,
 *   references?: string[], resources?: Resource[], examples?: {avoid?: string, prefer?: string}}} Rule
 */

const severityLabel = { error: 'Error', warning: 'Warning', info: 'Info' };

/** How many entries no longer shown the panel keeps for reuse. */
const maxSpare = 300;

// Rules the loader reports before any Rego rule runs; they have no metadata.
const builtinRules = {
  syntax: {
    title: 'The notice is not well-formed YAML or JSON',
    fix: 'Correct the syntax at the position shown; until then no other rule can check the notice.',
  },
  schema: {
    title: 'The notice does not match the notice schema',
    fix: 'Use the field names and value types the schema defines; the message says which one is expected.',
  },
  suppression: {
    title: 'A suppression needs attention',
    description: 'An x-noticelint-ignore list silences the findings of a rule for one element of the notice. ' +
      'Each entry names a known rule and gives the reason, and silences a finding that would otherwise be reported.',
    fix: 'Give the reason, correct the rule id, or remove the entry that silences nothing.',
  },
};

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, string> | null} [attrs]
 * @param {...(Node | string | null | undefined | false)} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) el.setAttribute(k, v);
  for (const c of children) if (c != null && c !== false) el.append(c);
  return el;
}

const svgNS = 'http://www.w3.org/2000/svg';

/** An icon for a severity; its meaning is also given in words next to it. */
export function severityIcon(severity) {
  const svg = document.createElementNS(svgNS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'sev-icon');
  const use = document.createElementNS(svgNS, 'use');
  use.setAttribute('href', `#icon-${severity in severityLabel ? severity : 'info'}`);
  svg.append(use);
  return svg;
}

/**
 * Paragraphs of a metadata text: blank lines separate paragraphs; single
 * line breaks inside one are only wrapping.
 * @param {string} text
 */
function paragraphs(text) {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .map((p) => h('p', null, p));
}

const gdpr = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';

/**
 * The resource a reference such as "GDPR Art. 13(1)(f)" names, or
 * undefined: the rule's resource whose description starts with the
 * reference, else one on the same GDPR article, else one that cites the same
 * instrument or case number. A GDPR article or recital no resource covers
 * links to the regulation's official text on EUR-Lex.
 * @param {string} ref
 * @param {Resource[] | undefined} resources
 * @returns {Resource | undefined}
 */
export function resourceFor(ref, resources) {
  const rs = resources ?? [];
  const exact = rs.find((r) => r.description.startsWith(ref) && /^($|[\s,;:.])/.test(r.description.slice(ref.length)));
  if (exact) return exact;
  const art = /^GDPR Art\. (\d+)/.exec(ref);
  if (art) {
    return rs.find((r) => r.url.endsWith(`#art_${art[1]}`)) ?? { description: ref, url: `${gdpr}#art_${art[1]}` };
  }
  const recital = /^GDPR Recital (\d+)/.exec(ref);
  if (recital) return { description: ref, url: `${gdpr}#rct_${recital[1]}` };
  const contains = rs.find((r) => r.description.includes(ref));
  if (contains) return contains;
  // "EDPB Guidelines 01/2022 §§69-78", "Implementing Decision (EU) 2021/914 Art. 4",
  // "CJEU C-311/18": the instrument's number identifies it.
  const number = /\b(C-\d+\/\d+|\d+\/\d{2,4})\b/.exec(ref);
  if (number) return rs.find((r) => r.description.includes(number[1]));
  if (ref.startsWith('ePrivacy Directive')) return rs.find((r) => /ePrivacy|2002\/58/.test(r.description));
  return undefined;
}

/** @param {Resource} r @param {string} text */
function externalLink(r, text) {
  const attrs = { href: r.url, target: '_blank', rel: 'noopener noreferrer', referrerpolicy: 'no-referrer' };
  if (r.description !== text) attrs.title = r.description;
  return h('a', attrs, text);
}

/** A key for a finding that survives edits elsewhere: its explanation stays open. */
function openKey(f) {
  return `${f.rule}\u0000${f.pointer}\u0000${f.message}`;
}

/** A key for everything an entry shows: an entry with the same key is reused. */
function itemKey(f) {
  return `${openKey(f)}\u0000${f.severity}\u0000${f.line}:${f.column}\u0000${(f.references ?? []).join('\u0001')}`;
}

export class FindingsPanel {
  /**
   * @param {object} opts
   * @param {HTMLElement} opts.list      the <ol> the findings go in
   * @param {HTMLElement} opts.summary   a live region for the counts
   * @param {(f: Finding) => void} opts.onSelect  called when a finding is activated
   */
  constructor({ list, summary, onSelect }) {
    this.list = list;
    this.summary = summary;
    this.onSelect = onSelect;
    /** @type {Map<string, Rule>} */
    this.rules = new Map();
    /** @type {Set<string>} open keys of the findings whose explanation is open */
    this.open = new Set();
    /** @type {Finding[]} */
    this.findings = [];
    /** @type {Map<string, HTMLLIElement>} the entries shown, by item key */
    this.items = new Map();
    /**
     * Entries shown before and not now, by item key, the most recent last:
     * typing YAML often breaks it for a keystroke, and the findings come
     * back as they were once it is whole again.
     * @type {Map<string, HTMLLIElement>}
     */
    this.spare = new Map();
    /** @type {WeakMap<Element, {f: Finding, filled: boolean}>} */
    this.meta = new WeakMap();
    this.summaryText = '';

    // One listener for all entries: re-checks replace entries often.
    list.addEventListener('click', (e) => {
      const el = e.target instanceof Element ? e.target : null;
      const go = el?.closest('.finding-go');
      if (go) {
        const f = this.findings[Number(go.closest('li.finding')?.getAttribute('data-index'))];
        if (f) this.onSelect(f);
        return;
      }
      const summary = el?.closest('details.explain > summary');
      if (summary?.parentElement) this.fill(summary.parentElement);
    });
    // toggle does not bubble; capture it.
    list.addEventListener('toggle', (e) => {
      const details = e.target;
      if (!(details instanceof HTMLDetailsElement)) return;
      const m = this.meta.get(details.closest('li.finding') ?? details);
      if (!m) return;
      if (details.open) {
        this.fill(details);
        this.open.add(openKey(m.f));
      } else {
        this.open.delete(openKey(m.f));
      }
    }, true);
  }

  /** @param {Rule[]} rules */
  setRules(rules) {
    this.rules = new Map(rules.map((r) => [r.id, r]));
  }

  /**
   * Shows findings, in the order given (the engine sorts them by position).
   * Entries whose finding is unchanged are kept, so a re-check that changes
   * little costs little.
   * @param {Finding[]} findings
   */
  render(findings, suppressed = 0) {
    this.findings = findings;
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of findings) counts[f.severity in counts ? f.severity : 'info']++;
    const text = `${counts.error}/${counts.warning}/${counts.info}/${suppressed}`;
    if (text !== this.summaryText) {
      this.summaryText = text;
      this.summary.replaceChildren(...summaryParts(counts, suppressed));
      this.summary.dataset.count = String(findings.length);
    }

    if (findings.length === 0) {
      this.retire(new Map());
      this.list.replaceChildren(
        h('li', { class: 'no-findings' }, h('strong', null, 'No findings.'), ' The rules found nothing to flag at this date.'),
      );
      return;
    }
    const next = new Map();
    const nodes = findings.map((f, i) => {
      const key = itemKey(f);
      let li = next.has(key) ? undefined : (this.items.get(key) ?? this.spare.get(key));
      if (!li) li = this.item(f);
      else this.meta.get(li).f = f;
      if (!next.has(key)) {
        next.set(key, li);
        this.spare.delete(key);
      }
      li.setAttribute('data-index', String(i));
      return li;
    });
    this.retire(next);
    const shown = this.list.children;
    if (nodes.length === shown.length && nodes.every((n, i) => shown[i] === n)) return;
    this.list.replaceChildren(...nodes);
  }

  /**
   * Makes next the entries shown, and keeps those it drops as spares, up
   * to a few hundred.
   * @param {Map<string, HTMLLIElement>} next
   */
  retire(next) {
    for (const [key, li] of this.items) {
      if (next.has(key)) continue;
      this.spare.delete(key);
      this.spare.set(key, li);
    }
    this.items = next;
    for (const key of this.spare.keys()) {
      if (this.spare.size <= maxSpare) break;
      this.spare.delete(key);
    }
  }

  /**
   * Opens the explanation of finding index and brings it into view.
   * @param {number} index
   */
  reveal(index) {
    const li = this.list.children[index];
    if (!(li instanceof HTMLElement)) return;
    const details = li.querySelector('details');
    if (details) {
      this.fill(details);
      details.open = true;
    }
    li.scrollIntoView({ block: 'nearest' });
    li.querySelector('button')?.focus();
  }

  /**
   * Marks the findings on the cursor's line.
   * @param {number} line
   */
  markLine(line) {
    for (const li of this.list.children) {
      if (!(li instanceof HTMLElement) || !li.dataset.line) continue;
      li.classList.toggle('at-cursor', Number(li.dataset.line) === line);
    }
  }

  /**
   * Builds the explanation inside details the first time it is opened.
   * @param {Element} details
   */
  fill(details) {
    const li = details.closest('li.finding');
    const m = li && this.meta.get(li);
    if (!m || m.filled) return;
    m.filled = true;
    const parts = this.explanation(m.f, this.rules.get(m.f.rule));
    if (parts) details.append(...parts);
  }

  /** @param {Finding} f */
  item(f) {
    const sev = f.severity in severityLabel ? f.severity : 'info';
    const rule = this.rules.get(f.rule);
    const where = f.line > 0 ? `Line ${f.line}, column ${f.column}` : 'Whole notice';

    const go = h(
      'button',
      { type: 'button', class: 'finding-go', title: f.line > 0 ? `Go to line ${f.line}, column ${f.column}` : 'Go to the start' },
      h('span', { class: 'finding-head' }, severityIcon(sev), h('span', { class: 'sev-label' }, severityLabel[sev]),
        h('code', { class: 'rule-id' }, f.rule), h('span', { class: 'where' }, where)),
      h('span', { class: 'message' }, f.message),
    );
    const li = h('li', {
      class: `finding sev-${sev}`,
      'data-rule': f.rule,
      'data-severity': sev,
      'data-line': String(f.line),
      'data-column': String(f.column),
    }, go);
    this.meta.set(li, { f, filled: false });

    const refs = f.references ?? rule?.references ?? [];
    if (refs.length > 0) {
      const items = refs.map((ref) => {
        const r = resourceFor(ref, rule?.resources);
        return h('li', null, r ? externalLink(r, ref) : ref);
      });
      li.append(h('ul', { class: 'refs', 'aria-label': 'Legal references' }, ...items));
    }

    if (rule || builtinRules[f.rule]) {
      const details = h('details', { class: 'explain' }, h('summary', null, 'Why this matters and how to fix it'));
      li.append(details);
      if (this.open.has(openKey(f))) {
        this.fill(details);
        details.open = true;
      }
    }
    return li;
  }

  /**
   * The explanation of a finding: the rule's title, description, fix,
   * examples and sources.
   * @param {Finding} f
   * @param {Rule | undefined} rule
   */
  explanation(f, rule) {
    const doc = rule ?? builtinRules[f.rule];
    if (!doc) return null;
    const parts = [h('h3', null, doc.title)];
    if (doc.description) parts.push(...paragraphs(doc.description));
    if (doc.fix) parts.push(h('h4', null, 'How to fix it'), ...paragraphs(doc.fix));
    const ex = doc.examples;
    if (ex && (ex.avoid || ex.prefer)) {
      const box = h('div', { class: 'examples' });
      if (ex.avoid) box.append(h('div', { class: 'example avoid' }, h('h4', null, 'Avoid'), h('pre', null, ex.avoid)));
      if (ex.prefer) box.append(h('div', { class: 'example prefer' }, h('h4', null, 'Prefer'), h('pre', null, ex.prefer)));
      parts.push(box);
    }
    if (doc.resources?.length) {
      parts.push(h('h4', null, 'Sources'), h('ul', { class: 'sources' },
        ...doc.resources.map((r) => h('li', null, externalLink(r, r.description)))));
    }
    return parts;
  }
}

/**
 * @param {{error: number, warning: number, info: number}} counts
 * @param {number} suppressed
 */
function summaryParts(counts, suppressed) {
  const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  return [
    h('span', { class: 'count sev-error' }, severityIcon('error'), plural(counts.error, 'error', 'errors')),
    h('span', { class: 'count sev-warning' }, severityIcon('warning'), plural(counts.warning, 'warning', 'warnings')),
    h('span', { class: 'count sev-info' }, severityIcon('info'), `${counts.info} info`),
    suppressed > 0 && h('span', { class: 'count suppressed', title: 'Findings silenced by x-noticelint-ignore in the notice' },
      `${suppressed} suppressed`),
  ]
    .filter(Boolean)
    // Commas for screen readers; the layout separates the counts on screen.
    .flatMap((part, i) => (i === 0 ? [part] : [h('span', { class: 'visually-hidden' }, ', '), part]));
}
