/**
 * The UI side of the check worker: sends the document, glossaries, edits and
 * settings, keeps the latest findings per segment and answers queries as
 * promises. It talks to a {@link CheckPort} (a Worker in the app, a fake port
 * wired to a CheckSession in tests), so it has no DOM dependency of its own.
 *
 * Stale results: every edit carries the model version; the client remembers,
 * per segment, the version of the last edit it sent. A findings message
 * computed before that edit reached the worker (its `version` is lower) is
 * not applied to that segment, since a newer result for it is on its way.
 */
import type { CheckSetting } from '../../shared/checks/config.js';
import type {
  GlossaryProblem,
  GlossarySource,
  IdentifiedFinding,
  QueryAnswers,
  WorkerQuery,
  WorkerRequest,
  WorkerResponse,
  WorkerSegment,
} from './protocol.js';
import type { OwnChange } from './glossaryDiff.js';

/** What the client needs of a Worker: post a message, receive messages, optionally end. */
export interface CheckPort {
  postMessage(message: WorkerRequest): void;
  onmessage: ((event: { data: WorkerResponse }) => void) | null;
  /** A Worker's script failed (did not load, or threw outside a message): its error event. */
  onerror?: ((event: { message?: string }) => void) | null;
  terminate?(): void;
}

/** The glossary as last indexed by the worker. */
export interface GlossaryInfo {
  concepts: number;
  problems: GlossaryProblem[];
  millis: number;
  /** Grows with every rebuild (0 before the first); the glossary view refetches its rows on a new one. */
  revision: number;
}

/** A recognised source term range (the `glossary` message's per-segment ranges). */
export interface SourceTermRange {
  start: number;
  end: number;
  conceptId: string;
}

/** Which segments' findings changed: their ids, or 'all' after a full result. */
export type FindingsListener = (changed: string[] | 'all') => void;

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/** Removes a listener from its set; the function registration methods return. */
type Unsubscribe = () => void;

/** Options of {@link CheckClient}. */
export interface CheckClientOptions {
  /**
   * Schedules `flush` for later (the editor: once the keystroke's frame is
   * painted). Edits then wait for it, the latest per segment, because posting
   * one wakes the worker, which on a two-core machine takes a core from the
   * frame being drawn (1.7 ms per key in the UI bench's profile). Any other
   * message sends the waiting edits first, so the worker sees everything in
   * order. Without it edits are posted at once.
   */
  deferEdits?(flush: () => void): void;
}

type EditRequest = Extract<WorkerRequest, { type: 'edit' }>;

/** The UI's handle on the check worker. */
export class CheckClient {
  readonly #port: CheckPort;
  readonly #deferEdits: ((flush: () => void) => void) | undefined;
  /** Edits waiting for the deferEdits flush, by segment. */
  #waiting = new Map<string, EditRequest>();
  #flushQueued = false;
  #order: string[] = [];
  #findings = new Map<string, IdentifiedFinding[]>();
  #sourceTerms = new Map<string, SourceTermRange[]>();
  #pendingVersion = new Map<string, number>();
  #queries = new Map<number, Pending>();
  #nextQuery = 1;
  #ignoredCount = 0;
  #appliedVersion = 0;
  #glossary: GlossaryInfo = { concepts: 0, problems: [], millis: 0, revision: 0 };
  #findingsListeners = new Set<FindingsListener>();
  #glossaryListeners = new Set<(info: GlossaryInfo) => void>();
  #errorListeners = new Set<(message: string, stopped?: boolean) => void>();
  /** Callers of {@link CheckClient.settled} waiting for the findings of an edit's version. */
  #waiters: { version: number; resolve: () => void }[] = [];
  #disposed = false;

  constructor(port: CheckPort, options: CheckClientOptions = {}) {
    this.#port = port;
    this.#deferEdits = options.deferEdits;
    port.onmessage = (event) => this.#receive(event.data);
    // Without this a worker that never started (a blocked script, a syntax error) would leave the
    // editor silently without checks; the UI shows the error instead.
    port.onerror = (event) => {
      for (const l of this.#errorListeners) l(event.message ?? '', true);
    };
  }

  /** Opens a document in the worker; every earlier finding and pending edit is forgotten. */
  open(
    segments: WorkerSegment[],
    sourceLang: string,
    targetLang: string,
    checks: Record<string, CheckSetting>,
    ignored: string[],
    dictionary: string[] = [],
  ): void {
    this.#order = segments.map((s) => s.id);
    this.#findings.clear();
    this.#sourceTerms.clear();
    this.#pendingVersion.clear();
    this.#waiting.clear();
    this.#ignoredCount = 0;
    this.#appliedVersion = 0;
    this.#send({ type: 'open', segments, sourceLang, targetLang, checks, ignored, dictionary });
  }

  /** Sends the glossary files' texts; the worker rebuilds its index and re-checks everything. */
  setGlossaries(files: GlossarySource[]): void {
    this.#send({ type: 'glossaries', files });
  }

  /** One segment's draft changed; `version` is the target model's version after the change. */
  edit(segmentId: string, target: string, version: number): void {
    this.#pendingVersion.set(segmentId, Math.max(version, this.#pendingVersion.get(segmentId) ?? -Infinity));
    const message: EditRequest = { type: 'edit', segmentId, target, version };
    if (!this.#deferEdits) {
      this.#send(message);
      return;
    }
    // Only the segment's latest draft matters: the worker would drop findings for the older ones anyway.
    this.#waiting.set(segmentId, message);
    if (this.#flushQueued) return;
    this.#flushQueued = true;
    this.#deferEdits(() => {
      this.#flushQueued = false;
      this.#flushEdits();
    });
  }

  /** Check settings, the ignore list or the spelling words (project's and user's together) changed. */
  setSettings(checks: Record<string, CheckSetting>, ignored: string[], dictionary?: string[]): void {
    this.#send({ type: 'settings', checks, ignored, ...(dictionary ? { dictionary } : {}) });
  }

  /** The glossary view is about to write these changes: the reload that shows them does not announce them. */
  ownGlossaryChanges(id: number, path: string, changes: OwnChange[]): void {
    this.#send({ type: 'ownGlossaryChanges', id, path, changes });
  }

  /** The changes announced under `id` are settled. */
  forgetOwnGlossaryChanges(id: number): void {
    this.#send({ type: 'forgetOwnGlossaryChanges', id });
  }

  /** Asks the worker a question; rejects with the worker's message if it fails on it. */
  query<K extends WorkerQuery['kind']>(query: WorkerQuery & { kind: K }): Promise<QueryAnswers[K]> {
    if (this.#disposed) return Promise.reject(new Error('The check worker has been stopped.'));
    const id = this.#nextQuery++;
    return new Promise<QueryAnswers[K]>((resolve, reject) => {
      this.#queries.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.#send({ type: 'query', id, query });
    });
  }

  /** Whether an edit of this segment was sent and its findings have not come back yet. */
  pending(segmentId: string): boolean {
    const version = this.#pendingVersion.get(segmentId);
    return version !== undefined && version > this.#appliedVersion;
  }

  /**
   * Resolves once the findings of this segment's last edit have been applied,
   * or after `timeoutMs` (a worker busy rebuilding a glossary index must not
   * hold the caller forever: it then decides on what it has).
   */
  settled(segmentId: string, timeoutMs: number): Promise<void> {
    if (!this.pending(segmentId) || this.#disposed) return Promise.resolve();
    // Someone waits for these findings: the edits held back until the next paint go now.
    this.#flushEdits();
    const version = this.#pendingVersion.get(segmentId)!;
    return new Promise<void>((resolve) => {
      const waiter = {
        version,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((w) => w !== waiter);
        resolve();
      }, timeoutMs);
      this.#waiters.push(waiter);
    });
  }

  /** One segment's current findings (never ignored ones). */
  findingsOf(segmentId: string): IdentifiedFinding[] {
    return this.#findings.get(segmentId) ?? [];
  }

  /** Every current finding, in document order. */
  all(): IdentifiedFinding[] {
    return this.#order.flatMap((id) => this.#findings.get(id) ?? []);
  }

  /** Findings per segment, only segments that have some (the editor's setAllFindings). */
  findingsBySegment(): ReadonlyMap<string, readonly IdentifiedFinding[]> {
    return this.#findings;
  }

  /** How many findings the ignore list hides over the document. */
  get ignoredCount(): number {
    return this.#ignoredCount;
  }

  /** The version of the last edit the worker had applied in the latest findings applied. */
  get appliedVersion(): number {
    return this.#appliedVersion;
  }

  /** The recognised glossary terms in a segment's source. */
  sourceTermsOf(segmentId: string): SourceTermRange[] {
    return this.#sourceTerms.get(segmentId) ?? [];
  }

  /** Every segment's recognised source terms, only segments that have some. */
  allSourceTerms(): { segmentId: string; ranges: SourceTermRange[] }[] {
    return [...this.#sourceTerms].map(([segmentId, ranges]) => ({ segmentId, ranges }));
  }

  /** The glossary as last indexed: concept count, broken files, build time. */
  get glossaryInfo(): GlossaryInfo {
    return this.#glossary;
  }

  /** Called after findings were applied, with the segments that changed or 'all'. */
  onFindings(listener: FindingsListener): Unsubscribe {
    this.#findingsListeners.add(listener);
    return () => this.#findingsListeners.delete(listener);
  }

  /** Called after the worker rebuilt the glossary index. */
  onGlossary(listener: (info: GlossaryInfo) => void): Unsubscribe {
    this.#glossaryListeners.add(listener);
    return () => this.#glossaryListeners.delete(listener);
  }

  /**
   * Called with the worker's message when it failed on something that was not
   * a query; `stopped` when the worker itself failed (no checks until reopened).
   */
  onError(listener: (message: string, stopped?: boolean) => void): Unsubscribe {
    this.#errorListeners.add(listener);
    return () => this.#errorListeners.delete(listener);
  }

  /** Stops the worker; pending queries are rejected and later messages ignored. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#port.onmessage = null;
    this.#port.onerror = null;
    this.#port.terminate?.();
    for (const q of this.#queries.values()) q.reject(new Error('The check worker has been stopped.'));
    this.#queries.clear();
    for (const w of this.#waiters) w.resolve();
    this.#waiters = [];
    this.#findingsListeners.clear();
    this.#glossaryListeners.clear();
    this.#errorListeners.clear();
  }

  #send(message: WorkerRequest): void {
    if (this.#disposed) return;
    if (message.type !== 'edit') this.#flushEdits();
    this.#port.postMessage(message);
  }

  #flushEdits(): void {
    if (this.#disposed || this.#waiting.size === 0) return;
    const edits = [...this.#waiting.values()];
    this.#waiting.clear();
    for (const e of edits) this.#port.postMessage(e);
  }

  #receive(msg: WorkerResponse): void {
    if (this.#disposed) return;
    switch (msg.type) {
      case 'findings':
        this.#applyFindings(msg);
        break;
      case 'glossary': {
        this.#sourceTerms = new Map(msg.sourceTerms.map((s) => [s.segmentId, s.ranges]));
        this.#glossary = { concepts: msg.concepts, problems: msg.problems, millis: msg.millis, revision: msg.revision };
        for (const l of this.#glossaryListeners) l(this.#glossary);
        break;
      }
      case 'answer': {
        const q = this.#queries.get(msg.id);
        if (!q) break;
        this.#queries.delete(msg.id);
        q.resolve(msg.result);
        break;
      }
      case 'error': {
        const q = msg.id === undefined ? undefined : this.#queries.get(msg.id);
        if (q) {
          this.#queries.delete(msg.id!);
          q.reject(new Error(msg.message));
        } else {
          for (const l of this.#errorListeners) l(msg.message);
        }
        break;
      }
    }
  }

  /** Whether results computed at `version` may replace this segment's findings. */
  #current(segmentId: string, version: number): boolean {
    return version >= (this.#pendingVersion.get(segmentId) ?? -Infinity);
  }

  #applyFindings(msg: Extract<WorkerResponse, { type: 'findings' }>): void {
    this.#appliedVersion = Math.max(this.#appliedVersion, msg.version);
    this.#ignoredCount = msg.ignoredCount;
    try {
      this.#applySegments(msg);
    } finally {
      // After the findings are in place: a waiter reads them next.
      const due = this.#waiters.filter((w) => w.version <= this.#appliedVersion);
      if (due.length) {
        this.#waiters = this.#waiters.filter((w) => w.version > this.#appliedVersion);
        for (const w of due) w.resolve();
      }
    }
  }

  #applySegments(msg: Extract<WorkerResponse, { type: 'findings' }>): void {
    if (msg.full) {
      const next = new Map<string, IdentifiedFinding[]>();
      // Segments with a newer edit on its way keep what they have until its result comes.
      for (const [id, findings] of this.#findings) if (!this.#current(id, msg.version)) next.set(id, findings);
      for (const s of msg.segments) {
        if (this.#current(s.segmentId, msg.version) && s.findings.length) next.set(s.segmentId, s.findings);
      }
      this.#findings = next;
      for (const l of this.#findingsListeners) l('all');
      return;
    }
    const changed: string[] = [];
    for (const s of msg.segments) {
      if (!this.#current(s.segmentId, msg.version)) continue;
      if (s.findings.length) this.#findings.set(s.segmentId, s.findings);
      else this.#findings.delete(s.segmentId);
      changed.push(s.segmentId);
    }
    if (changed.length) for (const l of this.#findingsListeners) l(changed);
  }
}
