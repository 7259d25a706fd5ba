import { describe, expect, it } from 'vitest';
import type { Severity } from '../../../shared/model/finding.js';
import { checkIds } from '../../../shared/checks/registry.js';
import { countOf, summarizeFindings } from '../../../renderer/panels/findingsModel.js';
import type { IdentifiedFinding } from '../../../renderer/workers/protocol.js';

let serial = 0;
function finding(check: string, severity: Severity, segmentId: string, start?: number): IdentifiedFinding {
  serial++;
  return {
    id: `${check}:${segmentId}:${start ?? 'seg'}:${serial}`,
    check,
    severity,
    segmentId,
    ...(start === undefined ? {} : { range: { start, end: start + 3 } }),
    messageKey: `check.${check}.x`,
    params: {},
  };
}

/** Segments s1, s2, … are numbered 1, 2, …; anything else is unknown. */
const segNo = (id: string) => (/^s\d+$/.test(id) ? Number(id.slice(1)) : 0);

describe('summarizeFindings', () => {
  const doc = [
    finding('whitespace', 'info', 's3', 10),
    finding('term-missing', 'warning', 's2'),
    finding('number-mismatch', 'error', 's7', 4),
    finding('whitespace', 'info', 's1', 0),
    finding('term-missing', 'warning', 's1'),
    finding('number-mismatch', 'error', 's2', 12),
    finding('term-forbidden', 'error', 's2', 0),
    finding('term-forbidden', 'warning', 's5', 0),
  ];

  it('counts every severity and the total over the whole document', () => {
    const s = summarizeFindings(doc, segNo);
    expect(s.counts).toEqual({ error: 3, warning: 3, info: 2 });
    expect(s.total).toBe(8);
    expect(s.shown).toBe(8);
  });

  it('lists groups in catalogue order, each in document order', () => {
    const s = summarizeFindings(doc, segNo);
    expect(s.groups.map((g) => g.check)).toEqual(['term-missing', 'term-forbidden', 'number-mismatch', 'whitespace']);
    expect(s.groups.map((g) => g.findings.map((f) => f.segmentId))).toEqual([
      ['s1', 's2'],
      ['s2', 's5'],
      ['s2', 's7'],
      ['s1', 's3'],
    ]);
    expect(s.groups[1]?.counts).toEqual({ error: 1, warning: 1, info: 0 });
  });

  it('follows the registry catalogue by default', () => {
    const s = summarizeFindings(
      [...checkIds].reverse().map((c, i) => finding(c, 'warning', `s${i + 1}`)),
      segNo,
    );
    expect(s.groups.map((g) => g.check)).toEqual(checkIds);
  });

  it('orders findings of one segment by their place in the draft, whole-segment ones first', () => {
    const s = summarizeFindings(
      [
        finding('whitespace', 'info', 's4', 30),
        finding('whitespace', 'info', 's4'),
        finding('whitespace', 'info', 's4', 2),
      ],
      segNo,
    );
    expect(s.groups[0]?.findings.map((f) => f.range?.start)).toEqual([undefined, 2, 30]);
  });

  it('keeps the given order among findings at the same spot', () => {
    const a = finding('punctuation', 'warning', 's2', 5);
    const b = finding('punctuation', 'warning', 's2', 5);
    expect(summarizeFindings([a, b], segNo).groups[0]?.findings).toEqual([a, b]);
    expect(summarizeFindings([b, a], segNo).groups[0]?.findings).toEqual([b, a]);
  });

  it('puts findings of unknown segments last and unknown checks after the catalogue', () => {
    const s = summarizeFindings(
      [
        finding('zz-custom', 'info', 's1'),
        finding('untranslated', 'warning', 'gone'),
        finding('untranslated', 'warning', 's9'),
      ],
      segNo,
    );
    expect(s.groups.map((g) => g.check)).toEqual(['untranslated', 'zz-custom']);
    expect(s.groups[0]?.findings.map((f) => f.segmentId)).toEqual(['s9', 'gone']);
  });

  it('filters by severity: groups shrink, empty groups go, document counts stay', () => {
    const s = summarizeFindings(doc, segNo, { severities: new Set<Severity>(['error']) });
    expect(s.groups.map((g) => g.check)).toEqual(['term-forbidden', 'number-mismatch']);
    expect(s.groups[0]?.findings.map((f) => f.segmentId)).toEqual(['s2']);
    expect(s.groups[0]?.counts).toEqual({ error: 1, warning: 0, info: 0 });
    expect(s.shown).toBe(3);
    expect(s.counts).toEqual({ error: 3, warning: 3, info: 2 });
  });

  it('filters by check, and by both', () => {
    expect(summarizeFindings(doc, segNo, { checks: new Set(['whitespace']) }).groups.map((g) => g.check)).toEqual([
      'whitespace',
    ]);
    const both = summarizeFindings(doc, segNo, {
      checks: new Set(['term-forbidden', 'whitespace']),
      severities: new Set<Severity>(['warning']),
    });
    expect(both.groups.map((g) => [g.check, g.findings.length])).toEqual([['term-forbidden', 1]]);
    expect(both.shown).toBe(1);
  });

  it('lists every check with findings and its counts, whatever the filter, for the check filter', () => {
    const s = summarizeFindings(doc, segNo, {
      checks: new Set(['whitespace']),
      severities: new Set<Severity>(['info']),
    });
    expect(s.checks.map((c) => [c.check, c.total])).toEqual([
      ['term-missing', 2],
      ['term-forbidden', 2],
      ['number-mismatch', 2],
      ['whitespace', 2],
    ]);
    const forbidden = s.checks[1];
    expect(forbidden && countOf(forbidden.counts, new Set<Severity>(['error', 'info']))).toBe(1);
  });

  it('an empty document has no groups and zero counts', () => {
    expect(summarizeFindings([], segNo)).toEqual({
      counts: { error: 0, warning: 0, info: 0 },
      total: 0,
      checks: [],
      groups: [],
      shown: 0,
    });
  });

  it('sorts 20,000 findings given in reverse into document order', () => {
    const many: IdentifiedFinding[] = [];
    for (let seg = 5000; seg >= 1; seg--)
      for (const check of ['term-missing', 'whitespace', 'punctuation', 'number-mismatch'])
        many.push(finding(check, 'warning', `s${seg}`, seg % 7));
    const s = summarizeFindings(many, segNo);
    expect(s.total).toBe(20000);
    for (const g of s.groups) {
      expect(g.findings).toHaveLength(5000);
      expect(g.findings[0]?.segmentId).toBe('s1');
      expect(g.findings[4999]?.segmentId).toBe('s5000');
      expect(g.findings.every((f, i) => f.segmentId === `s${i + 1}`)).toBe(true);
    }
  });
});
