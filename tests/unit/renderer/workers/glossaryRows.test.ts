import { describe, expect, it } from 'vitest';
import { serializeGlossary } from '../../../../glossary/common/codec.js';
import type { Concept, TermStatus } from '../../../../shared/model/glossary.js';
import { CheckSession, GlossarySearch } from '../../../../renderer/workers/checkSession.js';
import { GlossaryTable } from '../../../../renderer/workers/glossaryTable.js';
import type {
  GlossaryRowsQuery,
  QueryAnswers,
  WorkerQuery,
  WorkerRequest,
  WorkerResponse,
} from '../../../../renderer/workers/protocol.js';
import { newsSegments, sampleGlossary } from './workerHarness.js';

function session(files = [sampleGlossary]) {
  const posted: WorkerResponse[] = [];
  const s = new CheckSession((m) => posted.push(m), { now: () => 0 });
  let id = 0;
  const send = (m: WorkerRequest) => s.handle(m);
  const ask = <K extends WorkerQuery['kind']>(query: WorkerQuery & { kind: K }): QueryAnswers[K] => {
    const n = ++id;
    s.handle({ type: 'query', id: n, query });
    const reply = posted.find((m) => (m.type === 'answer' || m.type === 'error') && m.id === n);
    if (!reply || reply.type !== 'answer') throw new Error(`no answer: ${JSON.stringify(reply)}`);
    return reply.result as QueryAnswers[K];
  };
  send({ type: 'open', segments: newsSegments, sourceLang: 'ro', targetLang: 'en', checks: {}, ignored: [] });
  send({ type: 'glossaries', files });
  const rows = (q: Partial<GlossaryRowsQuery>) =>
    ask({ kind: 'glossaryRows', filter: '', sort: 'file', descending: false, offset: 0, limit: 1000, ...q });
  const firstRo = (q: Partial<GlossaryRowsQuery>) => rows(q).rows.map((r) => r.concept.terms.ro?.[0]?.text);
  return { posted, send, ask, rows, firstRo };
}

function concept(id: string, ro: string, en: string, status: TermStatus = 'preferred', at?: string): Concept {
  const c: Concept = { id, terms: { ro: [{ text: ro, status: 'preferred' }], en: [{ text: en, status }] } };
  if (at) c.modified = { by: 'ana', at };
  return c;
}

const tbx = (path: string, concepts: Concept[]) => ({ path, text: serializeGlossary({ concepts }, path) });

describe('the glossary view’s rows in the check worker', () => {
  it('lists every concept with its file and key, in file order, one slice at a time', () => {
    const t = session();
    const all = t.rows({});
    expect(all.total).toBe(24);
    expect(all.rows[0]).toMatchObject({ key: 'id:c-csi', file: '/project/glossary.tbx' });
    expect(all.rows[0]!.concept.terms.en?.map((x) => x.text)).toEqual(['CIS', 'Commonwealth of Independent States']);
    const slice = t.rows({ offset: 5, limit: 3 });
    expect(slice).toMatchObject({ total: 24, offset: 5 });
    expect(slice.rows.map((r) => r.key)).toEqual(all.rows.slice(5, 8).map((r) => r.key));
  });

  it('filters both languages ignoring case and diacritics', () => {
    const t = session();
    expect(t.firstRo({ filter: 'MINSK' })).toEqual(['Minsk']);
    // "Lukașenko" typed without the comma below, and in the English spelling.
    expect(t.firstRo({ filter: 'lukasenko' })).toEqual(t.firstRo({ filter: 'Lukashenko' }));
    expect(t.rows({ filter: 'lukasenko' }).total).toBe(1);
    expect(t.rows({ filter: 'no such term anywhere' }).total).toBe(0);
  });

  it('finds entries by an inflected form of their terms', () => {
    const t = session();
    expect(t.firstRo({ filter: 'Minskului' })).toEqual(['Minsk']);
    expect(t.firstRo({ filter: 'prizonierilor politici' })).toEqual(['prizonier politic']);
  });

  it('sorts by Romanian and English term and by last change, both ways', () => {
    const t = session([
      tbx('/g/a.tbx', [
        concept('1', 'Ștefan', 'Stephen'),
        concept('2', 'ac', 'needle'),
        concept('3', 'Zvon', 'rumour'),
      ]),
    ]);
    expect(t.firstRo({ sort: 'ro' })).toEqual(['ac', 'Ștefan', 'Zvon']);
    expect(t.firstRo({ sort: 'ro', descending: true })).toEqual(['Zvon', 'Ștefan', 'ac']);
    expect(t.firstRo({ sort: 'en' })).toEqual(['ac', 'Zvon', 'Ștefan']);
    // A filter keeps the order.
    expect(t.firstRo({ sort: 'ro', descending: true, filter: 'n' })).toEqual(['Zvon', 'Ștefan', 'ac']);
  });

  it('sorts by modified date, undated concepts last either way', () => {
    const concepts = [
      concept('a', 'unu', 'one', 'preferred', '2026-01-02T10:00:00Z'),
      concept('b', 'doi', 'two'),
      concept('c', 'trei', 'three', 'preferred', '2026-03-01T09:00:00Z'),
    ];
    const table = new GlossaryTable(
      [{ path: '/g/x.tbx', glossary: { concepts } }],
      new GlossarySearch(concepts, 'ro', 'en'),
      'ro',
      'en',
      1,
    );
    const order = (descending: boolean) =>
      table
        .rows({ filter: '', sort: 'modified', descending, offset: 0, limit: 10 })
        .rows.map((r) => r.concept.terms.ro?.[0]?.text);
    expect(order(false)).toEqual(['unu', 'trei', 'doi']);
    expect(order(true)).toEqual(['trei', 'unu', 'doi']);
  });

  it('answers empty before any glossary is loaded', () => {
    const posted: WorkerResponse[] = [];
    const s = new CheckSession((m) => posted.push(m));
    s.handle({
      type: 'query',
      id: 1,
      query: { kind: 'glossaryRows', filter: '', sort: 'file', descending: false, offset: 0, limit: 10 },
    });
    expect(posted[0]).toMatchObject({ type: 'answer', result: { total: 0, rows: [] } });
  });
});

describe('what others changed in a reloaded glossary', () => {
  const base = [concept('1', 'pace', 'peace'), concept('2', 'război', 'war'), concept('3', 'armă', 'weapon')];
  const lastGlossary = (posted: WorkerResponse[]) =>
    posted.filter((m): m is Extract<WorkerResponse, { type: 'glossary' }> => m.type === 'glossary').at(-1)!;

  it('counts concepts added, changed and deleted, by key and content', () => {
    const t = session([tbx('/g/a.tbx', base)]);
    expect(lastGlossary(t.posted).changes).toEqual([]);
    const next = [
      concept('1', 'pace', 'peace'),
      concept('2', 'război', 'warfare'),
      concept('4', 'tanc', 'tank'),
      concept('5', 'navă', 'ship'),
    ];
    t.send({ type: 'glossaries', files: [tbx('/g/a.tbx', next)] });
    expect(lastGlossary(t.posted).changes).toEqual([{ path: '/g/a.tbx', added: 2, changed: 1, deleted: 1 }]);
    // The view sees the new rows under a new revision.
    const rows = t.rows({});
    expect(rows.revision).toBe(lastGlossary(t.posted).revision);
    expect(rows.total).toBe(4);
  });

  it('does not count the changes this app announced as its own, and counts a colleague’s beside them', () => {
    const t = session([tbx('/g/a.tbx', base)]);
    const key = t.rows({}).rows[1]!.key;
    t.send({
      type: 'ownGlossaryChanges',
      id: 7,
      path: '/g/a.tbx',
      changes: [
        { before: key, after: concept('2', 'război', 'warfare') },
        { before: null, after: concept('9', 'tanc', 'tank') },
      ],
    });
    const next = [concept('1', 'pace', 'peace'), concept('2', 'război', 'warfare'), concept('4', 'tanc', 'tank')];
    // A colleague deleted "armă" meanwhile.
    t.send({ type: 'glossaries', files: [tbx('/g/a.tbx', next)] });
    expect(lastGlossary(t.posted).changes).toEqual([{ path: '/g/a.tbx', added: 0, changed: 0, deleted: 1 }]);
    // Consumed: the same change seen again (a colleague reverting and redoing it) counts.
    t.send({ type: 'forgetOwnGlossaryChanges', id: 7 });
    t.send({ type: 'glossaries', files: [tbx('/g/a.tbx', base)] });
    expect(lastGlossary(t.posted).changes).toEqual([{ path: '/g/a.tbx', added: 1, changed: 1, deleted: 1 }]);
  });

  it('an unchanged file is not reported, another file’s change is', () => {
    const other = [concept('x', 'lună', 'moon')];
    const t = session([tbx('/g/a.tbx', base), tbx('/g/b.tbx', other)]);
    t.send({
      type: 'glossaries',
      files: [tbx('/g/a.tbx', base), tbx('/g/b.tbx', [...other, concept('y', 'soare', 'sun')])],
    });
    expect(lastGlossary(t.posted).changes).toEqual([{ path: '/g/b.tbx', added: 1, changed: 0, deleted: 0 }]);
  });
});
