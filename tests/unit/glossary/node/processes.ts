import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** The built CLI that process tests run (`npm run build` makes it). */
export const cliBundle = `${root}dist/cli.mjs`;

/** Throws a clear message when the CLI is not built. */
export function requireBuiltCli(): void {
  if (!existsSync(cliBundle)) throw new Error(`${cliBundle} is missing: run \`npm run build\` first.`);
}

/** Stale time every process of a test uses: a killed writer's lock is taken over after 2 s, not 10. */
export const TEST_ENV = { ...process.env, DRAGOMAN_LOCK_STALE_MS: '2000' };

/** A child process and what it printed. */
export interface Running {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  done: Promise<number | null>;
}

/** Starts `node ...args` in the repository root. */
export function startNode(args: string[], env: NodeJS.ProcessEnv = TEST_ENV): Running {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString('utf8')));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString('utf8')));
  const done = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, done };
}

/** Runs `dragoman ...args` with the built binary and waits for it. */
export async function dragoman(args: string[], env?: NodeJS.ProcessEnv) {
  const run = startNode([`${root}bin/dragoman.js`, ...args], env);
  const code = await run.done;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

/** Starts one contention writer (bench/glossaryAdder.mjs): `count` adds tagged `tag`. */
export function startAdder(file: string, count: number, tag: string, env?: NodeJS.ProcessEnv): Running {
  // A generous --wait: on a loaded 2-core machine a writer can lose the race for the lock many times in a row,
  // and the test is about entries kept, not about how long an interactive user would wait.
  return startNode([`${root}bench/glossaryAdder.mjs`, file, String(count), tag, '120'], env);
}
