import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../../shared/checks/runner.js';
import { doc } from './helpers.js';

/** Correct translations in legal, academic and news register, full of traps for the checks. */
const PAIRS: [string, string][] = [
  [
    'Potrivit art. 5 alin. (2) lit. a) din Legea nr. 544/2001, cererea se soluționează în 10 zile.',
    'Under Article 5(2)(a) of Law No. 544/2001, the request is settled within 10 days.',
  ],
  [
    'Studiul, publicat în 2023, arată o creștere de 12,4% (p < 0,05).',
    'The study, published in 2023, shows an increase of 12.4% (p < 0.05).',
  ],
  [
    'Întâlnirea a avut loc joi, la ora 14:00, la sediul Guvernului.',
    'The meeting took place on Thursday at 14:00 at the government headquarters.',
  ],
  ['„Vom continua”, a spus premierul.', '“We will continue,” the prime minister said.'],
  ['Ce urmează?', 'What comes next?'],
  ['Prima ediție a avut loc în mai 2019.', 'The first edition took place in May 2019.'],
  ['Mai mult de jumătate dintre respondenți au răspuns „da”.', 'More than half of the respondents answered “yes”.'],
  [
    'Au participat reprezentanți din 27 de state membre ale UE.',
    'Representatives of the 27 EU member states took part.',
  ],
  [
    'Raportul are 150 de pagini și poate fi descărcat de pe www.ms.ro.',
    'The report has 150 pages and can be downloaded from www.ms.ro.',
  ],
  ['Sâmbătă și duminică vor fi ploi.', 'There will be rain on Saturday and Sunday.'],
  ['Ministrul Sănătății, Alexandru Rafila, a demisionat.', 'Health Minister Alexandru Rafila resigned.'],
  ['El a fost ales cu 52,3% din voturi.', 'He was elected with 52.3% of the vote.'],
  ['Bugetul pe 2025 prevede un deficit de 7% din PIB.', 'The 2025 budget provides for a deficit of 7% of GDP.'],
  [
    'Proiectul costă 1,2 miliarde de euro, finanțați din PNRR.',
    'The project costs 1.2 billion euros, financed from the NRRP.',
  ],
  ['În primele trei luni ale anului, exporturile au crescut.', 'In the first three months of the year, exports rose.'],
  ['De luni, prețurile cresc.', 'From Monday, prices go up.'],
  ['Președintele a promulgat legea pe 3 martie.', 'The president signed the law into force on March 3.'],
  ['Autorul (n. 1950) a murit la Paris.', 'The author (b. 1950) died in Paris.'],
  ['Acest lucru e valabil și pentru cei doi copii.', 'This also applies to both children.'],
  ['Sunt 3 variante: a), b) și c).', 'There are 3 options: a), b) and c).'],
];

describe('correct pairs across registers (no glossary)', () => {
  it('raise nothing at all', () => {
    const found = runChecks(doc(PAIRS));
    expect(found.map((f) => `${f.segmentId} ${f.messageKey} ${JSON.stringify(f.params)}`)).toEqual([]);
  });
});
