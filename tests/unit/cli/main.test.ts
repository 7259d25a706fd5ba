import { readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main.js';
import { MAX_INPUT_BYTES } from '../../../shared/formats/limits.js';
import { runCli, tempFolder } from './runCli.js';

const cwd = tempFolder();
const COMMANDS = ['check', 'terms', 'segment', 'convert', 'transliterate'];

describe('dragoman (top level)', () => {
  it('with no arguments prints the help to stderr and exits 2', async () => {
    const run = await runCli([], cwd);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    for (const command of COMMANDS) expect(run.stderr).toContain(command);
  });

  it('--help lists every command and the exit codes, and exits 0', async () => {
    const run = await runCli(['--help'], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: dragoman/);
    for (const command of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(run.stdout).toContain('Exit codes:');
  });

  it.each(COMMANDS)('%s --help shows its usage and exits 0', async (command) => {
    const run = await runCli([command, '--help'], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: dragoman ${command} `));
    expect(run.stdout).toContain('Example');
    expect(run.stderr).toBe('');
  });

  it('help COMMAND is the same as COMMAND --help', async () => {
    const viaHelp = await runCli(['help', 'segment'], cwd);
    const viaOption = await runCli(['segment', '--help'], cwd);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toBe(viaOption.stdout);
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    const run = await runCli(['--version'], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(pkg.version);
  });

  it('an unknown command is a usage error (exit 2) that suggests the right one', async () => {
    const run = await runCli(['chek'], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown command 'chek'");
    expect(run.stderr).toContain('check');
  });

  it('an unknown option is a usage error (exit 2) naming the option', async () => {
    const run = await runCli(['segment', 'a.txt', '--colour'], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--colour'");
    expect(run.stderr).toContain('--help');
  });
});

describe('dragoman errors', () => {
  it('a bug (an unexpected exception) exits 3 with the stack, asking for a report', async () => {
    const dir = tempFolder({ 'a.txt': 'Minsk.\n' });
    let stderr = '';
    const code = await main(['segment', 'a.txt'], {
      stdout: () => {
        throw new TypeError('boom');
      },
      stderr: (s) => void (stderr += s),
      cwd: dir,
    });
    expect(code).toBe(3);
    expect(stderr).toContain('internal error');
    expect(stderr).toContain('TypeError: boom');
  });

  it('refuses a file above the size limit before reading it', async () => {
    const dir = tempFolder({ 'huge.txt': '' });
    // A sparse file: its size is over the limit but it takes no disk space.
    truncateSync(join(dir, 'huge.txt'), MAX_INPUT_BYTES + 1);
    const run = await runCli(['segment', 'huge.txt'], dir);
    expect(run.code).toBe(2);
    // segment reads text documents up to MAX_TEXT_BYTES (32 MB; shared/formats/limits.ts).
    expect(run.stderr).toMatch(
      /^dragoman: error: huge\.txt: the file is 200\.0 MB, more than the 32\.0 MB limit\. Split it/,
    );
  });
});
