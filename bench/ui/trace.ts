import type { CDPSession, Page } from 'playwright-core';

/** Main-thread time by trace event name (ms), and how many keystrokes it covers. */
export type TraceSummary = Record<string, number>;

/** Trace events we total: the renderer main thread's work per frame and per task. */
const NAMES = new Set([
  'EventDispatch',
  'FunctionCall',
  'FireAnimationFrame',
  'TimerFire',
  'RunMicrotasks',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'UpdateLayer',
  'Commit',
  'ParseHTML',
  'MajorGC',
  'MinorGC',
  'V8.GC_SCAVENGER',
  'HitTest',
  'IntersectionObserverController::computeIntersections',
]);

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/**
 * Records a Chromium performance trace (devtools.timeline) of a page while
 * `fn` runs and totals the main thread's time per event name: where a
 * keystroke's milliseconds go beyond script (style, layout, paint).
 */
export async function traceMainThread(page: Page, fn: () => Promise<void>): Promise<TraceSummary> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] },
  });
  await fn();
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  // The page's renderer main thread: the CrRendererMain thread with the most of these events.
  const mains = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceSummary>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.dur === undefined || !NAMES.has(e.name) || !mains.has(key)) continue;
    const t = byThread.get(key) ?? {};
    t[e.name] = (t[e.name] ?? 0) + e.dur / 1000;
    byThread.set(key, t);
  }
  const sum = (t: TraceSummary) => Object.values(t).reduce((a, b) => a + b, 0);
  const totals = [...byThread.values()].sort((a, b) => sum(b) - sum(a))[0] ?? {};
  for (const k of Object.keys(totals)) totals[k] = Math.round(totals[k]! * 10) / 10;
  return totals;
}
