import { describe, expect, it } from 'vitest';
import { quoteStyle } from '../../../../shared/checks/quoteStyle.js';
import { fixed, one, run } from './helpers.js';

describe('quote-style', () => {
  it('catches Romanian low opening quotes and offers the English one', () => {
    const t = '„We will not give in,” he said.';
    const found = one(quoteStyle, '„Nu vom ceda”, a spus el.', t);
    expect(found).toHaveLength(1);
    expect(found[0]!.messageKey).toBe('check.quote-style.romanian');
    expect(fixed(t, found[0]!)).toBe('“We will not give in,” he said.');
  });
  it('turns « » into double quotes, or single ones inside a quotation', () => {
    const t = 'He called it «a mistake».';
    const found = one(quoteStyle, 'El a numit-o «o greșeală».', t);
    expect(found.map((f) => f.fixes?.[0]?.replacement)).toEqual(['“', '”']);
    const nested = '“They wrote «enough» on the wall,” she said.';
    const inner = one(quoteStyle, '„Au scris «destul» pe zid”, a spus ea.', nested);
    expect(inner.map((f) => f.fixes?.[0]?.replacement)).toEqual(['‘', '’']);
  });
  it('checks pairing per paragraph: a quotation may span segments', () => {
    const pairs: [string, string][] = [
      ['„Vom merge mai departe.', '“We will go on.'],
      ['Nu ne oprim aici”, a declarat el.', 'We will not stop here,” he declared.'],
    ];
    expect(run(quoteStyle, pairs, { paragraphs: [0, 0] })).toEqual([]);
    // The same segments in two paragraphs: each half is unpaired, but so is the source, so nothing is said.
    expect(run(quoteStyle, pairs, { paragraphs: [0, 1] })).toEqual([]);
  });
  it('catches a quotation opened and never closed when the source closes it', () => {
    const found = run(
      quoteStyle,
      [
        ['„Vom merge mai departe.', '“We will go on.'],
        ['Nu ne oprim aici”, a declarat el.', 'We will not stop here, he declared.'],
      ],
      { paragraphs: [0, 0] },
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      segmentId: 's1',
      messageKey: 'check.quote-style.unclosed',
      range: { start: 0, end: 1 },
    });
  });
  it('catches a closing quote with no opening one', () => {
    const found = one(quoteStyle, '„Da”, a spus el.', 'Yes,” he said.');
    expect(found.map((f) => f.messageKey)).toEqual(['check.quote-style.unopened']);
  });
  it('leaves alone apostrophes, straight quotes in pairs and English quotes', () => {
    expect(one(quoteStyle, 'Casa lui Ion.', 'Ion’s house, the "old" one, is “new”.')).toEqual([]);
    expect(one(quoteStyle, 'Nimic.', 'Nothing.')).toEqual([]);
  });
});
