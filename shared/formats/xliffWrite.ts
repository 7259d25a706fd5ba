import type { BilingualDocument, Segment, SegmentStatus } from '../model/segment.js';
import { escapeAttr, escapeXml } from './xml.js';

const STATE: Record<SegmentStatus, string> = {
  untranslated: 'needs-translation',
  draft: 'needs-review-translation',
  translated: 'translated',
  reviewed: 'signed-off',
};

/**
 * Writes a simple, valid XLIFF 1.2 file: one trans-unit per segment, its id
 * the segment id; segments that share a paragraph are wrapped in
 * `<group restype="x-paragraph">` so parseXliff puts them back together.
 * Untranslated segments with no text get no `<target>`.
 */
export function writeXliff12(doc: BilingualDocument): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
    `  <file original="document" datatype="plaintext" source-language="${escapeAttr(doc.sourceLang)}" target-language="${escapeAttr(doc.targetLang)}">`,
    '    <body>',
  ];
  const segs = doc.segments;
  for (let i = 0; i < segs.length;) {
    let j = i + 1;
    while (j < segs.length && segs[j]!.paragraph === segs[i]!.paragraph) j++;
    if (j - i > 1) {
      out.push('      <group restype="x-paragraph">');
      for (let k = i; k < j; k++) unit(out, segs[k]!, '        ');
      out.push('      </group>');
    } else {
      unit(out, segs[i]!, '      ');
    }
    i = j;
  }
  out.push('    </body>', '  </file>', '</xliff>', '');
  return out.join('\n');
}

function unit(out: string[], s: Segment, indent: string): void {
  // approved="yes" is how 1.2 tools (translate-toolkit, Okapi) tell a final translation from a fuzzy one.
  const approved = s.status === 'reviewed' ? ' approved="yes"' : '';
  out.push(`${indent}<trans-unit id="${escapeAttr(s.id)}"${approved} xml:space="preserve">`);
  out.push(`${indent}  <source>${escapeXml(s.source)}</source>`);
  if (s.target !== '' || s.status !== 'untranslated') {
    out.push(`${indent}  <target state="${STATE[s.status]}">${escapeXml(s.target)}</target>`);
  }
  if (s.note) out.push(`${indent}  <note>${escapeXml(s.note)}</note>`);
  out.push(`${indent}</trans-unit>`);
}
