import { describe, expect, it } from 'vitest';
import type { GlossaryFileView } from '../../../../shared/api/workbenchApi.js';
import { CheckSession } from '../../../../renderer/workers/checkSession.js';
import type { GlossaryLoad, WorkerQuery, WorkerResponse } from '../../../../renderer/workers/protocol.js';
import { newsSegments, sampleGlossary } from './workerHarness.js';

/** A session fed the way the app feeds it: a document, then loadGlossaries answers, polled. */
function opened(fetched: GlossaryFileView[][] = []) {
  const posted: WorkerResponse[] = [];
  const calls: { token: string; base: string; path: string; known: Record<string, string> }[] = [];
  const s = new CheckSession((m) => posted.push(m), {
    now: () => 0,
    fetchGlossaries: async (token, base, path, known) => {
      calls.push({ token, base, path, known });
      return fetched.shift() ?? [];
    },
  });
  s.handle({ type: 'open', segments: newsSegments, sourceLang: 'ro', targetLang: 'en', checks: {}, ignored: [] });
  let id = 0;
  const load = async (query: Extract<WorkerQuery, { kind: 'fetchGlossaries' | 'applyGlossaries' }>) => {
    const n = ++id;
    s.handle({ type: 'query', id: n, query });
    for (let i = 0; i < 10; i++) {
      const reply = posted.find((m) => (m.type === 'answer' || m.type === 'error') && m.id === n);
      if (reply?.type === 'answer') return reply.result as GlossaryLoad;
      if (reply?.type === 'error') throw new Error(reply.message);
      await Promise.resolve();
    }
    throw new Error('no answer');
  };
  const glossaryMessages = () => posted.filter((m) => m.type === 'glossary');
  const termsIn = (segmentId: string) =>
    posted
      .filter((m): m is Extract<WorkerResponse, { type: 'glossary' }> => m.type === 'glossary')
      .at(-1)
      ?.sourceTerms.find((t) => t.segmentId === segmentId)?.ranges.length ?? 0;
  return { load, glossaryMessages, termsIn, calls };
}

const file = (text: string, stamp: string): GlossaryFileView => ({ path: sampleGlossary.path, stamp, text });

describe('CheckSession: loading glossaries the way the app polls them', () => {
  it('indexes the first load, keeps the index for an unchanged answer, re-indexes on a change', async () => {
    const t = opened();
    const first = await t.load({ kind: 'applyGlossaries', files: [file(sampleGlossary.text, 'a')] });
    expect(first.changed).toBe(true);
    expect(first.files[0]).toEqual({ path: sampleGlossary.path, stamp: 'a' });
    expect(t.termsIn('s1')).toBeGreaterThan(0);

    const same = await t.load({
      kind: 'applyGlossaries',
      files: [{ path: sampleGlossary.path, stamp: 'a', unchanged: true }],
    });
    expect(same.changed).toBe(false);
    expect(t.glossaryMessages()).toHaveLength(1);

    // A colleague removed Minsk: the underline in s1 for Minsk goes.
    const before = t.termsIn('s1');
    const withoutMinsk = sampleGlossary.text.replace(/<conceptEntry id="c-minsk">[\s\S]*?<\/conceptEntry>/, '');
    expect(withoutMinsk).not.toBe(sampleGlossary.text);
    const edited = await t.load({ kind: 'applyGlossaries', files: [file(withoutMinsk, 'b')] });
    expect(edited.changed).toBe(true);
    expect(t.glossaryMessages()).toHaveLength(2);
    expect(t.termsIn('s1')).toBe(before - 1);
  });

  it('reports a file the backend could not read as a problem and drops its terms', async () => {
    const t = opened();
    await t.load({ kind: 'applyGlossaries', files: [file(sampleGlossary.text, 'a')] });
    const gone = await t.load({
      kind: 'applyGlossaries',
      files: [
        {
          path: sampleGlossary.path,
          stamp: '',
          error: { code: 'not-found', message: '/project/glossary.tbx does not exist.' },
        },
      ],
    });
    expect(gone.changed).toBe(true);
    const last = t.glossaryMessages().at(-1) as Extract<WorkerResponse, { type: 'glossary' }>;
    expect(last.concepts).toBe(0);
    expect(last.problems).toEqual([{ path: sampleGlossary.path, message: '/project/glossary.tbx does not exist.' }]);
  });

  it('fetches over HTTP with the token, project and known stamps it was given', async () => {
    const t = opened([[file(sampleGlossary.text, 'a')]]);
    const got = await t.load({
      kind: 'fetchGlossaries',
      token: 'tok',
      base: '',
      path: '/p/x.dragoman',
      known: { x: 'y' },
    });
    expect(t.calls).toEqual([{ token: 'tok', base: '', path: '/p/x.dragoman', known: { x: 'y' } }]);
    expect(got.changed).toBe(true);
    expect(t.termsIn('s1')).toBeGreaterThan(0);
  });
});
