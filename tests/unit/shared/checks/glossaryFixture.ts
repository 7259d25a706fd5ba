// A small glossary for the term checks' unit tests.
import { concept, fakeTerms } from './helpers.js';

export const testConcepts = [
  concept(
    'cis',
    ['CSI', 'Comunitatea Statelor Independente'],
    [
      ['CIS', 'preferred'],
      ['Commonwealth of Independent States', 'admitted'],
    ],
  ),
  concept(
    'kyiv',
    ['Kiev'],
    [
      ['Kyiv', 'preferred'],
      ['Kiev', 'deprecated'],
    ],
  ),
  concept(
    'belarus',
    ['Belarus'],
    [
      ['Belarus', 'preferred'],
      ['Byelorussia', 'forbidden'],
    ],
  ),
  concept(
    'lukashenko',
    ['Lukașenko'],
    [
      ['Lukashenko', 'preferred'],
      ['Lukashenka', 'admitted'],
    ],
  ),
  concept(
    'agreement',
    ['acord'],
    [
      ['agreement', 'preferred'],
      ['accord', 'deprecated'],
    ],
  ),
  concept('moscow', ['Moscova'], [['Moscow', 'preferred']]),
  concept('timisoara', ['Timișoara'], [['Timișoara', 'preferred']]),
  concept('note', ['notă'], []),
];

export const testTerms = fakeTerms(testConcepts);
