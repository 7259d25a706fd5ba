import type { CDPSession, Page } from 'playwright-core';

/** Main-thread time by trace event name (ms). */
export type TraceSummary = Record<string, number>;

/**
 * The same totals twice: wall time (`dur`) and the main thread's CPU time
 * (`tdur`). On a loaded machine the wall times include the time the thread
 * waited for a core; the CPU times are what the page's own work cost, so an
 * A/B comparison of traces taken under load should read those.
 */
export interface MainThreadTrace {
  wall: TraceSummary;
  cpu: TraceSummary;
}

/** Trace events we total: the renderer main thread's work per frame and per task. */
const NAMES = new Set([
  // Every task of the thread: the total the others are part of.
  'RunTask',
  'EventDispatch',
  // Messages from the check worker (findings for the edited segment).
  'HandlePostMessage',
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
  /** Thread (CPU) duration, where the platform records it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/**
 * Records a Chromium performance trace (devtools.timeline) of a page while
 * `fn` runs and totals the main thread's wall and CPU time per event name:
 * where a keystroke's milliseconds go beyond script (style, layout, paint).
 * Events nest (a FunctionCall inside an EventDispatch inside a RunTask), so
 * the rows do not add up to RunTask.
 */
export async function traceMainThread(page: Page, fn: () => Promise<void>): Promise<MainThreadTrace> {
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
  const byThread = new Map<string, MainThreadTrace>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.dur === undefined || !NAMES.has(e.name) || !mains.has(key)) continue;
    const t = byThread.get(key) ?? { wall: {}, cpu: {} };
    t.wall[e.name] = (t.wall[e.name] ?? 0) + e.dur / 1000;
    t.cpu[e.name] = (t.cpu[e.name] ?? 0) + (e.tdur ?? 0) / 1000;
    byThread.set(key, t);
  }
  const sum = (t: MainThreadTrace) => Object.values(t.wall).reduce((a, b) => a + b, 0);
  const totals = [...byThread.values()].sort((a, b) => sum(b) - sum(a))[0] ?? { wall: {}, cpu: {} };
  for (const part of [totals.wall, totals.cpu]) {
    for (const k of Object.keys(part)) part[k] = Math.round(part[k]! * 10) / 10;
  }
  return totals;
}
