import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startWebServer, type WebServer } from '../../../electron/webServer.js';
import { WorkbenchService } from '../../../electron/services/workbenchService.js';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security.js';
import type { WorkbenchApi } from '../../../shared/api/workbenchApi.js';
import { ManualScheduler, counterIds, steppingClock, tempDir } from './helpers.js';

const TOKEN = 'test-token-0123456789';
let web: WebServer;
let service: WorkbenchService;
let root: string;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request (fetch may not set Host). */
function send(
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: web.port, path, method: opts.method ?? 'GET', headers: opts.headers ?? {} },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

function api(method: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send(`/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dragoman-token': TOKEN, ...headers },
    body: JSON.stringify(body),
  });
}

beforeAll(async () => {
  root = await tempDir();
  const renderer = join(root, 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Dragoman</title>');
  await writeFile(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(root, 'secret.txt'), 'do not serve');
  service = new WorkbenchService({
    dataDir: join(root, 'profile'),
    samplesDir: 'samples',
    version: '1.2.3',
    shell: 'web',
    systemLocale: 'en-GB',
    now: steppingClock(),
    newId: counterIds(),
    dialogs: null,
    scheduler: new ManualScheduler(),
  });
  web = await startWebServer({ api: service, token: TOKEN, rendererDir: renderer, port: 0 });
});

afterAll(async () => {
  await web.close();
});

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 and prints a URL carrying the token', () => {
    expect(web.url).toBe(`http://127.0.0.1:${web.port}/?token=${TOKEN}`);
    expect(web.port).toBeGreaterThan(0);
  });

  it('answers an API call that carries the token', async () => {
    const r = await api('appInfo', {});
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ version: '1.2.3', shell: 'web' });
  });

  it('refuses API calls without the token or with a wrong one', async () => {
    const none = await send('/api/appInfo', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(none.status).toBe(403);
    expect(JSON.parse(none.body).error.code).toBe('forbidden');
    expect((await api('appInfo', {}, { 'x-dragoman-token': `${TOKEN}x` })).status).toBe(403);
    expect((await api('appInfo', {}, { 'x-dragoman-token': 'test-token-0123456780' })).status).toBe(403);
  });

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const r = await api('appInfo', {}, { host: `attacker.example:${web.port}` });
    expect(r.status).toBe(403);
    expect((await send('/', { headers: { host: 'attacker.example' } })).status).toBe(403);
  });

  it('refuses a request from another origin, and accepts its own', async () => {
    expect((await api('appInfo', {}, { origin: 'http://attacker.example' })).status).toBe(403);
    expect((await api('appInfo', {}, { origin: `http://127.0.0.1:${web.port + 1}` })).status).toBe(403);
    expect((await api('appInfo', {}, { origin: `http://127.0.0.1:${web.port}` })).status).toBe(200);
    expect(
      (await api('appInfo', {}, { host: `localhost:${web.port}`, origin: `http://localhost:${web.port}` })).status,
    ).toBe(200);
  });

  it('validates the input and answers errors as {error:{code,message,params}}', async () => {
    const r = await api('openProject', { path: '' });
    expect(r.status).toBe(400);
    const body = JSON.parse(r.body);
    expect(body.error.code).toBe('invalid-input');
    expect(body.error.message).toContain('path');
    const missing = await api('openProject', { path: join(root, 'nope.dragoman') });
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body).error).toMatchObject({
      code: 'not-found',
      params: { file: join(root, 'nope.dragoman') },
    });
  });

  it('reports a stale save as a conflict with the current revision', async () => {
    const created = JSON.parse(
      (
        await api('createProject', {
          name: 'Test',
          sourceText: 'O propoziție.',
          sourceFormat: 'txt',
          glossaryPaths: [],
        })
      ).body,
    );
    const path = created.project.path as string;
    expect(
      (await api('saveSegments', { path, baseRevision: 0, changes: [{ id: 's1', target: 'A sentence.' }] })).status,
    ).toBe(200);
    const stale = await api('saveSegments', { path, baseRevision: 0, changes: [{ id: 's1', target: 'Other.' }] });
    expect(stale.status).toBe(409);
    expect(JSON.parse(stale.body).error).toMatchObject({ code: 'stale-revision', params: { revision: 1 } });
  });

  it('refuses unknown methods, GET on the API and non-JSON bodies', async () => {
    expect((await api('deleteEverything', {})).status).toBe(404);
    expect((await send('/api/appInfo', { headers: { 'x-dragoman-token': TOKEN } })).status).toBe(405);
    const form = await send('/api/appInfo', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-dragoman-token': TOKEN },
      body: 'a=1',
    });
    expect(form.status).toBe(415);
  });

  it('serves the UI without the token, with the same CSP as the desktop window', async () => {
    const page = await send('/?token=whatever');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Dragoman</title>');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const js = await send('/assets/app.js');
    expect(js.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('says how to build the UI when it is not built', async () => {
    const bare = await startWebServer({ api: service, token: TOKEN, rendererDir: join(root, 'missing'), port: 0 });
    try {
      const body = await fetch(`http://127.0.0.1:${bare.port}/`).then(async (r) => [r.status, await r.text()] as const);
      expect(body[0]).toBe(404);
      expect(body[1]).toContain('npm run build');
    } finally {
      await bare.close();
    }
  });

  it('never serves a file outside the UI folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
      const r = await send(path);
      expect(r.status, path).toBe(404);
      expect(r.body).not.toContain('do not serve');
    }
  });

  it('checks the service answer against the contract before sending it', async () => {
    const broken = { ...service, appInfo: async () => ({ version: 1 }) } as unknown as WorkbenchApi;
    const other = await startWebServer({ api: broken, token: TOKEN, rendererDir: root, port: 0 });
    try {
      const r = await new Promise<number>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: other.port,
            path: '/api/appInfo',
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-dragoman-token': TOKEN },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end('{}');
      });
      expect(r).toBe(500);
    } finally {
      await other.close();
    }
  });
});
