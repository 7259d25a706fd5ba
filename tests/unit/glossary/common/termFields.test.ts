import { describe, it, expect } from 'vitest';
import {
  formatMatchOptions,
  languageOrder,
  parseMatchOptions,
  parseStatus,
  parseTermType,
  primaryLanguage,
} from '../../../../glossary/common/termFields.js';

describe('primaryLanguage', () => {
  it('reduces tags to the lower-case primary subtag', () => {
    expect(['ro', 'ro-RO', 'ro-MD', 'RO_ro', 'en-GB', 'en', ' en-US '].map(primaryLanguage)).toEqual([
      'ro',
      'ro',
      'ro',
      'ro',
      'en',
      'en',
      'en',
    ]);
    expect(primaryLanguage('')).toBe('');
  });
});

describe('parseStatus', () => {
  it('maps TBX administrative statuses to the four the app uses', () => {
    expect(
      [
        'preferredTerm-admn-sts',
        'admittedTerm-admn-sts',
        'deprecatedTerm-admn-sts',
        'supersededTerm-admn-sts',
        'legalTerm-admn-sts',
        'regulatedTerm-admn-sts',
        'standardizedTerm-admn-sts',
      ].map(parseStatus),
    ).toEqual(['preferred', 'admitted', 'deprecated', 'deprecated', 'preferred', 'preferred', 'preferred']);
  });

  it('accepts TBX 2008 normativeAuthorization values and plain words in any case', () => {
    expect(['supersededTerm', 'Preferred', 'ADMITTED', 'deprecated', 'forbidden'].map(parseStatus)).toEqual([
      'deprecated',
      'preferred',
      'admitted',
      'deprecated',
      'forbidden',
    ]);
  });

  it('returns undefined for what it does not know', () => {
    expect(parseStatus('maybe')).toBeUndefined();
    expect(parseStatus('')).toBeUndefined();
  });
});

describe('parseTermType', () => {
  it('maps TBX term types, shortForm to abbreviation, and ignores what the app does not model', () => {
    expect(
      ['fullForm', 'acronym', 'abbreviation', 'shortForm', 'variant', 'phrase', 'properName'].map(parseTermType),
    ).toEqual(['fullForm', 'acronym', 'abbreviation', 'abbreviation', 'variant', 'phrase', 'properName']);
    expect(parseTermType('formula')).toBeUndefined();
  });
});

describe('match options', () => {
  it('reads and writes the words, reporting unknown ones', () => {
    expect(parseMatchOptions('case-sensitive exact')).toEqual({ caseSensitive: true, exact: true, unknown: [] });
    expect(parseMatchOptions('case-insensitive, inflected')).toEqual({
      caseSensitive: false,
      exact: false,
      unknown: [],
    });
    expect(parseMatchOptions('exakt').unknown).toEqual(['exakt']);
    expect(formatMatchOptions({ caseSensitive: true, exact: true })).toBe('case-sensitive exact');
    expect(formatMatchOptions({})).toBe('');
  });
});

describe('languageOrder', () => {
  it('puts Romanian, then English, then the rest alphabetically', () => {
    expect(languageOrder(['fr', 'en', 'de', 'ro', 'en'])).toEqual(['ro', 'en', 'de', 'fr']);
  });
});
