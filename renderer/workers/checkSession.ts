/**
 * The check worker's state and message handling, without any Worker global:
 * check.worker.ts wires it to `self`, tests call {@link CheckSession.handle}
 * directly. One session holds one document, its glossary index, the check
 * settings and the ignore list, and answers every {@link WorkerRequest} with
 * {@link WorkerResponse}s through the `post` callback.
 */
import type { GlossaryFileView } from '../../shared/api/workbenchApi.js';
import type { Glossary, Concept, Term, TermStatus } from '../../shared/model/glossary.js';
import type { Finding } from '../../shared/model/finding.js';
import type { Segment } from '../../shared/model/segment.js';
import type { CheckConfig, CheckSetting } from '../../shared/checks/config.js';
import { CheckRunner } from '../../shared/checks/runner.js';
import { findingId } from '../../shared/checks/findingId.js';
import { spellingSuggestions, type Speller, type SpellingSupport } from '../../shared/checks/spelling.js';
import { plausibleSourceMatch } from '../../shared/checks/englishTerms.js';
import { FormatError } from '../../shared/formats/formatError.js';
import { transliterateName } from '../../shared/text/translit.js';
import { baseForm, guessTermType } from '../../shared/text/roLemma.js';
import type { RoLexicon } from '../../shared/text/roLexicon.js';
import { mergeGlossaries, parseGlossary } from '../../glossary/common/codec.js';
import type { TermIndex } from '../../glossary/common/termIndex.js';
import { buildTermIndex } from '../../glossary/common/termIndex.js';
import { conceptPrints, diffConcepts, type ConceptPrints, type OwnChange } from './glossaryDiff.js';
// The search key (folded, lower case, hyphens unified, whitespace collapsed) is the glossary view's filter key.
import { GlossaryTable, filterKey as searchKey } from './glossaryTable.js';
import type {
  CompletionView,
  ConceptView,
  GlossaryFileChanges,
  GlossaryLoad,
  GlossaryProblem,
  GlossaryRows,
  GlossaryRowsQuery,
  GlossarySource,
  IdentifiedFinding,
  QueryAnswers,
  SegmentTerm,
  TermSuggestion,
  TermView,
  WorkerQuery,
  WorkerRequest,
  WorkerResponse,
  WorkerSegment,
} from './protocol.js';

/** Options of a {@link CheckSession}; the clock is injectable so tests need no timers. */
export interface CheckSessionOptions {
  /** Milliseconds for the glossary message's `millis`; default `performance.now()`. */
  now?: () => number;
  /**
   * Calls WorkbenchApi.loadGlossaries over HTTP (browser mode); the worker
   * passes one built on its own `fetch`. Without it, `fetchGlossaries` fails.
   */
  fetchGlossaries?: (
    token: string,
    base: string,
    path: string,
    known: Record<string, string>,
  ) => Promise<GlossaryFileView[]>;
  /**
   * Builds the English dictionary for the spelling check. Called once, after
   * the first document opened and its findings were posted, so that loading
   * (about two seconds of CPU) never delays the first findings or typing;
   * the spelling findings follow in a second full message.
   */
  loadSpeller?: () => Promise<Speller>;
  /**
   * Loads the Romanian lexicon behind the "Add term" base form (roLexicon.ts).
   * Called on the first `suggestTerm` only, so a session that never adds a
   * term never pays for it; a failure leaves the rules alone to decide.
   */
  loadRoLexicon?: () => Promise<RoLexicon>;
}

const STATUS_RANK: Record<TermStatus, number> = { preferred: 0, admitted: 1, deprecated: 2, forbidden: 3 };

/** Primary language subtag, lower case: "en-GB" → "en". */
function primary(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase();
}

/**
 * The glossary's terms made searchable once per glossary: a key list sorted
 * for prefix queries (binary search, then a walk over the matching run) and
 * one joined string for substring queries (the engine's indexOf, no per-term
 * loop in script). Both stay fast at 100,000 concepts.
 */
export class GlossarySearch {
  /** Entry keys in sorted order, with each entry's concept index. */
  readonly #sortedKeys: string[];
  readonly #sortedConcept: Int32Array;
  /** "\n" + every key joined by "\n", in glossary order, and where each entry starts in it. */
  readonly #joined: string;
  readonly #starts: Int32Array;
  readonly #joinedConcept: Int32Array;
  /** Approved English terms for completion, sorted by key. */
  readonly #enKeys: string[];
  readonly #enTerms: { text: string; status: TermStatus; concept: number }[];
  /** Romanian term key → concept indexes, for "does this term exist already". */
  readonly #roByKey = new Map<string, number[]>();

  constructor(
    readonly concepts: readonly Concept[],
    sourceLang: string,
    targetLang: string,
  ) {
    const entries: { key: string; concept: number }[] = [];
    const en: { key: string; text: string; status: TermStatus; concept: number }[] = [];
    concepts.forEach((c, ci) => {
      for (const [lang, terms] of Object.entries(c.terms)) {
        const l = primary(lang);
        if (l !== sourceLang && l !== targetLang) continue;
        for (const t of terms) {
          const key = searchKey(t.text);
          if (!key) continue;
          entries.push({ key, concept: ci });
          if (l === targetLang && (t.status === 'preferred' || t.status === 'admitted'))
            en.push({ key, text: t.text, status: t.status, concept: ci });
          if (l === sourceLang) {
            const list = this.#roByKey.get(key);
            if (list) list.push(ci);
            else this.#roByKey.set(key, [ci]);
          }
        }
      }
    });
    const parts: string[] = [];
    this.#starts = new Int32Array(entries.length);
    this.#joinedConcept = new Int32Array(entries.length);
    let at = 1;
    entries.forEach((e, i) => {
      this.#starts[i] = at;
      this.#joinedConcept[i] = e.concept;
      parts.push(e.key);
      at += e.key.length + 1;
    });
    // Keys never hold "\n" (whitespace is collapsed to spaces), so a hit never spans two entries.
    this.#joined = '\n' + parts.join('\n') + '\n';
    const order = entries.map((_, i) => i).sort((a, b) => compareKeys(entries[a]!.key, entries[b]!.key) || a - b);
    this.#sortedKeys = order.map((i) => entries[i]!.key);
    this.#sortedConcept = Int32Array.from(order.map((i) => entries[i]!.concept));
    en.sort((a, b) => compareKeys(a.key, b.key) || a.concept - b.concept);
    this.#enKeys = en.map((e) => e.key);
    this.#enTerms = en.map(({ text, status, concept }) => ({ text, status, concept }));
  }

  /**
   * Concept indexes whose terms match `text`: terms starting with it first
   * (shortest key first, as sorted order puts "minsk" before "minskului"),
   * then terms containing it, in glossary order; each concept once; at most `limit`.
   * An empty text lists the first concepts in glossary order (the panel's browse view).
   */
  search(text: string, limit: number): number[] {
    const out: number[] = [];
    if (limit <= 0) return out;
    const key = searchKey(text);
    if (!key) {
      for (let i = 0; i < this.concepts.length && out.length < limit; i++) out.push(i);
      return out;
    }
    const seen = new Set<number>();
    for (let i = lowerBound(this.#sortedKeys, key); i < this.#sortedKeys.length; i++) {
      if (!this.#sortedKeys[i]!.startsWith(key)) break;
      const c = this.#sortedConcept[i]!;
      if (seen.has(c)) continue;
      seen.add(c);
      out.push(c);
      if (out.length >= limit) return out;
    }
    for (let at = this.#joined.indexOf(key); at >= 0; at = this.#joined.indexOf(key, at + 1)) {
      const entry = upperBound(this.#starts, at) - 1;
      const c = this.#joinedConcept[entry]!;
      if (seen.has(c)) continue;
      seen.add(c);
      out.push(c);
      if (out.length >= limit) break;
    }
    return out;
  }

  /**
   * Sets `hit[i]` for every concept i with a term whose key contains `key`
   * (a {@link searchKey}): one engine indexOf walk over the joined keys,
   * going on from the next term after each hit. The glossary view's filter.
   */
  markContaining(key: string, hit: Uint8Array): void {
    const joined = this.#joined;
    const starts = this.#starts;
    let entry = 0;
    for (let at = key ? joined.indexOf(key) : -1; at >= 0;) {
      // Frequent keys hit the very next entry: a step instead of a binary search.
      if (entry + 1 < starts.length && starts[entry + 1]! <= at) {
        entry = entry + 2 >= starts.length || starts[entry + 2]! > at ? entry + 1 : upperBound(starts, at) - 1;
      }
      hit[this.#joinedConcept[entry]!] = 1;
      const next = entry + 1 < starts.length ? starts[entry + 1]! : joined.length;
      at = joined.indexOf(key, next);
    }
  }

  /** Approved English terms whose key starts with `prefix`'s key, in key order. */
  *englishByPrefix(prefix: string): Generator<{ text: string; status: TermStatus; concept: number }> {
    const key = searchKey(prefix);
    for (let i = lowerBound(this.#enKeys, key); i < this.#enKeys.length; i++) {
      if (!this.#enKeys[i]!.startsWith(key)) return;
      yield this.#enTerms[i]!;
    }
  }

  /** Concepts with a Romanian term whose key equals `text`'s. */
  conceptsWithSourceTerm(text: string): number[] {
    return this.#roByKey.get(searchKey(text)) ?? [];
  }
}

/** Code-unit order, the one startsWith agrees with (localeCompare would not). */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose value is above `value`. */
function upperBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function termView(t: Term): TermView {
  const v: TermView = { text: t.text, status: t.status };
  if (t.type !== undefined) v.type = t.type;
  if (t.note !== undefined) v.note = t.note;
  return v;
}

/** The loaded glossary: merged concepts, the term index and the search lists. */
interface LoadedGlossary {
  glossary: Glossary;
  index: TermIndex;
  search: GlossarySearch;
  sourceLang: string;
  targetLang: string;
  /** The glossary view's rows, built when the view first asks. */
  table?: GlossaryTable;
  /** Merged concept id → row, for the term index's matches; built with the table. */
  rowOf?: Map<string, number>;
}

/** A file as last parsed: its text, concepts and (once a reload needed them) their fingerprints. */
interface ParsedFile {
  text: string;
  glossary: Glossary;
  prints?: ConceptPrints;
}

/**
 * The worker's side of the protocol. Findings carry their {@link findingId};
 * the ignore list hides findings by id and `ignoredCount` says how many it
 * hides over the whole document. Full findings messages list only segments
 * that have findings; a segment they leave out has none.
 */
export class CheckSession {
  readonly #post: (msg: WorkerResponse) => void;
  readonly #now: () => number;
  #segments: Segment[] = [];
  #byId = new Map<string, Segment>();
  /** Segment id → position in the document. */
  #order = new Map<string, number>();
  #sourceLang = 'ro';
  #targetLang = 'en';
  #config: CheckConfig = { version: 1, checks: {} };
  #ignored = new Set<string>();
  #runner: CheckRunner | undefined;
  #files: Glossary[] = [];
  /** The parsed files by path, as last loaded: what a reload is compared with. */
  #parsed = new Map<string, ParsedFile>();
  /** Changes the glossary view is making, by request id and file: not announced as colleagues'. */
  #own = new Map<number, { path: string; changes: OwnChange[] }>();
  #revision = 0;
  #loaded: LoadedGlossary | undefined;
  #version = 0;
  /** Glossary texts by path, as last loaded (fetchGlossaries / applyGlossaries), in project order. */
  #texts = new Map<string, string>();
  /** Files the backend could not read, by path. */
  #unreadable = new Map<string, GlossaryProblem>();
  readonly #fetch: CheckSessionOptions['fetchGlossaries'];
  readonly #loadRoLexicon: CheckSessionOptions['loadRoLexicon'];
  /** The lexicon once asked for: undefined until the first suggestTerm, null if it could not load. */
  #roLexicon: Promise<RoLexicon | null> | undefined;
  #roLexiconLoaded: RoLexicon | null | undefined;
  /** Hidden (ignored) findings per segment, so an edit updates the document's count without a full pass. */
  #hidden = new Map<string, number>();
  #hiddenTotal = 0;
  readonly #loadSpeller: CheckSessionOptions['loadSpeller'];
  #speller: Speller | undefined;
  #spellerRequested = false;
  #words = new Set<string>();

  constructor(post: (msg: WorkerResponse) => void, opts: CheckSessionOptions = {}) {
    this.#post = post;
    this.#now = opts.now ?? (() => performance.now());
    this.#fetch = opts.fetchGlossaries;
    this.#loadSpeller = opts.loadSpeller;
    this.#loadRoLexicon = opts.loadRoLexicon;
  }

  /** The lexicon, loading it on first use; null when there is none. */
  #lexicon(): Promise<RoLexicon | null> {
    this.#roLexicon ??= (this.#loadRoLexicon?.() ?? Promise.resolve(null)).then(
      (lex) => (this.#roLexiconLoaded = lex),
      () => (this.#roLexiconLoaded = null),
    );
    return this.#roLexicon;
  }

  /** Handles one message; a failure is posted as `{type:'error'}` and the session carries on. */
  handle(msg: WorkerRequest): void {
    try {
      switch (msg.type) {
        case 'open':
          this.#words = new Set((msg.dictionary ?? []).map((w) => w.toLowerCase()));
          this.#open(msg.segments, msg.sourceLang, msg.targetLang, msg.checks, msg.ignored);
          this.#requestSpeller();
          break;
        case 'glossaries':
          this.#setGlossaries(msg.files);
          break;
        case 'edit':
          this.#edit(msg.segmentId, msg.target, msg.version);
          break;
        case 'settings':
          if (msg.dictionary) this.#words = new Set(msg.dictionary.map((w) => w.toLowerCase()));
          this.#settings(msg.checks, msg.ignored);
          break;
        case 'ownGlossaryChanges':
          this.#own.set(msg.id, { path: msg.path, changes: [...msg.changes] });
          break;
        case 'forgetOwnGlossaryChanges':
          this.#own.delete(msg.id);
          break;
        case 'query':
          if (msg.query.kind === 'fetchGlossaries' || msg.query.kind === 'applyGlossaries') {
            this.#loadGlossaries(msg.query).then(
              (result) => this.#post({ type: 'answer', id: msg.id, result }),
              (error: unknown) =>
                this.#post({
                  type: 'error',
                  id: msg.id,
                  message: error instanceof Error ? error.message : String(error),
                }),
            );
          } else if (msg.query.kind === 'suggestTerm' && this.#loadRoLexicon && this.#roLexiconLoaded === undefined) {
            // The first "Add term" waits for the lexicon; later ones find it loaded.
            const query = msg.query;
            void this.#lexicon().then(() => this.#post({ type: 'answer', id: msg.id, result: this.answer(query) }));
          } else {
            this.#post({ type: 'answer', id: msg.id, result: this.answer(msg.query) });
          }
          break;
        default: {
          const unknown: never = msg;
          throw new Error(`Unknown message type "${(unknown as { type?: unknown }).type}".`);
        }
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const out: WorkerResponse = { type: 'error', message };
      if (msg?.type === 'query') out.id = msg.id;
      this.#post(out);
    }
  }

  #open(
    segments: WorkerSegment[],
    sourceLang: string,
    targetLang: string,
    checks: Record<string, CheckSetting>,
    ignored: string[],
  ): void {
    this.#segments = segments.map((s) => ({ ...s, status: 'draft' }));
    this.#byId = new Map(this.#segments.map((s) => [s.id, s]));
    this.#sourceLang = sourceLang;
    this.#targetLang = targetLang;
    this.#config = { version: 1, checks };
    this.#ignored = new Set(ignored);
    // A new document: model versions start over.
    this.#version = 0;
    // The index keys terms by language: another language pair needs it rebuilt.
    if (
      this.#loaded &&
      (this.#loaded.sourceLang !== primary(sourceLang) || this.#loaded.targetLang !== primary(targetLang))
    )
      this.#loaded = this.#index(this.#files);
    try {
      this.#runner = this.#newRunner();
    } catch (error) {
      // A document the runner refuses (duplicate ids) leaves no half-open state behind.
      this.#runner = undefined;
      this.#segments = [];
      this.#byId.clear();
      throw error;
    }
    this.#order = new Map(this.#segments.map((s, i) => [s.id, i]));
    this.#postFull();
  }

  /**
   * Applies a loadGlossaries answer: changed texts replace the kept ones,
   * unchanged files keep theirs, unreadable files drop out and are reported
   * as problems. Re-indexes (and re-checks) only when something changed.
   */
  async #loadGlossaries(
    query: Extract<WorkerQuery, { kind: 'fetchGlossaries' | 'applyGlossaries' }>,
  ): Promise<GlossaryLoad> {
    let files: GlossaryFileView[];
    if (query.kind === 'applyGlossaries') files = query.files;
    else {
      if (!this.#fetch) throw new Error('This worker cannot load glossaries over HTTP.');
      files = await this.#fetch(query.token, query.base, query.path, query.known);
    }
    let changed = false;
    const paths = new Set(files.map((f) => f.path));
    for (const path of [...this.#texts.keys()]) if (!paths.has(path)) changed = this.#texts.delete(path) || changed;
    const texts = new Map<string, string>();
    const unreadable = new Map<string, GlossaryProblem>();
    for (const f of files) {
      if (f.error) {
        unreadable.set(f.path, { path: f.path, message: f.error.message });
        changed ||= this.#texts.has(f.path) || !this.#unreadable.has(f.path);
      } else if (f.text !== undefined) {
        texts.set(f.path, f.text);
        changed ||= this.#texts.get(f.path) !== f.text;
      } else {
        const kept = this.#texts.get(f.path);
        if (kept !== undefined) texts.set(f.path, kept);
      }
    }
    this.#texts = texts;
    this.#unreadable = unreadable;
    const changes = changed ? this.#setGlossaries([...texts].map(([path, text]) => ({ path, text }))) : [];
    return { files: files.map(({ text: _text, ...rest }) => rest), changed, changes };
  }

  /** Parses and indexes the files, re-checks everything; returns what others changed in reloaded files. */
  #setGlossaries(files: GlossarySource[]): GlossaryFileChanges[] {
    const started = this.#now();
    const parsed: Glossary[] = [];
    const problems: GlossaryProblem[] = [...this.#unreadable.values()];
    const changes: GlossaryFileChanges[] = [];
    const kept = new Map<string, ParsedFile>();
    for (const file of files) {
      const before = this.#parsed.get(file.path);
      if (before && before.text === file.text) {
        parsed.push(before.glossary);
        kept.set(file.path, before);
        continue;
      }
      try {
        const glossary = parseGlossary(file.text, file.path);
        parsed.push(glossary);
        const now: ParsedFile = { text: file.text, glossary };
        if (before) changes.push({ path: file.path, ...this.#diff(file.path, before, now) });
        kept.set(file.path, now);
      } catch (error) {
        problems.push(problemOf(file.path, error));
        // A broken save is compared with the last good one once it is fixed.
        if (before) kept.set(file.path, before);
      }
    }
    this.#parsed = kept;
    this.#files = parsed;
    this.#revision++;
    this.#loaded = this.#index(parsed);
    this.#runner?.setGlossary(this.#loaded?.index);
    const sourceTerms: { segmentId: string; ranges: { start: number; end: number; conceptId: string }[] }[] = [];
    const index = this.#loaded?.index;
    if (index) {
      for (const s of this.#segments) {
        const ranges = index.findSource(s.source).map((m) => ({ start: m.start, end: m.end, conceptId: m.conceptId }));
        if (ranges.length) sourceTerms.push({ segmentId: s.id, ranges });
      }
    }
    this.#post({
      type: 'glossary',
      concepts: this.#loaded?.glossary.concepts.length ?? 0,
      problems,
      revision: this.#revision,
      changes,
      sourceTerms,
      millis: this.#now() - started,
    });
    if (this.#runner) this.#postFull();
    // The glossary view's rows are made ready while nobody waits (queued behind messages already sent),
    // so opening the view does not pay for them.
    const loaded = this.#loaded;
    if (loaded) setTimeout(() => this.#loaded === loaded && this.#table(loaded), 0);
    return changes;
  }

  /** What others changed in one file: the difference of two loads less what this app announced it is writing. */
  #diff(path: string, before: ParsedFile, now: ParsedFile) {
    before.prints ??= conceptPrints(before.glossary);
    now.prints = conceptPrints(now.glossary);
    const own: OwnChange[] = [];
    for (const o of this.#own.values()) if (o.path === path) own.push(...o.changes);
    const counts = diffConcepts(before.prints, now.prints, own);
    // What explained a difference is consumed: a later colleague's identical change is theirs.
    const left = new Set(own);
    for (const o of this.#own.values()) if (o.path === path) o.changes = o.changes.filter((c) => left.has(c));
    return counts;
  }

  #index(parsed: Glossary[]): LoadedGlossary | undefined {
    if (parsed.length === 0) return undefined;
    const glossary = mergeGlossaries(parsed);
    const sourceLang = primary(this.#sourceLang);
    const targetLang = primary(this.#targetLang);
    return {
      glossary,
      index: buildTermIndex(glossary, { sourceLang, targetLang }),
      search: new GlossarySearch(glossary.concepts, sourceLang, targetLang),
      sourceLang,
      targetLang,
    };
  }

  #newRunner(): CheckRunner {
    return new CheckRunner(
      // Copies: the runner keeps the segments it is given, and #edit updates ours.
      { sourceLang: this.#sourceLang, targetLang: this.#targetLang, segments: this.#segments.map((s) => ({ ...s })) },
      { terms: this.#loaded?.index, config: this.#config, spelling: this.#spelling() },
    );
  }

  #edit(segmentId: string, target: string, version: number): void {
    const runner = this.#requireRunner();
    const segment = this.#byId.get(segmentId);
    if (!segment) throw new Error(`No segment with id "${segmentId}" in the open document.`);
    const { changedSegments } = runner.updateTarget(segmentId, target);
    // Settings rebuild the runner from these segments: they must hold the current drafts.
    segment.target = target;
    this.#version = version;
    // The runner lists changed segments in document order; the edited one joins them in its place.
    const ids = changedSegments.includes(segmentId)
      ? changedSegments
      : [...changedSegments, segmentId].sort((a, b) => this.#order.get(a)! - this.#order.get(b)!);
    const segments = ids.map((id) => ({ segmentId: id, findings: this.#visible(id, runner.findingsOf(id)) }));
    this.#post({ type: 'findings', full: false, version, segments, ignoredCount: this.#hiddenTotal });
  }

  #settings(checks: Record<string, CheckSetting>, ignored: string[]): void {
    this.#config = { version: 1, checks };
    this.#ignored = new Set(ignored);
    if (!this.#runner) return;
    this.#runner = this.#newRunner();
    this.#postFull();
  }

  #spelling(): SpellingSupport | undefined {
    // No suggestions in the findings: nspell needs 10–600 ms a word, and a document with a few thousand
    // unknown words kept the worker (and the glossary behind it) busy for minutes. The quick-fix menu
    // asks for the one word it shows (`spellingSuggestions`).
    return this.#speller ? { speller: this.#speller, words: this.#words, fixes: false } : undefined;
  }

  /** Starts building the dictionary once; when it is ready, re-checks and posts every segment's findings. */
  #requestSpeller(): void {
    if (this.#spellerRequested || !this.#loadSpeller) return;
    this.#spellerRequested = true;
    this.#loadSpeller().then(
      (speller) => {
        this.#speller = speller;
        if (!this.#runner) return;
        this.#runner.setSpelling(this.#spelling());
        this.#postFull();
      },
      (error: unknown) =>
        this.#post({
          type: 'error',
          message: `The English dictionary could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
        }),
    );
  }

  #requireRunner(): CheckRunner {
    if (!this.#runner) throw new Error('No document is open in the check worker; open a project first.');
    return this.#runner;
  }

  /** One segment's findings with ids, the ignored ones removed and counted. */
  #visible(segmentId: string, findings: readonly Finding[]): IdentifiedFinding[] {
    const out: IdentifiedFinding[] = [];
    let hidden = 0;
    for (const f of findings) {
      const id = findingId(f);
      if (this.#ignored.has(id)) hidden++;
      else out.push({ ...f, id });
    }
    this.#hiddenTotal += hidden - (this.#hidden.get(segmentId) ?? 0);
    if (hidden) this.#hidden.set(segmentId, hidden);
    else this.#hidden.delete(segmentId);
    return out;
  }

  #postFull(): void {
    const runner = this.#requireRunner();
    this.#hidden.clear();
    this.#hiddenTotal = 0;
    const segments: { segmentId: string; findings: IdentifiedFinding[] }[] = [];
    for (const s of this.#segments) {
      const findings = this.#visible(s.id, runner.findingsOf(s.id));
      if (findings.length) segments.push({ segmentId: s.id, findings });
    }
    this.#post({ type: 'findings', full: true, version: this.#version, segments, ignoredCount: this.#hiddenTotal });
  }

  /** Answers one query (exposed for tests and for callers that share the worker's thread). */
  answer<K extends WorkerQuery['kind']>(query: WorkerQuery & { kind: K }): QueryAnswers[K];
  answer(query: WorkerQuery): QueryAnswers[WorkerQuery['kind']] {
    switch (query.kind) {
      case 'segmentTerms':
        return this.#segmentTerms(query.segmentId);
      case 'search':
        return this.#search(query.text, query.limit);
      case 'complete':
        return this.#complete(query.segmentId, query.prefix, query.limit);
      case 'spellingSuggestions':
        return this.#speller ? spellingSuggestions(this.#speller, query.word) : [];
      case 'suggestTerm':
        return this.#suggestTerm(query.source, query.target, query.sentenceStart);
      case 'glossaryRows':
        return this.#glossaryRows(query);
      case 'fetchGlossaries':
      case 'applyGlossaries':
        throw new Error(`"${query.kind}" is answered asynchronously through handle().`);
    }
  }

  #segment(segmentId: string): Segment {
    const s = this.#byId.get(segmentId);
    if (!s) throw new Error(`No segment with id "${segmentId}" in the open document.`);
    return s;
  }

  #view(concept: Concept): ConceptView {
    const loaded = this.#loaded;
    const ro = concept.terms[loaded?.sourceLang ?? 'ro'] ?? [];
    const en = [...(concept.terms[loaded?.targetLang ?? 'en'] ?? [])];
    // Stable sort: within one status, glossary order.
    en.sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status]);
    const v: ConceptView = { id: concept.id, ro: ro.map(termView), en: en.map(termView) };
    if (concept.note !== undefined) v.note = concept.note;
    if (concept.definition !== undefined) v.definition = concept.definition;
    return v;
  }

  #segmentTerms(segmentId: string): SegmentTerm[] {
    const segment = this.#segment(segmentId);
    const index = this.#loaded?.index;
    if (!index) return [];
    const out: SegmentTerm[] = [];
    for (const m of index.findSource(segment.source)) {
      const concept = index.concept(m.conceptId);
      if (concept) out.push({ start: m.start, end: m.end, surface: m.surface, concept: this.#view(concept) });
    }
    return out;
  }

  #glossaryRows(query: GlossaryRowsQuery): GlossaryRows {
    const loaded = this.#loaded;
    if (!loaded) return { revision: this.#revision, total: 0, offset: 0, rows: [] };
    const { table, rowOf } = this.#table(loaded);
    return table.rows(query, loaded.index, (id) => rowOf.get(id));
  }

  /** The glossary view's rows of a loaded glossary, built on first need. */
  #table(loaded: LoadedGlossary): { table: GlossaryTable; rowOf: Map<string, number> } {
    if (!loaded.table || !loaded.rowOf) {
      const files = this.#files.map((glossary) => ({ path: glossary.origin ?? '', glossary }));
      loaded.table = new GlossaryTable(files, loaded.search, loaded.sourceLang, loaded.targetLang, this.#revision);
      loaded.rowOf = new Map(loaded.glossary.concepts.map((c, i) => [c.id, i]));
    }
    return { table: loaded.table, rowOf: loaded.rowOf };
  }

  #search(text: string, limit: number): ConceptView[] {
    const loaded = this.#loaded;
    if (!loaded) return [];
    return loaded.search.search(text, limit).map((i) => this.#view(loaded.glossary.concepts[i]!));
  }

  #complete(segmentId: string, prefix: string, limit: number): CompletionView[] {
    const segment = this.#segment(segmentId);
    const loaded = this.#loaded;
    if (!loaded || limit <= 0) return [];
    const out: CompletionView[] = [];
    const taken = new Set<string>();
    const key = searchKey(prefix);
    const add = (text: string, source: string, status: TermStatus, inSegment: boolean): boolean => {
      if (taken.has(text)) return false;
      taken.add(text);
      out.push({ text, source, status, inSegment });
      return out.length >= limit;
    };
    const seenConcepts = new Set<string>();
    for (const m of loaded.index.findSource(segment.source)) {
      // A look-alike ("puțin" for a name Putin) is not a term of this segment.
      if (seenConcepts.has(m.conceptId) || !plausibleSourceMatch(m)) continue;
      seenConcepts.add(m.conceptId);
      const concept = loaded.index.concept(m.conceptId);
      for (const t of approved(concept, loaded.targetLang)) {
        if (searchKey(t.text).startsWith(key) && add(t.text, m.term, t.status, true)) return out;
      }
    }
    // The whole glossary only from two letters on: one letter would offer a list too long to read.
    if (key.length < 2) return out;
    for (const t of loaded.search.englishByPrefix(prefix)) {
      const concept = loaded.glossary.concepts[t.concept]!;
      if (add(t.text, firstSourceTerm(concept, loaded.sourceLang), t.status, false)) return out;
    }
    return out;
  }

  #suggestTerm(source: string, target: string, sentenceStart?: boolean): TermSuggestion {
    const lexicon = this.#roLexiconLoaded ?? undefined;
    const ro = baseForm(source, {
      ...(lexicon ? { lexicon } : {}),
      ...(sentenceStart !== undefined ? { sentenceStart } : {}),
    });
    const type = guessTermType(source, target);
    const out: TermSuggestion = { ro, en: target.trim(), type };
    if (type === 'properName') {
      const transliteration = transliterateName(ro);
      if (transliteration !== ro) out.transliteration = transliteration;
    }
    const loaded = this.#loaded;
    if (loaded && ro) {
      const same = loaded.search.conceptsWithSourceTerm(ro)[0];
      let concept = same === undefined ? undefined : loaded.glossary.concepts[same];
      if (!concept) {
        // A form the base-form rules keep (an irregular plural) may still be a form of a term the index knows.
        const whole = source.trim();
        const match = loaded.index.findSource(whole).find((m) => m.start === 0 && m.end === whole.length);
        concept = match && loaded.index.concept(match.conceptId);
      }
      if (concept) out.existing = this.#view(concept);
    }
    return out;
  }
}

/** A concept's preferred, then admitted, terms of one language. */
function approved(concept: Concept | undefined, lang: string): Term[] {
  const terms = concept?.terms[lang] ?? [];
  return [...terms.filter((t) => t.status === 'preferred'), ...terms.filter((t) => t.status === 'admitted')];
}

function firstSourceTerm(concept: Concept, lang: string): string {
  const terms = concept.terms[lang] ?? [];
  return (approved(concept, lang)[0] ?? terms[0])?.text ?? '';
}

/** A glossary file's failure as the UI shows it: the codec's located message, or the error's own. */
function problemOf(path: string, error: unknown): GlossaryProblem {
  if (error instanceof FormatError) {
    const p: GlossaryProblem = { path, message: error.message };
    if (error.line !== undefined) p.line = error.line;
    if (error.column !== undefined) p.column = error.column;
    return p;
  }
  const message = error instanceof Error ? error.message : String(error);
  return { path, message: `${path}: ${message}` };
}
