import type { Concept, ConceptStamp, Glossary, Term } from '../../shared/model/glossary.js';
import { escapeAttr, escapeXml } from '../../shared/formats/xml.js';
import { formatMatchOptions, languageOrder } from './termFields.js';
import { DRAGOMAN_TBX_NS, TBX_BASIC_NS, TBX_MIN_NS, TBX_NS_ED2 } from './tbxNames.js';

const ADMIN_STATUS: Record<Term['status'], string> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
  // TBX-Basic has no "forbidden"; deprecated is the nearest standard value and dm:status refines it.
  forbidden: 'deprecatedTerm-admn-sts',
};

/** TBX-Basic's termType picklist; properName is not on it and goes to dm:termType. */
const BASIC_TERM_TYPES = new Set(['fullForm', 'acronym', 'abbreviation', 'variant', 'phrase']);

/**
 * Writes a glossary as TBX v3, dialect TBX-Basic, DCT style, in the ed-2
 * namespace that ISO 30042:2019 and the TBX-Basic dialect files use. What
 * TBX-Basic cannot say (forbidden, properName, match options) is written in
 * Dragoman's extension namespace, which other tools ignore.
 */
export function writeTbx(g: Glossary): string {
  const langs = languageOrder(g.concepts.flatMap((c) => Object.keys(c.terms)));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<tbx type="TBX-Basic" style="dct" xml:lang="${escapeAttr(langs[0] ?? 'ro')}" xmlns="${TBX_NS_ED2}"` +
      ` xmlns:min="${TBX_MIN_NS}" xmlns:basic="${TBX_BASIC_NS}" xmlns:dm="${DRAGOMAN_TBX_NS}">`,
    '  <tbxHeader>',
    '    <fileDesc>',
    '      <sourceDesc>',
    '        <p>Written by Dragoman.</p>',
    '      </sourceDesc>',
    '    </fileDesc>',
    '  </tbxHeader>',
    '  <text>',
    '    <body>',
  ];
  const ids = new Set<string>();
  for (const concept of g.concepts) writeConcept(out, concept, ncName(concept.id, ids));
  out.push('    </body>', '  </text>', '</tbx>', '');
  return out.join('\n');
}

/**
 * One concept as a TBX-Basic DCT `<conceptEntry>`, indented for a `<body>`.
 * With `declare`, the entry declares the module namespaces it uses itself,
 * so it can be placed into another TBX v3 file that does not declare them.
 */
export function conceptEntryXml(c: Concept, id: string, declare = false): string {
  const out: string[] = [];
  writeConcept(out, c, id, declare);
  return out.join('\n');
}

function writeConcept(out: string[], c: Concept, id: string, declare = false): void {
  const ns = declare ? ` xmlns:min="${TBX_MIN_NS}" xmlns:basic="${TBX_BASIC_NS}" xmlns:dm="${DRAGOMAN_TBX_NS}"` : '';
  out.push(`      <conceptEntry id="${escapeAttr(id)}"${ns}>`);
  if (c.subjectField) out.push(`        <min:subjectField>${escapeXml(c.subjectField)}</min:subjectField>`);
  if (c.definition) out.push(`        <basic:definition>${escapeXml(c.definition)}</basic:definition>`);
  if (c.note) out.push(`        <note>${escapeXml(c.note)}</note>`);
  out.push(...transactionLines(c));
  for (const lang of languageOrder(Object.keys(c.terms))) {
    const terms = c.terms[lang] ?? [];
    if (terms.length === 0) continue;
    out.push(`        <langSec xml:lang="${escapeAttr(lang)}">`);
    for (const t of terms) writeTerm(out, t);
    out.push('        </langSec>');
  }
  out.push('      </conceptEntry>');
}

/**
 * The concept's `created` and `modified` stamps as TBX transaction groups
 * (core elements, the same in DCT and DCA style and in TBX 2008), indented
 * for an entry's children.
 */
export function transactionLines(c: Concept): string[] {
  const out: string[] = [];
  const group = (type: string, stamp: ConceptStamp): void => {
    out.push(
      '        <transacGrp>',
      `          <transac type="transactionType">${type}</transac>`,
      ...(stamp.by ? [`          <transacNote type="responsibility">${escapeXml(stamp.by)}</transacNote>`] : []),
      `          <date>${escapeXml(stamp.at)}</date>`,
      '        </transacGrp>',
    );
  };
  if (c.created) group('origination', c.created);
  if (c.modified) group('modification', c.modified);
  return out;
}

function writeTerm(out: string[], t: Term): void {
  const i = '            ';
  out.push('          <termSec>', `${i}<term>${escapeXml(t.text)}</term>`);
  out.push(`${i}<min:administrativeStatus>${ADMIN_STATUS[t.status]}</min:administrativeStatus>`);
  if (t.partOfSpeech) out.push(`${i}<min:partOfSpeech>${escapeXml(t.partOfSpeech)}</min:partOfSpeech>`);
  if (t.type && BASIC_TERM_TYPES.has(t.type)) out.push(`${i}<basic:termType>${t.type}</basic:termType>`);
  if (t.note) out.push(`${i}<note>${escapeXml(t.note)}</note>`);
  if (t.status === 'forbidden') out.push(`${i}<dm:status>forbidden</dm:status>`);
  if (t.type && !BASIC_TERM_TYPES.has(t.type)) out.push(`${i}<dm:termType>${t.type}</dm:termType>`);
  const match = formatMatchOptions(t);
  if (match) out.push(`${i}<dm:match>${match}</dm:match>`);
  out.push('          </termSec>');
}

/**
 * conceptEntry ids are xsd:ID values: an XML name, unique in the file. Ids that
 * are not (e.g. "12" from a spreadsheet) get a "c" prefix, and characters a name
 * cannot hold become "_". Romanian letters are fine in XML names.
 */
function ncName(id: string, used: Set<string>): string {
  let base = /^[\p{L}_][\p{L}\p{N}._-]*$/u.test(id) ? id : `c${id.replace(/[^\p{L}\p{N}._-]/gu, '_')}`;
  if (base === 'c') base = 'c_';
  let candidate = base;
  for (let n = 2; used.has(candidate); n++) candidate = `${base}-${n}`;
  used.add(candidate);
  return candidate;
}
