/**
 * The add-term dialog's form without React: the four kinds of entry a
 * translator thinks in, their TBX term types, and the NewConcept the dialog
 * sends.
 */
import type { NewConcept } from '../../shared/api/workbenchApi.js';
import type { TermStatus, TermType } from '../../shared/model/glossary.js';
import type { TermSuggestion } from '../workers/protocol.js';

/** The kinds of entry the dialog offers. */
export const ENTRY_KINDS = ['term', 'name', 'acronym', 'abbreviation'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** English term statuses, the default first. */
export const TERM_STATUSES: readonly TermStatus[] = ['preferred', 'admitted', 'deprecated', 'forbidden'];

const TERM_TYPE: Record<EntryKind, TermType> = {
  term: 'fullForm',
  name: 'properName',
  acronym: 'acronym',
  abbreviation: 'abbreviation',
};

/** The dialog's kind for the worker's type guess (variants and phrases are ordinary terms). */
export function kindOf(type: TermSuggestion['type']): EntryKind {
  switch (type) {
    case 'properName':
      return 'name';
    case 'acronym':
      return 'acronym';
    case 'abbreviation':
      return 'abbreviation';
    default:
      return 'term';
  }
}

/** The TBX term type stored for a kind. */
export function termTypeOf(kind: EntryKind): TermType {
  return TERM_TYPE[kind];
}

/** The dialog's fields. */
export interface AddTermForm {
  ro: string;
  en: string;
  kind: EntryKind;
  status: TermStatus;
  note: string;
}

/** The form as the dialog opens: the worker's suggestion, the English term preferred. */
export function initialForm(s: TermSuggestion): AddTermForm {
  return { ro: s.ro.trim(), en: s.en.trim(), kind: kindOf(s.type), status: 'preferred', note: '' };
}

/** Why the form cannot be saved yet, or null. */
export function formProblem(f: AddTermForm): 'roRequired' | 'enRequired' | null {
  if (!f.ro.trim()) return 'roRequired';
  if (!f.en.trim()) return 'enRequired';
  return null;
}

/**
 * The glossary entry for a valid form. The Romanian base form is the
 * preferred Romanian term; both terms carry the kind's type; the note
 * belongs to the concept.
 */
export function conceptOf(f: AddTermForm): NewConcept {
  const type = termTypeOf(f.kind);
  const note = f.note.trim();
  return {
    ro: [{ text: f.ro.trim(), status: 'preferred', type }],
    en: [{ text: f.en.trim(), status: f.status, type }],
    ...(note ? { note } : {}),
  };
}

/** Whether the dialog offers the transliteration: for names, when it would change the English field. */
export function offersTransliteration(f: AddTermForm, transliteration: string | undefined): transliteration is string {
  return f.kind === 'name' && !!transliteration?.trim() && transliteration.trim() !== f.en.trim();
}
