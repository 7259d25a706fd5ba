import { describe, expect, it } from 'vitest';
import { termInconsistent } from '../../../../shared/checks/termInconsistent.js';
import { concept, fakeTerms, fixed, run } from './helpers.js';
import { testTerms } from './glossaryFixture.js';

describe('term-inconsistent', () => {
  it('catches one concept rendered two ways and points at the minority rendering', () => {
    const pairs: [string, string][] = [
      ['Lukașenko a vorbit.', 'Lukashenko spoke.'],
      ['Lukașenko a tăcut.', 'Lukashenko fell silent.'],
      ['Lukașenko a plecat.', 'Lukashenka left.'],
    ];
    const found = run(termInconsistent, pairs, { terms: testTerms });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      segmentId: 's3',
      messageKey: 'check.term-inconsistent.differs',
      params: { found: 'Lukashenka', term: 'Lukashenko' },
    });
    expect(fixed('Lukashenka left.', found[0]!)).toBe('Lukashenko left.');
  });
  it('takes the first rendering on a tie', () => {
    const found = run(
      termInconsistent,
      [
        ['Liderii CSI.', 'Commonwealth of Independent States leaders.'],
        ['Summitul CSI.', 'The CIS summit.'],
      ],
      { terms: testTerms },
    );
    expect(found.map((f) => [f.segmentId, f.params['found']])).toEqual([['s2', 'CIS']]);
  });
  it('leaves alone consistent renderings, a segment that gives both, bad renderings and no glossary', () => {
    expect(
      run(
        termInconsistent,
        [
          ['Lukașenko a vorbit.', 'Lukashenko spoke.'],
          ['Lukașenko a plecat.', 'Lukashenko left.'],
        ],
        { terms: testTerms },
      ),
    ).toEqual([]);
    expect(
      run(
        termInconsistent,
        [
          ['Lukașenko a vorbit.', 'Lukashenko spoke.'],
          ['Lukașenko a plecat.', 'Lukashenko (also spelled Lukashenka) left.'],
        ],
        { terms: testTerms },
      ),
    ).toEqual([]);
    expect(
      run(
        termInconsistent,
        [
          ['Kiev a răspuns.', 'Kyiv replied.'],
          ['Kiev a tăcut.', 'Kiev kept silent.'],
        ],
        { terms: testTerms },
      ),
    ).toEqual([]);
    expect(
      run(termInconsistent, [
        ['Lukașenko a vorbit.', 'Lukashenko spoke.'],
        ['Lukașenko a plecat.', 'Lukashenka left.'],
      ]),
    ).toEqual([]);
  });
});

describe('term-inconsistent per article (issue 11, cause 5)', () => {
  const uk = fakeTerms([
    concept(
      'uk',
      ['Marea Britanie'],
      [
        ['UK', 'preferred'],
        ['Britain', 'admitted'],
      ],
    ),
  ]);
  it('compares renderings within an article only: a headline starts a new one', () => {
    const pairs: [string, string][] = [
      ['Numărul românilor din Marea Britanie a scăzut', 'Number of Romanians in the UK falls'],
      ['Mulți români au plecat din Marea Britanie după Brexit.', 'Many Romanians left the UK after Brexit.'],
      ['Drepturile TV pentru Superliga, vândute', 'Superliga TV rights sold'],
      ['În Marea Britanie, Sky plătește de 30 de ori mai mult.', 'In Britain, Sky pays 30 times as much.'],
    ];
    expect(run(termInconsistent, pairs, { terms: uk })).toEqual([]);
  });
  it('still catches two renderings in one article', () => {
    const pairs: [string, string][] = [
      ['Românii din Marea Britanie', 'Romanians in the UK'],
      ['Mulți români au plecat din Marea Britanie.', 'Many Romanians left the UK.'],
      ['În Marea Britanie, salariile sunt mari.', 'In Britain, wages are high.'],
    ];
    expect(run(termInconsistent, pairs, { terms: uk }).map((f) => f.segmentId)).toEqual(['s3']);
  });
});
