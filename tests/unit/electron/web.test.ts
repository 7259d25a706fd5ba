import { describe, it, expect } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseWebArgs, runWeb, type WebIo } from '../../../electron/web.js';
import { tempDir } from './helpers.js';

describe('parseWebArgs', () => {
  it('reads the port, the profile folder and the project', () => {
    expect(parseWebArgs(['--port', '8123', '--data-dir', '/tmp/p', 'a.dragoman'])).toEqual({
      port: 8123,
      dataDir: '/tmp/p',
      project: 'a.dragoman',
    });
    expect(parseWebArgs([])).toEqual({ port: 0, dataDir: null, project: null });
  });

  it('says what is wrong with a bad port or extra arguments', () => {
    expect(() => parseWebArgs(['--port', 'abc'])).toThrow(/--port must be a whole number/);
    expect(() => parseWebArgs(['--port', '70000'])).toThrow(/--port/);
    expect(() => parseWebArgs(['a.dragoman', 'b.dragoman'])).toThrow(/at most one project/);
    expect(() => parseWebArgs(['--verbose'])).toThrow();
  });
});

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  const handlers = new Map<string, () => void>();
  let exited: (code: number) => void = () => {};
  const exit = new Promise<number>((r) => (exited = r));
  const io: WebIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    onSignal: (s, h) => handlers.set(s, h),
    exit: (c) => exited(c),
  };
  return { io, out, err, handlers, exit };
}

describe('runWeb', () => {
  it('prints the URL with the token, opens the given project first, and flushes saves on SIGTERM', async () => {
    const dir = await tempDir();
    const { io, out, handlers, exit } = fakeIo();
    const paths = {
      rendererDir: join(dir, 'ui'),
      samplesDir: resolve('samples'),
      packageJson: resolve('package.json'),
    };
    const web = await runWeb(['--port', '0', '--data-dir', join(dir, 'profile'), join(dir, 'p.dragoman')], paths, io);
    expect(web).not.toBeNull();
    const line = out[0] ?? '';
    const m = /^Dragoman is running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+))$/.exec(line);
    expect(m, line).not.toBeNull();
    const [, , port, token] = m!;
    const call = (method: string, body: unknown) =>
      fetch(`http://127.0.0.1:${port}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-dragoman-token': token! },
        body: JSON.stringify(body),
      }).then((r) => r.json());
    const info = await call('appInfo', {});
    expect(info.startupProject).toBe(join(dir, 'p.dragoman'));
    expect(info.projectsDir).toBe(join(dir, 'profile', 'projects'));
    const { project } = await call('createProject', {
      name: 'Semnal',
      sourceText: 'Ultima frază.',
      sourceFormat: 'txt',
      glossaryPaths: [],
    });
    await call('saveSegments', {
      path: project.path,
      baseRevision: 0,
      changes: [{ id: 's1', target: 'The last sentence.' }],
    });
    handlers.get('SIGTERM')!();
    expect(await exit).toBe(0);
    expect(await readFile(project.path, 'utf8')).toContain('The last sentence.');
  });

  it('reports a bad argument with the usage and exit code 2', async () => {
    const { io, err, exit } = fakeIo();
    const web = await runWeb(['--port', 'x'], { rendererDir: '.', samplesDir: '.', packageJson: 'package.json' }, io);
    expect(web).toBeNull();
    expect(await exit).toBe(2);
    expect(err.join('\n')).toContain('Usage: npm run web');
  });

  it('says so when the port is taken', async () => {
    const dir = await tempDir();
    const first = fakeIo();
    const paths = { rendererDir: dir, samplesDir: dir, packageJson: 'package.json' };
    const web = await runWeb(['--data-dir', join(dir, 'a')], paths, first.io);
    const second = fakeIo();
    await runWeb(['--port', String(web!.port), '--data-dir', join(dir, 'b')], paths, second.io);
    expect(await second.exit).toBe(1);
    expect(second.err.join('\n')).toContain(`port ${web!.port} is already in use`);
    await web!.close();
  });
});
