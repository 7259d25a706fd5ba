import { describe, expect, it } from 'vitest';
import {
  repetitionFills,
  repetitionGroups,
  repetitionKey,
  type RepetitionSegment,
} from '../../../../shared/model/repetitions.js';

const seg = (id: string, source: string, target = '', status: RepetitionSegment['status'] = 'untranslated') => ({
  id,
  source,
  target,
  status,
});

describe('repetitions', () => {
  it('treats cedilla and comma-below spellings, decomposed letters and extra spaces as the same sentence', () => {
    const a = 'Contractul se încheie în ţară.';
    const b = 'Contractul  se încheie în țară. ';
    const c = 'Contractul se i\u0302ncheie i\u0302n ţară.';
    expect(repetitionKey(a)).toBe(repetitionKey(b));
    expect(repetitionKey(a)).toBe(repetitionKey(c));
    expect(repetitionKey('Art. 5')).not.toBe(repetitionKey('art. 5'));
  });

  it('groups repeated sources in document order and leaves single ones and empty ones out', () => {
    const groups = repetitionGroups([
      seg('1', 'Părțile semnează.'),
      seg('2', 'Alt text.'),
      seg('3', 'Părţile semnează.'),
      seg('4', ''),
      seg('5', ''),
      seg('6', 'Părțile semnează.'),
    ]);
    expect(groups.get('3')).toEqual(['1', '3', '6']);
    expect(groups.has('2')).toBe(false);
    expect(groups.has('4')).toBe(false);
  });

  it('fills empty and machine-filled repetitions, never a draft the user typed nor a confirmed one', () => {
    const segments = [
      seg('1', 'Părțile semnează.', 'The parties sign.', 'translated'),
      seg('2', 'Părțile semnează.'),
      seg('3', 'Părțile semnează.', 'My own words.', 'draft'),
      seg('4', 'Părțile semnează.', 'Old memory text.', 'draft'),
      seg('5', 'Părțile semnează.', 'Signed.', 'reviewed'),
      seg('6', 'Părțile semnează.', 'The parties sign.', 'draft'),
    ];
    const groups = repetitionGroups(segments);
    const fills = repetitionFills(segments, groups, '1', 'The parties sign.', (id) =>
      id === '4' ? { kind: 'tm', score: 100 } : undefined,
    );
    expect(fills).toEqual([
      { id: '2', target: 'The parties sign.', origin: { kind: 'repetition', from: '1' } },
      { id: '4', target: 'The parties sign.', origin: { kind: 'repetition', from: '1' } },
    ]);
  });

  it('offers nothing for an empty translation or a segment without repetitions', () => {
    const segments = [seg('1', 'A.'), seg('2', 'A.'), seg('3', 'B.')];
    const groups = repetitionGroups(segments);
    expect(repetitionFills(segments, groups, '1', '  ', () => undefined)).toEqual([]);
    expect(repetitionFills(segments, groups, '3', 'B.', () => undefined)).toEqual([]);
  });
});
