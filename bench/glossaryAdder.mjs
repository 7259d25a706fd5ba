// One writer of the glossary contention runs (tests/unit/glossary/node/concurrentWriters.test.ts,
// bench/glossaryContention.ts): `node bench/glossaryAdder.mjs FILE COUNT TAG [WAIT]` runs COUNT
// `dragoman glossary add FILE --ro TAG-ro-I --en TAG-en-I` in this process, each through the
// built CLI's main() with a fresh store, exactly as separate `dragoman` runs would (a separate
// process per add only adds Node's start-up time). After each add exits 0 it prints TAG-ro-I:
// a printed term was reported written, so it must be in the file. WAIT is --wait in seconds
// (default: the CLI's): 1,600 adds queued back to back on a busy machine can starve one writer
// for longer than an interactive user would wait.
import { main } from '../dist/cli.mjs';

const [file, count, tag, wait] = process.argv.slice(2);
if (!file || !count || !tag) {
  process.stderr.write('usage: node bench/glossaryAdder.mjs FILE COUNT TAG [WAIT]\n');
  process.exit(2);
}
const io = { stdout: () => {}, stderr: (s) => void process.stderr.write(s), cwd: process.cwd() };
for (let i = 0; i < Number(count); i++) {
  const args = ['glossary', 'add', file, '--ro', `${tag}-ro-${i}`, '--en', `${tag}-en-${i}`];
  const code = await main(wait ? [...args, '--wait', wait] : args, io);
  if (code !== 0) {
    process.stderr.write(`${tag}: add ${i} exited ${code}\n`);
    process.exitCode = 1;
    continue;
  }
  process.stdout.write(`${tag}-ro-${i}\n`);
}
