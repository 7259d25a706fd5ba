import type { Concept, Glossary, Term, TermStatus, TermType } from '../../shared/model/glossary.js';
import { FormatError } from '../../shared/formats/formatError.js';
import { parseXml, textContent, type XmlElement } from '../../shared/formats/xml.js';
import {
  MATCH_HINT,
  STATUS_HINT,
  isProperNounPos,
  parseMatchOptions,
  parseStatus,
  parseTermType,
  primaryLanguage,
} from './termFields.js';
import { DRAGOMAN_TBX_NS, TBX_NS_ED2, TBX_NS_ED3, X_MATCH, X_STATUS, X_TERM_TYPE } from './tbxNames.js';

export { writeTbx } from './tbxWrite.js';

const TBX_NAMESPACES = new Set(['', TBX_NS_ED2, TBX_NS_ED3]);

/** DCA carriers: the element names whose `type` attribute names the data category. */
const CARRIERS = new Set(['descrip', 'termNote', 'admin', 'descripNote', 'adminNote']);
/** Structural TBX elements that are never data categories themselves. */
const STRUCTURE = new Set([
  'term',
  'termSec',
  'langSec',
  'langSet',
  'tig',
  'ntig',
  'termGrp',
  'conceptEntry',
  'termEntry',
]);

/** One data category found on an entry, whatever its style (DCA or DCT). */
interface Category {
  name: string;
  value: string;
  el: XmlElement;
}

/**
 * Reads a TBX file: TBX v3 (ISO 30042:2019, namespaces ed-2 and ed:3.0,
 * dialects TBX-Basic and TBX-Core, DCA and DCT styles) and TBX 2008 (martif
 * with termEntry/langSet/tig|ntig). Conventions (docs/glossary-formats.md):
 * languages by primary subtag; in each language section the first term
 * without a status is preferred and further ones are admitted; statuses
 * superseded → deprecated, legal/regulated/standardized → preferred.
 */
export function parseTbx(text: string, file: string): Glossary {
  const reader = new TbxReader(file);
  const concepts: Concept[] = [];
  let rootChecked = false;
  // Entries are handed over one by one as they close, so a 100,000-entry file never exists as one tree.
  const root = parseXml(text, file, {
    detach: (el, ancestors) => {
      if (!rootChecked) {
        reader.checkRoot(ancestors[0]!);
        rootChecked = true;
      }
      return el.local === 'conceptEntry' || el.local === 'termEntry';
    },
    onDetached: (el) => concepts.push(reader.concept(el, concepts.length)),
  });
  reader.checkRoot(root);
  reader.checkBody(root);
  return { concepts, origin: file };
}

class TbxReader {
  private readonly ids = new Set<string>();

  constructor(private readonly file: string) {}

  checkRoot(root: XmlElement): void {
    const isV3 = root.local === 'tbx';
    if (!isV3 && root.local !== 'martif') {
      throw this.error(
        root,
        `this is not a TBX file: its root element is <${root.name}>`,
        'A TBX file starts with <tbx> (TBX v3) or <martif> (TBX 2008)',
      );
    }
    if (isV3 && !TBX_NAMESPACES.has(root.ns)) {
      throw this.error(
        root,
        `unsupported TBX namespace "${root.ns}"`,
        `Use xmlns="${TBX_NS_ED2}" (ISO 30042:2019) or "${TBX_NS_ED3}"`,
      );
    }
  }

  /** The entries themselves have been detached by now; what is left must be the frame around them. */
  checkBody(root: XmlElement): void {
    const body = this.child(this.child(root, 'text'), 'body');
    const entryName = root.local === 'tbx' ? 'conceptEntry' : 'termEntry';
    for (const el of elements(body)) {
      if (STRUCTURE.has(el.local))
        throw this.error(el, `<${el.name}> outside a <${entryName}>`, `Put it inside a <${entryName}>`);
    }
  }

  /** Reads one conceptEntry (v3) or termEntry (v2, also accepted in v3 files); `index` numbers entries without an id. */
  concept(el: XmlElement, index: number): Concept {
    const given = el.attrs.id?.trim();
    const concept: Concept = { id: this.uniqueId(given || `c${index + 1}`), terms: {} };
    if (!given) concept.generatedId = true;
    readTransactions(el, concept);
    const notes: string[] = [];
    let langDefinition: string | undefined;
    for (const cat of categories(el)) this.conceptCategory(concept, cat, notes);
    for (const langEl of elements(el)) {
      if (langEl.local !== 'langSec' && langEl.local !== 'langSet') continue;
      const tag = langEl.attrs['xml:lang'] ?? '';
      const lang = primaryLanguage(tag);
      if (!lang) {
        throw this.error(
          langEl,
          `<${langEl.name}> has no xml:lang`,
          `Add the language, e.g. <${langEl.name} xml:lang="ro">`,
        );
      }
      for (const cat of categories(langEl)) {
        if (cat.name === 'definition') langDefinition ??= cleanNote(cat.value);
        else if (cat.name === 'note') notes.push(cleanNote(cat.value));
        else if (cat.name === 'subjectField') concept.subjectField ??= cleanTerm(cat.value);
      }
      const terms = this.languageTerms(langEl);
      if (terms.length > 0) (concept.terms[lang] ??= []).push(...terms);
    }
    if (concept.definition === undefined && langDefinition) concept.definition = langDefinition;
    const note = notes.filter(Boolean).join('\n');
    if (note) concept.note = note;
    return concept;
  }

  private conceptCategory(concept: Concept, cat: Category, notes: string[]): void {
    if (cat.name === 'subjectField') concept.subjectField ??= cleanTerm(cat.value);
    else if (cat.name === 'definition') concept.definition ??= cleanNote(cat.value);
    else if (cat.name === 'note') notes.push(cleanNote(cat.value));
  }

  /** Terms of one langSec/langSet, with the default-status rule applied. */
  private languageTerms(langEl: XmlElement): Term[] {
    const found: { term: Term; explicit: boolean }[] = [];
    for (const termEl of elements(langEl)) {
      let cats: Category[];
      let termText: XmlElement | undefined;
      if (termEl.local === 'termSec' || termEl.local === 'tig') {
        termText = elements(termEl).find((c) => c.local === 'term');
        cats = categories(termEl);
      } else if (termEl.local === 'ntig') {
        const grp = elements(termEl).find((c) => c.local === 'termGrp');
        termText = grp && elements(grp).find((c) => c.local === 'term');
        cats = [...(grp ? categories(grp) : []), ...categories(termEl)];
      } else {
        continue;
      }
      if (!termText)
        throw this.error(termEl, `<${termEl.name}> has no <term>`, 'Add the term text inside <term>…</term>');
      const text = cleanTerm(textContent(termText));
      if (!text) continue;
      const { term, explicit } = this.term(text, cats);
      found.push({ term, explicit });
    }
    const hasPreferred = found.some((f) => f.explicit && f.term.status === 'preferred');
    let firstImplicit = !hasPreferred;
    for (const f of found) {
      if (f.explicit) continue;
      f.term.status = firstImplicit ? 'preferred' : 'admitted';
      firstImplicit = false;
    }
    return found.map((f) => f.term);
  }

  private term(text: string, cats: Category[]): { term: Term; explicit: boolean } {
    let status: TermStatus | undefined;
    let forbidden = false;
    let type: TermType | undefined;
    let pos: string | undefined;
    const notes: string[] = [];
    const term: Term = { text, status: 'admitted' };
    for (const cat of cats) {
      switch (cat.name) {
        case 'administrativeStatus':
        case 'normativeAuthorization': {
          const s = parseStatus(cat.value);
          if (!s) throw this.error(cat.el, `unknown ${cat.name} "${cat.value.trim()}" for term "${text}"`, STATUS_HINT);
          status = s;
          break;
        }
        case X_STATUS: {
          const s = parseStatus(cat.value);
          if (!s) throw this.error(cat.el, `unknown status "${cat.value.trim()}" for term "${text}"`, STATUS_HINT);
          if (s === 'forbidden') forbidden = true;
          else status = s;
          break;
        }
        case 'termType':
        case X_TERM_TYPE:
          type = parseTermType(cat.value) ?? type;
          break;
        case 'partOfSpeech':
          pos = cleanTerm(cat.value) || undefined;
          break;
        case 'note':
          notes.push(cleanNote(cat.value));
          break;
        case X_MATCH: {
          const match = parseMatchOptions(cat.value);
          if (match.unknown.length > 0) {
            throw this.error(
              cat.el,
              `unknown match option "${match.unknown.join(' ')}" for term "${text}"`,
              MATCH_HINT,
            );
          }
          if (match.caseSensitive !== undefined) term.caseSensitive = match.caseSensitive;
          if (match.exact !== undefined) term.exact = match.exact;
          break;
        }
      }
    }
    // The extension refines a standard deprecated status to forbidden (TBX-Basic has no such value).
    if (forbidden) status = 'forbidden';
    if (type === undefined && pos !== undefined && isProperNounPos(pos)) type = 'properName';
    if (status) term.status = status;
    if (type) term.type = type;
    if (pos) term.partOfSpeech = pos;
    const note = notes.filter(Boolean).join('\n');
    if (note) term.note = note;
    return { term, explicit: status !== undefined };
  }

  private uniqueId(id: string): string {
    let candidate = id;
    for (let n = 2; this.ids.has(candidate); n++) candidate = `${id}-${n}`;
    this.ids.add(candidate);
    return candidate;
  }

  private child(el: XmlElement, local: string): XmlElement {
    const found = elements(el).find((c) => c.local === local);
    if (!found)
      throw this.error(
        el,
        `<${el.name}> has no <${local}>`,
        'A TBX file holds its entries in <text><body>…</body></text>',
      );
    return found;
  }

  private error(el: XmlElement, problem: string, hint: string): FormatError {
    return new FormatError(this.file, problem, { line: el.line, column: el.column, hint });
  }
}

function elements(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string');
}

/**
 * The data categories directly on an entry, in either style: DCA
 * (`<termNote type="termType">`) or DCT (`<basic:termType>`), with *Grp
 * wrappers looked through and transactions ignored.
 */
function categories(el: XmlElement): Category[] {
  const out: Category[] = [];
  for (const c of elements(el)) {
    const inTbx = TBX_NAMESPACES.has(c.ns);
    if (c.ns === DRAGOMAN_TBX_NS) {
      out.push({ name: `x-dragoman-${c.local}`, value: textContent(c), el: c });
    } else if (inTbx && CARRIERS.has(c.local)) {
      const type = c.attrs.type?.trim();
      if (type) out.push({ name: type, value: textContent(c), el: c });
    } else if (inTbx && c.local === 'note') {
      out.push({ name: 'note', value: textContent(c), el: c });
    } else if (inTbx && c.local.endsWith('Grp') && c.local !== 'transacGrp' && c.local !== 'termGrp') {
      out.push(...categories(c));
    } else if (!inTbx) {
      out.push({ name: c.local, value: textContent(c), el: c });
    }
  }
  return out;
}

/**
 * Who created and last modified the entry, from its `<transacGrp>`s: the
 * transaction type from `<transac type="transactionType">` (DCA) or a
 * `transactionType` element (DCT), the person from `<transacNote
 * type="responsibility">` or a `responsibility` element, the time from
 * `<date>`. The latest modification wins; a group without a date is skipped.
 */
function readTransactions(entry: XmlElement, concept: Concept): void {
  for (const grp of elements(entry)) {
    if (grp.local !== 'transacGrp') continue;
    let type = '';
    let by = '';
    let at = '';
    for (const c of elements(grp)) {
      const kind = c.local === 'transac' || c.local === 'transacNote' ? (c.attrs.type?.trim() ?? '') : c.local;
      const value = cleanTerm(textContent(c));
      if (kind === 'transactionType') type = value;
      else if (kind === 'responsibility') by = value;
      else if (c.local === 'date') at = value;
    }
    if (!at) continue;
    if (type === 'origination') concept.created = { by, at };
    else if (type === 'modification' && (!concept.modified || concept.modified.at <= at)) concept.modified = { by, at };
  }
}

/** Term text: whitespace from pretty-printing collapsed. */
function cleanTerm(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Notes keep their line breaks but lose the indentation of pretty-printed XML. */
function cleanNote(text: string): string {
  return text.replace(/[ \t]*\r?\n[ \t]*/g, '\n').trim();
}
