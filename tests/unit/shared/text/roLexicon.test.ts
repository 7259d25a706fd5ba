import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RoLexicon } from '../../../../shared/text/roLexicon.js';
import { baseForm } from '../../../../shared/text/roLemma.js';

// dictionary-ro exports only its JS entry; its files sit beside it.
const dir = dirname(createRequire(import.meta.url).resolve('dictionary-ro'));
const lexicon = new RoLexicon(
  readFileSync(join(dir, 'index.aff'), 'utf8'),
  readFileSync(join(dir, 'index.dic'), 'utf8'),
);

describe('RoLexicon (dictionary-ro)', () => {
  it('knows real nouns and the forms their affix rules generate', () => {
    expect(lexicon.size).toBeGreaterThan(150_000);
    expect(lexicon.isNoun('pagină')).toBe(true);
    expect(lexicon.nounHasForm('pagină', 'paginii')).toBe(true);
    expect(lexicon.nounHasForm('braț', 'brațele')).toBe(true);
    expect(lexicon.nounHasForm('film', 'filme')).toBe(true);
    expect(lexicon.isNoun('filmă')).toBe(false);
    expect(lexicon.nounHasForm('strategie', 'strategii')).toBe(true);
  });

  it('reads a small affix file: suffix rules with strip, add and condition', () => {
    const small = new RoLexicon('SET UTF-8\nSFX A Y 2\nSFX A ă e ă\nSFX A ă ei ă\n', '1\ncifră/A\n');
    expect(small.nounHasForm('cifră', 'cifre')).toBe(true);
    expect(small.nounHasForm('cifră', 'cifrei')).toBe(true);
    expect(small.nounHasForm('cifră', 'cifri')).toBe(false);
  });
});

describe('baseForm with the lexicon (issue 11, cause 9)', () => {
  it.each([
    // „Deputații europeni au votat…”: -ații is a masculine plural here, which only a lexicon knows.
    ['deputații', 'deputat'],
    ['grațierii', 'grațiere'],
    ['frați', 'frate'],
    ['filme', 'film'],
    ['directive', 'directivă'],
    ['rapoartele', 'raport'],
    ['seama', 'seamă'],
    // The rules' answers stay where they were right.
    ['brațele', 'braț'],
    ['paginii', 'pagină'],
    ['studii', 'studiu'],
    ['copiii', 'copil'],
    ['strategii', 'strategie'],
    ['Minskului', 'Minsk'],
    ['Moscovei', 'Moscova'],
    ['Uniunii Europene', 'Uniunea Europeană'],
  ])('%s → %s', (selection, base) => {
    expect(baseForm(selection, { lexicon })).toBe(base);
  });

  it('tells a sentence-start common noun from a name', () => {
    expect(baseForm('Alegerile', { lexicon, sentenceStart: true })).toBe('alegere');
    expect(baseForm('Echipa', { lexicon, sentenceStart: true })).toBe('echipă');
    expect(baseForm('Rusiei', { lexicon, sentenceStart: true })).toBe('Rusia');
  });
});
