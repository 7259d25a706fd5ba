import { describe, expect, it } from 'vitest';
import { negationMismatch } from '../../../../shared/checks/negationMismatch.js';
import { at, one } from './helpers.js';

describe('negation-mismatch: real translations stay quiet', () => {
  it.each([
    ['Analiștii nu se așteaptă la o revenire rapidă.', 'Analysts do not expect a quick recovery.'],
    ['Kremlinul n-a comentat atacul.', "The Kremlin didn't comment on the attack."],
    ['„Nimeni nu a renunțat”, a declarat el.', '“Nobody gave up,” he said.'],
    ['Niciun jucător nu a trecut de 15 puncte.', 'None of the players scored more than 15 points.'],
    [
      'Nici sindicatele, nici guvernul nu par dispuse să cedeze.',
      'Neither the unions nor the government seem willing to give way.',
    ],
    [
      'Somnul afectează nu numai glicemia, ci și tensiunea.',
      'Sleep affects not only blood sugar but also blood pressure.',
    ],
    ['Nu numai profesorii, ci și părinții au protestat.', 'Both teachers and parents protested.'],
    ['Este un lucru bun, nu-i așa?', "It is a good thing, isn't it?"],
    ['Fără o odihnă suficientă, organismul nu se poate reface.', 'Without enough rest, the body cannot recover.'],
    ['Ministerul nu a comentat informațiile.', 'The ministry declined to comment on the reports.'],
    ['Guvernul nu a reușit să adopte bugetul.', 'The government failed to adopt the budget.'],
    ['Nu este clar cine va conduce agenția.', 'It is unclear who will head the agency.'],
    ['Partidul nu mai are majoritate.', 'The party no longer has a majority.'],
    ['Aproape nimeni nu a observat schimbarea.', 'Hardly anyone noticed the change.'],
    ['Nu au mai rămas decât două zile.', 'Only two days are left.'],
    ['Au participat nu mai puțin de 10.000 de oameni.', 'At least 10,000 people took part.'],
    ['Negocierile continuă până nu se ajunge la un acord.', 'The talks go on until an agreement is reached.'],
    ['Oamenii fără adăpost vor primi ajutor.', 'Homeless people will receive aid.'],
    ['Nu în ultimul rând, proiectul va crea locuri de muncă.', 'Last but not least, the project will create jobs.'],
    ['Proiectul a fost respins de Senat.', 'The bill was not passed by the Senate.'],
    ['Comisia a refuzat să publice raportul.', 'The commission would not publish the report.'],
    ['Legea nr. 12/2024 a fost abrogată.', 'Law No. 12/2024 was repealed.'],
    ['Contestațiile pot fi depuse oricând.', 'Appeals can be lodged no matter when.'],
  ])('%s ↔ %s', (source, target) => {
    expect(one(negationMismatch, source, target)).toEqual([]);
  });
});

describe('negation-mismatch: catches', () => {
  it('a dropped "not", with the source negation as sourceRange', () => {
    const source = 'Decizia nu este definitivă și poate fi atacată.';
    const [f] = one(negationMismatch, source, 'The ruling is final and can be appealed.');
    expect(f?.messageKey).toBe('check.negation-mismatch.missing');
    expect(f?.severity).toBe('warning');
    expect(source.slice(f!.sourceRange!.start, f!.sourceRange!.end)).toBe('nu');
  });
  it.each([
    ['Kremlinul nu a comentat atacul.', 'The Kremlin commented on the attack.'],
    ['Niciun jucător al oaspeților nu a trecut de 15 puncte.', 'Every visiting player scored more than 15 points.'],
    ['Meteorologii nu exclud furtuni izolate.', 'Forecasters rule out isolated storms.'],
    ['N-a venit nimeni.', 'Everyone came.'],
  ])('a lost negation: %s → %s', (source, target) => {
    expect(one(negationMismatch, source, target).map((f) => f.messageKey)).toEqual(['check.negation-mismatch.missing']);
  });
  it('a negation the source does not have, with its range', () => {
    const t = 'Inspectors found that prices had not been cut.';
    const [f] = one(negationMismatch, 'Inspectorii au constatat că prețurile au fost reduse.', t);
    expect(f?.messageKey).toBe('check.negation-mismatch.added');
    expect(at(t, f!)).toBe('not');
  });
});

describe('negation-mismatch: idioms that do not negate', () => {
  it.each([
    ['Fără îndoială, este cel mai bun rezultat.', 'This is certainly the best result.'],
    ['Tariful va fi de cel mult 5 lei.', 'The fare will be no more than 5 lei.'],
    ['Prețurile au rămas la fel.', 'Prices have not changed.'],
  ])('%s ↔ %s', (source, target) => {
    expect(one(negationMismatch, source, target)).toEqual([]);
  });
});
