import { describe, expect, it } from 'vitest';
import { CheckRunner } from '../../../../shared/checks/runner.js';
import type { Speller, SpellingSupport } from '../../../../shared/checks/spelling.js';
import { spelling } from '../../../../shared/checks/spelling.js';
import type { Finding } from '../../../../shared/model/finding.js';
import { loadSpelling } from '../../../../cli/speller.js';
import { at, concept, doc, fakeTerms, fixed } from './helpers.js';

const WORDS = [
  'the',
  'minister',
  'said',
  'ministry',
  'center',
  'defense',
  'organization',
  'really',
  'prices',
  'had',
  'not',
  'been',
  'cut',
  'in',
  'hospital',
  'people',
  'serves',
  'photo',
  'met',
  'and',
  'spoke',
  'on',
  'visited',
];
/** A dictionary of a few words, with "realy" → "really" as its only suggestion. */
export const fakeSpeller: Speller = {
  correct: (w) => WORDS.includes(w),
  suggest: (w) => (w === 'realy' ? ['really'] : []),
};
const support = (words: string[] = []): SpellingSupport => ({ speller: fakeSpeller, words: new Set(words) });

function check(
  source: string,
  target: string,
  spellingSupport: SpellingSupport | null = support(),
  terms = fakeTerms([]),
): Finding[] {
  return new CheckRunner(doc([[source, target]]), {
    checks: [spelling],
    terms,
    ...(spellingSupport ? { spelling: spellingSupport } : {}),
  }).all();
}

describe('spelling', () => {
  it('reports a word the dictionary does not know, info, with its suggestions as fixes', () => {
    const t = 'Prices had not realy been cut.';
    const [f] = check('Prețurile nu au fost reduse cu adevărat.', t);
    expect(f).toMatchObject({
      check: 'spelling',
      severity: 'info',
      messageKey: 'check.spelling.unknown',
      params: { word: 'realy' },
    });
    expect(at(t, f!)).toBe('realy');
    expect(fixed(t, f!)).toBe('Prices had not really been cut.');
  });
  it('says nothing until the dictionary is loaded', () => {
    expect(check('Prețurile.', 'Prices realy.', null)).toEqual([]);
  });
  it('accepts numbers, acronyms, brands, British spellings, glossary terms, source names and the user’s words', () => {
    const terms = fakeTerms([concept('k', ['Harkov'], [['Kharkiv', 'preferred']])]);
    expect(
      check(
        'Ministrul Blăjuț și Terehov au vizitat Harkovul, centrul clujean, NATO și eMAG în 2025, de 3 ori.',
        'The minister Blajut and Terekhov visited Kharkiv, the Cluj centre, NATO and eMAG in 2025, 3x, defence organisation, dragomanesque.',
        support(['dragomanesque']),
        terms,
      ),
    ).toEqual([]);
  });
  it('gives no suggestion for the word being typed at the end of an unfinished draft', () => {
    const [f] = check('Prețurile nu au fost reduse.', 'Prices had not realy');
    expect(f?.params).toEqual({ word: 'realy' });
    expect(f?.fixes).toBeUndefined();
  });
  it('re-checks when the dictionary arrives or the user adds a word', () => {
    const runner = new CheckRunner(doc([['Ministrul a vorbit.', 'The minister spok.']]), { checks: [spelling] });
    expect(runner.all()).toEqual([]);
    expect(runner.setSpelling(support()).changedSegments).toEqual(['s1']);
    expect(runner.all().map((f) => f.params['word'])).toEqual(['spok']);
    expect(runner.setSpelling(support(['spok'])).changedSegments).toEqual(['s1']);
    expect(runner.all()).toEqual([]);
  });
  it('finds the same words without asking for suggestions when the caller wants no fixes (the CLI text output)', () => {
    const t = 'Prices had not realy been cut.';
    const refusing: Speller = {
      correct: fakeSpeller.correct,
      suggest: () => {
        throw new Error('suggest called');
      },
    };
    const [f] = check('Prețurile nu au fost reduse cu adevărat.', t, {
      speller: refusing,
      words: new Set(),
      fixes: false,
    });
    expect(f?.params).toEqual({ word: 'realy' });
    expect(f?.fixes).toBeUndefined();
  });
  it('works with the real English dictionary (a form list, nspell for suggestions)', async () => {
    const real = await loadSpelling();
    const t = 'Researchers folowed more than 20,000 adults in the centre of Iasi.';
    const found = check('Cercetătorii au urmărit peste 20.000 de adulți din centrul Iașiului.', t, real);
    expect(found.map((f) => at(t, f))).toEqual(['folowed']);
    expect(found[0]!.fixes?.[0]?.replacement).toBe('followed');
  }, 30_000);
  it('gives suggestions for a bounded number of different words, and says when it stopped', async () => {
    const real = await loadSpelling([], { maxSuggestedWords: 2 });
    expect(real.speller.suggest('recieve')).toContain('receive');
    expect(real.speller.suggest('folowed')).toContain('followed');
    // Asked again: still within the two words.
    expect(real.speller.suggest('recieve')).toContain('receive');
    expect(real.capped()).toBe(false);
    expect(real.speller.suggest('govermnent')).toEqual([]);
    expect(real.capped()).toBe(true);
    // Acceptance is not bounded.
    expect(real.speller.correct('government')).toBe(true);
    expect(real.speller.correct('govermnent')).toBe(false);
  }, 30_000);
});
