import { describe, expect, it } from 'vitest';
import type { Concept } from '../../../shared/model/glossary.js';
import { reloadNotice } from '../../../renderer/panels/glossaryNotice.js';
import {
  conceptFromDraft,
  draftOf,
  draftProblem,
  rowView,
  shortDate,
} from '../../../renderer/panels/glossaryViewModel.js';
import type { Translate } from '../../../renderer/i18n/keys.js';

const kiev: Concept = {
  id: 'c-kiev',
  subjectField: 'places',
  note: 'English-language media switched to Kyiv.',
  modified: { by: 'ana', at: '2026-11-30T08:15:00Z' },
  terms: {
    ro: [{ text: 'Kiev', status: 'preferred', type: 'properName', partOfSpeech: 'properNoun' }],
    en: [
      { text: 'Kiev', status: 'forbidden', note: 'Old spelling.' },
      { text: 'Kyiv', status: 'preferred', type: 'properName' },
    ],
    de: [{ text: 'Kiew', status: 'preferred' }],
  },
};

describe('a glossary view row', () => {
  it('lists English terms preferred first, with the file name and the last change', () => {
    const v = rowView({ key: 'id:c-kiev', file: '/team/shared/news.tbx', concept: kiev });
    expect(v.en.map((t) => `${t.text}:${t.status}`)).toEqual(['Kyiv:preferred', 'Kiev:forbidden']);
    expect(v).toMatchObject({ fileName: 'news.tbx', by: 'ana', at: '2026-11-30T08:15:00Z' });
    expect(shortDate(v.at!)).toBe('2026-11-30 08:15');
  });

  it('an edit keeps what the form does not show: other languages, types, term notes, subject', () => {
    const d = draftOf(kiev);
    d.en[0]!.status = 'deprecated';
    d.en.push({ text: '  Kyjiw  ', status: 'admitted' });
    d.note = '';
    const next = conceptFromDraft(kiev, d);
    expect(next.terms.en).toEqual([
      { text: 'Kiev', status: 'deprecated', note: 'Old spelling.' },
      { text: 'Kyiv', status: 'preferred', type: 'properName' },
      { text: 'Kyjiw', status: 'admitted' },
    ]);
    expect(next.terms.ro).toEqual(kiev.terms.ro);
    expect(next.terms.de).toEqual(kiev.terms.de);
    expect(next.subjectField).toBe('places');
    expect(next.note).toBeUndefined();
    // The base is not touched.
    expect(kiev.terms.en).toHaveLength(2);
  });

  it('refuses a blank term and an entry without a Romanian term', () => {
    const d = draftOf(kiev);
    d.en.push({ text: ' ', status: 'preferred' });
    expect(draftProblem(d)).toBe('emptyTerm');
    expect(draftProblem({ ...draftOf(kiev), ro: [] })).toBe('noRomanian');
    expect(draftProblem(draftOf(kiev))).toBeUndefined();
  });
});

describe('the notice after a glossary reload', () => {
  const t: Translate = (key, p) => `${key}${p ? JSON.stringify(p) : ''}`;
  it('says per file how many entries others added, changed and deleted', () => {
    const n = reloadNotice(
      {
        changed: true,
        files: [
          { path: '/g/a.tbx', stamp: '2' },
          { path: '/g/b.tbx', stamp: '1', unchanged: true },
        ],
        changes: [{ path: '/g/a.tbx', added: 2, changed: 1, deleted: 0 }],
      },
      t,
    );
    expect(n).toBe('glossary.colleagues{"file":"a.tbx","added":2,"changed":1,"deleted":0}');
  });

  it('says nothing when the only changes were the app’s own', () => {
    const files = [{ path: '/g/a.tbx', stamp: '2' }];
    expect(
      reloadNotice({ changed: true, files, changes: [{ path: '/g/a.tbx', added: 0, changed: 0, deleted: 0 }] }, t),
    ).toBeUndefined();
  });

  it('falls back to “reloaded” for a file that could not be compared', () => {
    expect(reloadNotice({ changed: true, files: [{ path: '/g/a.tbx', stamp: '2' }], changes: [] }, t)).toBe(
      'glossary.reloaded{"file":"a.tbx"}',
    );
  });
});
