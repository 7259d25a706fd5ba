import { describe, expect, it, vi } from 'vitest';
import type { ProjectView, SegmentChange, TmMatch } from '../../../shared/api/workbenchApi.js';
import type { BilingualEditor } from '../../../renderer/editor/BilingualEditor.js';
import { MemorySession } from '../../../renderer/editor/memorySession.js';

// The session talks to Monaco only through Range and the draft editor's edit calls; a stand-in records them.
vi.mock('../../../renderer/editor/monaco.js', () => {
  class Range {
    constructor(
      readonly startLineNumber: number,
      readonly startColumn: number,
      readonly endLineNumber: number,
      readonly endColumn: number,
    ) {}
  }
  return { monaco: { Range } };
});

type Status = 'untranslated' | 'draft' | 'translated' | 'reviewed';

/** A two-pane editor reduced to what the session reads: sources, drafts, statuses, the active line. */
function fakeEditor(sources: string[], drafts: string[], statuses: Status[]) {
  const undoStops: number[] = [];
  const edits: { range: { startLineNumber: number }; text: string }[][] = [];
  const ed = {
    active: 1,
    lineCount: sources.length,
    segment: (line: number) =>
      line >= 1 && line <= sources.length ? { id: `s${line}`, source: sources[line - 1]! } : undefined,
    segmentIdAt: (line: number) => (line >= 1 && line <= sources.length ? `s${line}` : undefined),
    lineOf: (id: string) => Number(id.slice(1)),
    draft: (line: number) => drafts[line - 1] ?? '',
    progress: { status: (i: number) => statuses[i]! },
    focus: () => undefined,
    target: {
      getModel: () => ({ getLineMaxColumn: (line: number) => (drafts[line - 1] ?? '').length + 1 }),
      pushUndoStop: () => undoStops.push(edits.length),
      executeEdits: (_source: string, ops: { range: { startLineNumber: number }; text: string }[]) => {
        edits.push(ops);
        for (const op of ops) {
          drafts[op.range.startLineNumber - 1] = op.text;
          if (statuses[op.range.startLineNumber - 1] === 'untranslated')
            statuses[op.range.startLineNumber - 1] = 'draft';
        }
        return true;
      },
    },
  };
  return { editor: ed as unknown as BilingualEditor, fake: ed, edits, undoStops, drafts, statuses };
}

function project(sources: string[]): ProjectView {
  return {
    path: '/p/contract.dragoman',
    name: 'contract',
    sourceLang: 'ro',
    targetLang: 'en',
    segments: sources.map((source, i) => ({
      id: `s${i + 1}`,
      source,
      target: '',
      paragraph: 0,
      status: 'untranslated',
    })),
    glossaries: [],
    revision: 1,
  } as unknown as ProjectView;
}

function match(score: number, target: string): TmMatch {
  return { score, source: 'x', target, adapted: false, origin: { file: '/m/client.tmx' }, diff: [] };
}

/** A promise and its resolve function, so a test decides when the backend answers. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('MemorySession', () => {
  it('drops the answer for a segment the user already left', async () => {
    const sources = ['Unu.', 'Doi.'];
    const { editor, fake } = fakeEditor(sources, ['', ''], ['untranslated', 'untranslated']);
    const answers = [deferred<{ matches: TmMatch[] }>(), deferred<{ matches: TmMatch[] }>()];
    const lookups: string[] = [];
    const api = {
      memoryLookup: vi.fn((input: { segmentId: string }) => {
        lookups.push(input.segmentId);
        return answers[lookups.length - 1]!.promise;
      }),
      memoryCommit: vi.fn(),
    };
    const s = new MemorySession({
      api: api as never,
      project: project(sources),
      editor,
      save: () => undefined,
      autoFillRepetitions: () => false,
      onError: (e) => {
        throw e;
      },
      lookupDelayMs: 0,
    });
    s.activeChanged();
    await tick();
    fake.active = 2;
    s.activeChanged();
    await tick();
    expect(lookups).toEqual(['s1', 's2']);
    answers[0]!.resolve({ matches: [match(100, 'One.')] });
    await tick();
    expect(s.snapshot().matches).toEqual({ kind: 'loading', segmentId: 's2' });
    answers[1]!.resolve({ matches: [match(80, 'Two.')] });
    await tick();
    expect(s.snapshot().matches).toEqual({ kind: 'done', segmentId: 's2', matches: [match(80, 'Two.')] });
    // What was learnt about segment 1 still serves the filter.
    expect(s.matchKind('s1')).toBe('exact');
    expect(s.matchKind('s2')).toBe('fuzzy');
  });

  it('Ctrl+n inserts the n-th match as the whole draft in one undoable edit', async () => {
    const sources = ['Unu.'];
    const { editor, edits, undoStops, drafts } = fakeEditor(sources, ['half typed'], ['draft']);
    const api = {
      memoryLookup: vi.fn(async () => ({ matches: [match(90, 'One.'), match(70, 'First.')] })),
      memoryCommit: vi.fn(),
    };
    const s = new MemorySession({
      api: api as never,
      project: project(sources),
      editor,
      save: () => undefined,
      autoFillRepetitions: () => false,
      onError: () => undefined,
      lookupDelayMs: 0,
    });
    expect(s.insertMatch(1)).toBe(false); // nothing looked up yet
    s.activeChanged();
    await tick();
    expect(s.insertMatch(3)).toBe(false);
    expect(s.insertMatch(2)).toBe(true);
    expect(drafts[0]).toBe('First.');
    expect(edits).toHaveLength(1);
    expect(undoStops).toEqual([0, 1]);
  });

  it('a confirmation goes to the memory with its context and offers to fill the repetitions, which are marked', () => {
    const sources = ['Părțile semnează.', 'Alt text.', 'Părțile semnează.'];
    const { editor, drafts, statuses } = fakeEditor(
      sources,
      ['The parties sign.', '', ''],
      ['translated', 'untranslated', 'untranslated'],
    );
    const saved: SegmentChange[] = [];
    const api = { memoryLookup: vi.fn(), memoryCommit: vi.fn(async () => ({ ok: true as const })) };
    const s = new MemorySession({
      api: api as never,
      project: project(sources),
      editor,
      save: (c) => saved.push(c),
      autoFillRepetitions: () => false,
      onError: () => undefined,
    });
    s.changed({ id: 's1', status: 'translated' });
    expect(api.memoryCommit).toHaveBeenCalledWith({
      path: '/p/contract.dragoman',
      segmentId: 's1',
      source: 'Părțile semnează.',
      target: 'The parties sign.',
      next: 'Alt text.',
    });
    const offer = s.snapshot().offer;
    expect(offer?.fills.map((f) => f.id)).toEqual(['s3']);
    expect(drafts[2]).toBe(''); // nothing filled before the user says so
    s.fill(offer!);
    expect(drafts[2]).toBe('The parties sign.');
    expect(statuses[2]).toBe('draft');
    expect(s.originOf('s3')).toEqual({ kind: 'repetition', from: 's1' });
    expect(saved).toContainEqual({ id: 's3', origin: { kind: 'repetition', from: 's1' } });
    expect(s.snapshot().offer).toBeNull();

    // Typing in the filled segment makes it the user's own: the mark goes, in the project file too.
    s.changed({ id: 's3', target: 'The parties sign it.' });
    expect(s.originOf('s3')).toBeUndefined();
    expect(saved[saved.length - 1]).toEqual({ id: 's3', origin: null });
  });

  it('fills repetitions without asking when the user chose so', () => {
    const sources = ['A.', 'A.'];
    const { editor, drafts } = fakeEditor(sources, ['Ay.', ''], ['translated', 'untranslated']);
    const s = new MemorySession({
      api: { memoryLookup: vi.fn(), memoryCommit: vi.fn(async () => ({ ok: true as const })) } as never,
      project: project(sources),
      editor,
      save: () => undefined,
      autoFillRepetitions: () => true,
      onError: () => undefined,
    });
    s.changed({ id: 's1', status: 'reviewed' });
    expect(drafts[1]).toBe('Ay.');
    expect(s.snapshot().notice).toEqual({ key: 'filled', count: 1, line: 1 });
  });

  it('pre-fills only empty untranslated segments, only with 100% or better, marked and never confirmed', async () => {
    const sources = ['Unu.', 'Doi.', 'Trei.', 'Patru.'];
    const { editor, drafts, statuses } = fakeEditor(
      sources,
      ['', 'typed', '', ''],
      ['untranslated', 'draft', 'untranslated', 'untranslated'],
    );
    const scores: Record<string, number> = { s1: 101, s2: 100, s3: 100, s4: 99 };
    const api = {
      memoryLookup: vi.fn(async (input: { segmentId: string; min?: number }) => {
        const score = scores[input.segmentId]!;
        return { matches: score >= (input.min ?? 0) ? [match(score, `EN ${input.segmentId}`)] : [] };
      }),
      memoryCommit: vi.fn(),
    };
    const saved: SegmentChange[] = [];
    const s = new MemorySession({
      api: api as never,
      project: project(sources),
      editor,
      save: (c) => saved.push(c),
      autoFillRepetitions: () => false,
      onError: () => undefined,
    });
    expect(await s.prefill()).toBe(2);
    expect(drafts).toEqual(['EN s1', 'typed', 'EN s3', '']);
    expect(statuses).toEqual(['draft', 'draft', 'draft', 'untranslated']);
    expect(saved).toContainEqual({ id: 's1', origin: { kind: 'tm', score: 101, from: '/m/client.tmx' } });
    expect(s.snapshot().notice).toEqual({ key: 'prefilled', count: 2 });
  });
});
