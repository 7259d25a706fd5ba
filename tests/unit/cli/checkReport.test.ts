import { describe, expect, it } from 'vitest';
import { buildReport, failsAt, formatJson, formatText } from '../../../cli/checkReport.js';
import type { Finding } from '../../../shared/model/finding.js';
import type { BilingualDocument } from '../../../shared/model/segment.js';

const doc: BilingualDocument = {
  sourceLang: 'ro',
  targetLang: 'en',
  segments: [
    {
      id: 'a',
      source: 'Belarus face parte din CSI.',
      target: 'Belarus is part of the CSI.',
      paragraph: 0,
      status: 'draft',
    },
    { id: 'b', source: 'Lukașenko a vorbit.', target: 'Lukașenko  spoke.', paragraph: 0, status: 'draft' },
  ],
};

const termMissing: Finding = {
  check: 'term-missing',
  severity: 'warning',
  segmentId: 'a',
  range: { start: 23, end: 26 },
  messageKey: 'check.term-missing.default',
  params: { source: 'CSI', expected: 'CIS' },
  fixes: [{ range: { start: 23, end: 26 }, replacement: 'CIS' }],
};
const spelling: Finding = {
  check: 'source-spelling',
  severity: 'error',
  segmentId: 'b',
  range: { start: 0, end: 9 },
  messageKey: 'check.source-spelling.default',
  params: { word: 'Lukașenko' },
};
const space: Finding = {
  check: 'whitespace',
  severity: 'info',
  segmentId: 'b',
  range: { start: 9, end: 11 },
  messageKey: 'check.whitespace.double',
  params: {},
};
const wholeSegment: Finding = {
  check: 'untranslated',
  severity: 'warning',
  segmentId: 'b',
  messageKey: 'check.untranslated.default',
  params: {},
};

// A stand-in for i18next: shows that messages come from key + params.
const translate = (key: string, params?: Record<string, string | number>) =>
  `${key}(${Object.values(params ?? {}).join(',')})`;

describe('buildReport', () => {
  it('puts findings in document order: segment, then target offset, whole-segment findings first', () => {
    const report = buildReport(doc, [space, spelling, termMissing, wholeSegment], translate);
    expect(report.findings.map((f) => [f.index, f.finding.check])).toEqual([
      [1, 'term-missing'],
      [2, 'untranslated'],
      [2, 'source-spelling'],
      [2, 'whitespace'],
    ]);
    expect(report.segments).toBe(2);
  });

  it('words each message through the translator with its params', () => {
    const report = buildReport(doc, [termMissing], translate);
    expect(report.findings[0]?.message).toBe('check.term-missing.default(CSI,CIS)');
  });
});

describe('formatText', () => {
  it('prints file:line:column severity check and message, then counts', () => {
    const report = buildReport(doc, [termMissing, spelling, wholeSegment], translate);
    const out = formatText(report, { kind: 'lines', file: 'article.en.txt', lineOf: (i) => i + 10 });
    expect(out.split('\n')).toEqual([
      'article.en.txt:11:24 warning term-missing  check.term-missing.default(CSI,CIS)',
      'article.en.txt:12 warning untranslated  check.untranslated.default()',
      'article.en.txt:12:1 error source-spelling  check.source-spelling.default(Lukașenko)',
      'article.en.txt: 1 error, 2 warnings, 0 info; 2 segments checked',
      '',
    ]);
  });

  it('locates XLIFF findings by segment position and id', () => {
    const report = buildReport(doc, [spelling], translate);
    const out = formatText(report, { kind: 'segments', file: 'article.xlf' });
    expect(out.split('\n')[0]).toBe(
      'article.xlf#2[b]:1 error source-spelling  check.source-spelling.default(Lukașenko)',
    );
  });

  it('says so when there is nothing to report', () => {
    const out = formatText(buildReport(doc, [], translate), { kind: 'segments', file: 'a.xlf' });
    expect(out).toBe('a.xlf: no findings, 2 segments checked\n');
  });
});

describe('formatJson', () => {
  it('has exactly the version 1 shape, with null target and suggestion when there are none', () => {
    const json = JSON.parse(formatJson(buildReport(doc, [termMissing, wholeSegment], translate)));
    expect(json).toEqual({
      version: 1,
      segments: 2,
      findings: [
        {
          index: 1,
          id: expect.stringMatching(/^term-missing:a:23-26:/),
          segmentId: 'a',
          check: 'term-missing',
          severity: 'warning',
          message: 'check.term-missing.default(CSI,CIS)',
          target: { start: 23, end: 26 },
          suggestion: 'CIS',
        },
        {
          index: 2,
          id: expect.stringMatching(/^untranslated:b:seg:/),
          segmentId: 'b',
          check: 'untranslated',
          severity: 'warning',
          message: 'check.untranslated.default()',
          target: null,
          suggestion: null,
        },
      ],
    });
  });
});

describe('failsAt', () => {
  const warningsOnly = buildReport(doc, [termMissing, space], translate);
  const withError = buildReport(doc, [spelling], translate);
  const infoOnly = buildReport(doc, [space], translate);

  it('fails on error only for errors', () => {
    expect(failsAt(warningsOnly, 'error')).toBe(false);
    expect(failsAt(withError, 'error')).toBe(true);
  });

  it('fails on warning for warnings and errors, never for info', () => {
    expect(failsAt(warningsOnly, 'warning')).toBe(true);
    expect(failsAt(withError, 'warning')).toBe(true);
    expect(failsAt(infoOnly, 'warning')).toBe(false);
  });

  it('never fails with never', () => {
    expect(failsAt(withError, 'never')).toBe(false);
  });
});
