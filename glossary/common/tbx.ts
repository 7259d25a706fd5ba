import type { Concept, Glossary, Term, TermStatus, TermType } from '../../shared/model/glossary.js';
import { FormatError } from '../../shared/formats/formatError.js';
import type { SaxesTagNS } from 'saxes';
import { prepareXml, scanXml, tagPosition, type XmlEvents } from '../../shared/formats/xml.js';
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

/** One data category of a term, kept until the term's text is known; `end`, `line`, `column` locate it for errors. */
interface Category {
  name: string;
  value: string;
  end: number;
  line: number;
  column: number;
}

/** What an open element is to the reader; everything else is skipped (its text still counts where text is collected). */
const enum Role {
  Other,
  Root,
  Text,
  Body,
  Entry,
  TransacGrp,
  TransacItem,
  Lang,
  TermSec,
  Ntig,
  TermGrp,
  /** A *Grp wrapper whose data categories belong to the element around it. */
  Grp,
  Category,
  TermText,
}

/** One open element; frames are reused by depth, so reading allocates none per element. */
interface Frame {
  role: Role;
  local: string;
  name: string;
  /** Where the start tag ended (see tagPosition). */
  end: number;
  line: number;
  column: number;
  /** For Category: the data category's name; for TransacItem: what the item is. */
  kind: string;
  /** For Grp and Category: the element whose data categories these are. */
  host: Role;
  /** Text collected so far (Category, TermText, TransacItem). */
  text: string;
  /** The collector that was active when this element opened. */
  outerCollector: number;
  /** Whether the first child of the kind that counts (text/body/term/termGrp) has been seen. */
  seen: boolean;
}

/** The entry being read; nested entries (invalid, but readable) get their own. */
interface EntryState {
  id: string | undefined;
  conceptSubject: string | undefined;
  conceptDefinition: string | undefined;
  langSubject: string | undefined;
  langDefinition: string | undefined;
  conceptNotes: string[];
  langNotes: string[];
  terms: Record<string, Term[]>;
  created: Concept['created'];
  modified: Concept['modified'];
  /** The language section open now. */
  lang: string;
  found: { term: Term; explicit: boolean }[];
  /** The term section open now: its text and categories (ntig: termGrp's first, then its own). */
  termText: string | undefined;
  termCats: Category[];
  ownCats: Category[];
  /** The transacGrp open now. */
  transacType: string;
  transacBy: string;
  transacAt: string;
}

/**
 * Reads a TBX file: TBX v3 (ISO 30042:2019, namespaces ed-2 and ed:3.0,
 * dialects TBX-Basic and TBX-Core, DCA and DCT styles) and TBX 2008 (martif
 * with termEntry/langSet/tig|ntig). Conventions (docs/glossary-formats.md):
 * languages by primary subtag; in each language section the first term
 * without a status is preferred and further ones are admitted; statuses
 * superseded → deprecated, legal/regulated/standardized → preferred.
 *
 * Concepts are built straight from the parser's events, with no element tree:
 * a 100,000-entry file then costs little more than the XML parse itself.
 */
export function parseTbx(text: string, file: string): Glossary {
  const reader = new TbxReader(prepareXml(text, file), file);
  scanXml(reader.source, file, reader);
  const concepts = reader.finish();
  // V8 keeps the subject of the last regular-expression match (RegExp.lastMatch) alive; here that is a
  // slice of the file's text, which would keep all 86 MB of a big glossary. A match on a string of our own lets it go.
  RELEASE.test('');
  return { concepts, origin: file };
}

class TbxReader implements XmlEvents {
  private readonly ids = new Set<string>();
  private readonly concepts: Concept[] = [];
  private readonly frames: Frame[] = [];
  private depth = 0;
  /** Depth of the frame collecting text now, or -1. */
  private collector = -1;
  private readonly entries: EntryState[] = [];
  private entryName = 'conceptEntry';
  /** The root's first <text>, and whether it held a <body>. */
  private textAt: { name: string; end: number; line: number; column: number } | undefined;
  private bodySeen = false;
  // Files repeat a handful of values thousands of times: read each once.
  private readonly statuses = new Map<string, TermStatus | undefined>();
  private readonly types = new Map<string, TermType | undefined>();
  private readonly langs = new Map<string, string>();
  private readonly values = new Map<string, string>();

  constructor(
    readonly source: string,
    private readonly file: string,
  ) {}

  open(tag: SaxesTagNS, end: number, line: number, column: number): void {
    const depth = this.depth++;
    let f = this.frames[depth];
    if (!f) {
      f = {
        role: Role.Other,
        local: '',
        name: '',
        end: 0,
        line: 0,
        column: 0,
        kind: '',
        host: Role.Other,
        text: '',
        outerCollector: -1,
        seen: false,
      };
      this.frames[depth] = f;
    }
    f.local = tag.local;
    f.name = tag.name;
    f.end = end;
    f.line = line;
    f.column = column;
    f.kind = '';
    f.host = Role.Other;
    f.text = '';
    f.seen = false;
    f.outerCollector = this.collector;
    const local = tag.local;
    if (depth === 0) {
      f.role = Role.Root;
      this.checkRoot(f, tag.uri);
      return;
    }
    // Entries are read wherever they are, as separate concepts.
    if (local === 'conceptEntry' || local === 'termEntry') {
      f.role = Role.Entry;
      this.collector = -1;
      this.entries.push(newEntry(tag.attributes.id?.value));
      return;
    }
    if (this.collector >= 0) {
      f.role = Role.Other;
      return;
    }
    const parent = this.frames[depth - 1]!;
    const entry = this.entries[this.entries.length - 1];
    switch (parent.role) {
      case Role.Root:
        f.role = local === 'text' && !this.textAt ? Role.Text : Role.Other;
        if (f.role === Role.Text) this.textAt = { name: f.name, end, line, column };
        return;
      case Role.Text:
        f.role = local === 'body' && !this.bodySeen ? Role.Body : Role.Other;
        if (f.role === Role.Body) this.bodySeen = true;
        return;
      case Role.Body:
        if (STRUCTURE.has(local))
          throw this.error(f, `<${f.name}> outside a <${this.entryName}>`, `Put it inside a <${this.entryName}>`);
        f.role = Role.Other;
        return;
      case Role.Entry:
        if (local === 'transacGrp') {
          f.role = Role.TransacGrp;
          entry!.transacType = entry!.transacBy = entry!.transacAt = '';
        } else if (local === 'langSec' || local === 'langSet') {
          f.role = Role.Lang;
          entry!.lang = this.language(f, tag.attributes['xml:lang']?.value ?? '');
          entry!.found = [];
        } else this.classify(f, tag, Role.Entry, depth);
        return;
      case Role.TransacGrp:
        f.role = Role.TransacItem;
        f.kind = local === 'transac' || local === 'transacNote' ? (tag.attributes.type?.value.trim() ?? '') : local;
        this.collector = depth;
        return;
      case Role.Lang:
        if (local === 'termSec' || local === 'tig' || local === 'ntig') {
          f.role = local === 'ntig' ? Role.Ntig : Role.TermSec;
          entry!.termText = undefined;
          entry!.termCats = [];
          entry!.ownCats = [];
        } else this.classify(f, tag, Role.Lang, depth);
        return;
      case Role.TermSec:
      case Role.TermGrp:
        if (local === 'term' && !parent.seen) {
          parent.seen = true;
          f.role = Role.TermText;
          this.collector = depth;
        } else this.classify(f, tag, parent.role, depth);
        return;
      case Role.Ntig:
        if (local === 'termGrp' && !parent.seen) {
          parent.seen = true;
          f.role = Role.TermGrp;
        } else this.classify(f, tag, Role.Ntig, depth);
        return;
      case Role.Grp:
        this.classify(f, tag, parent.host, depth);
        return;
      default:
        f.role = Role.Other;
    }
  }

  /**
   * A child of an element that carries data categories, in either style: DCA
   * (`<termNote type="termType">`) or DCT (`<basic:termType>`), with *Grp
   * wrappers looked through and transactions ignored.
   */
  private classify(f: Frame, tag: SaxesTagNS, host: Role, depth: number): void {
    const ns = tag.uri;
    const local = tag.local;
    const inTbx = TBX_NAMESPACES.has(ns);
    f.host = host;
    f.role = Role.Other;
    if (ns === DRAGOMAN_TBX_NS) {
      f.kind = `x-dragoman-${local}`;
    } else if (inTbx && CARRIERS.has(local)) {
      f.kind = tag.attributes.type?.value.trim() ?? '';
      if (!f.kind) return;
    } else if (inTbx && local === 'note') {
      f.kind = 'note';
    } else if (inTbx && local.endsWith('Grp') && local !== 'transacGrp' && local !== 'termGrp') {
      f.role = Role.Grp;
      return;
    } else if (!inTbx) {
      f.kind = local;
    } else {
      return;
    }
    f.role = Role.Category;
    this.collector = depth;
  }

  text(t: string): void {
    if (this.collector >= 0) this.frames[this.collector]!.text += t;
  }

  close(): void {
    const f = this.frames[--this.depth]!;
    this.collector = f.outerCollector;
    const entry = this.entries[this.entries.length - 1];
    switch (f.role) {
      case Role.Root:
        this.checkBody(f);
        return;
      case Role.Entry:
        this.concepts.push(this.concept(this.entries.pop()!));
        return;
      case Role.Category:
        this.category(entry!, f);
        return;
      case Role.TermText:
        entry!.termText = f.text;
        return;
      case Role.TransacItem: {
        const value = cleanTerm(f.text);
        if (f.kind === 'transactionType') entry!.transacType = value;
        else if (f.kind === 'responsibility') entry!.transacBy = this.shared(value);
        else if (f.local === 'date') entry!.transacAt = this.shared(value);
        return;
      }
      case Role.TransacGrp:
        readTransaction(entry!);
        return;
      case Role.TermSec:
      case Role.Ntig:
        this.endTerm(entry!, f);
        return;
      case Role.Lang:
        this.endLanguage(entry!);
        return;
    }
  }

  finish(): Concept[] {
    if (this.frames.length === 0)
      throw new FormatError(this.file, 'the file contains no XML element', {
        hint: 'Check that you chose the right file',
      });
    return this.concepts;
  }

  private checkRoot(root: Frame, ns: string): void {
    const isV3 = root.local === 'tbx';
    if (!isV3 && root.local !== 'martif') {
      throw this.error(
        root,
        `this is not a TBX file: its root element is <${root.name}>`,
        'A TBX file starts with <tbx> (TBX v3) or <martif> (TBX 2008)',
      );
    }
    if (isV3 && !TBX_NAMESPACES.has(ns)) {
      throw this.error(
        root,
        `unsupported TBX namespace "${ns}"`,
        `Use xmlns="${TBX_NS_ED2}" (ISO 30042:2019) or "${TBX_NS_ED3}"`,
      );
    }
    this.entryName = isV3 ? 'conceptEntry' : 'termEntry';
  }

  /** At the root's end: the entries must have been inside <text><body>. */
  private checkBody(root: Frame): void {
    const hint = 'A TBX file holds its entries in <text><body>…</body></text>';
    if (!this.textAt) throw this.error(root, `<${root.name}> has no <text>`, hint);
    if (!this.bodySeen) throw this.error(this.textAt, `<${this.textAt.name}> has no <body>`, hint);
  }

  private language(f: Frame, tag: string): string {
    let lang = this.langs.get(tag);
    if (lang === undefined) {
      lang = primaryLanguage(tag);
      this.langs.set(tag, lang);
    }
    if (!lang) throw this.error(f, `<${f.name}> has no xml:lang`, `Add the language, e.g. <${f.name} xml:lang="ro">`);
    return lang;
  }

  private category(entry: EntryState, f: Frame): void {
    const name = f.kind;
    switch (f.host) {
      case Role.Entry:
        if (name === 'subjectField') entry.conceptSubject ??= this.shared(cleanTerm(f.text));
        else if (name === 'definition') entry.conceptDefinition ??= own(cleanNote(f.text));
        else if (name === 'note') entry.conceptNotes.push(cleanNote(f.text));
        return;
      case Role.Lang:
        if (name === 'definition') entry.langDefinition ??= own(cleanNote(f.text));
        else if (name === 'note') entry.langNotes.push(cleanNote(f.text));
        else if (name === 'subjectField') entry.langSubject ??= this.shared(cleanTerm(f.text));
        return;
      case Role.TermSec:
      case Role.TermGrp:
      case Role.Ntig:
        if (!TERM_CATEGORIES.has(name)) return;
        (f.host === Role.Ntig ? entry.ownCats : entry.termCats).push({
          name,
          value: f.text,
          end: f.end,
          line: f.line,
          column: f.column,
        });
    }
  }

  private endTerm(entry: EntryState, f: Frame): void {
    if (entry.termText === undefined)
      throw this.error(f, `<${f.name}> has no <term>`, 'Add the term text inside <term>…</term>');
    const text = own(cleanTerm(entry.termText));
    if (!text) return;
    const cats = entry.ownCats.length > 0 ? entry.termCats.concat(entry.ownCats) : entry.termCats;
    entry.found.push(this.term(text, cats));
  }

  /** The default-status rule: the first term without a status is preferred unless another is, the rest admitted. */
  private endLanguage(entry: EntryState): void {
    const found = entry.found;
    if (found.length === 0) return;
    const hasPreferred = found.some((f) => f.explicit && f.term.status === 'preferred');
    let firstImplicit = !hasPreferred;
    const list = (entry.terms[entry.lang] ??= []);
    for (const f of found) {
      if (!f.explicit) {
        f.term.status = firstImplicit ? 'preferred' : 'admitted';
        firstImplicit = false;
      }
      list.push(f.term);
    }
  }

  /** The concept of a finished entry; `id`-less entries are numbered by their place in the file. */
  private concept(e: EntryState): Concept {
    const given = e.id?.trim();
    const concept: Concept = { id: own(this.uniqueId(given || `c${this.concepts.length + 1}`)), terms: e.terms };
    if (!given) concept.generatedId = true;
    if (e.created) concept.created = e.created;
    if (e.modified) concept.modified = e.modified;
    if (e.conceptDefinition !== undefined) concept.definition = e.conceptDefinition;
    else if (e.langDefinition) concept.definition = e.langDefinition;
    const subject = e.conceptSubject ?? e.langSubject;
    if (subject !== undefined) concept.subjectField = subject;
    const notes = e.langNotes.length > 0 ? e.conceptNotes.concat(e.langNotes) : e.conceptNotes;
    if (notes.length > 0) {
      const note = notes.filter(Boolean).join('\n');
      if (note) concept.note = own(note);
    }
    return concept;
  }

  /** One copy of a value many entries repeat (subject fields, parts of speech, names, dates). */
  private shared(value: string): string {
    let v = this.values.get(value);
    if (v === undefined) {
      if (this.values.size >= MAX_SHARED) this.values.clear();
      v = own(value);
      this.values.set(v, v);
    }
    return v;
  }

  private status(value: string): TermStatus | undefined {
    if (this.statuses.has(value)) return this.statuses.get(value);
    const s = parseStatus(value);
    this.statuses.set(value, s);
    return s;
  }

  private termType(value: string): TermType | undefined {
    if (this.types.has(value)) return this.types.get(value);
    const t = parseTermType(value);
    this.types.set(value, t);
    return t;
  }

  private term(text: string, cats: Category[]): { term: Term; explicit: boolean } {
    let status: TermStatus | undefined;
    let forbidden = false;
    let type: TermType | undefined;
    let pos: string | undefined;
    let notes: string[] | undefined;
    const term: Term = { text, status: 'admitted' };
    for (const cat of cats) {
      switch (cat.name) {
        case 'administrativeStatus':
        case 'normativeAuthorization': {
          const s = this.status(cat.value);
          if (!s) throw this.error(cat, `unknown ${cat.name} "${cat.value.trim()}" for term "${text}"`, STATUS_HINT);
          status = s;
          break;
        }
        case X_STATUS: {
          const s = this.status(cat.value);
          if (!s) throw this.error(cat, `unknown status "${cat.value.trim()}" for term "${text}"`, STATUS_HINT);
          if (s === 'forbidden') forbidden = true;
          else status = s;
          break;
        }
        case 'termType':
        case X_TERM_TYPE:
          type = this.termType(cat.value) ?? type;
          break;
        case 'partOfSpeech':
          pos = this.shared(cleanTerm(cat.value)) || undefined;
          break;
        case 'note':
          (notes ??= []).push(cleanNote(cat.value));
          break;
        case X_MATCH: {
          const match = parseMatchOptions(cat.value);
          if (match.unknown.length > 0) {
            throw this.error(cat, `unknown match option "${match.unknown.join(' ')}" for term "${text}"`, MATCH_HINT);
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
    if (notes) {
      const note = notes.filter(Boolean).join('\n');
      if (note) term.note = own(note);
    }
    return { term, explicit: status !== undefined };
  }

  private uniqueId(id: string): string {
    let candidate = id;
    for (let n = 2; this.ids.has(candidate); n++) candidate = `${id}-${n}`;
    this.ids.add(candidate);
    return candidate;
  }

  private error(at: { end: number; line: number; column: number }, problem: string, hint: string): FormatError {
    const { line, column } = tagPosition(this.source, at.end, at.line, at.column);
    return new FormatError(this.file, problem, { line, column, hint });
  }
}

/** The data categories a term reads; others are skipped without keeping their text. */
const TERM_CATEGORIES = new Set([
  'administrativeStatus',
  'normativeAuthorization',
  X_STATUS,
  'termType',
  X_TERM_TYPE,
  'partOfSpeech',
  'note',
  X_MATCH,
]);

function newEntry(id: string | undefined): EntryState {
  return {
    id,
    conceptSubject: undefined,
    conceptDefinition: undefined,
    langSubject: undefined,
    langDefinition: undefined,
    conceptNotes: [],
    langNotes: [],
    terms: {},
    created: undefined,
    modified: undefined,
    lang: '',
    found: [],
    termText: undefined,
    termCats: [],
    ownCats: [],
    transacType: '',
    transacBy: '',
    transacAt: '',
  };
}

/**
 * One `<transacGrp>` of an entry, read: the transaction type from `<transac
 * type="transactionType">` (DCA) or a `transactionType` element (DCT), the
 * person from `<transacNote type="responsibility">` or a `responsibility`
 * element, the time from `<date>`. The latest modification wins; a group
 * without a date is skipped.
 */
function readTransaction(e: EntryState): void {
  const at = e.transacAt;
  if (!at) return;
  const by = e.transacBy;
  if (e.transacType === 'origination') e.created = { by, at };
  else if (e.transacType === 'modification' && (!e.modified || e.modified.at <= at)) e.modified = { by, at };
}

const RELEASE = /^/;

/** Bounds the table of shared values: a file whose values never repeat should not keep a second copy of them all. */
const MAX_SHARED = 10_000;

/**
 * A copy of `s` that does not keep the file's text alive. The parser's
 * strings can be slices of the whole document (V8 keeps the parent of a slice
 * of 13 characters or more): one term kept so would keep the 86 MB text. A
 * concatenation flattened by slice makes a string of its own.
 */
function own(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** Term text: whitespace from pretty-printing collapsed. */
function cleanTerm(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Notes keep their line breaks but lose the indentation of pretty-printed XML. */
function cleanNote(text: string): string {
  return text.replace(/[ \t]*\r?\n[ \t]*/g, '\n').trim();
}
