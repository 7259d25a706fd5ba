import { describe, expect, it, vi } from 'vitest';
import type { IdentifiedFinding } from '../../../../renderer/workers/protocol.js';
import { CheckClient, type CheckPort } from '../../../../renderer/workers/checkClient.js';
import { harness, newsSegments, openNews, sampleGlossary } from './workerHarness.js';

const termMissing = (findings: IdentifiedFinding[]) => findings.filter((f) => f.check === 'term-missing');

describe('CheckClient and a worker that fails', () => {
  it('reports a worker that could not start, instead of leaving the editor silently unchecked', () => {
    const port: CheckPort = { postMessage: () => undefined, onmessage: null };
    const client = new CheckClient(port);
    const errors: [string, boolean | undefined][] = [];
    client.onError((m, stopped) => errors.push([m, stopped]));
    port.onerror?.({ message: 'SyntaxError: Unexpected token' });
    expect(errors).toEqual([['SyntaxError: Unexpected token', true]]);
    client.dispose();
    expect(port.onerror).toBeNull();
  });
});

describe('CheckClient with the check session behind a fake port', () => {
  it('flags "CSI" left in the draft with a quick fix to "CIS"', () => {
    const h = harness();
    openNews(h);
    h.client.edit('s1', 'CSI leaders met in Minsk.', 1);
    const [finding, ...rest] = termMissing(h.client.findingsOf('s1'));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      segmentId: 's1',
      range: { start: 0, end: 3 },
      params: { source: 'CSI', term: 'CIS' },
      fixes: [{ range: { start: 0, end: 3 }, replacement: 'CIS' }],
    });
    expect(finding!.id).toMatch(/^term-missing:s1:0-3:/);
    expect(h.client.appliedVersion).toBe(1);
  });

  it('reports the edited segment even when its findings did not change', () => {
    const h = harness();
    openNews(h);
    const changes: (string[] | 'all')[] = [];
    h.client.edit('s1', 'CIS leaders met in Minsk.', 1);
    h.client.onFindings((c) => changes.push(c));
    h.client.edit('s1', 'CIS leaders met in Minsk.', 2);
    expect(changes).toEqual([['s1']]);
    expect(h.client.appliedVersion).toBe(2);
  });

  it('drops a result computed before a newer edit of the same segment', () => {
    const h = harness();
    openNews(h);
    h.hold();
    h.client.edit('s1', 'CSI leaders met in Minsk.', 1);
    h.client.edit('s1', 'CIS leaders met in Minsk.', 2);
    // The worker's answer to version 1 arrives while version 2 is still pending: it is stale.
    h.release(1);
    expect(termMissing(h.client.findingsOf('s1'))).toEqual([]);
    expect(h.client.all().some((f) => f.segmentId === 's1' && f.check === 'term-missing')).toBe(false);
    h.release();
    expect(termMissing(h.client.findingsOf('s1'))).toEqual([]);
    expect(h.client.appliedVersion).toBe(2);
  });

  it('says a just-typed draft is still being checked, and settles once its findings are in', async () => {
    const h = harness();
    openNews(h);
    h.hold();
    h.client.edit('s1', 'CIS leaders met in Minsk.', 1);
    h.client.edit('s1', 'CSI leaders met in Minsk.', 2);
    // Ctrl+Enter now must not decide on the findings of version 1 (none): version 2 has "CSI" in it.
    expect(h.client.pending('s1')).toBe(true);
    let settled = false;
    const wait = h.client.settled('s1', 60_000).then(() => (settled = true));
    h.release(1);
    await Promise.resolve();
    expect(settled).toBe(false);
    h.release();
    await wait;
    expect(h.client.pending('s1')).toBe(false);
    expect(termMissing(h.client.findingsOf('s1'))).toHaveLength(1);
    // Nothing pending: settled at once.
    await h.client.settled('s1', 60_000);
  });

  it('stops waiting for a worker that does not answer, after the time given', async () => {
    const port: CheckPort = { postMessage: () => undefined, onmessage: null };
    const client = new CheckClient(port);
    client.edit('s1', 'CSI leaders met in Minsk.', 1);
    expect(client.pending('s1')).toBe(true);
    vi.useFakeTimers();
    try {
      let settled = false;
      const wait = client.settled('s1', 2000).then(() => (settled = true));
      await vi.advanceTimersByTimeAsync(1999);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await wait;
      expect(settled).toBe(true);
      expect(client.pending('s1')).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps a segment with a newer pending edit out of an older full result', () => {
    const h = harness();
    openNews(h);
    h.client.edit('s1', 'CSI leaders met in Minsk.', 1);
    h.client.edit('s3', 'The US delegation arrived in Kiev.', 2);
    h.hold();
    // The settings' full result is computed at version 2; segment s1 is edited again (version 3) meanwhile.
    h.client.setSettings({ 'term-missing': { enabled: false }, 'term-forbidden': { enabled: false } }, []);
    h.client.edit('s1', 'CSI leaders met in Minsk!', 3);
    h.release(1);
    // s3 takes the full result; s1 keeps what it had until its own result arrives.
    expect(h.client.findingsOf('s3').some((f) => f.check === 'term-forbidden')).toBe(false);
    expect(termMissing(h.client.findingsOf('s1'))).toHaveLength(1);
    h.release();
    expect(termMissing(h.client.findingsOf('s1'))).toEqual([]);
    expect(h.client.appliedVersion).toBe(3);
  });

  it('hides ignored findings and counts them', () => {
    const h = harness();
    openNews(h);
    h.client.edit('s1', 'CSI leaders met in Minsk.', 1);
    const id = termMissing(h.client.findingsOf('s1'))[0]!.id;
    const before = h.client.all().length;
    h.client.setSettings({}, [id]);
    expect(h.client.findingsOf('s1').map((f) => f.id)).not.toContain(id);
    expect(h.client.all()).toHaveLength(before - 1);
    expect(h.client.ignoredCount).toBe(1);
    // Fixing the draft makes the ignored finding go away, and the count with it.
    h.client.edit('s1', 'CIS leaders met in Minsk.', 2);
    expect(h.client.ignoredCount).toBe(0);
    // An ignore list given at open applies from the first result.
    const h2 = harness();
    h2.client.open(
      newsSegments.map((s) => (s.id === 's1' ? { ...s, target: 'CSI leaders met in Minsk.' } : s)),
      'ro',
      'en',
      {},
      [id],
    );
    h2.client.setGlossaries([sampleGlossary]);
    expect(h2.client.ignoredCount).toBe(1);
    expect(termMissing(h2.client.findingsOf('s1'))).toEqual([]);
  });

  it('removes a check’s findings when the settings disable it, and brings them back', () => {
    const h = harness();
    openNews(h);
    h.client.edit('s1', 'CSI leaders met in Minsk.', 1);
    expect(termMissing(h.client.all())).toHaveLength(1);
    const changes: (string[] | 'all')[] = [];
    h.client.onFindings((c) => changes.push(c));
    h.client.setSettings({ 'term-missing': { enabled: false } }, []);
    expect(termMissing(h.client.all())).toEqual([]);
    expect(changes).toEqual(['all']);
    // The runner was rebuilt with the current draft, not the one the document was opened with.
    h.client.setSettings({ 'term-missing': { severity: 'error' } }, []);
    expect(termMissing(h.client.all()).map((f) => f.severity)).toEqual(['error']);
  });

  it('lists findings in document order', () => {
    const h = harness();
    openNews(h);
    h.client.edit('s3', 'The US delegation arrived in Kiev.', 1);
    h.client.edit('s1', 'CSI leaders met in Minsk.', 2);
    const segments = h.client.all().map((f) => f.segmentId);
    expect(segments.indexOf('s1')).toBeLessThan(segments.lastIndexOf('s3'));
    expect(h.client.findingsBySegment().has('s3')).toBe(true);
  });

  it('keeps the glossary facts and recognised source terms', () => {
    const h = harness();
    const seen: number[] = [];
    h.client.onGlossary((info) => seen.push(info.concepts));
    openNews(h);
    expect(h.client.glossaryInfo).toEqual({ concepts: 24, problems: [], millis: 0, revision: 1 });
    expect(seen).toEqual([24]);
    const s1 = h.client.sourceTermsOf('s1');
    expect(s1.map((r) => [newsSegments[0]!.source.slice(r.start, r.end), r.conceptId])).toEqual([
      ['CSI', 'c-csi'],
      ['Minsk', 'c-minsk'],
    ]);
  });

  it('rejects a query the worker fails on and reports other failures to onError', async () => {
    const h = harness();
    openNews(h);
    await expect(h.client.query({ kind: 'segmentTerms', segmentId: 'nope' })).rejects.toThrow(/"nope"/);
    const errors: string[] = [];
    h.client.onError((m) => errors.push(m));
    h.client.edit('nope', 'x', 5);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/"nope"/);
    // The worker carries on after the failure.
    h.client.edit('s1', 'CSI leaders met in Minsk.', 6);
    expect(termMissing(h.client.findingsOf('s1'))).toHaveLength(1);
  });

  it('answers queries as promises', async () => {
    const h = harness();
    openNews(h);
    const terms = await h.client.query({ kind: 'segmentTerms', segmentId: 's2' });
    expect(terms.map((t) => [t.surface, t.concept.id])).toEqual([
      ['Lukașenko', 'c-lukasenko'],
      ['prizonierii politici', 'c-prizonier-politic'],
    ]);
  });

  it('stops on dispose: pending queries fail, later replies are ignored', async () => {
    const h = harness();
    openNews(h);
    h.hold();
    const pending = h.client.query({ kind: 'search', text: 'minsk', limit: 3 });
    h.client.dispose();
    await expect(pending).rejects.toThrow(/stopped/);
    h.release();
    await expect(h.client.query({ kind: 'search', text: 'minsk', limit: 3 })).rejects.toThrow(/stopped/);
  });
});

describe('CheckClient with deferred edits (the editor posts them after the keystroke is painted)', () => {
  it("sends only each segment's latest draft when the flush comes, and any other message sends them first", () => {
    const sent: { type: string; segmentId?: string; target?: string }[] = [];
    const port: CheckPort = { postMessage: (m) => sent.push(m as (typeof sent)[number]), onmessage: null };
    const flushes: (() => void)[] = [];
    const client = new CheckClient(port, { deferEdits: (flush) => flushes.push(flush) });
    client.edit('s1', 'C', 1);
    client.edit('s1', 'CI', 2);
    client.edit('s2', 'T', 3);
    client.edit('s1', 'CIS', 4);
    // Nothing reaches the worker while the keystroke's frame is drawn; one flush is asked for.
    expect(sent).toEqual([]);
    expect(flushes).toHaveLength(1);
    flushes[0]!();
    expect(sent.map((m) => [m.segmentId, m.target])).toEqual([
      ['s1', 'CIS'],
      ['s2', 'T'],
    ]);
    // A query asked before the flush must see the draft typed before it.
    client.edit('s2', 'Tea', 5);
    void client.query({ kind: 'segmentTerms', segmentId: 's2' }).catch(() => undefined);
    expect(sent.slice(2).map((m) => [m.type, m.target])).toEqual([
      ['edit', 'Tea'],
      ['query', undefined],
    ]);
    // The flush that comes later has nothing left to send.
    flushes[1]!();
    expect(sent).toHaveLength(4);
    client.dispose();
  });
});
