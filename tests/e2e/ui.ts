import type { Page } from 'playwright-core';

/** The two editor panes, by the data-testid of their host element. */
export type Pane = 'source' | 'target';

/** A check marker of the draft pane, as renderer/testHooks.ts reports it. */
export interface MarkerView {
  check: string;
  severity: string;
  message: string;
  startColumn: number;
  endColumn: number;
}

/** What the renderer exposes for tests on `window.__dragoman` (renderer/testHooks.ts). */
export interface Hooks {
  lineCount(): number;
  active(): number;
  segmentTop(pane: Pane, n: number): number;
  draft(n: number): string;
  status(n: number): string;
  dirty(): boolean;
  checks(): { applied: number; model: number; findings: number; concepts: number };
  markers(n: number): MarkerView[];
  sourceTerms(n: number): { start: number; end: number }[];
  draftLines(): number;
  selections(): { startLine: number; startColumn: number; endLine: number; endColumn: number }[];
  charPoint(pane: Pane, n: number, column: number): { x: number; y: number } | null;
}

export type HookWindow = Window & { __dragoman?: Hooks };

/** Waits until a project is open in both panes and returns its number of segments. */
export async function waitForProject(page: Page, segments?: number): Promise<number> {
  await page.waitForFunction(
    (n) => {
      const h = (window as HookWindow).__dragoman;
      const count = h?.lineCount() ?? 0;
      return (
        (n === null ? count > 0 : count === n) &&
        document.querySelector('[data-testid=target-pane] .view-lines') !== null
      );
    },
    segments ?? null,
    { timeout: 30_000 },
  );
  return page.evaluate(() => (window as HookWindow).__dragoman?.lineCount() ?? 0);
}

/** Reads one of the renderer's test hooks. */
export function hook<K extends keyof Hooks>(
  page: Page,
  name: K,
  ...args: Parameters<Hooks[K]>
): Promise<ReturnType<Hooks[K]>> {
  return page.evaluate(
    ([n, a]) => {
      const h = (window as HookWindow).__dragoman;
      if (!h) throw new Error('window.__dragoman is missing: the workbench did not start');
      return (h[n] as (...x: unknown[]) => unknown)(...a);
    },
    [name, args] as [K, unknown[]],
  ) as Promise<ReturnType<Hooks[K]>>;
}

/**
 * Top edge (page px) of segment `n` in a pane, measured on the DOM: the
 * line-number element Monaco renders on the first row of line n. Undefined
 * when that line is not rendered (scrolled out of view). This reads what the
 * user sees, not what the editor believes its layout to be.
 */
export function renderedTop(page: Page, pane: Pane, n: number): Promise<number | undefined> {
  return page.evaluate(
    ([p, line]) => {
      const host = document.querySelector(`[data-testid=${p}-pane]`);
      if (!host) return undefined;
      const box = host.getBoundingClientRect();
      for (const el of host.querySelectorAll('.margin-view-overlays .line-numbers')) {
        if (el.textContent?.trim() !== String(line)) continue;
        const r = el.getBoundingClientRect();
        // Rendered but scrolled behind the pane's edges does not count as visible.
        if (r.bottom <= box.top || r.top >= box.bottom) return undefined;
        return r.top;
      }
      return undefined;
    },
    [pane, n] as [Pane, number],
  );
}

/** Segment numbers whose line number is rendered and visible in a pane. */
export function visibleSegments(page: Page, pane: Pane): Promise<number[]> {
  return page.evaluate((p) => {
    const host = document.querySelector(`[data-testid=${p}-pane]`);
    if (!host) return [];
    const box = host.getBoundingClientRect();
    const out: number[] = [];
    for (const el of host.querySelectorAll('.margin-view-overlays .line-numbers')) {
      const r = el.getBoundingClientRect();
      const n = Number(el.textContent?.trim());
      if (Number.isInteger(n) && n > 0 && r.bottom > box.top && r.top < box.bottom) out.push(n);
    }
    return out.sort((a, b) => a - b);
  }, pane);
}

/** For every segment visible in both panes: its number and the two rendered top edges. */
export async function alignedPairs(page: Page): Promise<{ n: number; source: number; target: number }[]> {
  const src = new Set(await visibleSegments(page, 'source'));
  const out: { n: number; source: number; target: number }[] = [];
  for (const n of await visibleSegments(page, 'target')) {
    if (!src.has(n)) continue;
    const s = await renderedTop(page, 'source', n);
    const t = await renderedTop(page, 'target', n);
    if (s !== undefined && t !== undefined) out.push({ n, source: s, target: t });
  }
  return out;
}

/** Lets the editors finish re-wrapping and re-aligning: two animation frames. */
export function settle(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

/** Fills and submits the new-project dialog with pasted text; waits for the new project's panes. */
export async function createProjectFromText(
  page: Page,
  name: string,
  text: string,
  segments?: number,
): Promise<number> {
  // The first run opens the sample project; a dialog opened before it arrives would be closed by it.
  await waitForProject(page);
  await page.getByTestId('btn-new-project').click();
  const dialog = page.getByTestId('new-project-dialog');
  await dialog.waitFor();
  await page.getByTestId('np-name').fill(name);
  await page.getByTestId('np-source').fill(text);
  await page.getByTestId('np-create').click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByTestId('project-name').filter({ hasText: name }).waitFor();
  return waitForProject(page, segments);
}

/** Puts the caret at the end of segment `n` of the draft (clicking its line in the source pane). */
export async function goToSegment(page: Page, n: number): Promise<void> {
  await page
    .getByTestId('target-pane')
    .locator('.monaco-editor')
    .first()
    .click({ position: { x: 200, y: 10 } });
  for (let i = 0; i < 10_000; i++) {
    const active = await hook(page, 'active');
    if (active === n) return;
    await page.keyboard.press(active < n ? 'Control+ArrowDown' : 'Control+ArrowUp');
  }
}

/** Waits until the glossary is indexed and the document checked against it. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const c = (window as HookWindow).__dragoman?.checks();
      return !!c && c.concepts > 0 && c.findings > 0;
    },
    null,
    { timeout: 20_000 },
  );
}

/**
 * Waits until the findings of the last edit are applied, then until segment n
 * has (or no longer has) a marker of `check`. Markers follow typing
 * asynchronously, so without the first wait a state between two keystrokes
 * could pass for the final one.
 */
export async function waitForMarkers(page: Page, n: number, check: string, present: boolean): Promise<MarkerView[]> {
  await page.waitForFunction(
    () => {
      const c = (window as HookWindow).__dragoman?.checks();
      return !!c && c.applied >= c.model;
    },
    null,
    { timeout: 10_000 },
  );
  await page.waitForFunction(
    ([line, id, want]) => ((window as HookWindow).__dragoman?.markers(line) ?? []).some((m) => m.check === id) === want,
    [n, check, present] as [number, string, boolean],
    { timeout: 10_000 },
  );
  return hook(page, 'markers', n);
}

/** Whether the keyboard focus is inside the draft editor. */
export function focusInDraft(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.querySelector('[data-testid=target-pane]')?.contains(document.activeElement) ?? false,
  );
}
