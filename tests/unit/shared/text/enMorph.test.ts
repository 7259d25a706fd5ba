import { describe, it, expect } from 'vitest';
import { englishBases, englishWordAccepts, isAllCaps } from '../../../../shared/text/enMorph.js';

/** Whether the text word is a form of the term word (case-insensitive unless `termCase`). */
function accepts(term: string, word: string, caseSensitive = false): boolean {
  return englishWordAccepts(term.toLowerCase(), caseSensitive ? term : undefined, word.toLowerCase(), word);
}

describe('englishBases / englishWordAccepts', () => {
  it('accepts plurals -s, -es, -ies', () => {
    expect(accepts('prisoner', 'prisoners')).toBe(true);
    expect(accepts('sanction', 'sanctions')).toBe(true);
    expect(accepts('tax', 'taxes')).toBe(true);
    expect(accepts('country', 'countries')).toBe(true);
    expect(accepts('crisis', 'crises')).toBe(true);
    expect(accepts('chairman', 'chairmen')).toBe(true);
  });
  it("accepts possessives with ' and ’", () => {
    expect(accepts('president', "president's")).toBe(true);
    expect(accepts('president', 'president’s')).toBe(true);
    expect(accepts('prisoner', "prisoners'")).toBe(true);
    expect(accepts('prisoner', 'prisoners’')).toBe(true);
  });
  it('does not conflate derived words', () => {
    expect(accepts('prison', 'prisoner')).toBe(false);
    expect(accepts('prison', 'prisoners')).toBe(false);
    expect(accepts('president', 'presidency')).toBe(false);
    expect(accepts('president', 'presidential')).toBe(false);
    expect(accepts('state', 'stated')).toBe(false);
    expect(accepts('state', 'statement')).toBe(false);
    expect(accepts('east', 'easter')).toBe(false);
  });
  it('all-caps terms are case-sensitive, plural and possessive included', () => {
    expect(accepts('US', 'US', true)).toBe(true);
    expect(accepts('US', "US's", true)).toBe(true);
    expect(accepts('NGO', 'NGOs', true)).toBe(true);
    expect(accepts('US', 'us', true)).toBe(false);
    expect(accepts('US', 'Us', true)).toBe(false);
    expect(accepts('CIS', 'cis', true)).toBe(false);
  });
  it('exact terms take their own form only', () => {
    expect(englishWordAccepts('kyiv', undefined, 'kyiv', 'Kyiv', true)).toBe(true);
    expect(englishWordAccepts('kyiv', undefined, "kyiv's", "Kyiv's", true)).toBe(false);
  });
  it('lists the word itself first', () => {
    expect(englishBases('states')[0]).toEqual({ base: 'states', prefix: 6 });
    expect(englishBases('states').map((b) => b.base)).toContain('state');
  });
});

describe('isAllCaps', () => {
  it('needs two capitals and no lower-case letter', () => {
    expect(isAllCaps('US')).toBe(true);
    expect(isAllCaps('S.U.A.')).toBe(true);
    expect(isAllCaps('G7')).toBe(false);
    expect(isAllCaps('Kyiv')).toBe(false);
    expect(isAllCaps('A')).toBe(false);
    expect(isAllCaps('NGOs')).toBe(false);
  });
});
