import type { Page } from 'playwright-core';

/** The page size both UI benches use. */
export const VIEWPORT = { width: 1280, height: 800 };

/** The pause between keys when typing like a person (a fast typist's pace). */
export const KEY_PAUSE_MS = 40;

/**
 * Headless Chromium has no display, so frames need not wait for a vsync:
 * with the frame-rate limit off, a frame is produced as soon as there is
 * something to draw, and the measured latency is the app's work plus one
 * pass of Chromium's rendering pipeline rather than a random share of the
 * 16.7 ms vsync interval.
 */
export const BENCH_ARGS = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

type ProbeWindow = Window & { __benchLatencies?: number[]; __benchSlowEvents?: number };

/**
 * Installs the keystroke-to-paint probe in the page. For every keydown it
 * takes the event's own timestamp (when the browser received the input),
 * waits for the next animation frame and then for a task posted from it —
 * that task runs after the frame's style, layout and paint — and records the
 * difference. Chrome's Event Timing API counts, as a cross-check, input
 * events it saw take longer than 16 ms to the next paint.
 */
export async function installKeystrokeProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as ProbeWindow;
    w.__benchLatencies = [];
    w.__benchSlowEvents = 0;
    document.addEventListener(
      'keydown',
      (e) => {
        const start = e.timeStamp;
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => w.__benchLatencies?.push(performance.now() - start);
          ch.port2.postMessage(null);
        });
      },
      true,
    );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'keydown' || entry.name === 'keypress' || entry.name === 'input') {
          w.__benchSlowEvents = (w.__benchSlowEvents ?? 0) + 1;
        }
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
  });
}

/** Reads and clears what the probe recorded. */
export async function takeKeystrokeSamples(page: Page): Promise<{ latencies: number[]; slowEvents: number }> {
  return page.evaluate(() => {
    const w = window as ProbeWindow;
    const out = { latencies: w.__benchLatencies ?? [], slowEvents: w.__benchSlowEvents ?? 0 };
    w.__benchLatencies = [];
    w.__benchSlowEvents = 0;
    return out;
  });
}

/**
 * Types `text` one key at a time with a pause between keys (a fast typist's
 * pace), so each keystroke is measured on its own rather than queued behind
 * the previous one.
 */
export async function typeLikeAPerson(page: Page, text: string, pauseMs: number): Promise<void> {
  for (const ch of text) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(pauseMs);
  }
}
