import { describe, expect, it } from 'vitest';
import { CheckSession } from '../../../../renderer/workers/checkSession.js';
import type { WorkerResponse } from '../../../../renderer/workers/protocol.js';
import type { Speller } from '../../../../shared/checks/spelling.js';

const speller: Speller = {
  correct: (w) => ['the', 'minister', 'spoke'].includes(w.toLowerCase()),
  suggest: (w) => (w === 'spok' ? ['spoke'] : []),
};
const segments = [{ id: '1', source: 'Ministrul a vorbit.', target: 'The minister spok.', paragraph: 0 }];

const spellingWords = (posted: WorkerResponse[]) =>
  posted
    .filter((m): m is Extract<WorkerResponse, { type: 'findings' }> => m.type === 'findings')
    .map((m) =>
      m.segments.flatMap((s) => s.findings.filter((f) => f.check === 'spelling').map((f) => f.params['word'])),
    );

describe('CheckSession: the spelling dictionary', () => {
  it('loads lazily after the first findings, then posts the spelling findings; the user’s words are accepted', async () => {
    const posted: WorkerResponse[] = [];
    let resolve: (s: Speller) => void = () => undefined;
    let calls = 0;
    const session = new CheckSession((m) => posted.push(m), {
      now: () => 0,
      loadSpeller: () => {
        calls++;
        return new Promise<Speller>((r) => (resolve = r));
      },
    });
    session.handle({ type: 'open', segments, sourceLang: 'ro', targetLang: 'en', checks: {}, ignored: [] });
    // The first findings do not wait for the dictionary.
    expect(spellingWords(posted)).toEqual([[]]);
    resolve(speller);
    await Promise.resolve();
    await Promise.resolve();
    expect(spellingWords(posted).at(-1)).toEqual(['spok']);
    session.handle({ type: 'settings', checks: {}, ignored: [], dictionary: ['Spok'] });
    expect(spellingWords(posted).at(-1)).toEqual([]);
    session.handle({ type: 'open', segments, sourceLang: 'ro', targetLang: 'en', checks: {}, ignored: [] });
    expect(calls).toBe(1);
  });

  it('posts spelling findings without suggestions and gives them when the quick-fix menu asks', async () => {
    const posted: WorkerResponse[] = [];
    const asked: string[] = [];
    const session = new CheckSession((m) => posted.push(m), {
      now: () => 0,
      loadSpeller: () =>
        Promise.resolve({
          correct: speller.correct,
          suggest: (w: string) => {
            asked.push(w);
            return speller.suggest(w);
          },
        }),
    });
    session.handle({ type: 'open', segments, sourceLang: 'ro', targetLang: 'en', checks: {}, ignored: [] });
    await Promise.resolve();
    await Promise.resolve();
    const last = posted
      .filter((m): m is Extract<WorkerResponse, { type: 'findings' }> => m.type === 'findings')
      .at(-1)!;
    const finding = last.segments.flatMap((x) => x.findings).find((f) => f.check === 'spelling')!;
    expect(finding.params['word']).toBe('spok');
    // A whole document's unknown words are not looked up for suggestions during the check.
    expect(finding.fixes).toBeUndefined();
    expect(asked).toEqual([]);
    expect(session.answer({ kind: 'spellingSuggestions', word: 'spok' })).toEqual(['spoke']);
    expect(asked).toEqual(['spok']);
  });
});
