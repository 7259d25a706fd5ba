import { describe, expect, it } from 'vitest';
import { numberMismatch } from '../../../../shared/checks/numberMismatch.js';
import { at, fixed, one } from './helpers.js';

const keys = (list: { messageKey: string }[]) => list.map((f) => f.messageKey);

describe('number-mismatch: equal values written the other locale’s way stay quiet', () => {
  it.each([
    ['Bugetul este de 1.234,56 lei.', 'The budget is 1,234.56 lei.'],
    ['Au votat 1.234 de deputați.', '1,234 deputies voted.'],
    ['Au votat 1.234 de deputați.', '1234 deputies voted.'],
    ['Inflația a fost de 2,5%.', 'Inflation was 2.5%.'],
    ['Inflația a fost de 2,5 la sută.', 'Inflation was 2.5 percent.'],
    ['Statul a pierdut 2,5 milioane de euro.', 'The state lost 2.5 million euros.'],
    ['Statul a pierdut 2,5 milioane de euro.', 'The state lost €2,500,000.'],
    ['Datoria a ajuns la 3 mld. lei.', 'The debt reached 3 billion lei.'],
    ['Datoria a ajuns la 3 miliarde de lei.', 'The debt reached 3bn lei.'],
    ['Un bilion de dolari.', 'A trillion dollars.'],
    ['Au fost eliberați 52 de prizonieri politici.', '52 political prisoners were freed.'],
    ['Două țări au refuzat.', 'Two countries refused.'],
    ['Au venit 3 delegații.', 'Three delegations came.'],
    ['Este al 3-lea mandat.', 'It is the third term, his 3rd.'],
    ['În secolul al XX-lea.', 'In the 20th century.'],
    ['Ședința începe la ora 10.30.', 'The meeting starts at 10:30.'],
    ['Una dintre țări a refuzat.', 'One of the countries refused.'],
    ['O nouă lege a intrat în vigoare.', 'A new law came into force.'],
    ['Cei doi lideri au vorbit.', 'Both leaders spoke.'],
    ['Pandemia de COVID-19 a lovit în 2020.', 'The COVID-19 pandemic struck in 2020.'],
    ['În perioada 2020-2025 au fost 5-6 alegeri.', 'In 2020-2025 there were 5-6 elections.'],
    ['Legea 123/2024 a intrat în vigoare.', 'Law 123/2024 came into force.'],
    ['Peste 100 de mii de oameni au protestat.', 'More than 100,000 people protested.'],
    ['Au fost 3 milioane și jumătate de votanți.', 'There were 3.5 million voters.'],
    ['În anii ’90, economia a scăzut.', 'In the 1990s, the economy shrank.'],
    ['Ședința din 10.03 a fost amânată.', 'The meeting of 10 March was postponed.'],
    ['Ședința de la ora 10.03 a fost amânată.', 'The 10:03 meeting was postponed.'],
    ['S-a întâmplat de două ori.', 'It happened twice.'],
  ])('%s ↔ %s', (source, target) => {
    expect(one(numberMismatch, source, target)).toEqual([]);
  });
  it('leaves numbers inside dates to date-mismatch', () => {
    expect(one(numberMismatch, 'Pe 10 octombrie 2025 au votat.', 'On October 11, 2025, they voted.')).toEqual([]);
  });
});

describe('number-mismatch: catches', () => {
  it('a changed number, with the source number in English format as fix', () => {
    const t = 'The budget is 1,243.56 lei.';
    const [f] = one(numberMismatch, 'Bugetul este de 1.234,56 lei.', t);
    expect(f?.messageKey).toBe('check.number-mismatch.differs');
    expect(at(t, f!)).toBe('1,243.56');
    expect(fixed(t, f!)).toBe('The budget is 1,234.56 lei.');
  });
  it('"1.234" copied into English, where it means 1.234', () => {
    const t = '1.234 deputies voted.';
    const [f] = one(numberMismatch, 'Au votat 1.234 de deputați.', t);
    expect(fixed(t, f!)).toBe('1,234 deputies voted.');
  });
  it('a wrong scale: milliard is billion, bilion is trillion', () => {
    const t = 'The debt reached 3 million lei.';
    const [f] = one(numberMismatch, 'Datoria a ajuns la 3 mld. lei.', t);
    expect(fixed(t, f!)).toBe('The debt reached 3 billion lei.');
    expect(keys(one(numberMismatch, 'Un bilion de dolari.', 'A billion dollars.'))).toEqual([
      'check.number-mismatch.differs',
    ]);
  });
  it('a wrong number word', () => {
    const t = 'Three countries refused.';
    const [f] = one(numberMismatch, 'Două țări au refuzat.', t);
    expect(fixed(t, f!)).toBe('Two countries refused.');
  });
  it('a soft word ("nouă": nine or new) replaced by another number', () => {
    const t = 'Eight delegations came.';
    const [f] = one(numberMismatch, 'Au venit nouă delegații.', t);
    expect(f?.messageKey).toBe('check.number-mismatch.differs');
    expect(fixed(t, f!)).toBe('Nine delegations came.');
  });
  it('a number left out or added', () => {
    const lost = one(numberMismatch, 'Au fost 52 de răniți și 3 morți.', 'There were 52 injured and several dead.');
    expect(keys(lost)).toEqual(['check.number-mismatch.missing']);
    expect(lost[0]!.params['source']).toBe('3');
    expect(keys(one(numberMismatch, 'Au fost răniți mulți.', 'There were 12 injured.'))).toEqual([
      'check.number-mismatch.extra',
    ]);
  });
  it('a Romanian decimal comma left in English, with the English form as fix', () => {
    const t = 'Inflation was 2,5 percent.';
    const [f] = one(numberMismatch, 'Inflația a fost de 2,5 la sută.', t);
    expect(f?.messageKey).toBe('check.number-mismatch.format');
    expect(fixed(t, f!)).toBe('Inflation was 2.5 percent.');
  });
  it('a changed time', () => {
    expect(keys(one(numberMismatch, 'Ședința începe la ora 10.30.', 'The meeting starts at 11:30.'))).toEqual([
      'check.number-mismatch.differs',
    ]);
  });
});

describe('number-mismatch on real news (issue 11, cause 2)', () => {
  it.each([
    ['Tribunalul l-a condamnat pe un tânăr de 19 ani.', 'The court sentenced a 19-year-old.'],
    [
      'Planul de reducere pe cinci ani a fost trimis la Bruxelles.',
      'The five-year reduction plan was sent to Brussels.',
    ],
    ['O creștere de 400 la sută nu a mai fost înregistrată.', 'A 400-percent increase had not been recorded.'],
    [
      'Cincizeci și cinci de licee nu au avut niciun elev promovat.',
      'Fifty-five high schools had no students who passed.',
    ],
    ['Doisprezece elevi au fost eliminați pentru fraudă.', 'A dozen pupils were disqualified for cheating.'],
    ['Meciul a început la ora 20:30.', 'The match kicked off at 8.30pm.'],
    ['Meciul este sâmbătă, de la ora 17:00.', 'The game is on Saturday at 5pm.'],
    ['Codul roșu începe marți, de la ora 20.00.', 'The red warning starts at 8 p.m. on Tuesday.'],
    ['Campania a început la ora 7.00.', 'The campaign started at 7am.'],
    ['Ne vedem la ora 20.', 'See you at 8pm.'],
    ['Sălile de lectură sunt deschise până la ora zece seara.', 'The reading rooms are open until 10 p.m.'],
    ['Sălile de lectură sunt deschise până la ora zece seara.', 'The reading rooms are open until 22:00.'],
    ['Sălile de lectură sunt deschise până la ora zece seara.', 'The reading rooms are open until ten at night.'],
    ['Cititorii pot veni de la ora 8 dimineața.', 'Readers may come from 8 a.m.'],
    ['Spectacolul începe la ora 7 seara.', 'The show starts at 7pm.'],
    ['Economia a încetinit în trimestrul patru.', 'The economy slowed in the fourth quarter.'],
    ['Rapid a rămas pe locul trei.', 'Rapid stayed third.'],
    ['Veniturile au crescut de peste trei ori.', 'Revenue more than tripled.'],
    ['Liga 1: FCSB a învins-o pe Rapid.', 'Liga 1: FCSB beat Rapid.'],
    ['U-BT Cluj s-a calificat în Final Four-ul EuroCup.', 'U-BT Cluj reach the EuroCup Final Four.'],
    ['Interviul a fost difuzat de postul australian.', 'The interview was aired by Channel Nine.'],
    [
      'Meciul va fi transmis de Digi Sport 1 și Prima Sport 1.',
      'The game will be shown on Digi Sport 1 and Prima Sport 1.',
    ],
    ['Legea nr. 245/2025 a fost publicată.', 'Law No. 245/2025 was published.'],
    ['Cea mai mare rată din ultimii 10 ani.', 'The highest rate in a decade.'],
    ['Aproape două treimi din volum.', 'Almost two-thirds of the volume.'],
  ])('%s ↔ %s', (source, target) => {
    expect(one(numberMismatch, source, target)).toEqual([]);
  });
  it('a number changed inside a compound, fixed in place', () => {
    const t = 'The team won by an 8-point margin.';
    const [f] = one(numberMismatch, 'Echipa a câștigat la o diferență de 5 puncte.', t);
    expect(f?.messageKey).toBe('check.number-mismatch.differs');
    expect(at(t, f!)).toBe('8');
    expect(fixed(t, f!)).toBe('The team won by an 5-point margin.');
  });
  it.each([
    ['Legea nr. 245/2025 intră în vigoare.', 'Law No. 254/2026 enters into force.'],
    ['Un băiat de 14 ani a murit.', 'A 16-year-old boy died.'],
    ['Cincizeci și cinci de licee.', 'Fifty-three high schools.'],
    ['Meciul a început la ora 20:30.', 'The match kicked off at 9.30pm.'],
    ['Spectacolul începe la ora 7 seara.', 'The show starts at 7am.'],
    ['Întâlnirea începe la ora zece dimineața.', 'The meeting starts at 10 p.m.'],
    ['Planul pe cinci ani.', 'The six-year plan.'],
    ['Produsul a crescut în trimestrul patru.', 'Output grew in the third quarter.'],
  ])('a changed number: %s → %s', (source, target) => {
    expect(one(numberMismatch, source, target).length).toBeGreaterThan(0);
  });
});

describe('number-mismatch: noon and midnight', () => {
  it.each([
    ['Codul este valabil până miercuri la ora 12:00.', 'The warning is valid until noon on Wednesday.'],
    ['Magazinele se închid la ora 0:00.', 'Shops close at midnight.'],
  ])('%s ↔ %s', (source, target) => {
    expect(one(numberMismatch, source, target)).toEqual([]);
  });
});
