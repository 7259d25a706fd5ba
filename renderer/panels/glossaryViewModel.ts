/**
 * The glossary view's row model: what a row shows of a concept, and the
 * editable draft of one. Pure, so the view's rules are tested without React.
 */
import type { Concept, Term, TermStatus } from '../../shared/model/glossary.js';
import type { GlossaryRow } from '../workers/protocol.js';
import { fileName } from './glossaryModel.js';

/** The statuses in the order the view offers and lists them. */
export const TERM_STATUSES: readonly TermStatus[] = ['preferred', 'admitted', 'deprecated', 'forbidden'];

const RANK: Record<TermStatus, number> = { preferred: 0, admitted: 1, deprecated: 2, forbidden: 3 };

/** What one row shows. */
export interface RowView {
  ro: Term[];
  /** Preferred first, then admitted, deprecated, forbidden (file order within one status). */
  en: Term[];
  note: string;
  fileName: string;
  file: string;
  /** Who changed it last and when, when the file says so (else who created it). */
  by?: string;
  at?: string;
}

/** A row's display model; `source`/`target` are the terms' language keys ("ro", "en"). */
export function rowView(row: GlossaryRow, source = 'ro', target = 'en'): RowView {
  const c = row.concept;
  const en = [...(c.terms[target] ?? [])].sort((a, b) => RANK[a.status] - RANK[b.status]);
  const stamp = c.modified ?? c.created;
  const v: RowView = {
    ro: c.terms[source] ?? [],
    en,
    note: c.note ?? c.definition ?? '',
    fileName: fileName(row.file),
    file: row.file,
  };
  if (stamp?.by) v.by = stamp.by;
  if (stamp?.at) v.at = stamp.at;
  return v;
}

/** The date part of an ISO stamp ("2026-12-04T14:53:18Z" → "2026-12-04"), as the Modified column shows it. */
export function shortDate(at: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(at);
  return m ? `${m[1]} ${m[2]}` : at;
}

/** One term being edited; `from` is the term it started as, so fields the form does not show survive. */
export interface DraftTerm {
  text: string;
  status: TermStatus;
  from?: Term;
}

/** A concept being edited in its row. */
export interface ConceptDraft {
  ro: DraftTerm[];
  en: DraftTerm[];
  note: string;
}

/** The draft a row's edit form starts from. */
export function draftOf(c: Concept, source = 'ro', target = 'en'): ConceptDraft {
  const terms = (lang: string) => (c.terms[lang] ?? []).map((t) => ({ text: t.text, status: t.status, from: t }));
  return { ro: terms(source), en: terms(target), note: c.note ?? '' };
}

/** Why a draft cannot be saved, or undefined when it can. */
export type DraftProblem = 'noRomanian' | 'emptyTerm';

/** Checks a draft before it is sent: a Romanian term is required, and no term may be blank. */
export function draftProblem(d: ConceptDraft): DraftProblem | undefined {
  if ([...d.ro, ...d.en].some((t) => t.text.trim() === '')) return 'emptyTerm';
  if (d.ro.length === 0) return 'noRomanian';
  return undefined;
}

/**
 * The concept a draft makes of `base`: its Romanian and English terms and
 * note replaced, everything else (other languages, definition, subject,
 * each kept term's type and notes) as it was.
 */
export function conceptFromDraft(base: Concept, d: ConceptDraft, source = 'ro', target = 'en'): Concept {
  const terms = (list: DraftTerm[]): Term[] =>
    list.map((t) => ({ ...(t.from ?? {}), text: t.text.trim().replace(/\s+/g, ' '), status: t.status }));
  const next: Concept = { ...base, terms: { ...base.terms } };
  for (const [lang, list] of [
    [source, d.ro],
    [target, d.en],
  ] as const) {
    if (list.length > 0) next.terms[lang] = terms(list);
    else delete next.terms[lang];
  }
  const note = d.note.trim();
  if (note) next.note = note;
  else delete next.note;
  return next;
}
