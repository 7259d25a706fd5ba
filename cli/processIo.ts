import type { CliIo } from './io.js';

/** The real process streams and working directory. */
export function processIo(): CliIo {
  // `dragoman terms … | head` closes the pipe early: stop quietly instead of crashing with a stack.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    columns: process.stdout.columns,
  };
}
