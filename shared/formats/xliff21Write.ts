import type { TermLookup } from '../checks/termLookup.js';
import type { BilingualDocument, Segment, SegmentStatus } from '../model/segment.js';
import { escapeAttr, escapeXml } from './xml.js';

/** The `original` of files Dragoman writes, so that import can restore its own segment ids. */
export const DRAGOMAN_ORIGINAL = 'dragoman';

const STATE: Record<SegmentStatus, string> = {
  untranslated: 'initial',
  draft: 'initial',
  translated: 'translated',
  reviewed: 'reviewed',
};

/** Options of {@link writeXliff21}. */
export interface Xliff21Options {
  /** With a glossary, each unit carries the glossary terms of its source in XLIFF 2's glossary module. */
  terms?: TermLookup;
}

/**
 * Writes XLIFF 2.1: one `<unit>` per paragraph, one `<segment>` per segment
 * with the segment id as its id. States: untranslated and draft → initial
 * (draft with its target text), translated → translated, reviewed →
 * reviewed; notes go into the unit's `<notes>`, one `<note>` per segment,
 * marked with the segment id in `category`. With `terms`, a
 * `<gls:glossary>` lists each term the source contains with its English
 * translations (preferred and admitted only).
 */
export function writeXliff21(doc: BilingualDocument, options: Xliff21Options = {}): string {
  const { terms } = options;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1"${terms ? ' xmlns:gls="urn:oasis:names:tc:xliff:glossary:2.0"' : ''} srcLang="${escapeAttr(doc.sourceLang)}" trgLang="${escapeAttr(doc.targetLang)}">`,
    `  <file id="f1" original="${DRAGOMAN_ORIGINAL}">`,
  ];
  const segs = doc.segments;
  let unitNo = 0;
  for (let i = 0; i < segs.length;) {
    let j = i + 1;
    while (j < segs.length && segs[j]!.paragraph === segs[i]!.paragraph) j++;
    unit(out, segs.slice(i, j), `p${++unitNo}`, terms);
    i = j;
  }
  out.push('  </file>', '</xliff>', '');
  return out.join('\n');
}

function unit(out: string[], segs: Segment[], id: string, terms: TermLookup | undefined): void {
  out.push(`    <unit id="${escapeAttr(id)}">`);
  if (terms) glossary(out, segs, terms);
  const notes = segs.filter((s) => s.note);
  if (notes.length) {
    out.push('      <notes>');
    for (const s of notes) out.push(`        <note category="${escapeAttr(s.id)}">${escapeXml(s.note!)}</note>`);
    out.push('      </notes>');
  }
  for (const s of segs) {
    out.push(`      <segment id="${escapeAttr(s.id)}" state="${STATE[s.status]}">`);
    out.push(`        <source xml:space="preserve">${escapeXml(s.source)}</source>`);
    if (s.target !== '' || s.status !== 'untranslated') {
      out.push(`        <target xml:space="preserve">${escapeXml(s.target)}</target>`);
    }
    out.push('      </segment>');
  }
  out.push('    </unit>');
}

function glossary(out: string[], segs: Segment[], terms: TermLookup): void {
  const entries: string[] = [];
  const seen = new Set<string>();
  for (const s of segs) {
    for (const m of terms.findSource(s.source)) {
      const key = `${m.conceptId}\u0000${m.term}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const concept = terms.concept(m.conceptId);
      const english = (concept?.terms.en ?? []).filter((t) => t.status === 'preferred' || t.status === 'admitted');
      // The module requires a translation or a definition in every entry.
      if (english.length === 0 && !concept?.definition) continue;
      entries.push('        <gls:glossEntry>');
      entries.push(`          <gls:term>${escapeXml(m.term)}</gls:term>`);
      for (const t of english) entries.push(`          <gls:translation>${escapeXml(t.text)}</gls:translation>`);
      if (concept?.definition)
        entries.push(`          <gls:definition>${escapeXml(concept.definition)}</gls:definition>`);
      entries.push('        </gls:glossEntry>');
    }
  }
  if (entries.length) out.push('      <gls:glossary>', ...entries, '      </gls:glossary>');
}
