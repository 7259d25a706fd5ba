/**
 * Glossary files for the merge tests, in every format, written from a few
 * Romanian/English news entries. Each format's file carries bytes our model
 * does not (a TBX comment and an unknown data category, a CSV file's own
 * delimiter, quoting and part-of-speech column, TSV comment lines), so that
 * tests can check a merge keeps them.
 */
import type { GlossaryFormat } from '../../../../glossary/common/codec.js';
import type { Concept, Glossary } from '../../../../shared/model/glossary.js';
import { escapeXml as xml } from '../../../../shared/formats/xml.js';

/** One glossary entry as the tests write it: a Romanian term, English terms (first preferred), a note. */
export interface Entry {
  id: string;
  ro: string;
  en: string[];
  note?: string;
}

/** A format: how one entry is written, and the file around the entries (with bytes our model does not carry). */
export interface Form {
  format: GlossaryFormat;
  file: string;
  entry(e: Entry): string;
  frame(entries: string): string;
  /** Bytes of the frame that a merge must keep. */
  kept: string[];
}

export const TBX: Form = {
  format: 'tbx',
  file: 'glosar.tbx',
  entry: (e) =>
    [
      `      <conceptEntry id="${e.id}">`,
      // A data category Dragoman does not model: it must survive any merge that does not touch this concept.
      `        <descrip type="x-desk-priority">${e.id === 'minsk' ? 'high' : 'normal'}</descrip>`,
      ...(e.note ? [`        <note>${xml(e.note)}</note>`] : []),
      `        <langSec xml:lang="ro"><termSec><term>${xml(e.ro)}</term></termSec></langSec>`,
      `        <langSec xml:lang="en">`,
      ...e.en.map((t) => `          <termSec><term>${xml(t)}</term></termSec>`),
      `        </langSec>`,
      `      </conceptEntry>`,
    ].join('\n') + '\n',
  frame: (entries) =>
    `<?xml version="1.0" encoding="UTF-8"?>
<!-- Glosar știri externe: kept by the foreign desk, do not reformat -->
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>Belarus desk, 2026</p></sourceDesc></fileDesc></tbxHeader>
  <text>
    <body>
${entries}    </body>
  </text>
</tbx>
`,
  kept: ['<!-- Glosar știri externe: kept by the foreign desk, do not reformat -->', '<p>Belarus desk, 2026</p>'],
};

export const CSV: Form = {
  format: 'csv',
  file: 'glosar.csv',
  // Semicolons (Excel in a Romanian locale), quotes where a writer would not put them, and columns our
  // writer would not add: part of speech and who changed the row (writeCsv adds those only on request).
  entry: (e) => `${e.id};"${e.ro}";${e.en.join(' | ')};${e.note ?? ''};noun;Redacția Externe\n`,
  frame: (entries) => `id;ro;en;note;pos;modifiedBy\n${entries}`,
  kept: ['id;ro;en;note;pos;modifiedBy\n'],
};

export const TSV: Form = {
  format: 'tsv',
  file: 'glosar.tsv',
  entry: (e) => e.en.map((t, i) => `${e.ro}\t${t}${i === 0 && e.note ? `\t${e.note}` : ''}\n`).join(''),
  frame: (entries) => `# Glosar știri externe (OmegaT)\n# sursă\ttraducere\tcomentariu\n${entries}`,
  kept: ['# Glosar știri externe (OmegaT)\n# sursă\ttraducere\tcomentariu\n'],
};

export const CSI: Entry = {
  id: 'csi',
  ro: 'Comunitatea Statelor Independente',
  en: ['Commonwealth of Independent States'],
};
export const LUKASENKO: Entry = { id: 'lukasenko', ro: 'Lukașenko', en: ['Lukashenko'] };
export const MINSK: Entry = { id: 'minsk', ro: 'Minsk', en: ['Minsk'], note: 'Capital of Belarus' };
export const PRIZONIER: Entry = { id: 'prizonier', ro: 'prizonier politic', en: ['political prisoner'] };
export const ALEGERI: Entry = { id: 'alegeri', ro: 'alegeri prezidențiale', en: ['presidential election'] };
export const OPOZITIE: Entry = { id: 'opozitie', ro: 'opoziția democratică', en: ['democratic opposition'] };
export const BASE = [CSI, LUKASENKO, MINSK, PRIZONIER];

/** The whole file holding `entries`, in `form`. */
export const text = (form: Form, entries: Entry[]) => form.frame(entries.map(form.entry).join(''));

/** The concept whose Romanian terms include `ro`. */
export function concept(g: Glossary, ro: string): Concept | undefined {
  return g.concepts.find((c) => c.terms.ro?.some((t) => t.text === ro));
}

/** The English terms of the concept for `ro`, in file order. */
export function english(g: Glossary, ro: string): string[] | undefined {
  return concept(g, ro)?.terms.en?.map((t) => t.text);
}

/** Each concept's first Romanian term, in file order. */
export function romanian(g: Glossary): (string | undefined)[] {
  return g.concepts.map((c) => c.terms.ro?.[0]?.text);
}
