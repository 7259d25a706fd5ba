import type { BilingualDocument } from '../model/segment.js';
import { escapeAttr, escapeXml } from './xml.js';

/** Who wrote a TMX file, for its header. */
export interface TmxOptions {
  toolVersion: string;
  /** Creation time, ISO 8601; written in TMX's YYYYMMDDThhmmssZ form. */
  date: string;
}

/** "2026-11-27T08:01:02.345Z" → "20261127T080102Z". */
function tmxDate(iso: string): string {
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** The primary language subtag: TM tools match "en" units for any English variant. */
function primary(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase();
}

/**
 * TMX 1.4b of the confirmed segments (translated and reviewed, with a
 * non-empty target): one `<tu>` per segment, its tuid the segment id, with
 * `<tuv xml:lang="ro">` and `<tuv xml:lang="en">`. The header carries every
 * attribute TMX 1.4b requires (creationtool, creationtoolversion, segtype,
 * o-tmf, adminlang, srclang, datatype).
 */
export function writeTmx(doc: BilingualDocument, options: TmxOptions): string {
  const src = primary(doc.sourceLang);
  const tgt = primary(doc.targetLang);
  const date = tmxDate(options.date);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="Dragoman" creationtoolversion="${escapeAttr(options.toolVersion)}" segtype="sentence" o-tmf="Dragoman" adminlang="en" srclang="${src}" datatype="plaintext" creationdate="${date}"/>`,
    '  <body>',
  ];
  for (const s of doc.segments) {
    if ((s.status !== 'translated' && s.status !== 'reviewed') || s.target.trim() === '') continue;
    out.push(`    <tu tuid="${escapeAttr(s.id)}">`);
    if (s.note) out.push(`      <note>${escapeXml(s.note)}</note>`);
    out.push(`      <tuv xml:lang="${src}"><seg>${escapeXml(s.source)}</seg></tuv>`);
    out.push(`      <tuv xml:lang="${tgt}"><seg>${escapeXml(s.target)}</seg></tuv>`);
    out.push('    </tu>');
  }
  out.push('  </body>', '</tmx>', '');
  return out.join('\n');
}
