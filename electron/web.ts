import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from './dataDir.js';
import { systemUserName } from '../glossary/node/userName.js';
import { WorkbenchService } from './services/workbenchService.js';
import { startWebServer, type WebServer } from './webServer.js';

/** The browser mode's command line, parsed. */
export interface WebArgs {
  port: number;
  dataDir: string | null;
  project: string | null;
}

/** The usage line printed with argument errors. */
export const WEB_USAGE = 'Usage: npm run web -- [--port N] [--data-dir DIR] [PROJECT.dragoman]';

/** Parses `[--port N] [--data-dir DIR] [PROJECT]`; throws an Error whose message says what is wrong. */
export function parseWebArgs(argv: readonly string[]): WebArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { port: { type: 'string' }, 'data-dir': { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535 || values.port === '') {
    throw new Error(`--port must be a whole number from 0 to 65535 (0 picks a free port), not "${values.port}".`);
  }
  if (positionals.length > 1) throw new Error(`Give at most one project to open, not ${positionals.length}.`);
  return { port, dataDir: values['data-dir'] ?? null, project: positionals[0] ?? null };
}

/** Where the built pieces are, relative to the running bundle (dist/web.mjs). */
export interface WebPaths {
  rendererDir: string;
  samplesDir: string;
  packageJson: string;
}

/** What the browser mode prints and how it stops. */
export interface WebIo {
  out(line: string): void;
  err(line: string): void;
  onSignal(signal: 'SIGINT' | 'SIGTERM', handler: () => void): void;
  exit(code: number): void;
}

/**
 * Runs the browser mode: parses the arguments, starts the services and the
 * server on 127.0.0.1, prints the URL with the launch token, and on SIGINT or
 * SIGTERM writes pending saves before exiting. Returns the server (tests), or
 * null after an argument or start-up error (already reported, exit code 2 or 1).
 */
export async function runWeb(argv: readonly string[], paths: WebPaths, io: WebIo): Promise<WebServer | null> {
  let args: WebArgs;
  try {
    args = parseWebArgs(argv);
  } catch (err) {
    io.err(`dragoman web: ${(err as Error).message}`);
    io.err(WEB_USAGE);
    io.exit(2);
    return null;
  }
  const dataDir = resolve(args.dataDir ?? defaultDataDir(process.env, process.platform, homedir()));
  let version = '0.0.0';
  try {
    version = (JSON.parse(readFileSync(paths.packageJson, 'utf8')) as { version?: string }).version ?? version;
  } catch {
    // Only the About text shows the version; a missing package.json must not stop the app.
  }
  const service = new WorkbenchService({
    dataDir,
    samplesDir: paths.samplesDir,
    version,
    shell: 'web',
    systemLocale: Intl.DateTimeFormat().resolvedOptions().locale,
    now: () => new Date(),
    newId: () => randomUUID(),
    dialogs: null,
    startupProject: args.project ? resolve(args.project) : null,
    userName: systemUserName(),
    warn: (m) => io.err(`dragoman web: ${m}`),
  });
  const token = randomBytes(24).toString('base64url');
  let web: WebServer;
  try {
    web = await startWebServer({
      api: service,
      token,
      rendererDir: paths.rendererDir,
      port: args.port,
      log: (m) => io.err(`dragoman web: ${m}`),
    });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    io.err(
      e.code === 'EADDRINUSE'
        ? `dragoman web: port ${args.port} is already in use. Choose another with --port N, or --port 0 for a free one.`
        : `dragoman web: could not start the server: ${e.message}`,
    );
    io.exit(1);
    return null;
  }
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void (async () => {
      await web.close();
      await service.flush();
      io.exit(0);
    })();
  };
  io.onSignal('SIGINT', stop);
  io.onSignal('SIGTERM', stop);
  io.out(`Dragoman is running at ${web.url}`);
  io.out(`Profile: ${dataDir}. Press Ctrl+C to stop.`);
  return web;
}
