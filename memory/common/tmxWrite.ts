import { escapeAttr, escapeXml } from '../../shared/formats/xml.js';
import type { TmUnit } from './tmUnit.js';

/** "2026-11-27T08:01:02.345Z" → "20261127T080102Z" (TMX's date form); other text unchanged. */
function tmxDate(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(iso) ? `${iso.slice(0, 19).replace(/[-:]/g, '')}Z` : iso;
}

/**
 * TMX 1.4b of memory units, as the project memory is compacted to: one
 * `<tu>` each with changeid/changedate, the neighbouring sources as
 * `x-context-pre`/`x-context-post` props (memoQ's names, which readTmx and
 * memoQ read back), `<tuv xml:lang="ro">` and `<tuv xml:lang="en">`.
 * Placeholders stay as text (escaped), as our project TMX export writes them.
 */
export function writeTmxUnits(units: Iterable<TmUnit>, options: { toolVersion: string; date: string }): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="Dragoman" creationtoolversion="${escapeAttr(options.toolVersion)}" segtype="sentence" o-tmf="Dragoman" adminlang="en" srclang="ro" datatype="plaintext" creationdate="${tmxDate(options.date)}"/>`,
    '  <body>',
  ];
  for (const u of units) {
    const attrs = `${u.by ? ` changeid="${escapeAttr(u.by)}"` : ''}${u.at ? ` changedate="${tmxDate(u.at)}"` : ''}`;
    out.push(`    <tu${attrs}>`);
    if (u.prev !== undefined) out.push(`      <prop type="x-context-pre">${escapeXml(u.prev)}</prop>`);
    if (u.next !== undefined) out.push(`      <prop type="x-context-post">${escapeXml(u.next)}</prop>`);
    out.push(`      <tuv xml:lang="ro"><seg>${escapeXml(u.source)}</seg></tuv>`);
    out.push(`      <tuv xml:lang="en"><seg>${escapeXml(u.target)}</seg></tuv>`);
    out.push('    </tu>');
  }
  out.push('  </body>', '</tmx>', '');
  return out.join('\n');
}
