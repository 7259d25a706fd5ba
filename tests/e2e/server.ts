import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root (tests/e2e/ is two levels down). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The built browser-mode server (`npm test` builds it first); DRAGOMAN_E2E_WEB points elsewhere. */
export const webEntry = process.env.DRAGOMAN_E2E_WEB ?? fileURLToPath(new URL('../../dist/web.mjs', import.meta.url));

/** A running browser-mode server started by a test. */
export interface ServerHandle {
  /** The URL the server printed, token included. */
  url: URL;
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  token: string;
  port: number;
  child: ChildProcess;
  /** Everything the server wrote to stdout and stderr so far. */
  output(): string;
  /** Stops the server (SIGKILL by default: a crash, no chance to flush) and waits for it to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Options for {@link startServer}. */
export interface StartServerOptions {
  dataDir: string;
  /** A fresh HOME, so nothing of the machine's user leaks in. */
  home: string;
  /** Extra arguments after the data dir, e.g. a project path. */
  args?: string[];
  port?: number;
  timeoutMs?: number;
}

const live = new Set<ChildProcess>();
// A test runner that dies mid-test must not leave servers behind.
process.once('exit', () => {
  for (const c of live) c.kill('SIGKILL');
});

/** The first `http://127.0.0.1:<port>/…token=…` URL in the server's output, if any. */
export function findLaunchUrl(output: string): URL | undefined {
  const m = /http:\/\/127\.0\.0\.1:\d+\/\S*[?&]token=[^\s&#]+\S*/.exec(output);
  return m ? new URL(m[0]) : undefined;
}

/**
 * Starts `node dist/web.mjs --port 0 --data-dir <dir>` and resolves once it has
 * printed its launch URL. Rejects with the server's output when it exits or
 * stays silent instead.
 */
export function startServer(opts: StartServerOptions): Promise<ServerHandle> {
  if (!existsSync(webEntry)) {
    return Promise.reject(new Error(`${webEntry} is missing: run \`npm run build\` before the end-to-end tests.`));
  }
  const child = spawn(
    process.execPath,
    [webEntry, '--port', String(opts.port ?? 0), '--data-dir', opts.dataDir, ...(opts.args ?? [])],
    {
      cwd: repoRoot,
      env: { ...process.env, HOME: opts.home, LANG: 'en_GB.UTF-8', LC_ALL: 'en_GB.UTF-8', LANGUAGE: 'en' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  live.add(child);
  let out = '';
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      live.delete(child);
      resolve();
    });
  });
  return new Promise<ServerHandle>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The web server printed no launch URL within ${opts.timeoutMs ?? 30_000} ms. Output:\n${out}`));
    }, opts.timeoutMs ?? 30_000);
    const onData = (chunk: Buffer): void => {
      out += chunk.toString('utf8');
      const url = findLaunchUrl(out);
      if (!url) return;
      clearTimeout(timer);
      resolve({
        url,
        origin: url.origin,
        token: url.searchParams.get('token') ?? '',
        port: Number(url.port),
        child,
        output: () => out,
        kill: async (signal = 'SIGKILL') => {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          await exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The web server exited (${signal ?? code}) before printing its URL. Output:\n${out}`));
    });
  });
}
