/**
 * Three-way merge of glossary files by concept: BASE (the common ancestor),
 * OURS and THEIRS, all in one format. Concepts are matched by their key
 * (`conceptKeys`: the id, or the Romanian term in files without ids) and
 * compared by content (`conceptFingerprint`), so a reordered or reformatted
 * file is not a change, and two people editing different concepts never
 * conflict. The result is OURS' text with THEIRS' changes applied in place
 * (`applyConceptOps`), so what OURS has outside the touched concepts — a TBX
 * header, comments, data categories we do not model, a CSV file's extra
 * columns — stays byte for byte.
 */
import type { Concept, Glossary, Term } from '../../shared/model/glossary.js';
import { glossaryFormatOf, parseGlossaryAs } from './codec.js';
import type { GlossaryFormat } from './codec.js';
import { applyConceptOps, conceptFingerprint, conceptKeys } from './conceptEdit.js';
import type { ConceptOp } from './conceptEdit.js';
import { languageOrder } from './termFields.js';
import { CONFLICT_MARK } from './conflictMark.js';

/** One of the three versions: its text (decoded, without a BOM) and a name for messages. */
export interface MergeSide {
  text: string;
  file: string;
}

/** Why a concept could not be merged by itself. */
export type MergeConflictKind =
  /** Both sides changed it, differently. */
  | 'both-changed'
  /** Both sides added a concept under the same key with different content. */
  | 'both-added'
  /** OURS deleted it, THEIRS changed it: kept with THEIRS' content. */
  | 'ours-deleted'
  /** THEIRS deleted it, OURS changed it: kept with OURS' content. */
  | 'theirs-deleted';

/** A concept the merge kept with both sides' terms and marked for a person to resolve. */
export interface MergeConflict {
  /** Its key (`id:…` or `ro:…`), as `conceptKeys` gives it. */
  key: string;
  /** What to search for in the merged file: the id, or `ro:<term>` for files without ids (TSV). */
  label: string;
  kind: MergeConflictKind;
}

/** The merged text and what happened on the way. */
export interface GlossaryMergeResult {
  /** OURS' text with the merge applied; exactly OURS' text when THEIRS brought nothing. */
  text: string;
  /** In file order of OURS, then THEIRS. Empty when the merge is clean. */
  conflicts: MergeConflict[];
  /** What THEIRS brought in without conflict. */
  fromTheirs: { added: number; changed: number; removed: number };
  /**
   * Concepts both sides added under one id that share no term: they are two
   * concepts that happened to get the same id (two writers each picking the
   * next free one), so THEIRS' was kept too, under a new id.
   */
  renamed: { from: string; to: string }[];
}

// In its own module so that the CLI's help can quote it without loading the glossary codecs.
export { CONFLICT_MARK } from './conflictMark.js';

interface Indexed {
  keys: string[];
  byKey: Map<string, Concept>;
  ids: string[];
}

/**
 * Merges THEIRS' changes since BASE into OURS. Rules, per concept key:
 * added on one side → added; added on both with the same content → once;
 * changed on one side → that change; changed identically on both → once;
 * deleted on one side and unchanged on the other → deleted; anything else is
 * a conflict. A conflicting concept is kept with the terms of both sides
 * (OURS' first, a term the two sides read differently twice; see
 * {@link unionTerms} for THEIRS' preferred terms) and a note that
 * starts with {@link CONFLICT_MARK} and says what each side did, so that no
 * change is lost silently and the file still parses.
 *
 * A blank BASE is an empty glossary (Git passes one when both branches added
 * the file). Throws the codec's FormatError, naming the side's `file`, when a
 * version does not parse.
 */
export function mergeGlossaryTexts(
  base: MergeSide,
  ours: MergeSide,
  theirs: MergeSide,
  format: GlossaryFormat,
): GlossaryMergeResult {
  const b = index(base.text.trim() === '' ? { concepts: [] } : parseGlossaryAs(base.text, base.file, format));
  const o = index(parseGlossaryAs(ours.text, ours.file, format));
  const t = index(parseGlossaryAs(theirs.text, theirs.file, format));
  const ops: ConceptOp[] = [];
  const conflicts: MergeConflict[] = [];
  const fromTheirs = { added: 0, changed: 0, removed: 0 };
  const renamed: { from: string; to: string }[] = [];
  const usedIds = new Set([...b.ids, ...o.ids, ...t.ids]);
  const fingerprints = new Map<Concept, string>();
  const fp = (c: Concept): string => {
    let f = fingerprints.get(c);
    if (f === undefined) fingerprints.set(c, (f = conceptFingerprint(c)));
    return f;
  };
  const conflict = (key: string, kind: MergeConflictKind, concept: Concept, inOurs: boolean): void => {
    conflicts.push({ key, label: key.startsWith('id:') ? key.slice(3) : key, kind });
    ops.push(inOurs ? { kind: 'replace', key, concept } : { kind: 'add', concept });
  };

  for (const key of o.keys) {
    const oc = o.byKey.get(key)!;
    const bc = b.byKey.get(key);
    const tc = t.byKey.get(key);
    if (!tc) {
      if (!bc) continue; // OURS added it.
      if (fp(oc) === fp(bc)) {
        ops.push({ kind: 'remove', key });
        fromTheirs.removed++;
      } else {
        conflict(key, 'theirs-deleted', conflictConcept('theirs-deleted', oc, undefined, bc, format), true);
      }
      continue;
    }
    if (fp(oc) === fp(tc)) continue; // Unchanged, or changed the same way on both sides.
    if (bc && fp(tc) === fp(bc)) continue; // Only OURS changed it.
    if (bc && fp(oc) === fp(bc)) {
      ops.push({ kind: 'replace', key, concept: { ...tc, id: oc.id } });
      fromTheirs.changed++;
    } else if (!bc && !shareTerm(oc, tc)) {
      const id = freshId(tc.id, usedIds);
      ops.push({ kind: 'add', concept: { ...tc, id } });
      renamed.push({ from: tc.id, to: id });
      fromTheirs.added++;
    } else {
      const kind = bc ? 'both-changed' : 'both-added';
      conflict(key, kind, conflictConcept(kind, oc, tc, bc, format), true);
    }
  }

  for (const key of t.keys) {
    if (o.byKey.has(key)) continue;
    const tc = t.byKey.get(key)!;
    const bc = b.byKey.get(key);
    if (!bc) {
      ops.push({ kind: 'add', concept: tc });
      fromTheirs.added++;
    } else if (fp(tc) !== fp(bc)) {
      conflict(key, 'ours-deleted', conflictConcept('ours-deleted', undefined, tc, bc, format), false);
    }
    // Else OURS deleted it and THEIRS left it alone: it stays deleted.
  }

  const text = ops.length === 0 ? ours.text : applyConceptOps(ours.text, withExtension(ours.file, format), ops);
  return { text, conflicts, fromTheirs, renamed };
}

function index(g: Glossary): Indexed {
  const keys = conceptKeys(g);
  const byKey = new Map<string, Concept>();
  keys.forEach((key, i) => byKey.set(key, g.concepts[i]!));
  return { keys, byKey, ids: g.concepts.map((c) => c.id) };
}

/** applyConceptOps picks the codec by extension; Git's temporaries have none. */
function withExtension(file: string, format: GlossaryFormat): string {
  try {
    if (glossaryFormatOf(file) === format) return file;
  } catch {
    // No known extension: fall through.
  }
  return `${file}.${format}`;
}

function freshId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
}

/** Term texts compared as a person would: NFC, any letter case. */
function termTexts(c: Concept): Set<string> {
  const out = new Set<string>();
  for (const [lang, terms] of Object.entries(c.terms))
    for (const term of terms) out.add(`${lang}\u0000${term.text.normalize('NFC').toLowerCase()}`);
  return out;
}

function shareTerm(a: Concept, b: Concept): boolean {
  const texts = termTexts(a);
  return [...termTexts(b)].some((t) => texts.has(t));
}

/** A term's whole reading, for "is this the same term on both sides?". */
function termReading(t: Term): string {
  return JSON.stringify([
    t.text.normalize('NFC'),
    t.status,
    t.type ?? '',
    t.partOfSpeech ?? '',
    t.caseSensitive ?? '',
    t.exact ?? '',
    t.note ?? '',
  ]);
}

/**
 * Both sides' terms per language: OURS' in their order, then THEIRS' that
 * OURS does not read the same way. Where OURS has a preferred term, THEIRS'
 * preferred ones join as admitted: until a person resolves the conflict the
 * checks keep OURS' rendering and accept THEIRS', the conflict note says what
 * THEIRS had, and a CSV file needs no extra `en:preferred` column for it
 * (which would make the whole file be rewritten).
 */
function unionTerms(ours: Record<string, Term[]>, theirs: Record<string, Term[]>): Record<string, Term[]> {
  const out: Record<string, Term[]> = {};
  for (const lang of languageOrder([...Object.keys(ours), ...Object.keys(theirs)])) {
    const list = [...(ours[lang] ?? [])];
    const seen = new Set(list.map(termReading));
    const hasPreferred = list.some((t) => t.status === 'preferred');
    for (const theirsTerm of theirs[lang] ?? []) {
      if (seen.has(termReading(theirsTerm))) continue;
      const term: Term =
        hasPreferred && theirsTerm.status === 'preferred' ? { ...theirsTerm, status: 'admitted' } : theirsTerm;
      const reading = termReading(term);
      if (seen.has(reading)) continue;
      seen.add(reading);
      list.push(term);
    }
    if (list.length > 0) out[lang] = list;
  }
  return out;
}

/**
 * The concept a conflict leaves in the file: OURS' id and fields (THEIRS'
 * where OURS has none), the union of terms, and a note saying what each side
 * did. TSV shows a term's own note instead of the concept's, so there those
 * notes carry the mark too.
 */
function conceptConflictNote(
  kind: MergeConflictKind,
  ours: Concept | undefined,
  theirs: Concept | undefined,
  base: Concept | undefined,
): string {
  const side = (c: Concept | undefined, other: Concept | undefined): string =>
    c ? (describeDifference(c, other) ?? 'the same terms') : 'deleted it';
  const why: Record<MergeConflictKind, string> = {
    'both-changed': 'both sides changed this concept; keep the right terms and delete this note',
    'both-added': 'both sides added this concept; keep the right terms and delete this note',
    'ours-deleted': 'ours deleted this concept after theirs changed it; delete it again or delete this note',
    'theirs-deleted': 'theirs deleted this concept after ours changed it; delete it again or delete this note',
  };
  const oursText = kind === 'ours-deleted' ? 'deleted it' : side(ours, theirs ?? base);
  const theirsText = kind === 'theirs-deleted' ? 'deleted it' : side(theirs, ours ?? base);
  return `${CONFLICT_MARK}: ours ${oursText} / theirs ${theirsText} (${why[kind]})`;
}

function conflictConcept(
  kind: MergeConflictKind,
  ours: Concept | undefined,
  theirs: Concept | undefined,
  base: Concept | undefined,
  format: GlossaryFormat,
): Concept {
  const main = (ours ?? theirs)!;
  const other = ours && theirs ? theirs : undefined;
  const mark = conceptConflictNote(kind, ours, theirs, base);
  const notes = [mark, main.note, other?.note !== main.note ? other?.note : undefined];
  const concept: Concept = {
    ...main,
    terms: other ? unionTerms(main.terms, other.terms) : main.terms,
    note: notes.filter((n): n is string => !!n).join('\n'),
  };
  const definition = main.definition ?? other?.definition;
  const subjectField = main.subjectField ?? other?.subjectField;
  if (definition !== undefined) concept.definition = definition;
  if (subjectField !== undefined) concept.subjectField = subjectField;
  if (format === 'tsv') {
    for (const [lang, terms] of Object.entries(concept.terms)) {
      concept.terms[lang] = terms.map((t) => (t.note ? { ...t, note: `${CONFLICT_MARK}: ${t.note}` } : t));
    }
  }
  return concept;
}

/** A term as the conflict note shows it: the text, and its status unless preferred. */
function termLabel(t: Term): string {
  return t.status === 'preferred' ? t.text : `${t.text} (${t.status})`;
}

/**
 * What `c` holds where it differs from `other`: the terms of the languages
 * whose lists differ, else the note, definition or subject that differs.
 * undefined when nothing a person reads differs.
 */
function describeDifference(c: Concept, other: Concept | undefined): string | undefined {
  const parts: string[] = [];
  const langs = languageOrder([...Object.keys(c.terms), ...Object.keys(other?.terms ?? {})]);
  for (const lang of langs) {
    const mine = (c.terms[lang] ?? []).map(termLabel);
    const theirs = (other?.terms[lang] ?? []).map(termLabel);
    if (mine.join('\u0000') !== theirs.join('\u0000')) parts.push(`${lang}: ${mine.join(', ') || '(none)'}`);
  }
  if (parts.length > 0) return parts.join('; ');
  if (c.note !== other?.note) parts.push(`note: ${c.note ?? '(none)'}`);
  if (c.definition !== other?.definition) parts.push(`definition: ${c.definition ?? '(none)'}`);
  if (c.subjectField !== other?.subjectField) parts.push(`subject: ${c.subjectField ?? '(none)'}`);
  if (parts.length === 0 && other && JSON.stringify(c.terms) !== JSON.stringify(other.terms)) {
    parts.push('other term details (type, part of speech, match options, term notes)');
  }
  return parts.length > 0 ? parts.join('; ') : undefined;
}
