// Live checks in the browser mode (issue 4, "Speed"): a 5,000-segment project
// with a 100,000-entry glossary. Measures keystroke → markers updated, the
// UI thread's long tasks while typing, and the longest UI-thread task while
// the worker builds the glossary index. Run by `npm run bench` after
// `npm run build`; prints a table and writes bench/ui-checks-results.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { getPriority, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { writeTbx } from '../glossary/common/tbx.js';
import { projectFromDocument } from '../shared/model/projectBuild.js';
import { serializeProject } from '../shared/model/project.js';
import { launchChromium } from '../tests/e2e/chromium.js';
import { startServer, type ServerHandle } from '../tests/e2e/server.js';
import { BENCH_SEED, generateBenchData } from './generate.js';
import { mulberry32 } from './prng.js';
import { machineInfo } from './report.js';
import { round1 as round, roundSummary, summarise } from './stats.js';
import {
  BENCH_ARGS,
  KEY_PAUSE_MS,
  VIEWPORT,
  installKeystrokeProbe,
  takeKeystrokeSamples,
  typeLikeAPerson,
} from './ui/probe.js';

const CONCEPTS = 100_000;
const SEGMENTS = 5_000;
const KEYS_PER_PLACE = 100;
const BUDGET_MARKERS_P95_MS = 100;
const BUDGET_LONG_TASK_MS = 50;
const TYPED = 'the ministry said the new rules would apply from next spring ';

/** What the renderer exposes for this bench (renderer/testHooks.ts). */
interface CheckHooks {
  lineCount(): number;
  draft(n: number): string;
  checks(): {
    applied: number;
    model: number;
    findings: number;
    concepts: number;
    glossaryMillis: number;
    glossaryAt: number;
  };
}
type BenchWindow = Window & {
  __dragoman?: CheckHooks;
  __benchMarkers?: number[];
  __benchLongTasks?: { start: number; duration: number }[];
};

/**
 * Records long tasks (PerformanceObserver 'longtask', the UI thread's tasks
 * over 50 ms) from the page's first script on, into `__benchLongTasks`.
 */
async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as BenchWindow;
    w.__benchLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__benchLongTasks?.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/**
 * Keystroke → markers: for each key, the keydown's timestamp; once the input
 * has reached the draft model, the model version it produced; then the first
 * `dragoman:checked` event (dispatched after the worker's findings for a
 * version were turned into markers) at or past that version, the next frame,
 * and a task posted from it — so the markers are painted.
 */
async function installMarkerProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as BenchWindow;
    w.__benchMarkers = [];
    // Monaco types through an EditContext in Chromium (no DOM input event), so the keystroke's edit is
    // recognised as the first one sent after its keydown: its version is above the last one sent before.
    const waiting: { start: number; after: number }[] = [];
    document.addEventListener(
      'keydown',
      (e) => waiting.push({ start: e.timeStamp, after: w.__dragoman?.checks().model ?? 0 }),
      true,
    );
    window.addEventListener('dragoman:checked', (e) => {
      const version = (e as CustomEvent<{ version: number }>).detail.version;
      const done = waiting.filter((k) => version > k.after);
      if (done.length === 0) return;
      waiting.splice(0, waiting.length, ...waiting.filter((k) => version <= k.after));
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          const now = performance.now();
          for (const k of done) w.__benchMarkers?.push(now - k.start);
        };
        ch.port2.postMessage(null);
      });
    });
  });
}

async function take(page: Page): Promise<{ markers: number[]; longTasks: { start: number; duration: number }[] }> {
  return page.evaluate(() => {
    const w = window as BenchWindow;
    const out = { markers: w.__benchMarkers ?? [], longTasks: w.__benchLongTasks ?? [] };
    w.__benchMarkers = [];
    w.__benchLongTasks = [];
    return out;
  });
}

/** Writes the project and its glossary into `dir`; returns the project path. */
function writeBenchProject(dir: string): string {
  const data = generateBenchData({ rng: mulberry32(BENCH_SEED), concepts: CONCEPTS, segments: SEGMENTS });
  writeFileSync(join(dir, 'glossary.tbx'), writeTbx(data.glossary), 'utf8');
  const now = new Date().toISOString();
  const project = projectFromDocument(data.doc, {
    name: `Bench ${SEGMENTS} with ${CONCEPTS} concepts`,
    id: 'bench-ui-checks',
    now,
    glossaries: ['glossary.tbx'],
  });
  const path = join(dir, 'bench.dragoman');
  writeFileSync(path, serializeProject(project), 'utf8');
  return path;
}

async function main(): Promise<void> {
  const machine = machineInfo();
  const root = mkdtempSync(join(tmpdir(), 'dragoman-bench-checks-'));
  const dataDir = join(root, 'data');
  const home = join(root, 'home');
  const projects = join(root, 'projects');
  for (const d of [dataDir, home, projects]) mkdirSync(d);
  let server: ServerHandle | undefined;
  const browser = await launchChromium(BENCH_ARGS);
  try {
    process.stdout.write(`Live-checks bench: writing ${SEGMENTS} segments and ${CONCEPTS} concepts…\n`);
    const projectPath = writeBenchProject(projects);
    server = await startServer({ dataDir, home, args: [projectPath] });
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await observeLongTasks(page);

    const t0 = performance.now();
    await page.goto(server.url.href);
    await page.waitForFunction((n) => (window as BenchWindow).__dragoman?.lineCount() === n, SEGMENTS, {
      timeout: 120_000,
    });
    const panesMs = performance.now() - t0;
    const opening = await take(page);
    // Typing while the worker reads and indexes the glossary: keystroke → paint must stay as it is
    // without a glossary, since the index is built off the UI thread.
    await installKeystrokeProbe(page);
    await page
      .getByTestId('target-pane')
      .locator('.monaco-editor')
      .first()
      .click({ position: { x: 200, y: 10 } });
    const buildingBefore =
      (await page.evaluate(() => (window as BenchWindow).__dragoman!.checks().concepts)) < CONCEPTS;
    await typeLikeAPerson(page, TYPED.slice(0, 40), KEY_PAUSE_MS);
    const buildingAfter = (await page.evaluate(() => (window as BenchWindow).__dragoman!.checks().concepts)) < CONCEPTS;
    const duringBuild = await takeKeystrokeSamples(page);
    await page.waitForFunction((n) => ((window as BenchWindow).__dragoman?.checks().concepts ?? 0) >= n, CONCEPTS, {
      timeout: 300_000,
      polling: 200,
    });
    const readyMs = performance.now() - t0;
    const state = await page.evaluate(() => (window as BenchWindow).__dragoman!.checks());
    // The index's results (underlines in slices, findings, the panel) land over the next moments.
    await page.waitForTimeout(1500);
    const loading = await take(page);
    // Tasks ending before the index reached the UI thread are the editor's own opening work (alignment and
    // word-count slices) and typing; the index build itself is in the worker. The rest applied the index.
    const applying = loading.longTasks.filter((t) => t.start + t.duration >= state.glossaryAt);
    const whileIndexing = loading.longTasks.filter((t) => t.start + t.duration < state.glossaryAt);

    await installMarkerProbe(page);
    const places = [1, SEGMENTS];
    const markers: number[] = [];
    const longTasks: number[] = [];
    const durations = (list: { duration: number }[]) => list.map((t) => round(t.duration));
    const longest = (list: { duration: number }[]) => Math.max(0, ...list.map((t) => round(t.duration)));
    for (const n of places) {
      await goTo(page, n);
      await typeLikeAPerson(page, TYPED.slice(0, 10), KEY_PAUSE_MS);
      await page.waitForTimeout(300);
      await take(page);
      await typeLikeAPerson(page, TYPED.repeat(2).slice(0, KEYS_PER_PLACE), KEY_PAUSE_MS);
      await page.waitForTimeout(500);
      const got = await take(page);
      markers.push(...got.markers);
      longTasks.push(...got.longTasks.map((t) => t.duration));
      process.stdout.write(`  segment ${n}: ${got.markers.length} keystrokes measured\n`);
    }
    if (markers.length < places.length * KEYS_PER_PLACE * 0.9) {
      throw new Error(`Only ${markers.length} keystrokes reached the markers: the numbers would mean nothing.`);
    }
    const key = roundSummary(summarise(markers));
    const longestTyping = longTasks.length ? Math.max(...longTasks) : 0;
    const results = {
      date: new Date().toISOString(),
      machine: { ...machine, chromium: browser.version(), nice: getPriority() },
      segments: SEGMENTS,
      concepts: CONCEPTS,
      findingsAtOpen: state.findings,
      openToPanesMs: round(panesMs),
      openToGlossaryCheckedMs: round(readyMs),
      workerIndexBuildMs: round(state.glossaryMillis),
      keystrokeToPaintWhileIndexing: {
        method:
          'The keystroke → paint probe of ui.ts, 40 keys typed into segment 1 right after the panes are ready, ' +
          'while the worker is still reading and indexing the glossary (stillIndexing says whether it was, at the ' +
          'first and at the last key).',
        ms: roundSummary(summarise(duringBuild.latencies)),
        stillIndexing: { atFirstKey: buildingBefore, atLastKey: buildingAfter },
      },
      keystrokeToMarkers: {
        method:
          'In-page: keydown timeStamp → the first dragoman:checked event (markers set) for an edit sent after that ' +
          'keydown → next frame → a task posted from it. 100 keys each in segments 1 and 5,000,' +
          ' 40 ms apart, after 10 warm-up keys.',
        ms: key,
        budgetP95Ms: BUDGET_MARKERS_P95_MS,
        met: key.p95 < BUDGET_MARKERS_P95_MS,
      },
      longTasksWhileTyping: {
        count: longTasks.length,
        longestMs: round(longestTyping),
        budgetMs: BUDGET_LONG_TASK_MS,
        met: longTasks.length === 0,
      },
      longTasksWhileOpening: {
        note: 'From navigation until both panes hold all segments (the editor itself, before any check).',
        count: opening.longTasks.length,
        longestMs: longest(opening.longTasks),
        all: durations(opening.longTasks),
      },
      longTasksWhileIndexing: {
        note:
          'From the panes being ready until the worker’s index reached the UI thread: the editor’s remaining ' +
          'opening work (alignment and word-count slices) and the 40 keys typed meanwhile; the index is built in the worker.',
        count: whileIndexing.length,
        longestMs: longest(whileIndexing),
        all: durations(whileIndexing),
      },
      longTasksApplyingIndex: {
        note: 'From the index reaching the UI thread until 1.5 s later: term underlines (in slices), findings, the panel.',
        count: applying.length,
        longestMs: longest(applying),
        all: durations(applying),
      },
      pageErrors: errors,
      loadAverage1mAtEnd: Math.round(loadavg()[0]! * 100) / 100,
    };
    process.stdout.write(
      `\nLive checks, ${SEGMENTS} segments, ${CONCEPTS} concepts\n` +
        `  open → panes ${round(panesMs)} ms; → glossary indexed and document checked ${round(readyMs)} ms (worker index ${round(state.glossaryMillis)} ms)\n` +
        `  keystroke → paint while the worker indexes: median ${round(summarise(duringBuild.latencies).median)} ms, p95 ${round(summarise(duringBuild.latencies).p95)} ms (indexing at first/last key: ${buildingBefore}/${buildingAfter})\n` +
        `  keystroke → markers: median ${key.median} ms, p95 ${key.p95} ms (budget p95 < ${BUDGET_MARKERS_P95_MS}) ${key.p95 < BUDGET_MARKERS_P95_MS ? 'met' : 'NOT met'}\n` +
        `  long tasks while typing: ${longTasks.length} (longest ${round(longestTyping)} ms)\n` +
        `  long tasks while opening the panes: ${opening.longTasks.length} (longest ${longest(opening.longTasks)} ms)\n` +
        `  long tasks while the worker indexes: ${whileIndexing.length} (longest ${longest(whileIndexing)} ms)\n` +
        `  long tasks applying the index on the UI thread: ${applying.length} (longest ${longest(applying)} ms)\n`,
    );
    const out = fileURLToPath(new URL('./ui-checks-results.json', import.meta.url));
    writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`Wrote ${out}\n`);
  } finally {
    await browser.close().catch(() => undefined);
    await server?.kill('SIGKILL').catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
  }
}

/** Puts the caret at the end of segment 1 or of the last segment (Ctrl+Home/End, then End). */
async function goTo(page: Page, n: number): Promise<void> {
  await page
    .getByTestId('target-pane')
    .locator('.monaco-editor')
    .first()
    .click({ position: { x: 200, y: 10 } });
  await page.keyboard.press(n === 1 ? 'Control+Home' : 'Control+End');
  await page.keyboard.press('End');
  await page.waitForTimeout(200);
}

await main();
