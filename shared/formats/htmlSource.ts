import type { SourceParagraph } from './sourceImport.js';

/** Elements that end a paragraph. */
const BLOCK = new Set(
  'p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd td th tr table blockquote section article header footer aside nav main figure figcaption pre br hr address caption form fieldset legend details summary'.split(
    ' ',
  ),
);
/** Elements whose content is never shown as text. */
const HIDDEN = new Set(['head', 'title', 'script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object']);
/** Inline formatting kept as placeholders. */
const INLINE: Record<string, string> = { b: 'b', strong: 'b', i: 'i', em: 'i', u: 'u', a: 'a' };

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  acirc: 'â',
  Acirc: 'Â',
  icirc: 'î',
  Icirc: 'Î',
  abreve: 'ă',
  Abreve: 'Ă',
  scommaaccent: 'ș',
  bdquo: '„',
  rdquo: '”',
  ldquo: '“',
  laquo: '«',
  raquo: '»',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  euro: '€',
  copy: '©',
  deg: '°',
};

/** Decodes character references; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (all, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isInteger(cp) && cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff)
        ? String.fromCodePoint(cp)
        : all;
    }
    return NAMED[ref] ?? all;
  });
}

/**
 * The visible paragraphs of an HTML page, tolerant of real-world markup
 * (no well-formedness needed): block elements end paragraphs, h1–h6 are
 * headings, b/strong, i/em, u and links become placeholders, scripts, styles
 * and the head are skipped, whitespace collapses as a browser shows it.
 * Nothing is fetched and nothing is executed.
 */
export function htmlParagraphs(html: string): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  let text = '';
  let heading = 0;
  let n = 0;
  let hidden = 0;
  const open: { kind: string; id: string }[] = [];
  const flush = (): void => {
    for (const o of open.reverse()) text += `</${o.id}>`;
    open.length = 0;
    const t = text.replace(/\s+/g, ' ').trim();
    if (t && !/^(<\/?[abiux]\d+\/?>\s*)+$/.test(t)) out.push(heading ? { text: t, heading } : { text: t });
    text = '';
    heading = 0;
    n = 0;
  };
  const re =
    /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>|[^<]+|</;
  const g = new RegExp(re.source, 'g');
  for (const m of html.matchAll(g)) {
    const tok = m[0];
    const name = m[2]?.toLowerCase();
    if (!name) {
      if (!hidden && !tok.startsWith('<!') && !tok.startsWith('<?')) {
        text += decodeEntities(tok);
      }
      continue;
    }
    const closing = m[1] === '/';
    if (HIDDEN.has(name)) {
      if (m[3] !== '/') hidden = Math.max(0, hidden + (closing ? -1 : 1));
      continue;
    }
    if (hidden) continue;
    if (BLOCK.has(name)) {
      flush();
      if (!closing && /^h[1-6]$/.test(name)) heading = Number(name[1]);
      continue;
    }
    const kind = INLINE[name];
    if (!kind) continue;
    if (!closing) {
      const id = `${kind}${++n}`;
      open.push({ kind, id });
      text += `<${id}>`;
    } else {
      const at = open.map((o) => o.kind).lastIndexOf(kind);
      if (at < 0) continue;
      for (const o of open.splice(at).reverse()) text += `</${o.id}>`;
    }
  }
  flush();
  return out;
}
