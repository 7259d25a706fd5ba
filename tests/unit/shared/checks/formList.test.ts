import nspell from 'nspell';
import { beforeAll, describe, expect, it } from 'vitest';
import { englishDictionaryFiles } from '../../../../cli/speller.js';
import { FORM_LIST_MAGIC, parseFormList, type FormList } from '../../../../shared/checks/formList.js';
import { formListFrom } from '../../../../shared/checks/nspellSpeller.js';

// The CLI accepts English words from a prebuilt form list instead of nspell (issue #12): its
// answers must be nspell's, or `dragoman check` would report other spelling findings than the app.

/** Words of news text, with the shapes the spelling check asks about. */
const NEWS = `the minister said on Monday that the government's budget for hospitals would be cut
by two billion lei despite protests organized across Romania prices rose faster than wages
inflation reached its highest level in a decade according to the National Institute of Statistics
researchers followed adults in the centre of the city anti-corruption prosecutors charged
the former mayor with abuse of office well-known state-of-the-art long-term follow-up
self-employed twenty-one mother-in-law e-mail co-operation re-elected non-governmental
Bucharest Moldova Ukraine's Kyiv Europe's NATO's isn't don't wouldn't they're we've
children's women's people's companies' analyses criteria phenomena data media agenda
travelling travelled colour behaviour defence organisation analyse catalogue programme
traveling colored behavior defense organization analyze catalog program percent per cent
Wednesday February Christmas Easter Parliament Senate Chamber Deputies Constitutional Court
however therefore nevertheless meanwhile although whereas whether neither either
accommodate occurrence separate definitely necessary embarrass millennium questionnaire
accomodate occurence seperate definately neccessary embarass millenium questionaire
recieve beleive wierd untill tommorow goverment enviroment publically arguement concensus
receive believe weird until tomorrow government environment publicly argument consensus
1st 2nd 3rd 4th 11th 12th 13th 21st 22nd 23rd 101st 111th 1th 2th 12nd 21th 3st
I A a O OK ok TV tv US us USA Usa usa iPhone eMAG McDonald's O'Brien d'Arc rock'n'roll
aren’t it’s Romania’s ministers’ Ministry’s CAPITAL Capital capital LONDON London london
THE The tHe Mr Mrs Dr dr St etc vs e.g. i.e. naïve café résumé façade coöperate Zürich`;

/** A few misspellings of a word: a letter dropped, two swapped, one doubled. */
function misspell(word: string): string[] {
  if (word.length < 4) return [];
  const mid = word.length >> 1;
  return [
    word.slice(0, mid) + word.slice(mid + 1),
    word.slice(0, mid - 1) + word[mid] + word[mid - 1] + word.slice(mid + 1),
    word.slice(0, mid) + word[mid] + word.slice(mid),
  ];
}

/** Each word as written, capitalised, in capitals and as a possessive (both apostrophes), plus misspellings. */
function variants(words: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const w of words) {
    const cap = w.charAt(0).toUpperCase() + w.slice(1);
    for (const v of [w, cap, w.toUpperCase(), `${w}'s`, `${w}’s`, `${cap}'s`, ...misspell(w)]) out.add(v);
  }
  return [...out];
}

describe('the form list of dictionary-en', () => {
  let spell: ReturnType<typeof nspell>;
  let list: FormList;
  let text: string;

  beforeAll(() => {
    const { aff, dic } = englishDictionaryFiles();
    spell = nspell({ aff, dic });
    text = formListFrom(aff, dic, 'dictionary-en test');
    list = parseFormList(text, 'dictionary-en test')!;
  }, 60_000);

  it('accepts and rejects exactly the words nspell does: news words, names, possessives, compounds, ordinals, misspellings', () => {
    const words = variants(NEWS.split(/\s+/));
    // Forms from all over the alphabet (every 400th of the list), in the same shapes.
    const forms = text.split('\n').slice(2, -1);
    words.push(...variants(forms.filter((_, i) => i % 400 === 0)));
    words.push('', ' ', '  the ', "'s", '-', 'Mc', '2', '21ST', 'x11th');
    expect(words.length).toBeGreaterThan(1500);
    const disagree = words.filter((w) => list.correct(w) !== spell.correct(w));
    expect(disagree).toEqual([]);
    // A long document's lookups go to a Set of the forms, with the same answers.
    const hashed = parseFormList(text, 'dictionary-en test', { setAfter: 0 })!;
    expect(words.filter((w) => hashed.correct(w) !== spell.correct(w))).toEqual([]);
    // Both answers occur in quantity, so agreement is not a list that accepts (or rejects) everything.
    const accepted = words.filter((w) => list.correct(w)).length;
    expect(accepted).toBeGreaterThan(500);
    expect(words.length - accepted).toBeGreaterThan(500);
    expect(list.correct('government')).toBe(true);
    expect(list.correct('goverment')).toBe(false);
  });

  it('is not trusted for another dictionary, another format, or a damaged header', () => {
    expect(parseFormList(text, 'dictionary-en 5.0.0')).toBeUndefined();
    expect(parseFormList(text.replace(FORM_LIST_MAGIC, 'dragoman-forms 2'))).toBeUndefined();
    expect(parseFormList(text.replace('"compoundMin":', '"compoundMin":"'))).toBeUndefined();
    expect(parseFormList(text.slice(0, text.indexOf('\n') + 20))).toBeUndefined();
    expect(parseFormList(text)?.correct('minister')).toBe(true);
  });
});

describe('a form list answers as nspell for the flags English does not use', () => {
  // KEEPCASE (k), FORBIDDENWORD (f), ONLYINCOMPOUND (c) with a compound rule, and a suffix.
  const aff = [
    'SET UTF-8',
    'KEEPCASE k',
    'FORBIDDENWORD f',
    'ONLYINCOMPOUND c',
    'COMPOUNDMIN 1',
    'COMPOUNDRULE 1',
    'COMPOUNDRULE ab*c',
    'SFX S Y 1',
    'SFX S 0 s .',
    '',
  ].join('\n');
  const dic = ['7', 'iPod/k', 'kept/k', 'wrongly/f', 'tail/c', 'head/a', 'mid/b', 'cat/S', ''].join('\n');

  it('agrees on every case and shape', () => {
    const spell = nspell({ aff, dic });
    const list = parseFormList(formListFrom(aff, dic, 'k'), 'k')!;
    const words = variants(['iPod', 'ipod', 'kept', 'wrongly', 'tail', 'head', 'mid', 'cat', 'cats', 'dog']);
    words.push('headtail', 'headmidmidtail', 'HEADTAIL', 'midtail', 'IPOD', 'Ipod');
    expect(words.filter((w) => list.correct(w) !== spell.correct(w))).toEqual([]);
    expect(list.correct('cats')).toBe(true);
    expect(list.correct('Kept')).toBe(false);
    expect(list.correct('wrongly')).toBe(false);
    expect(list.correct('tail')).toBe(false);
  });
});
