import { describe, expect, it } from 'vitest';
import { serializeGlossary } from '../../../../glossary/common/codec.js';
import type { Concept } from '../../../../shared/model/glossary.js';
import { CheckSession, GlossarySearch } from '../../../../renderer/workers/checkSession.js';
import type {
  QueryAnswers,
  WorkerQuery,
  WorkerRequest,
  WorkerResponse,
} from '../../../../renderer/workers/protocol.js';
import { RoLexicon } from '../../../../shared/text/roLexicon.js';
import { newsSegments, sampleGlossary } from './workerHarness.js';

/** A session and what it posted. */
function session() {
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
  return { posted, send, ask };
}

function openedWith(files = [sampleGlossary]) {
  const t = session();
  t.send({ type: 'open', segments: newsSegments, sourceLang: 'ro', targetLang: 'en', checks: {}, ignored: [] });
  t.send({ type: 'glossaries', files });
  return t;
}

const lastOf = <T extends WorkerResponse['type']>(posted: WorkerResponse[], type: T) =>
  posted.filter((m): m is Extract<WorkerResponse, { type: T }> => m.type === type).at(-1);

describe('CheckSession: glossaries', () => {
  it('loads the other files when one is malformed, naming the file and line', () => {
    const broken = { path: '/project/extra.tsv', text: 'Minsk\tMinsk\nGomel without a tab\n' };
    const t = openedWith([broken, sampleGlossary]);
    const g = lastOf(t.posted, 'glossary')!;
    expect(g.concepts).toBe(24);
    expect(g.problems).toHaveLength(1);
    expect(g.problems[0]).toMatchObject({ path: '/project/extra.tsv', line: 2, column: 1 });
    expect(g.problems[0]!.message).toMatch(/^\/project\/extra\.tsv:2:1: /);
    expect(t.ask({ kind: 'search', text: 'minsk', limit: 5 }).map((c) => c.id)).toEqual(['c-minsk']);
  });

  it('gives a located problem for broken TBX too', () => {
    const t = openedWith([{ path: '/g/broken.tbx', text: '<tbx>\n  <text>\n    <body>\n  </text>\n</tbx>\n' }]);
    const g = lastOf(t.posted, 'glossary')!;
    expect(g.concepts).toBe(0);
    expect(g.problems[0]?.path).toBe('/g/broken.tbx');
    expect(g.problems[0]?.line).toBeGreaterThan(1);
  });

  it('posts the recognised source terms, then full findings', () => {
    const t = openedWith();
    const types = t.posted.map((m) => m.type);
    expect(types).toEqual(['findings', 'glossary', 'findings']);
    const g = lastOf(t.posted, 'glossary')!;
    const s2 = g.sourceTerms.find((s) => s.segmentId === 's2')!;
    expect(s2.ranges.map((r) => [newsSegments[1]!.source.slice(r.start, r.end), r.conceptId])).toEqual([
      ['Lukașenko', 'c-lukasenko'],
      ['prizonierii politici', 'c-prizonier-politic'],
    ]);
  });

  it('keeps a glossary that came before the document', () => {
    const t = session();
    t.send({ type: 'glossaries', files: [sampleGlossary] });
    expect(lastOf(t.posted, 'glossary')!.concepts).toBe(24);
    t.send({
      type: 'open',
      segments: [{ id: 'a', source: 'Liderii CSI.', target: 'CSI leaders.', paragraph: 0 }],
      sourceLang: 'ro-RO',
      targetLang: 'en-US',
      checks: {},
      ignored: [],
    });
    const full = lastOf(t.posted, 'findings')!;
    expect(full.full).toBe(true);
    expect(full.segments[0]!.findings.map((f) => f.check)).toContain('term-missing');
  });

  it('answers an edit before any document with an error and keeps working', () => {
    const t = session();
    t.send({ type: 'edit', segmentId: 's1', target: 'x', version: 1 });
    expect(t.posted).toEqual([{ type: 'error', message: expect.stringMatching(/open a project/) }]);
    t.send({ type: 'open', segments: newsSegments, sourceLang: 'ro', targetLang: 'en', checks: {}, ignored: [] });
    expect(lastOf(t.posted, 'findings')?.full).toBe(true);
  });

  it('lists every segment an edit changed, in document order, the edited one included', () => {
    const t = session();
    const source = 'Alegeri la Minsk.';
    t.send({
      type: 'open',
      segments: [
        { id: 'a', source, target: 'Elections in Minsk.', paragraph: 0 },
        { id: 'b', source: 'Altceva.', target: 'Something else.', paragraph: 1 },
        { id: 'c', source, target: 'Elections in Minsk.', paragraph: 2 },
      ],
      sourceLang: 'ro',
      targetLang: 'en',
      checks: {},
      ignored: [],
    });
    t.send({ type: 'edit', segmentId: 'c', target: 'A vote in Minsk.', version: 3 });
    const edit = lastOf(t.posted, 'findings')!;
    expect(edit).toMatchObject({ full: false, version: 3 });
    // The same source now has two translations: segment a's findings changed too.
    expect(edit.segments.map((s) => s.segmentId)).toEqual(['a', 'c']);
    expect(edit.segments[0]!.findings.map((f) => f.check)).toContain('inconsistent-translation');
  });

  it('refuses a document with duplicate segment ids and stays usable', () => {
    const t = session();
    const twice = [newsSegments[0]!, newsSegments[0]!];
    t.send({ type: 'open', segments: twice, sourceLang: 'ro', targetLang: 'en', checks: {}, ignored: [] });
    expect(t.posted.at(-1)).toEqual({ type: 'error', message: expect.stringMatching(/Duplicate segment id "s1"/) });
    t.send({ type: 'edit', segmentId: 's1', target: 'x', version: 1 });
    expect(t.posted.at(-1)).toMatchObject({ type: 'error', message: expect.stringMatching(/open a project/) });
    t.send({ type: 'open', segments: newsSegments, sourceLang: 'ro', targetLang: 'en', checks: {}, ignored: [] });
    expect(t.posted.at(-1)).toMatchObject({ type: 'findings', full: true });
  });

  it('carries the last applied edit version in full results', () => {
    const t = openedWith();
    t.send({ type: 'edit', segmentId: 's1', target: 'CIS leaders met in Minsk.', version: 7 });
    t.send({ type: 'settings', checks: {}, ignored: [] });
    const full = lastOf(t.posted, 'findings')!;
    expect(full).toMatchObject({ full: true, version: 7 });
  });
});

describe('CheckSession: queries', () => {
  it('finds Lukașenko typed without diacritics and by its English spelling', () => {
    const t = openedWith();
    expect(t.ask({ kind: 'search', text: 'lukasenko', limit: 10 }).map((c) => c.id)).toEqual(['c-lukasenko']);
    expect(t.ask({ kind: 'search', text: 'Lukashenko', limit: 10 }).map((c) => c.id)).toEqual(['c-lukasenko']);
    expect(t.ask({ kind: 'search', text: 'LUKAŞENKO', limit: 10 }).map((c) => c.id)).toEqual(['c-lukasenko']);
  });

  it('lists prefix matches before substring matches, within the limit', () => {
    const t = openedWith();
    // "Rusia"/"Russia" start with it; "Bielorusia" and "White Russia" only contain it.
    expect(t.ask({ kind: 'search', text: 'rus', limit: 10 }).map((c) => c.id)).toEqual(['c-rusia', 'c-belarus']);
    expect(t.ask({ kind: 'search', text: 'rus', limit: 1 }).map((c) => c.id)).toEqual(['c-rusia']);
    expect(t.ask({ kind: 'search', text: 'independent', limit: 10 }).map((c) => c.id)).toEqual(['c-csi']);
  });

  it('orders English terms preferred, admitted, deprecated, forbidden', () => {
    const concept: Concept = {
      id: 'k',
      terms: {
        ro: [{ text: 'Kiev', status: 'preferred' }],
        en: [
          { text: 'Kiew', status: 'forbidden' },
          { text: 'Kiev', status: 'deprecated' },
          { text: 'Kyyiv', status: 'admitted' },
          { text: 'Kyiv', status: 'preferred', note: 'AP style since 2019' },
        ],
      },
    };
    const text = serializeGlossary({ concepts: [concept] }, 'kyiv.tbx');
    const t = session();
    t.send({
      type: 'open',
      segments: [{ id: 'a', source: 'Au plecat din Kievului.', target: '', paragraph: 0 }],
      sourceLang: 'ro',
      targetLang: 'en',
      checks: {},
      ignored: [],
    });
    t.send({ type: 'glossaries', files: [{ path: 'kyiv.tbx', text }] });
    const [term] = t.ask({ kind: 'segmentTerms', segmentId: 'a' });
    expect(term!.surface).toBe('Kievului');
    expect(term!.concept.en.map((e) => [e.text, e.status])).toEqual([
      ['Kyiv', 'preferred'],
      ['Kyyiv', 'admitted'],
      ['Kiev', 'deprecated'],
      ['Kiew', 'forbidden'],
    ]);
    expect(term!.concept.en[0]!.note).toBe('AP style since 2019');
  });

  it('completes with the segment’s own terms first, never deprecated ones, without duplicates', () => {
    const t = openedWith();
    // s3 has SUA: "United States" comes before "United Nations", although it sorts after it.
    expect(t.ask({ kind: 'complete', segmentId: 's3', prefix: 'Uni', limit: 10 })).toEqual([
      { text: 'United States', source: 'SUA', status: 'preferred', inSegment: true },
      { text: 'United Nations', source: 'ONU', status: 'preferred', inSegment: false },
    ]);
    // USA is deprecated.
    expect(t.ask({ kind: 'complete', segmentId: 's3', prefix: 'us', limit: 10 }).map((c) => c.text)).toEqual(['US']);
    // Kiev is forbidden in English; one letter offers only the segment's terms.
    expect(t.ask({ kind: 'complete', segmentId: 's3', prefix: 'K', limit: 10 }).map((c) => c.text)).toEqual(['Kyiv']);
    expect(t.ask({ kind: 'complete', segmentId: 's1', prefix: 'Kh', limit: 10 })).toEqual([
      { text: 'Kharkiv', source: 'Harkov', status: 'preferred', inSegment: false },
    ]);
    // An empty prefix: all the segment's approved renderings, in source order.
    expect(t.ask({ kind: 'complete', segmentId: 's2', prefix: '', limit: 10 }).map((c) => c.text)).toEqual([
      'Lukashenko',
      'Lukashenka',
      'political prisoner',
    ]);
    expect(t.ask({ kind: 'complete', segmentId: 's2', prefix: '', limit: 2 })).toHaveLength(2);
    // Minsk is both a segment term and a glossary term: listed once.
    expect(t.ask({ kind: 'complete', segmentId: 's1', prefix: 'Mi', limit: 10 }).map((c) => c.text)).toEqual(['Minsk']);
  });

  it('suggests a term from a selection', () => {
    const t = openedWith();
    expect(t.ask({ kind: 'suggestTerm', source: 'Minskului', target: ' Minsk ' })).toMatchObject({
      ro: 'Minsk',
      en: 'Minsk',
      type: 'properName',
      existing: { id: 'c-minsk' },
    });
    const luka = t.ask({ kind: 'suggestTerm', source: 'lui Lukașenko', target: '' });
    expect(luka).toMatchObject({ ro: 'Lukașenko', type: 'properName', transliteration: 'Lukashenko' });
    expect(luka.existing?.id).toBe('c-lukasenko');
    expect(t.ask({ kind: 'suggestTerm', source: 'prizonierilor politici', target: 'political prisoners' })).toEqual(
      expect.objectContaining({
        ro: 'prizonier politic',
        type: 'term',
        existing: expect.objectContaining({ id: 'c-prizonier-politic' }),
      }),
    );
    const csi = t.ask({ kind: 'suggestTerm', source: 'CSI-ului', target: 'CIS' });
    expect(csi).toMatchObject({ ro: 'CSI', type: 'acronym', existing: { id: 'c-csi' } });
    expect(csi.transliteration).toBeUndefined();
    const fresh = t.ask({ kind: 'suggestTerm', source: 'Gomelului', target: 'Gomel' });
    expect(fresh).toEqual({ ro: 'Gomel', en: 'Gomel', type: 'properName' });
  });
});

describe('CheckSession: the Romanian lexicon behind "Add term"', () => {
  it('loads it on the first suggestion only, and uses it from then on', async () => {
    let loads = 0;
    const posted: WorkerResponse[] = [];
    // A two-word dictionary: deputat (masculine noun, flag L) and declarație (feminine, flag A).
    const aff = 'SET UTF-8\nSFX L Y 1\nSFX L t ții t\nSFX A Y 1\nSFX A e i ie\n';
    const dic = '2\ndeputat/L\ndeclarație/A\n';
    const s = new CheckSession((m) => posted.push(m), {
      now: () => 0,
      loadRoLexicon: () => {
        loads++;
        return Promise.resolve(new RoLexicon(aff, dic));
      },
    });
    s.handle({ type: 'open', segments: newsSegments, sourceLang: 'ro', targetLang: 'en', checks: {}, ignored: [] });
    expect(loads).toBe(0);
    const answer = async (id: number, source: string, sentenceStart?: boolean) => {
      s.handle({
        type: 'query',
        id,
        query: { kind: 'suggestTerm', source, target: '', ...(sentenceStart ? { sentenceStart } : {}) },
      });
      await new Promise((r) => setTimeout(r, 0));
      const reply = posted.find((m) => m.type === 'answer' && m.id === id);
      return reply?.type === 'answer' ? (reply.result as QueryAnswers['suggestTerm']).ro : undefined;
    };
    // „Deputații au votat.”: without the lexicon the rules would guess the feminine -ație.
    expect(await answer(1, 'deputații')).toBe('deputat');
    expect(await answer(2, 'declarații')).toBe('declarație');
    expect(loads).toBe(1);
    // „Autostrada a fost închisă.”: a word the lexicon lacks, capitalised only because it starts the sentence.
    expect(await answer(3, 'Autostrada', true)).toBe('autostradă');
    // Mid-sentence the capital may be a name's (Autostrada Soarelui): kept as selected.
    expect(await answer(4, 'Autostrada')).toBe('Autostrada');
  });
});

describe('GlossarySearch', () => {
  it('finds by prefix and substring in 100,000 concepts', () => {
    const concepts: Concept[] = [];
    for (let i = 0; i < 100_000; i++) {
      concepts.push({
        id: `c${i}`,
        terms: {
          ro: [{ text: `termen ${i} românesc`, status: 'preferred' }],
          en: [{ text: `term ${i} english`, status: 'preferred' }],
        },
      });
    }
    concepts.push({ id: 'tihanovskaia', terms: { ro: [{ text: 'Tihanovskaia', status: 'preferred' }], en: [] } });
    const search = new GlossarySearch(concepts, 'ro', 'en');
    const ids = (text: string, limit = 5) => search.search(text, limit).map((i) => concepts[i]!.id);
    expect(ids('tihan')).toEqual(['tihanovskaia']);
    expect(ids('hanovs')).toEqual(['tihanovskaia']);
    expect(ids('99999 romanesc')).toEqual(['c99999']);
    expect(ids('term 1234', 3)).toEqual(['c1234', 'c12340', 'c12341']);
    expect(ids('nothing like this')).toEqual([]);
  });
});
