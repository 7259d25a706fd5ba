import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { test as base } from 'vitest';
import { launchChromium } from './chromium.js';
import { repoRoot, startServer, type ServerHandle } from './server.js';

/** Where screenshots go (gitignored). */
export const resultsDir = join(repoRoot, 'test-results', 'e2e');

/** One test's workbench: its own data dir, project folder, server, browser and page. */
export interface Workbench {
  /** The backend's data directory (settings, recent projects, journal). */
  dataDir: string;
  /** An empty folder the test may put project and text files in. */
  projectDir: string;
  server: ServerHandle;
  browser: Browser;
  page: Page;
  /** Console errors, uncaught page errors and CSP violations seen so far; any of them fails the test. */
  errors: string[];
  /** Navigates the page to the server's launch URL, with extra query parameters. */
  open(query?: Record<string, string>): Promise<void>;
  /** Kills the server (SIGKILL) and starts a new one on the same data dir; `server` is the new one. */
  restartServer(): Promise<ServerHandle>;
  /**
   * Lets console errors matching `pattern` pass while `fn` runs (e.g. the
   * refused requests of a page whose server was just killed).
   */
  tolerateErrors<T>(pattern: RegExp, fn: () => Promise<T>): Promise<T>;
  /** Saves a screenshot of the page to test-results/e2e/<test>-<label>.png. */
  screenshot(label: string): Promise<void>;
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

/**
 * `test` with a `wb` fixture: a fresh temp data dir and project folder, the
 * built server started on them, Chromium with a fresh profile and one page
 * that records console errors, page errors and CSP violations. After the test
 * (pass or fail) it takes a screenshot, closes the browser, kills the server
 * and removes the folders; then it fails the test if any error was recorded.
 */
export const test = base.extend<{ wb: Workbench }>({
  wb: async ({ task }, use) => {
    const root = mkdtempSync(join(tmpdir(), 'dragoman-e2e-'));
    const dataDir = join(root, 'data');
    const projectDir = join(root, 'projects');
    const home = join(root, 'home');
    for (const d of [dataDir, projectDir, home]) mkdirSync(d, { recursive: true });
    const errors: string[] = [];
    const tolerated: RegExp[] = [];
    const name = slug(`${task.file.name.replace(/^.*\//, '').replace(/\.spec\.ts$/, '')}-${task.name}`);

    let server: ServerHandle | undefined;
    let browser: Browser | undefined;
    try {
      server = await startServer({ dataDir, home });
      browser = await launchChromium();
      const context = await browser.newContext({
        locale: 'en-GB',
        viewport: { width: 1280, height: 800 },
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      const record = (msg: string): void => {
        if (!tolerated.some((re) => re.test(msg))) errors.push(msg);
      };
      page.on('console', (m) => {
        if (m.type() === 'error') {
          const loc = m.location();
          record(`console.error: ${m.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
        }
      });
      page.on('pageerror', (e) => record(`uncaught: ${e.stack ?? e.message}`));
      await page.exposeFunction('__dragomanE2eCsp', (msg: string) => record(`CSP violation: ${msg}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __dragomanE2eCsp?: (m: string) => void }).__dragomanE2eCsp;
          report?.(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
        });
      });

      const wb: Workbench = {
        dataDir,
        projectDir,
        server,
        browser,
        page,
        errors,
        async open(query = {}) {
          const url = new URL(wb.server.url);
          for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
          await page.goto(url.href);
        },
        async restartServer() {
          await wb.server.kill('SIGKILL');
          wb.server = await startServer({ dataDir, home });
          server = wb.server;
          return wb.server;
        },
        async tolerateErrors(pattern, fn) {
          tolerated.push(pattern);
          try {
            return await fn();
          } finally {
            tolerated.splice(tolerated.indexOf(pattern), 1);
          }
        },
        async screenshot(label) {
          mkdirSync(resultsDir, { recursive: true });
          await page.screenshot({ path: join(resultsDir, `${name}-${slug(label)}.png`) });
        },
      };
      await use(wb);
      await wb.screenshot('end').catch(() => undefined);
    } finally {
      await browser?.close().catch(() => undefined);
      await server?.kill('SIGKILL').catch(() => undefined);
      rmSync(root, { recursive: true, force: true });
    }
    if (errors.length > 0) {
      throw new Error(`The page reported ${errors.length} error(s):\n${errors.join('\n')}`);
    }
  },
});
