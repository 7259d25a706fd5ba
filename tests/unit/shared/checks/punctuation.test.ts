import { describe, expect, it } from 'vitest';
import { punctuation } from '../../../../shared/checks/punctuation.js';
import { fixed, one, run } from './helpers.js';

describe('punctuation: sentence end', () => {
  it('catches a dropped final period and inserts it', () => {
    const t = 'The talks ended';
    const [f] = one(punctuation, 'Negocierile s-au încheiat.', t);
    expect(f?.messageKey).toBe('check.punctuation.endMissing');
    expect(fixed(t, f!)).toBe('The talks ended.');
  });
  it('inserts the period inside closing quotes, where the source has it', () => {
    const t = 'He said: “It is over”';
    const [f] = one(punctuation, 'El a spus: „S-a terminat.”', t);
    expect(fixed(t, f!)).toBe('He said: “It is over.”');
  });
  it('catches a question turned into a statement', () => {
    const t = 'Who will pay for it.';
    const [f] = one(punctuation, 'Cine va plăti pentru asta?', t);
    expect(f).toMatchObject({ messageKey: 'check.punctuation.endDiffers', params: { expected: '?', found: '.' } });
    expect(fixed(t, f!)).toBe('Who will pay for it?');
  });
  it('catches a period added to a headline', () => {
    const [f] = one(punctuation, 'Alegeri anticipate în Belarus', 'Early elections in Belarus.');
    expect(f?.messageKey).toBe('check.punctuation.endExtra');
  });
  it('leaves alone matching ends, "..." for "…", quotes and brackets after the mark', () => {
    expect(one(punctuation, 'A plecat.', 'He left.')).toEqual([]);
    expect(one(punctuation, 'Și apoi…', 'And then...')).toEqual([]);
    expect(one(punctuation, '(A plecat.)', '(He left.)')).toEqual([]);
    expect(one(punctuation, '„A plecat!”', '“He left!”')).toEqual([]);
    expect(one(punctuation, 'Ce?!', 'What?')).toEqual([]);
    expect(one(punctuation, 'Titlu fără punct', 'Headline without a period')).toEqual([]);
    expect(one(punctuation, 'A plecat.', '')).toEqual([]);
  });
});

describe('punctuation: brackets per paragraph', () => {
  it('catches an unclosed bracket when the source closes it', () => {
    const found = run(
      punctuation,
      [
        ['Liderul (aflat la Minsk', 'The leader (who was in Minsk'],
        ['de ieri) a tăcut.', 'since yesterday has kept silent.'],
      ],
      { paragraphs: [0, 0] },
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      segmentId: 's1',
      messageKey: 'check.punctuation.unclosedBracket',
      params: { bracket: '(' },
    });
  });
  it('accepts a bracket opened in one segment and closed in the next', () => {
    const found = run(
      punctuation,
      [
        ['Liderul (aflat la Minsk.', 'The leader (who was in Minsk.'],
        ['De ieri) a tăcut.', 'Since yesterday) has kept silent.'],
      ],
      { paragraphs: [0, 0] },
    );
    expect(found).toEqual([]);
  });
  it('leaves alone list markers that the source has too', () => {
    expect(one(punctuation, 'Se aplică lit. a) din lege.', 'Letter a) of the law applies.')).toEqual([]);
  });
  it('catches a stray closing bracket', () => {
    const found = one(punctuation, 'A plecat (ieri).', 'He left yesterday).');
    expect(found.map((f) => f.messageKey)).toEqual(['check.punctuation.unopenedBracket']);
  });
});

describe('punctuation: headlines and captions (issue 11, cause 4)', () => {
  it('leaves alone a headline whose Romanian full stop English drops', () => {
    expect(one(punctuation, 'Premierul a anunțat un nou guvern.', 'Premier announces new government')).toEqual([]);
  });
  it('leaves alone captions and credits, with or without a stop on either side', () => {
    expect(
      one(
        punctuation,
        'Foto: Protestatari în fața Guvernului, joi seara',
        'Photo: Protesters outside the government on Thursday.',
      ),
    ).toEqual([]);
    expect(one(punctuation, 'Sursa: Ministerul Finanțelor.', 'Source: Finance Ministry')).toEqual([]);
  });
  it('still catches a dropped stop in prose: an article in front, a quotation, or a paragraph of several sentences', () => {
    expect(one(punctuation, 'Negocierile s-au încheiat.', 'The talks ended')).toHaveLength(1);
    const found = run(
      punctuation,
      [
        ['Guvernul a demisionat.', 'Government resigns'],
        ['Premierul a plecat.', 'The prime minister left.'],
      ],
      { paragraphs: [0, 0] },
    );
    expect(found.map((f) => f.messageKey)).toEqual(['check.punctuation.endMissing']);
  });
});
