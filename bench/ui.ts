// UI speed in browser mode (issue 3, "Speed"): opening a 5,000-segment
// project to an editable draft, and keystroke-to-paint while typing in it.
// Keystrokes are measured three ways in the same Chromium run: in the
// workbench, in a bare Monaco editor with the same content and options
// (bench/ui/bare/, the cost Monaco itself sets) and in a bare <textarea>
// (what Chromium costs). Run by `npm run bench` after `npm run build`, or alone:
// `node --import tsx bench/ui.ts [--quick] [--profile]` (--quick: fewer opens;
// --profile: also writes a CPU profile of typing in the workbench to
// bench/ui-keystroke.cpuprofile; --trace: prints the main thread's time per
// trace event for the typing in segment 1, workbench and bare Monaco side by side). Prints a table and writes bench/ui-results.json.
// Needs Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { getPriority, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/chromium.js';
import { startServer, type ServerHandle } from '../tests/e2e/server.js';
import { machineInfo } from './report.js';
import { round1 as round, roundSummary, summarise } from './stats.js';
import { serveBareMonaco } from './ui/bareMonaco.js';
import { traceMainThread, type MainThreadTrace } from './ui/trace.js';
import { createBenchProject } from './ui/project.js';
import {
  BENCH_ARGS,
  KEY_PAUSE_MS,
  VIEWPORT,
  installKeystrokeProbe,
  takeKeystrokeSamples,
  typeLikeAPerson,
} from './ui/probe.js';

const QUICK = process.argv.includes('--quick');
const PROFILE = process.argv.includes('--profile');
const TRACE = process.argv.includes('--trace');
const SEGMENTS = 5_000;
const OPEN_RUNS = QUICK ? 2 : 7;
const WARMUP_KEYS = 20;
const KEYS_PER_PLACE = 120;
const BUDGET_OPEN_MS = 2_000;
const BUDGET_KEY_P95_MS = 16;

const TYPED = 'the reading rooms stay open until late in the evening during the exam session ';

type HookWindow = Window & {
  __dragoman?: { lineCount(): number; draft(n: number): string; alignTimings(): number[] };
};

/** The commit the measured build came from (with "+dirty" when the tree had changes). */
function commitOf(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim();
    return dirty ? `${head}+dirty` : head;
  } catch {
    return 'unknown';
  }
}

/** Waits until the project's panes are up with all segments. */
function waitForPanes(page: Page): Promise<unknown> {
  return page.waitForFunction(
    (n) =>
      (window as HookWindow).__dragoman?.lineCount() === n &&
      document.querySelector('[data-testid=target-pane] .view-lines .view-line') !== null,
    SEGMENTS,
    { polling: 'raf', timeout: 60_000 },
  );
}

/** One cold open: fresh browser context, navigation to the typed character painted in segment 1. */
async function openOnce(browser: Browser, server: ServerHandle, marker: string, errors: string[]) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
  try {
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const t0 = performance.now();
    await page.goto(server.url.href);
    await waitForPanes(page);
    const panes = performance.now() - t0;
    // The draft has the focus on open, caret at the end of segment 1: typing must land there.
    await page.keyboard.type(marker);
    await page.waitForFunction((m) => (window as HookWindow).__dragoman?.draft(1).endsWith(m) === true, marker, {
      polling: 'raf',
      timeout: 10_000,
    });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    const editable = performance.now() - t0;
    return { panes, editable };
  } finally {
    await context.close();
  }
}

/** Keystroke-to-paint samples from typing at the start and at the end of the big project. */
async function typeInProject(browser: Browser, server: ServerHandle, errors: string[]) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
  try {
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url.href);
    await waitForPanes(page);
    // What the bare-Monaco baseline needs to be the same editor minus our code: the drafts as they
    // are before typing, the draft pane's size (so lines wrap alike) and its font size.
    const baseline = await page.evaluate((n) => {
      const h = (window as HookWindow).__dragoman;
      const lines: string[] = [];
      for (let i = 1; i <= n; i++) lines.push(h?.draft(i) ?? '');
      const pane = document.querySelector('[data-testid=target-pane]')?.getBoundingClientRect();
      const viewLines = document.querySelector('[data-testid=target-pane] .view-lines');
      const fontSize = viewLines ? parseFloat(getComputedStyle(viewLines).fontSize) : 14;
      return { text: lines.join('\n'), width: pane?.width ?? 600, height: pane?.height ?? 700, fontSize };
    }, SEGMENTS);
    await installKeystrokeProbe(page);
    await typeLikeAPerson(page, TYPED.slice(0, WARMUP_KEYS), KEY_PAUSE_MS);
    await takeKeystrokeSamples(page);
    const text = TYPED.repeat(2).slice(0, KEYS_PER_PLACE);
    const profiler = PROFILE ? await startProfile(page) : null;
    const domElements = await page.evaluate(() => document.getElementsByTagName('*').length);
    const trace = await typeTraced(page, text);
    const first = await takeKeystrokeSamples(page);
    await page.keyboard.press('Control+End');
    await page.waitForTimeout(300);
    await takeKeystrokeSamples(page);
    await typeLikeAPerson(page, text, KEY_PAUSE_MS);
    const last = await takeKeystrokeSamples(page);
    if (profiler) await profiler.stop();
    const drafts = await page.evaluate((n) => {
      const h = (window as HookWindow).__dragoman;
      return { first: h?.draft(1) ?? '', last: h?.draft(n) ?? '', align: h?.alignTimings() ?? [] };
    }, SEGMENTS);
    if (!drafts.first.endsWith(text) || !drafts.last.endsWith(text)) {
      throw new Error(
        'The typed text did not arrive in segments 1 and 5,000: the keystroke numbers would mean nothing.',
      );
    }
    return { first, last, align: drafts.align, baseline, trace, domElements };
  } finally {
    await context.close();
  }
}

/** Types `text` like a person; with --trace, under a performance trace whose main-thread totals it returns. */
async function typeTraced(page: Page, text: string): Promise<MainThreadTrace | null> {
  if (!TRACE) {
    await typeLikeAPerson(page, text, KEY_PAUSE_MS);
    return null;
  }
  return traceMainThread(page, () => typeLikeAPerson(page, text, KEY_PAUSE_MS));
}

/** Starts Chromium's sampling profiler in the page; stop() writes bench/ui-keystroke.cpuprofile (open it in DevTools). */
async function startProfile(page: Page): Promise<{ stop(): Promise<void> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return {
    async stop() {
      const { profile } = await cdp.send('Profiler.stop');
      const out = fileURLToPath(new URL('./ui-keystroke.cpuprofile', import.meta.url));
      writeFileSync(out, JSON.stringify(profile));
      process.stdout.write(`Wrote ${out}\n`);
    },
  };
}

/**
 * The same typing in a bare Monaco editor holding the same lines with the same
 * options and size: what Monaco itself costs per keystroke on this content.
 */
async function bareMonaco(
  browser: Browser,
  url: string,
  content: { text: string; width: number; height: number; fontSize: number },
  errors: string[],
) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
  try {
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(`bare Monaco: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`bare Monaco: ${e.message}`));
    await page.goto(url);
    await page.waitForFunction(() => window.__bare !== undefined);
    const lines = await page.evaluate((c) => window.__bare?.open(c) ?? 0, content);
    if (lines !== SEGMENTS) throw new Error(`The bare Monaco page holds ${lines} lines, not ${SEGMENTS}.`);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    await installKeystrokeProbe(page);
    await typeLikeAPerson(page, TYPED.slice(0, WARMUP_KEYS), KEY_PAUSE_MS);
    await takeKeystrokeSamples(page);
    const text = TYPED.repeat(2).slice(0, KEYS_PER_PLACE);
    const domElements = await page.evaluate(() => document.getElementsByTagName('*').length);
    const trace = await typeTraced(page, text);
    const first = await takeKeystrokeSamples(page);
    await page.keyboard.press('Control+End');
    await page.waitForTimeout(300);
    await takeKeystrokeSamples(page);
    await typeLikeAPerson(page, text, KEY_PAUSE_MS);
    const last = await takeKeystrokeSamples(page);
    const ends = await page.evaluate((n) => [window.__bare?.line(1) ?? '', window.__bare?.line(n) ?? ''], SEGMENTS);
    if (!ends[0]?.endsWith(text) || !ends[1]?.endsWith(text)) {
      throw new Error('The typed text did not arrive in lines 1 and 5,000 of the bare Monaco page.');
    }
    return { first, last, trace, domElements };
  } finally {
    await context.close();
  }
}

/** The same probe on a bare <textarea>: what Chromium itself costs per keystroke on this machine. */
async function floor(browser: Browser) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.setContent('<textarea id="t" rows="20" cols="80"></textarea>');
    await page.focus('#t');
    await installKeystrokeProbe(page);
    await typeLikeAPerson(page, TYPED.repeat(2).slice(0, KEYS_PER_PLACE), KEY_PAUSE_MS);
    return await takeKeystrokeSamples(page);
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  // The load when the run starts; the one at the end is recorded too.
  const machine = machineInfo();
  const root = mkdtempSync(join(tmpdir(), 'dragoman-bench-ui-'));
  const dataDir = join(root, 'data');
  const home = join(root, 'home');
  mkdirSync(dataDir);
  mkdirSync(home);
  let server: ServerHandle | undefined;
  let browser: Browser | undefined;
  let bare: Awaited<ReturnType<typeof serveBareMonaco>> | undefined;
  try {
    process.stdout.write(`UI bench: creating a ${SEGMENTS}-segment project through the API…\n`);
    server = await startServer({ dataDir, home });
    const projectPath = await createBenchProject(server, SEGMENTS);
    await server.kill('SIGTERM');
    server = await startServer({ dataDir, home, args: [projectPath] });

    process.stdout.write('UI bench: building the bare Monaco page…\n');
    bare = await serveBareMonaco();
    browser = await launchChromium(BENCH_ARGS);
    const errors: string[] = [];

    // One unmeasured open warms the server's file cache and Chromium's code cache.
    await openOnce(browser, server, 'w', errors);
    const opens: { panes: number; editable: number }[] = [];
    for (let i = 0; i < OPEN_RUNS; i++) {
      opens.push(await openOnce(browser, server, String.fromCharCode(97 + i), errors));
      process.stdout.write(`  open ${i + 1}/${OPEN_RUNS}: ${Math.round(opens[i]?.editable ?? 0)} ms\n`);
    }
    process.stdout.write('UI bench: typing…\n');
    const typed = await typeInProject(browser, server, errors);
    const bareTyped = await bareMonaco(browser, bare.url, typed.baseline, errors);
    const base = await floor(browser);
    // For the record: the same floor with Chromium's default frame pacing, where every
    // keystroke also waits for the next vsync (the reason the budgeted numbers turn it off).
    const paced = await launchChromium();
    const vsyncFloor = await floor(paced).finally(() => paced.close());

    const open = roundSummary(summarise(opens.map((o) => o.editable)));
    const panes = roundSummary(summarise(opens.map((o) => o.panes)));
    const keys = roundSummary(summarise([...typed.first.latencies, ...typed.last.latencies]));
    const keysFirst = roundSummary(summarise(typed.first.latencies));
    const keysLast = roundSummary(summarise(typed.last.latencies));
    const floorKeys = roundSummary(summarise(base.latencies));
    const bareKeys = roundSummary(summarise([...bareTyped.first.latencies, ...bareTyped.last.latencies]));
    const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
    const vsBare = { median: ratio(keys.median, bareKeys.median), p95: ratio(keys.p95, bareKeys.p95) };
    const vsTextarea = { median: ratio(keys.median, floorKeys.median), p95: ratio(keys.p95, floorKeys.p95) };
    const vsyncFloorKeys = roundSummary(summarise(vsyncFloor.latencies));
    const align = typed.align.length > 0 ? roundSummary(summarise(typed.align)) : null;

    const results = {
      date: new Date().toISOString(),
      commit: commitOf(),
      // Process priority (nice): a run on a shared machine may be raised to keep other work from skewing it.
      machine: { ...machine, chromium: browser.version(), nice: getPriority() },
      segments: SEGMENTS,
      extraChromiumArgs: BENCH_ARGS,
      viewport: VIEWPORT,
      open: {
        method:
          'Fresh browser context per run (cold HTTP cache), one warm-up run first. Wall time in the bench process from ' +
          'page.goto() to: all 5,000 segments in both panes ("panes"), then a character typed into segment 1 and ' +
          'painted ("editable").',
        runs: opens.map((o) => ({ panes: round(o.panes), editable: round(o.editable) })),
        panesMs: panes,
        editableMs: open,
        budgetMs: BUDGET_OPEN_MS,
        met: open.median < BUDGET_OPEN_MS,
      },
      keystroke: {
        method:
          `In-page: keydown event.timeStamp → next requestAnimationFrame → a task posted from it (runs after that ` +
          `frame's style, layout and paint). ${KEYS_PER_PLACE} keys in segment 1 and ${KEYS_PER_PLACE} in segment ` +
          `${SEGMENTS}, ${KEY_PAUSE_MS} ms apart, after ${WARMUP_KEYS} warm-up keys; frame-rate limit and vsync off ` +
          '(headless, no display). The same typing in a bare Monaco editor (same Monaco modules and pane options, ' +
          "the same 5,000 drafts as lines, the draft pane's size; no markers, decorations, zones or React) is the " +
          'baseline; the floor is the same probe on a bare <textarea>.',
        ms: keys,
        segment1Ms: keysFirst,
        segmentLastMs: keysLast,
        bareMonacoMs: bareKeys,
        bareMonacoSegment1Ms: roundSummary(summarise(bareTyped.first.latencies)),
        bareMonacoSegmentLastMs: roundSummary(summarise(bareTyped.last.latencies)),
        ratioToBareMonaco: vsBare,
        ratioToTextarea: vsTextarea,
        floorTextareaMs: floorKeys,
        floorTextareaWithVsyncMs: vsyncFloorKeys,
        eventTimingOver16ms: typed.first.slowEvents + typed.last.slowEvents,
        domElements: { workbench: typed.domElements, bareMonaco: bareTyped.domElements },
        ...(typed.trace && bareTyped.trace
          ? { mainThreadTrace: { workbench: typed.trace, bareMonaco: bareTyped.trace } }
          : {}),
        alignmentPassMs: align,
        budgetP95Ms: BUDGET_KEY_P95_MS,
        met: keys.p95 < BUDGET_KEY_P95_MS || vsTextarea.p95 <= 1.5,
        metAgainstBareMonaco: vsBare.p95 <= 1.5,
      },
      pageErrors: errors,
      loadAverage1mAtEnd: Math.round(loadavg()[0]! * 100) / 100,
    };

    const rows: [string, string, string, string, string][] = [
      [
        'open → editable draft (ms)',
        String(open.median),
        String(open.p95),
        `< ${BUDGET_OPEN_MS}`,
        open.median < BUDGET_OPEN_MS ? 'yes' : 'NO',
      ],
      ['open → panes ready (ms)', String(panes.median), String(panes.p95), '', ''],
      [
        'keystroke → paint (ms)',
        String(keys.median),
        String(keys.p95),
        `p95 < ${BUDGET_KEY_P95_MS}`,
        results.keystroke.met ? 'yes' : 'NO',
      ],
      ['  in segment 1', String(keysFirst.median), String(keysFirst.p95), '', ''],
      [`  in segment ${SEGMENTS}`, String(keysLast.median), String(keysLast.p95), '', ''],
      ['  bare Monaco, same content', String(bareKeys.median), String(bareKeys.p95), '', ''],
      ['  ratio to bare Monaco', `${vsBare.median}×`, `${vsBare.p95}×`, '≤ 1.5×', vsBare.p95 <= 1.5 ? 'yes' : 'NO'],
      ['  floor: bare <textarea>', String(floorKeys.median), String(floorKeys.p95), '', ''],
      ['  ratio to <textarea>', `${vsTextarea.median}×`, `${vsTextarea.p95}×`, 'or ≤ 1.5×', ''],
      ['  floor with vsync pacing', String(vsyncFloorKeys.median), String(vsyncFloorKeys.p95), '', ''],
    ];
    if (align) rows.push(['  alignment pass per edit', String(align.median), String(align.p95), '', '']);
    const widths = [34, 9, 9, 14, 5];
    const line = (cells: readonly string[]) =>
      cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
    process.stdout.write(`\nUI speed, ${SEGMENTS} segments, Chromium ${browser.version()} (headless)\n`);
    process.stdout.write(`${line(['', 'median', 'p95', 'budget', 'met'])}\n`);
    for (const r of rows) process.stdout.write(`${line(r)}\n`);
    if (typed.trace && bareTyped.trace) {
      const wb = typed.trace;
      const bt = bareTyped.trace;
      process.stdout.write(
        `\nMain thread while typing ${KEYS_PER_PLACE} keys in segment 1 (ms, trace event totals; ` +
          "CPU = the thread's own time, what to compare when the machine is loaded)\n",
      );
      const names = [...new Set([...Object.keys(wb.wall), ...Object.keys(bt.wall)])].sort();
      const cell = (v: number | undefined) => String(v ?? 0).padStart(10);
      for (const n of names) {
        process.stdout.write(
          `  ${n.padEnd(28)}${cell(wb.wall[n])}${cell(bt.wall[n])}${cell(wb.cpu[n])}${cell(bt.cpu[n])}\n`,
        );
      }
      process.stdout.write(
        `  ${''.padEnd(28)}${'wall wb'.padStart(10)}${'wall bare'.padStart(10)}${'CPU wb'.padStart(10)}${'CPU bare'.padStart(10)}\n`,
      );
      process.stdout.write(`  DOM elements: workbench ${typed.domElements}, bare Monaco ${bareTyped.domElements}\n`);
    }
    process.stdout.write(
      `Event Timing API: ${results.keystroke.eventTimingOver16ms} input events over 16 ms; page errors: ${errors.length}\n`,
    );

    // A quick run is not the record: it goes to a file git ignores.
    const out = fileURLToPath(new URL(QUICK ? './ui-results.local.json' : './ui-results.json', import.meta.url));
    writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`Wrote ${out}\n`);
  } finally {
    await browser?.close().catch(() => undefined);
    await bare?.close().catch(() => undefined);
    await server?.kill('SIGKILL').catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
