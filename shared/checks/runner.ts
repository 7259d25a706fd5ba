import type { Finding, Severity } from '../model/finding.js';
import type { BilingualDocument, Segment } from '../model/segment.js';
import type { Token } from '../text/token.js';
import { tokenize } from '../text/tokenize.js';
import type { Check, CheckResult, IndexEntry, IndexedEntry, SegmentContext } from './check.js';
// checkSetting.js, not config.js: the configuration's validator (zod) is not needed to run checks.
import type { CheckConfig } from './checkSetting.js';
import { settingFor } from './checkSetting.js';
import { articleNumbers } from './articles.js';
import { checks as catalogue } from './registry.js';
import type { SpellingSupport } from './spelling.js';
import type { SourceTermMatch, TargetTermMatch, TermLookup } from './termLookup.js';

/** Options of a check run. */
export interface RunOptions {
  terms?: TermLookup;
  /** The English dictionary for the spelling check; without it the check says nothing. */
  spelling?: SpellingSupport;
  config?: CheckConfig;
  /** The checks to run, in catalogue order; defaults to the whole registry (tests pass spies). */
  checks?: readonly Check[];
}

/** What one edit changed: the current findings of every segment whose findings changed. */
export interface UpdateResult {
  findings: Finding[];
  changedSegments: string[];
}

/** Runs every enabled check over a whole document once. */
export function runChecks(doc: BilingualDocument, opts: RunOptions = {}): Finding[] {
  return new CheckRunner(doc, opts).all();
}

/**
 * Lazily computed, cached facts about one segment. A new state is made when
 * the target changes; it keeps the source-side caches, since the source does
 * not change while the user types.
 */
class SegmentState implements SegmentContext {
  // Facts of each side, made on first use and dropped by release(): a state
  // kept for every segment of a document holds six fields, not fourteen.
  private src: SideFacts<SourceTermMatch> | undefined;
  private tgt: SideFacts<TargetTermMatch> | undefined;

  constructor(
    readonly segment: Segment,
    readonly order: number,
    private readonly env: StateEnv,
    previous?: SegmentState,
    readonly article: number = previous?.article ?? 0,
  ) {
    if (previous && previous.segment.source === segment.source) this.src = previous.src;
  }

  get terms(): TermLookup | undefined {
    return this.env.terms();
  }

  get spelling(): SpellingSupport | undefined {
    return this.env.spelling();
  }

  get sourceTokens(): readonly Token[] {
    return ((this.src ??= {}).tokens ??= tokenize(this.segment.source));
  }

  get targetTokens(): readonly Token[] {
    return ((this.tgt ??= {}).tokens ??= tokenize(this.segment.target));
  }

  get sourceTerms(): readonly SourceTermMatch[] {
    const terms = this.env.terms();
    if (!terms) return [];
    return ((this.src ??= {}).terms ??= terms.findSource(this.segment.source, this.sourceTokens));
  }

  get targetTerms(): readonly TargetTermMatch[] {
    const terms = this.env.terms();
    if (!terms) return [];
    return ((this.tgt ??= {}).terms ??= terms.findTarget(this.segment.target, this.targetTokens));
  }

  memo<T>(side: 'source' | 'target', name: string, compute: (text: string) => T): T {
    const facts = side === 'source' ? (this.src ??= {}) : (this.tgt ??= {});
    const cache = (facts.memo ??= new Map());
    if (cache.has(name)) return cache.get(name) as T;
    const value = compute(side === 'source' ? this.segment.source : this.segment.target);
    cache.set(name, value);
    return value;
  }

  targetTermsFor(conceptId: string): readonly TargetTermMatch[] {
    const terms = this.env.terms();
    if (!terms) return [];
    const byConcept = ((this.tgt ??= {}).termsFor ??= new Map());
    let found = byConcept.get(conceptId);
    if (!found)
      byConcept.set(conceptId, (found = terms.findTargetFor(conceptId, this.segment.target, this.targetTokens)));
    return found;
  }

  /**
   * Drops every cached fact (tokens, term matches, memos) once a run has used
   * them: kept for a whole document they were most of a loaded project's
   * memory (about 6 KB a segment), while computing them again for the one
   * segment an edit touches costs microseconds.
   */
  release(): void {
    this.src = undefined;
    this.tgt = undefined;
  }

  forgetTerms(): void {
    if (this.src) this.src.terms = undefined;
    if (this.tgt) {
      this.tgt.terms = undefined;
      this.tgt.termsFor = undefined;
    }
  }
}

/** What every segment state reads from its runner: one object for all of them. */
interface StateEnv {
  terms(): TermLookup | undefined;
  spelling(): SpellingSupport | undefined;
}

/** The cached facts of one side of a segment. termsFor: target side only, per concept. */
interface SideFacts<M> {
  tokens?: readonly Token[];
  terms?: readonly M[];
  termsFor?: Map<string, readonly TargetTermMatch[]>;
  memo?: Map<string, unknown>;
}

/**
 * The check engine for one document, whole and incremental. Keeps per-segment
 * and per-paragraph findings and, for document-level checks, an index of
 * entries per key (concept id, normalised source, …) with the findings judged
 * for each key, so that one edit re-runs only that segment's segment checks,
 * its paragraph's paragraph checks and the keys its old and new entries touch.
 */
export class CheckRunner {
  private terms: TermLookup | undefined;
  private spelling: SpellingSupport | undefined;
  private readonly config: CheckConfig | undefined;
  private readonly active: readonly Check[];
  private readonly rank = new Map<string, number>();
  private states = new Map<string, SegmentState>();
  private order: string[] = [];
  private paragraphs = new Map<number, string[]>();
  private segmentFindings = new Map<string, Finding[]>();
  private paragraphFindings = new Map<number, Finding[]>();
  /** check id → segment id → that segment's index entries. */
  private entries = new Map<string, Map<string, IndexedEntry[]>>();
  /**
   * check id → key → every entry filed under it, in document order (kept sorted, so judging needs no sort).
   * A key with one entry (most: a sentence met once) holds the entry itself, not a one-element list.
   */
  private groups = new Map<string, Map<string, IndexedEntry | IndexedEntry[]>>();
  /** check id → key → value → how many entries of the key have it. */
  private tallies = new Map<string, Map<string, Tally>>();
  /** check id → key → findings judged for that key. */
  private judged = new Map<string, Map<string, Finding[]>>();
  /** Shared by every segment state, not two closures per segment. */
  private readonly env: StateEnv = { terms: () => this.terms, spelling: () => this.spelling };
  /** The segment last edited: the only one whose cached facts are kept between calls. */
  private warm: SegmentState | undefined;

  constructor(doc: BilingualDocument, opts: RunOptions = {}) {
    this.terms = opts.terms;
    this.spelling = opts.spelling;
    this.config = opts.config;
    this.active = (opts.checks ?? catalogue).filter((c) => settingFor(opts.config, c.id).enabled !== false);
    this.active.forEach((c, i) => this.rank.set(c.id, i));
    const articles = articleNumbers(doc.segments);
    doc.segments.forEach((segment, i) => {
      if (this.states.has(segment.id))
        throw new Error(`Duplicate segment id "${segment.id}": segment ids must be unique in a document.`);
      this.states.set(segment.id, new SegmentState(segment, i, this.env, undefined, articles[i]));
      this.order.push(segment.id);
      const members = this.paragraphs.get(segment.paragraph) ?? [];
      members.push(segment.id);
      this.paragraphs.set(segment.paragraph, members);
    });
    this.runEverything();
  }

  /** Every current finding, in document order, then by position, then catalogue order. */
  all(): Finding[] {
    return this.order.flatMap((id) => this.findingsOf(id));
  }

  /** The current findings of one segment, sorted. */
  findingsOf(segmentId: string): Finding[] {
    const state = this.states.get(segmentId);
    if (!state) return [];
    const out = [...(this.segmentFindings.get(segmentId) ?? [])];
    for (const f of this.paragraphFindings.get(state.segment.paragraph) ?? [])
      if (f.segmentId === segmentId) out.push(f);
    for (const check of this.active) {
      const mine = this.entries.get(check.id)?.get(segmentId);
      if (!mine) continue;
      const keys = new Set(mine.map((e) => e.key));
      for (const key of keys)
        for (const f of this.judged.get(check.id)?.get(key) ?? []) if (f.segmentId === segmentId) out.push(f);
    }
    return out.sort((a, b) => this.compare(a, b));
  }

  /**
   * Replaces one segment's target and re-checks what depends on it. Returns
   * the current findings of every segment whose findings changed (possibly
   * other segments, through document-level checks), and their ids.
   */
  updateTarget(segmentId: string, target: string): UpdateResult {
    const old = this.states.get(segmentId);
    if (!old) throw new Error(`No segment with id "${segmentId}" in this document.`);
    if (old.segment.target === target) return { findings: [], changedSegments: [] };

    const state = new SegmentState({ ...old.segment, target }, old.order, this.env, old);
    const paragraph = this.paragraphs.get(old.segment.paragraph) ?? [segmentId];
    const before = new Map(paragraph.map((id) => [id, signature(this.findingsOf(id))]));
    // Keys this segment leaves and keys it joins: only their verdicts can change.
    const plan: { check: Check; fresh: IndexEntry[]; keys: Map<string, Finding[]> }[] = [];
    for (const check of this.active) {
      if (!check.index || !check.judge) continue;
      const fresh = check.index(state);
      const keys = new Map<string, Finding[]>();
      for (const e of [...(this.entries.get(check.id)?.get(segmentId) ?? []), ...fresh]) {
        if (!keys.has(e.key)) keys.set(e.key, this.judged.get(check.id)?.get(e.key) ?? []);
      }
      plan.push({ check, fresh, keys });
    }

    this.states.set(segmentId, state);
    this.runSegment(state);
    this.runParagraph(old.segment.paragraph);
    const changed = new Set<string>();
    for (const { check, fresh, keys } of plan) {
      this.unindex(check, segmentId);
      this.store(check, segmentId, fresh);
      for (const [key, previous] of keys) {
        this.judgeKey(check, key);
        // Compare verdicts per segment: a big group (a concept in every other segment) costs one pass, not a re-check.
        for (const id of changedWithin(previous, this.judged.get(check.id)?.get(key) ?? [])) changed.add(id);
      }
    }
    for (const id of paragraph) if (signature(this.findingsOf(id)) !== before.get(id)) changed.add(id);
    // The edited segment stays warm for the next keystroke; its neighbours' caches go (see SegmentState.release).
    for (const id of paragraph) if (id !== segmentId) this.states.get(id)?.release();
    if (this.warm && this.warm.segment.id !== segmentId) this.warm.release();
    this.warm = state;

    const changedSegments = [...changed].sort((a, b) => this.states.get(a)!.order - this.states.get(b)!.order);
    return { findings: changedSegments.flatMap((id) => this.findingsOf(id)), changedSegments };
  }

  /**
   * Hands over the English dictionary (loaded lazily, after the document
   * opened) or the user's changed words, and re-checks every segment's
   * segment checks; paragraph and document findings do not depend on it.
   */
  setSpelling(spelling: SpellingSupport | undefined): UpdateResult {
    this.spelling = spelling;
    const changed: string[] = [];
    for (const id of this.order) {
      const before = signature(this.findingsOf(id));
      this.runSegment(this.states.get(id)!);
      if (signature(this.findingsOf(id)) !== before) changed.push(id);
      if (this.states.get(id) !== this.warm) this.states.get(id)!.release();
    }
    return { findings: changed.flatMap((id) => this.findingsOf(id)), changedSegments: changed };
  }

  /** Swaps the glossary (or removes it) and re-checks the whole document. */
  setGlossary(terms: TermLookup | undefined): void {
    this.terms = terms;
    for (const state of this.states.values()) state.forgetTerms();
    this.runEverything();
  }

  private runEverything(): void {
    this.segmentFindings.clear();
    this.paragraphFindings.clear();
    this.entries.clear();
    this.groups.clear();
    this.tallies.clear();
    this.judged.clear();
    this.warm = undefined;
    const indexing = this.active.filter((c) => c.index && c.judge);
    // One paragraph at a time, every scope, then its segments' caches go: a segment's
    // tokens and scans are read while still in the CPU cache, and never all held at once.
    for (const [paragraph, ids] of this.paragraphs) {
      const states = ids.map((id) => this.states.get(id)!);
      for (const state of states) this.runSegment(state);
      this.runParagraph(paragraph);
      for (const check of indexing) for (const state of states) this.indexSegment(check, state);
      for (const state of states) state.release();
    }
    for (const check of indexing) for (const key of this.groups.get(check.id)?.keys() ?? []) this.judgeKey(check, key);
  }

  private runSegment(state: SegmentState): void {
    const out: Finding[] = [];
    for (const check of this.active) {
      if (!check.segment) continue;
      for (const r of check.segment(state)) out.push(this.stamp(check, r, state.segment.id));
    }
    // Most segments have no findings: no empty list kept for each.
    if (out.length > 0) this.segmentFindings.set(state.segment.id, out);
    else this.segmentFindings.delete(state.segment.id);
  }

  private runParagraph(paragraph: number): void {
    const ids = this.paragraphs.get(paragraph) ?? [];
    const states = ids.map((id) => this.states.get(id)!);
    const members = new Set(ids);
    const out: Finding[] = [];
    for (const check of this.active) {
      if (!check.paragraph) continue;
      for (const r of check.paragraph(states))
        if (members.has(r.segmentId)) out.push(this.stamp(check, r, r.segmentId));
    }
    if (out.length > 0) this.paragraphFindings.set(paragraph, out);
    else this.paragraphFindings.delete(paragraph);
  }

  private indexSegment(check: Check, state: SegmentState): void {
    this.store(check, state.segment.id, check.index!(state));
  }

  private store(check: Check, id: string, fresh: IndexEntry[]): void {
    let bySegment = this.entries.get(check.id);
    if (!bySegment) this.entries.set(check.id, (bySegment = new Map()));
    if (fresh.length === 0) {
      bySegment.delete(id);
      return;
    }
    const order = this.states.get(id)!.order;
    const list = stampEntries(fresh, id, order);
    bySegment.set(id, list);
    let byKey = this.groups.get(check.id);
    if (!byKey) this.groups.set(check.id, (byKey = new Map()));
    for (const entry of list) {
      const group = byKey.get(entry.key);
      if (!group) byKey.set(entry.key, entry);
      else if (Array.isArray(group)) group.splice(insertionPoint(group, order), 0, entry);
      else byKey.set(entry.key, group.order <= order ? [group, entry] : [entry, group]);
      this.tally(check.id, entry, 1);
    }
  }

  private tally(checkId: string, entry: IndexedEntry, delta: 1 | -1): void {
    let byKey = this.tallies.get(checkId);
    if (!byKey) this.tallies.set(checkId, (byKey = new Map()));
    const tally = byKey.get(entry.key);
    if (tally === undefined) {
      if (delta > 0) byKey.set(entry.key, { value: entry.value, n: 1 });
      return;
    }
    if (!(tally instanceof Map)) {
      if (tally.value === entry.value) {
        tally.n += delta;
        if (tally.n <= 0) byKey.delete(entry.key);
      } else if (delta > 0) {
        byKey.set(
          entry.key,
          new Map([
            [tally.value, tally.n],
            [entry.value, 1],
          ]),
        );
      }
      return;
    }
    const counts = tally;
    const n = (counts.get(entry.value) ?? 0) + delta;
    if (n > 0) counts.set(entry.value, n);
    else counts.delete(entry.value);
    if (counts.size === 0) byKey.delete(entry.key);
  }

  private unindex(check: Check, segmentId: string): void {
    const list = this.entries.get(check.id)?.get(segmentId);
    if (!list) return;
    const byKey = this.groups.get(check.id)!;
    for (const entry of list) {
      const group = byKey.get(entry.key);
      if (!group) continue;
      if (!Array.isArray(group)) {
        if (group !== entry) continue;
        this.tally(check.id, entry, -1);
        byKey.delete(entry.key);
        continue;
      }
      const at = group.indexOf(entry, insertionPoint(group, entry.order - 1));
      if (at >= 0) group.splice(at, 1);
      this.tally(check.id, entry, -1);
      if (group.length === 0) byKey.delete(entry.key);
    }
    this.entries.get(check.id)!.delete(segmentId);
  }

  private judgeKey(check: Check, key: string): void {
    let byKey = this.judged.get(check.id);
    if (!byKey) this.judged.set(check.id, (byKey = new Map()));
    const group = this.groups.get(check.id)?.get(key);
    const entries = group === undefined || Array.isArray(group) ? group : [group];
    if (!entries || entries.length === 0) {
      byKey.delete(key);
      return;
    }
    if (check.silentWhenUnanimous && distinctValues(this.tallies.get(check.id)?.get(key)) <= 1) {
      byKey.delete(key);
      return;
    }
    const results = check.judge!(key, entries);
    if (results.length === 0) {
      byKey.delete(key);
      return;
    }
    // A judge may speak only for segments filed under its key.
    const members = new Set(entries.map((e) => e.segmentId));
    const out = results.filter((r) => members.has(r.segmentId)).map((r) => this.stamp(check, r, r.segmentId));
    if (out.length) byKey.set(key, out);
    else byKey.delete(key);
  }

  private stamp(check: Check, r: CheckResult, segmentId: string): Finding {
    const severity: Severity = settingFor(this.config, check.id).severity ?? r.severity ?? check.defaultSeverity;
    const f: Finding = { check: check.id, severity, segmentId, messageKey: r.messageKey, params: r.params };
    if (r.range) f.range = r.range;
    if (r.sourceRange) f.sourceRange = r.sourceRange;
    if (r.fixes && r.fixes.length) f.fixes = r.fixes;
    return f;
  }

  private compare(a: Finding, b: Finding): number {
    const sa = a.range?.start ?? -1;
    const sb = b.range?.start ?? -1;
    if (sa !== sb) return sa - sb;
    const ra = this.rank.get(a.check) ?? 0;
    const rb = this.rank.get(b.check) ?? 0;
    if (ra !== rb) return ra - rb;
    return (a.sourceRange?.start ?? -1) - (b.sourceRange?.start ?? -1);
  }
}

/**
 * Stamps a check's fresh index entries with their segment, in place: the
 * entries are made by index() for this call, and a copy of each was a tenth
 * of a loaded project's memory. Judges see the fields IndexedEntry declares.
 */
function stampEntries(fresh: IndexEntry[], segmentId: string, order: number): IndexedEntry[] {
  for (const e of fresh) {
    const stamped = e as IndexedEntry;
    stamped.segmentId = segmentId;
    stamped.order = order;
  }
  return fresh as IndexedEntry[];
}

/**
 * The values filed under one key and how many entries have each. Most keys
 * have one value (a sentence met once): that is a small object, not a Map,
 * since a Map per key of every segment was a tenth of a loaded project.
 */
type Tally = { value: string; n: number } | Map<string, number>;

function distinctValues(tally: Tally | undefined): number {
  if (tally === undefined) return 0;
  return tally instanceof Map ? tally.size : 1;
}

function signature(findings: readonly Finding[]): string {
  return JSON.stringify(findings);
}

/** The first index in a list sorted by `order` whose order is above `order`. */
function insertionPoint(list: readonly IndexedEntry[], order: number): number {
  let lo = 0;
  let hi = list.length;
  if (hi > 0 && list[hi - 1]!.order <= order) return hi;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.order <= order) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Segments whose share of a key's verdict differs between two judgements. */
function changedWithin(previous: readonly Finding[], next: readonly Finding[]): string[] {
  if (previous.length === 0 && next.length === 0) return [];
  const group = (list: readonly Finding[]) => {
    const m = new Map<string, Finding[]>();
    for (const f of list) m.set(f.segmentId, [...(m.get(f.segmentId) ?? []), f]);
    return m;
  };
  const a = group(previous);
  const b = group(next);
  const out: string[] = [];
  for (const id of new Set([...a.keys(), ...b.keys()]))
    if (signature(a.get(id) ?? []) !== signature(b.get(id) ?? [])) out.push(id);
  return out;
}
