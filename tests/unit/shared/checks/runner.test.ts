import { describe, expect, it } from 'vitest';
import type { Check } from '../../../../shared/checks/check.js';
import { findingId } from '../../../../shared/checks/findingId.js';
import { CheckRunner, runChecks } from '../../../../shared/checks/runner.js';
import type { Finding } from '../../../../shared/model/finding.js';
import type { BilingualDocument } from '../../../../shared/model/segment.js';
import { doc } from './helpers.js';
import { testTerms } from './glossaryFixture.js';

const SOURCES = [
  'Lukașenko a vorbit marți la Minsk.',
  '„Nu vom ceda.',
  'Nu ne oprim aici”, a spus el.',
  'Liderii CSI s-au întâlnit pe 10 octombrie 2025.',
  'Bugetul este de 2,5 milioane de euro.',
  'Lukașenko a vorbit marți la Minsk.',
  'Kiev a răspuns (prin purtătorul de cuvânt).',
  'Acordul a fost semnat.',
];
const PARAGRAPHS = [0, 1, 1, 2, 2, 3, 4, 4];
/** Candidate drafts per segment: good ones, faulty ones, empty. */
const DRAFTS: string[][] = [
  [
    'Lukashenko spoke on Tuesday in Minsk.',
    'Lukașenko spoke on tuesday in Minsk',
    'Lukashenka spoke on Tuesday in Minsk.',
    '',
  ],
  ['“We will not give in.', '„We will not give in.', 'We will not give in.', ''],
  ['We will not stop here,” he said.', 'We will not stop here, he said.', 'We  will not stop here,” he said'],
  [
    'CIS leaders met on October 10, 2025.',
    'CSI leaders met on October 11, 2025.',
    'The leaders met on 10 october 2025.',
  ],
  ['The budget is 2.5 million euros.', 'The budget is 2,5 million euros.', 'The budget is 3 million euros.'],
  [
    'Lukashenko spoke on Tuesday in Minsk.',
    'Lukashenka spoke on Tuesday in Minsk.',
    'Lukashenko spoke on Monday in Minsk.',
  ],
  [
    'Kyiv replied (through its spokesman).',
    'Kiev replied (through its spokesman.',
    'Kyiv replied through its spokesman).',
  ],
  ['The agreement was signed.', 'The accord was signed.', 'The the agreement was signed.'],
];

function document(targets: string[]): BilingualDocument {
  const d = doc(
    SOURCES.map((s, i) => [s, targets[i]!] as [string, string]),
    PARAGRAPHS,
  );
  return d;
}

/** A fixed sequence of (segment, draft) edits: a linear congruential walk, the same in every run. */
function edits(n: number): [number, number][] {
  const out: [number, number][] = [];
  let x = 7;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const seg = x % SOURCES.length;
    out.push([seg, (x >> 8) % DRAFTS[seg]!.length]);
  }
  return out;
}

const bySegment = (list: Finding[]) => {
  const map = new Map<string, Finding[]>();
  for (const f of list) map.set(f.segmentId, [...(map.get(f.segmentId) ?? []), f]);
  return map;
};

describe('CheckRunner: incremental equals a full re-run', () => {
  it('after each of 60 edits, all() equals runChecks on the edited document, and the reported changes are exact', () => {
    const targets = DRAFTS.map((d) => d[0]!);
    const runner = new CheckRunner(document(targets), { terms: testTerms });
    expect(runner.all()).toEqual(runChecks(document(targets), { terms: testTerms }));
    for (const [seg, draft] of edits(60)) {
      const before = bySegment(runner.all());
      targets[seg] = DRAFTS[seg]![draft]!;
      const { findings, changedSegments } = runner.updateTarget(`s${seg + 1}`, targets[seg]!);
      const fresh = runChecks(document(targets), { terms: testTerms });
      expect(runner.all()).toEqual(fresh);
      const after = bySegment(fresh);
      for (let i = 1; i <= SOURCES.length; i++) {
        const id = `s${i}`;
        const changed = JSON.stringify(before.get(id) ?? []) !== JSON.stringify(after.get(id) ?? []);
        expect(changedSegments.includes(id), `segment ${id} after editing s${seg + 1}`).toBe(changed);
      }
      expect(findings).toEqual(fresh.filter((f) => changedSegments.includes(f.segmentId)));
    }
  });

  it('reports a document-level finding appearing on another segment', () => {
    const targets = DRAFTS.map((d) => d[0]!);
    const runner = new CheckRunner(document(targets), { terms: testTerms });
    // Segments 1 and 6 share a source; giving 6 another translation flags both.
    const { changedSegments, findings } = runner.updateTarget('s6', 'Lukashenko talked on Tuesday in Minsk.');
    expect(changedSegments).toEqual(['s1', 's6']);
    expect(findings.map((f) => [f.segmentId, f.check])).toEqual([
      ['s1', 'inconsistent-translation'],
      ['s6', 'inconsistent-translation'],
    ]);
  });

  it('returns nothing when the text does not change', () => {
    const runner = new CheckRunner(document(DRAFTS.map((d) => d[0]!)), { terms: testTerms });
    expect(runner.updateTarget('s2', DRAFTS[1]![0]!)).toEqual({ findings: [], changedSegments: [] });
  });

  it('refuses an unknown segment and duplicate ids', () => {
    const runner = new CheckRunner(document(DRAFTS.map((d) => d[0]!)));
    expect(() => runner.updateTarget('nope', 'x')).toThrow(/nope/);
    const d = document(DRAFTS.map((x) => x[0]!));
    d.segments[1]!.id = 's1';
    expect(() => new CheckRunner(d)).toThrow(/Duplicate segment id "s1"/);
  });
});

describe('CheckRunner: only the touched segment re-runs', () => {
  function spy() {
    const calls = {
      segment: [] as string[],
      paragraph: [] as string[],
      index: [] as string[],
      judge: [] as string[],
      sourceTerms: 0,
    };
    const check: Check = {
      id: 'spy',
      defaultSeverity: 'info',
      scope: 'document',
      messageKeys: [],
      segment(ctx) {
        calls.segment.push(ctx.segment.id);
        calls.sourceTerms += ctx.sourceTerms.length >= 0 ? 1 : 0;
        return [];
      },
      paragraph(segments) {
        calls.paragraph.push(segments.map((s) => s.segment.id).join('+'));
        return [];
      },
      index(ctx) {
        calls.index.push(ctx.segment.id);
        return [{ key: ctx.segment.source, value: ctx.segment.target, display: ctx.segment.target }];
      },
      judge(key) {
        calls.judge.push(key);
        return [];
      },
    };
    return { check, calls };
  }

  it('re-runs segment hooks for the segment, paragraph hooks for its paragraph and judges only its keys', () => {
    const { check, calls } = spy();
    const runner = new CheckRunner(document(DRAFTS.map((d) => d[0]!)), { checks: [check] });
    expect(calls.segment).toHaveLength(SOURCES.length);
    for (const list of Object.values(calls)) if (Array.isArray(list)) list.length = 0;
    runner.updateTarget('s3', 'Something else.');
    expect(calls.segment).toEqual(['s3']);
    expect(calls.paragraph).toEqual(['s2+s3']);
    expect(calls.index).toEqual(['s3']);
    expect(calls.judge).toEqual([SOURCES[2]]);
  });

  it('does not re-judge a unanimous key for a check that is silent when unanimous', () => {
    const judged: string[] = [];
    const check: Check = {
      id: 'spy',
      defaultSeverity: 'info',
      scope: 'document',
      messageKeys: [],
      silentWhenUnanimous: true,
      index: (ctx) => [{ key: 'all', value: ctx.segment.target.startsWith('x') ? 'x' : 'other', display: '' }],
      judge(key, entries) {
        judged.push(key);
        return entries
          .filter((e) => e.value === 'x')
          .map((e) => ({ segmentId: e.segmentId, messageKey: 'spy', params: {} }));
      },
    };
    const runner = new CheckRunner(document(DRAFTS.map((d) => d[0]!)), { checks: [check] });
    expect(judged).toEqual([]);
    runner.updateTarget('s2', 'Still not x.');
    expect(judged).toEqual([]);
    const { changedSegments } = runner.updateTarget('s3', 'x marks the spot.');
    expect(judged).toEqual(['all']);
    expect(changedSegments).toEqual(['s3']);
    expect(runner.updateTarget('s3', 'Back to normal.').changedSegments).toEqual(['s3']);
    expect(runner.all()).toEqual([]);
  });

  it('recognises source terms once per segment and once more when editing starts, not on every keystroke', () => {
    let lookups = 0;
    const counting = { ...testTerms, findSource: (text: string) => (lookups++, testTerms.findSource(text)) };
    const runner = new CheckRunner(document(DRAFTS.map((d) => d[0]!)), { terms: counting });
    const initial = lookups;
    expect(initial).toBe(SOURCES.length);
    // A loaded document keeps no per-segment caches (memory); the segment being typed in keeps its own.
    runner.updateTarget('s1', 'Lukashenko spoke on Tuesday in Minsk!');
    runner.updateTarget('s1', 'Lukashenko spoke on Tuesday in Minsk.');
    runner.updateTarget('s1', 'Lukashenko spoke on Tuesday in Minsk');
    expect(lookups).toBe(initial + 1);
    runner.setGlossary(counting);
    expect(lookups).toBe(initial + 1 + SOURCES.length);
  });

  it('setGlossary re-checks everything with the new glossary', () => {
    const targets = DRAFTS.map((d) => d[1]!);
    const runner = new CheckRunner(document(targets));
    expect(runner.all().some((f) => f.check.startsWith('term-'))).toBe(false);
    runner.setGlossary(testTerms);
    expect(runner.all()).toEqual(runChecks(document(targets), { terms: testTerms }));
    expect(runner.all().some((f) => f.check === 'term-forbidden')).toBe(true);
  });
});

describe('CheckRunner: configuration', () => {
  const targets = DRAFTS.map((d) => d[1]!);
  it('switches checks off', () => {
    const all = runChecks(document(targets), { terms: testTerms });
    expect(all.some((f) => f.check === 'quote-style')).toBe(true);
    const some = runChecks(document(targets), {
      terms: testTerms,
      config: { version: 1, checks: { 'quote-style': { enabled: false } } },
    });
    expect(some.some((f) => f.check === 'quote-style')).toBe(false);
    expect(some.length).toBe(all.filter((f) => f.check !== 'quote-style').length);
  });
  it('gives checks another severity, over per-finding defaults', () => {
    const found = runChecks(document(targets), {
      terms: testTerms,
      config: { version: 1, checks: { 'term-forbidden': { severity: 'info' }, capitalization: { severity: 'error' } } },
    });
    const forbidden = found.filter((f) => f.check === 'term-forbidden');
    expect(forbidden.length).toBeGreaterThan(0);
    expect(forbidden.every((f) => f.severity === 'info')).toBe(true);
    expect(found.filter((f) => f.check === 'capitalization').every((f) => f.severity === 'error')).toBe(true);
  });
});

describe('findingId', () => {
  it('is the same in two runs and differs between findings', () => {
    const targets = DRAFTS.map((d) => d[1]!);
    const a = runChecks(document(targets), { terms: testTerms }).map(findingId);
    const b = runChecks(document(targets), { terms: testTerms }).map(findingId);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(a.length);
    expect(a.every((id) => /^[a-z-]+:s\d+:[\w-]+:[0-9a-z]+$/.test(id))).toBe(true);
  });
});
