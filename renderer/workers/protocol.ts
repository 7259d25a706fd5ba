/**
 * The messages between the UI thread and the check worker
 * (check.worker.ts). The worker owns the glossary index and the incremental
 * check runner; the UI sends it drafts as they are typed and asks it
 * glossary questions, and never parses a glossary or runs a check itself.
 *
 * Every edit carries the target model's version. Results carry the version
 * of the last edit the worker had applied when it computed them, so the UI
 * can drop a segment's findings when a newer edit of that segment is still
 * on its way (see checkClient.ts).
 */
import type { GlossaryFileView } from '../../shared/api/workbenchApi.js';
import type { CheckSetting } from '../../shared/checks/config.js';
import type { Finding } from '../../shared/model/finding.js';
import type { Concept, TermStatus, TermType } from '../../shared/model/glossary.js';
import type { DiffCounts, OwnChange } from './glossaryDiff.js';

/** A segment as the editor shows it (line breaks already flattened). */
export interface WorkerSegment {
  id: string;
  source: string;
  target: string;
  paragraph: number;
}

/** A finding plus its stable id (shared/checks/findingId.ts), the key for "ignore". */
export type IdentifiedFinding = Finding & { id: string };

/** One glossary file's text, as WorkbenchApi.loadGlossaries returned it. */
export interface GlossarySource {
  path: string;
  text: string;
}

/** The UI → worker messages. */
export type WorkerRequest =
  /** A project was opened: replaces the document and re-checks everything. */
  | {
      type: 'open';
      segments: WorkerSegment[];
      sourceLang: string;
      targetLang: string;
      checks: Record<string, CheckSetting>;
      ignored: string[];
      /** The user's own words for the spelling check (project and user dictionary). */
      dictionary?: string[];
    }
  /** The glossaries changed (first load, reload from disk, a term added): rebuild the index once, re-check all. */
  | { type: 'glossaries'; files: GlossarySource[] }
  /** One segment's draft changed; `version` is the target model's version id after the change. */
  | { type: 'edit'; segmentId: string; target: string; version: number }
  /** Check settings or the ignore list changed: re-check all. */
  | { type: 'settings'; checks: Record<string, CheckSetting>; ignored: string[]; dictionary?: string[] }
  /** A question; the worker answers with `{type:'answer', id}`. */
  | { type: 'query'; id: number; query: WorkerQuery }
  /**
   * The glossary view is about to send these changes of one file: the reload
   * that brings them back does not announce them as colleagues' changes.
   */
  | { type: 'ownGlossaryChanges'; id: number; path: string; changes: OwnChange[] }
  /** The changes sent under `id` are on disk and reloaded (or were refused): stop expecting them. */
  | { type: 'forgetOwnGlossaryChanges'; id: number };

/** Questions the UI asks the worker (hover, glossary panel, completion, add-term dialog). */
export type WorkerQuery =
  /** The glossary terms recognised in one segment's source, with their concepts. */
  | { kind: 'segmentTerms'; segmentId: string }
  /** Searches the whole glossary, Romanian and English, by prefix and then by substring (folded diacritics, any case). */
  | { kind: 'search'; text: string; limit: number }
  /** Completion items for the draft of one segment at a typed prefix (may be ""). */
  | { kind: 'complete'; segmentId: string; prefix: string; limit: number }
  /** The spelling quick fix's replacements for a word (the checks themselves carry none in the app). */
  | { kind: 'spellingSuggestions'; word: string }
  /** Prefill of the add-term dialog from a Romanian (and optional English) selection. */
  | {
      kind: 'suggestTerm';
      source: string;
      target: string;
      /** The selection starts a sentence of its segment (its capital may be only the sentence's); unknown when absent. */
      sentenceStart?: boolean;
    }
  /**
   * Browser mode: the worker calls WorkbenchApi.loadGlossaries over HTTP
   * itself, so a large glossary's text is decoded and parsed off the UI
   * thread (an 86 MB TBX costs about 0.35 s of JSON and UTF-8 decoding).
   * Files whose text changed replace the worker's copies; if any did, the
   * index is rebuilt and everything re-checked.
   */
  | { kind: 'fetchGlossaries'; token: string; base: string; path: string; known: Record<string, string> }
  /** Electron: the same, with the files the UI thread got from loadGlossaries. */
  | { kind: 'applyGlossaries'; files: GlossaryFileView[] }
  /** The glossary view: one slice of the concepts that match a filter, in an order. */
  | ({ kind: 'glossaryRows' } & GlossaryRowsQuery);

/** How the glossary view orders its rows: as in the files, or by Romanian term, English term, last change. */
export type GlossarySort = 'file' | 'ro' | 'en' | 'modified';

/** The glossary view's question: which rows match, in which order, from where and how many. */
export interface GlossaryRowsQuery {
  /** Romanian or English, any case, with or without diacritics, any inflected form; "" for all. */
  filter: string;
  sort: GlossarySort;
  descending: boolean;
  /** The first row wanted, in the filtered order. */
  offset: number;
  limit: number;
}

/** One concept of the glossary view. */
export interface GlossaryRow {
  /** Its key in its file (conceptKeys), which changeGlossary names it by. */
  key: string;
  /** The glossary file it is in. */
  file: string;
  /** As parsed from the file: what an edit sends as its base. */
  concept: Concept;
}

/** A slice of the glossary view's rows. */
export interface GlossaryRows {
  /** The glossary revision (the `glossary` message's) the rows come from. */
  revision: number;
  /** How many rows match the filter. */
  total: number;
  offset: number;
  rows: GlossaryRow[];
}

/** What changed in one file since its last load, colleagues' changes only. */
export interface GlossaryFileChanges extends DiffCounts {
  path: string;
}

/** What a glossary load answers: every file as the backend reported it, texts left out. */
export interface GlossaryLoad {
  files: Omit<GlossaryFileView, 'text'>[];
  /** Whether the worker's glossary changed (and was re-indexed). */
  changed: boolean;
  /** Per reloaded file (not on its first load), the concepts others added, changed and deleted. */
  changes?: GlossaryFileChanges[];
}

/** A concept as the UI shows it (hover, panel): its terms by status. */
export interface ConceptView {
  id: string;
  /** Romanian terms, in glossary order. */
  ro: TermView[];
  /** English terms, preferred first, then admitted, deprecated, forbidden. */
  en: TermView[];
  note?: string;
  definition?: string;
}

export interface TermView {
  text: string;
  status: TermStatus;
  type?: TermType;
  note?: string;
}

/** A recognised source term in a segment. */
export interface SegmentTerm {
  /** UTF-16 offsets into the segment's source. */
  start: number;
  end: number;
  /** The text as it stands ("Minskului"). */
  surface: string;
  concept: ConceptView;
}

/** One completion item. */
export interface CompletionView {
  /** What is inserted. */
  text: string;
  /** The Romanian term it renders, for the item's detail. */
  source: string;
  status: TermStatus;
  /** True for renderings of the segment's own source terms (listed first). */
  inSegment: boolean;
}

/** The add-term dialog's prefill. */
export interface TermSuggestion {
  /** The base (dictionary) form of the Romanian selection: "Minskului" → "Minsk", "prizonierilor politici" → "prizonier politic". */
  ro: string;
  en: string;
  type: TermType | 'term';
  /** For names: the English spelling by the transliteration rules ("Lukașenko" → "Lukashenko"). */
  transliteration?: string;
  /** An existing concept with the same Romanian term, if any (the dialog warns). */
  existing?: ConceptView;
}

/** The answer to each query kind. */
export interface QueryAnswers {
  segmentTerms: SegmentTerm[];
  search: ConceptView[];
  complete: CompletionView[];
  spellingSuggestions: string[];
  suggestTerm: TermSuggestion;
  fetchGlossaries: GlossaryLoad;
  applyGlossaries: GlossaryLoad;
  glossaryRows: GlossaryRows;
}

/** A glossary file that could not be used, with the codec's located message. */
export interface GlossaryProblem {
  path: string;
  message: string;
  line?: number;
  column?: number;
}

/** The worker → UI messages. */
export type WorkerResponse =
  /**
   * Findings. `full` replaces every segment's findings (after open, glossary or
   * settings changes); otherwise `segments` lists the segments whose findings
   * changed (the edited one always included) with their complete current
   * findings. `version` is the last edit version applied.
   */
  | {
      type: 'findings';
      full: boolean;
      version: number;
      segments: { segmentId: string; findings: IdentifiedFinding[] }[];
      /** How many findings the ignore list hides, over the whole document. */
      ignoredCount: number;
    }
  /** The glossary index was (re)built. */
  | {
      type: 'glossary';
      concepts: number;
      problems: GlossaryProblem[];
      /** Grows with every rebuild; the glossary view's rows carry it. */
      revision: number;
      /** Per reloaded file, what others changed in it (as GlossaryLoad's). */
      changes: GlossaryFileChanges[];
      /** Recognised source terms per segment, for the underline decorations. */
      sourceTerms: { segmentId: string; ranges: { start: number; end: number; conceptId: string }[] }[];
      millis: number;
    }
  | { type: 'answer'; id: number; result: QueryAnswers[WorkerQuery['kind']] }
  /** The worker failed on a message; the UI shows it and carries on. */
  | { type: 'error'; message: string; id?: number };
