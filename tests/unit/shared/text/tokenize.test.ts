import { describe, it, expect } from 'vitest';
import { tokenize } from '../../../../shared/text/tokenize.js';
import type { Token } from '../../../../shared/text/token.js';

/** Tokens as "kind:text" strings, for compact expectations. */
function kt(text: string): string[] {
  return tokenize(text).map((t) => `${t.kind}:${t.text}`);
}

function texts(text: string): string[] {
  return tokenize(text).map((t) => t.text);
}

function checkOffsets(input: string, tokens: Token[]): void {
  for (const t of tokens) expect(input.slice(t.start, t.end)).toBe(t.text);
}

describe('tokenize: offsets and white space', () => {
  it('gives exact offsets into the original string and no white-space tokens', () => {
    const input = '  Președintele\ta spus:\u00a0„Da.”\n';
    const tokens = tokenize(input);
    expect(tokens).toEqual([
      { kind: 'word', text: 'Președintele', start: 2, end: 14 },
      { kind: 'word', text: 'a', start: 15, end: 16 },
      { kind: 'word', text: 'spus', start: 17, end: 21 },
      { kind: 'punct', text: ':', start: 21, end: 22 },
      { kind: 'punct', text: '„', start: 23, end: 24 },
      { kind: 'word', text: 'Da', start: 24, end: 26 },
      { kind: 'punct', text: '.', start: 26, end: 27 },
      { kind: 'punct', text: '”', start: 27, end: 28 },
    ]);
  });

  it('keeps offsets exact on a long mixed passage', () => {
    const input =
      'Pe 10.10.2025, la ora 10:30, dl. Popescu (n.r. ministrul) a declarat la https://exemplu.ro/a?b=1 că S.U.A. au alocat 1.234,56 mil. euro — adică 2,5%. Scrieți la presa@exemplu.ro.';
    const tokens = tokenize(input);
    checkOffsets(input, tokens);
    for (let k = 1; k < tokens.length; k++) expect(tokens[k]!.start).toBeGreaterThanOrEqual(tokens[k - 1]!.end);
  });

  it('returns nothing for empty or blank input', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \t\n\u00a0\u2009\u200b')).toEqual([]);
  });
});

describe('tokenize: words', () => {
  it('keeps Romanian diacritics, cedilla spellings and decomposed marks inside words', () => {
    expect(kt('Lukașenko Lukaşenko țară')).toEqual(['word:Lukașenko', 'word:Lukaşenko', 'word:țară']);
    expect(kt('Lukas\u0326enko')).toEqual(['word:Lukas\u0326enko']);
  });

  it('reads text typed without diacritics as ordinary words', () => {
    expect(kt('Lukasenko a vorbit marti la Minsk.')).toEqual([
      'word:Lukasenko',
      'word:a',
      'word:vorbit',
      'word:marti',
      'word:la',
      'word:Minsk',
      'punct:.',
    ]);
  });

  it('keeps hyphenated Romanian forms as one word', () => {
    expect(texts('s-a și-a într-o CSI-ului NATO-ul aliat-cheie Bruxelles-ul dă-mi-l')).toEqual([
      's-a',
      'și-a',
      'într-o',
      'CSI-ului',
      'NATO-ul',
      'aliat-cheie',
      'Bruxelles-ul',
      'dă-mi-l',
    ]);
  });

  it('joins across hyphen look-alikes (U+2010, U+2011) and soft hyphens', () => {
    expect(texts('CSI\u2011ului s\u2010a îm\u00adpreună')).toEqual(['CSI\u2011ului', 's\u2010a', 'îm\u00adpreună']);
  });

  it('keeps English compounds as one word, with a hyphen or an en dash between letters', () => {
    expect(kt('US-led US–Belarus talks')).toEqual(['word:US-led', 'word:US–Belarus', 'word:talks']);
  });

  it('does not join a spaced dash, a dash before a space or a dash between numbers', () => {
    expect(kt('Chișinău – București')).toEqual(['word:Chișinău', 'punct:–', 'word:București']);
    expect(kt('pre- și post-')).toEqual(['word:pre', 'punct:-', 'word:și', 'word:post', 'punct:-']);
    expect(kt('2020-2021')).toEqual(['number:2020', 'punct:-', 'number:2021']);
  });

  it('keeps apostrophes between letters inside a word', () => {
    expect(texts("O’Neill don't Russia’s")).toEqual(['O’Neill', "don't", 'Russia’s']);
    expect(kt('anii ’90')).toEqual(['word:anii', 'punct:’', 'number:90']);
  });

  it('keeps words with digits whole', () => {
    expect(texts('COVID-19 F-16 Digi24 G7')).toEqual(['COVID-19', 'F-16', 'Digi24', 'G7']);
  });

  it('keeps ordinals and digits glued to letters as one word', () => {
    expect(kt('al 3-lea, a 2-a, secolul al XX-lea, 5G')).toEqual([
      'word:al',
      'word:3-lea',
      'punct:,',
      'word:a',
      'word:2-a',
      'punct:,',
      'word:secolul',
      'word:al',
      'word:XX-lea',
      'punct:,',
      'word:5G',
    ]);
  });
});

describe('tokenize: abbreviations', () => {
  it('makes letter-dot chains one abbreviation token', () => {
    expect(kt('S.U.A. î.Hr. d.Hr. ș.a.m.d. ș.a. n.r. n.tr. M.Ap.N. a.c.')).toEqual([
      'abbreviation:S.U.A.',
      'abbreviation:î.Hr.',
      'abbreviation:d.Hr.',
      'abbreviation:ș.a.m.d.',
      'abbreviation:ș.a.',
      'abbreviation:n.r.',
      'abbreviation:n.tr.',
      'abbreviation:M.Ap.N.',
      'abbreviation:a.c.',
    ]);
  });

  it('takes the dot of known abbreviations in any case', () => {
    expect(kt('dl. Popescu, nr. 5, Art. 3, alin. (2), etc.')).toEqual([
      'abbreviation:dl.',
      'word:Popescu',
      'punct:,',
      'abbreviation:nr.',
      'number:5',
      'punct:,',
      'abbreviation:Art.',
      'number:3',
      'punct:,',
      'abbreviation:alin.',
      'punct:(',
      'number:2',
      'punct:)',
      'punct:,',
      'abbreviation:etc.',
    ]);
  });

  it('recognises cedilla and no-diacritics spellings of abbreviations', () => {
    expect(kt('şos. sos. ş.a.m.d.')).toEqual(['abbreviation:şos.', 'abbreviation:sos.', 'abbreviation:ş.a.m.d.']);
  });

  it('leaves the dot of an ordinary word as a separate punct token', () => {
    expect(kt('A plecat acasă.')).toEqual(['word:A', 'word:plecat', 'word:acasă', 'punct:.']);
  });

  it('reads lower-case homographs as words (a avut loc.) and capitalised ones as abbreviations (Gen.)', () => {
    expect(kt('a avut loc. Gen. Gerasimov')).toEqual([
      'word:a',
      'word:avut',
      'word:loc',
      'punct:.',
      'abbreviation:Gen.',
      'word:Gerasimov',
    ]);
  });

  it('makes initials abbreviation tokens', () => {
    expect(kt('A. Popescu și I.L. Caragiale')).toEqual([
      'abbreviation:A.',
      'word:Popescu',
      'word:și',
      'abbreviation:I.L.',
      'word:Caragiale',
    ]);
  });

  it('does not read a missing space after a full stop as a chain', () => {
    expect(kt('plecat.Apoi')).toEqual(['word:plecat', 'punct:.', 'word:Apoi']);
  });

  it('takes the dot of an abbreviation glued to a number', () => {
    expect(kt('nr.5')).toEqual(['abbreviation:nr.', 'number:5']);
  });

  it('knows the abbreviations of English copy', () => {
    expect(kt('Mr. Smith met U.S. officials on Jan. 5, e.g. Sen. Jones.')).toEqual([
      'abbreviation:Mr.',
      'word:Smith',
      'word:met',
      'abbreviation:U.S.',
      'word:officials',
      'word:on',
      'abbreviation:Jan.',
      'number:5',
      'punct:,',
      'abbreviation:e.g.',
      'abbreviation:Sen.',
      'word:Jones',
      'punct:.',
    ]);
  });

  it('does not read a long run of letter-dot pairs as one chain', () => {
    const run = 'a.'.repeat(30);
    const tokens = tokenize(run);
    checkOffsets(run, tokens);
    expect(tokens.map((t) => t.text).join('')).toBe(run);
    for (const t of tokens) expect(t.text.length).toBeLessThanOrEqual(16);
  });

  it('does not swallow the first dot of an ellipsis into an abbreviation', () => {
    expect(kt('etc...')).toEqual(['word:etc', 'punct:...']);
  });
});

describe('tokenize: numbers', () => {
  it('reads both locales and dates and times as one number', () => {
    expect(kt('1.234,56 1,234.56 2,5 10.30 10:30 10.10.2025 123/2020 1.234.567')).toEqual([
      'number:1.234,56',
      'number:1,234.56',
      'number:2,5',
      'number:10.30',
      'number:10:30',
      'number:10.10.2025',
      'number:123/2020',
      'number:1.234.567',
    ]);
  });

  it('makes % a separate symbol token, with or without a space', () => {
    expect(kt('2,5% 2,5 %')).toEqual(['number:2,5', 'symbol:%', 'number:2,5', 'symbol:%']);
  });

  it('does not swallow trailing sentence punctuation', () => {
    expect(kt('în 2025.')).toEqual(['word:în', 'number:2025', 'punct:.']);
    expect(kt('2,5, 3')).toEqual(['number:2,5', 'punct:,', 'number:3']);
    expect(kt('ora 10:')).toEqual(['word:ora', 'number:10', 'punct::']);
  });

  it('joins groups of three after no-break and thin spaces, not after plain spaces', () => {
    expect(kt('1\u00a0234\u00a0567 1\u202f000 5\u20091234')).toEqual([
      'number:1\u00a0234\u00a0567',
      'number:1\u202f000',
      'number:5',
      'number:1234',
    ]);
    expect(kt('în 2020 100 de oameni')).toEqual(['word:în', 'number:2020', 'number:100', 'word:de', 'word:oameni']);
  });
});

describe('tokenize: URLs and e-mails', () => {
  it('reads URLs without the sentence punctuation after them', () => {
    expect(kt('Vezi https://www.exemplu.ro/stiri/articol-1.html.')).toEqual([
      'word:Vezi',
      'url:https://www.exemplu.ro/stiri/articol-1.html',
      'punct:.',
    ]);
    expect(kt('(www.exemplu.ro), http://a.org/x?y=1&z=2;')).toEqual([
      'punct:(',
      'url:www.exemplu.ro',
      'punct:)',
      'punct:,',
      'url:http://a.org/x?y=1&z=2',
      'punct:;',
    ]);
  });

  it('keeps a closing bracket that belongs to the URL', () => {
    expect(texts('https://ro.wikipedia.org/wiki/Minsk_(oraș).')).toEqual([
      'https://ro.wikipedia.org/wiki/Minsk_(oraș)',
      '.',
    ]);
  });

  it('stops a URL at a closing Romanian quote', () => {
    expect(kt('„https://exemplu.ro”')).toEqual(['punct:„', 'url:https://exemplu.ro', 'punct:”']);
  });

  it('reads a bare domain glued to its name as a URL', () => {
    expect(kt('potrivit Digi24.ro.')).toEqual(['word:potrivit', 'url:Digi24.ro', 'punct:.']);
  });

  it('reads e-mail addresses as one token', () => {
    expect(kt('Scrieți la ion.popescu@exemplu.ro sau presa@gov.md.')).toEqual([
      'word:Scrieți',
      'word:la',
      'email:ion.popescu@exemplu.ro',
      'word:sau',
      'email:presa@gov.md',
      'punct:.',
    ]);
  });

  it('leaves a lone @ as a symbol', () => {
    expect(kt('@ Minsk')).toEqual(['symbol:@', 'word:Minsk']);
  });
});

describe('tokenize: punctuation and symbols', () => {
  it('makes Romanian and French quotes and brackets punct tokens', () => {
    expect(kt('„Da” «nu» (poate) [sic] “yes”')).toEqual([
      'punct:„',
      'word:Da',
      'punct:”',
      'punct:«',
      'word:nu',
      'punct:»',
      'punct:(',
      'word:poate',
      'punct:)',
      'punct:[',
      'word:sic',
      'punct:]',
      'punct:“',
      'word:yes',
      'punct:”',
    ]);
  });

  it('makes a dot run one token and the ellipsis character another', () => {
    expect(kt('Da... Nu… ')).toEqual(['word:Da', 'punct:...', 'word:Nu', 'punct:…']);
  });

  it('makes currency signs, emoji and other symbols symbol tokens', () => {
    expect(kt('€5 😀 #tag')).toEqual(['symbol:€', 'number:5', 'symbol:😀', 'symbol:#', 'word:tag']);
  });
});
