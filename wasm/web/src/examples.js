// The example notices the page offers. The files are served next to
// index.html as examples/<slug>.notice.yaml.

/** @type {{slug: string, label: string}[]} */
export const examples = [
  { slug: 'rops-online', label: 'Rops Online (ORGANI-VENTES)' },
  { slug: 'socomec', label: 'Socomec' },
  { slug: 'conpro', label: 'Conpro (Construct Professional)' },
  { slug: 'smet-jet', label: 'Smet-Jet' },
  { slug: 'procurios', label: 'Procurios' },
  { slug: 'reference', label: 'Reference notice (complete)' },
];

/** The example shown to a first-time visitor. */
export const defaultExample = 'reference';

/** @param {string} slug */
export function exampleFile(slug) {
  return `${slug}.notice.yaml`;
}

/** @param {string} slug */
export function exampleURL(slug) {
  return `examples/${exampleFile(slug)}`;
}

/** @param {string | null} slug */
export function isExample(slug) {
  return examples.some((e) => e.slug === slug);
}
