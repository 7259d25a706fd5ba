import { describe, expect, it } from 'vitest';
import { termForbidden } from '../../../../shared/checks/termForbidden.js';
import { concept, fakeTerms, fixed, one } from './helpers.js';
import { testTerms } from './glossaryFixture.js';

describe('term-forbidden', () => {
  it('catches a forbidden term as an error and offers the preferred one', () => {
    const t = 'Byelorussia voted.';
    const [f] = one(termForbidden, 'Belarus a votat.', t, testTerms);
    expect(f).toMatchObject({
      severity: 'error',
      messageKey: 'check.term-forbidden.forbidden',
      params: { found: 'Byelorussia', term: 'Belarus' },
    });
    expect(fixed(t, f!)).toBe('Belarus voted.');
  });
  it('catches a deprecated term as a warning, wherever it stands', () => {
    const [f] = one(termForbidden, 'Liderul a vorbit.', 'The leader spoke in Kiev.', testTerms);
    expect(f).toMatchObject({
      severity: 'warning',
      messageKey: 'check.term-forbidden.deprecated',
      params: { found: 'Kiev', term: 'Kyiv' },
    });
  });
  it('keeps the possessive and the plural in the fix', () => {
    const t = 'Kiev’s mayor signed two accords.';
    const found = one(termForbidden, 'Primarul Kievului a semnat două acorduri.', t, testTerms);
    expect(found.map((f) => f.fixes?.[0]?.replacement)).toEqual(['Kyiv’s', 'agreements']);
    expect(fixed(t, found[1]!)).toBe('Kiev’s mayor signed two agreements.');
  });
  it('says so when the concept has no approved English term', () => {
    const terms = fakeTerms([concept('x', ['ceva'], [['thingamajig', 'forbidden']])]);
    const [f] = one(termForbidden, 'Ceva.', 'A thingamajig.', terms);
    expect(f?.messageKey).toBe('check.term-forbidden.forbiddenNoAlternative');
    expect(f?.fixes).toBeUndefined();
  });
  it('leaves alone approved terms, a bad term inside a longer approved one, and no glossary', () => {
    expect(one(termForbidden, 'Belarus a votat.', 'Belarus voted.', testTerms)).toEqual([]);
    const terms = fakeTerms([
      concept('opera', ['Opera din Kiev'], [['Kiev Opera', 'preferred']]),
      concept(
        'kyiv',
        ['Kiev'],
        [
          ['Kyiv', 'preferred'],
          ['Kiev', 'deprecated'],
        ],
      ),
    ]);
    expect(one(termForbidden, 'Opera din Kiev.', 'The Kiev Opera.', terms)).toEqual([]);
    expect(one(termForbidden, 'Liderul a vorbit.', 'He spoke in Kiev.')).toEqual([]);
  });
});
