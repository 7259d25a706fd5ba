import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ServerHandle } from './server.js';

interface Reply {
  status: number;
  body: string;
}

/** A raw HTTP request, so the test controls Host and Origin (fetch would not let it). */
function send(
  port: number,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string; host?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: opts.host ?? '127.0.0.1',
        port,
        method: opts.method ?? 'POST',
        path: opts.path,
        headers: opts.headers ?? {},
        timeout: 10_000,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

function errorCode(r: Reply): string | undefined {
  try {
    return (JSON.parse(r.body) as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
}

const external = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal);

describe('the browser-mode server only answers its own page', () => {
  let root: string;
  let server: ServerHandle;
  const json = { 'content-type': 'application/json' };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'dragoman-e2e-server-'));
    mkdirSync(join(root, 'data'));
    mkdirSync(join(root, 'home'));
    server = await startServer({ dataDir: join(root, 'data'), home: join(root, 'home') });
  });

  afterAll(async () => {
    await server?.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  const api = (headers: Record<string, string>) =>
    send(server.port, { path: '/api/appInfo', headers: { ...json, ...headers }, body: '{}' });

  it('prints a 127.0.0.1 URL with a long random token, and answers the API with it', async () => {
    expect(server.url.hostname).toBe('127.0.0.1');
    expect(server.token.length).toBeGreaterThanOrEqual(16);
    const ok = await api({ 'x-dragoman-token': server.token });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ shell: 'web' });
    const page = await send(server.port, { method: 'GET', path: `/?token=${server.token}` });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root">');
  });

  it('refuses an API call without the token or with a wrong one', async () => {
    const none = await api({});
    expect(none.status).toBe(403);
    expect(errorCode(none)).toBe('forbidden');
    expect(none.body).not.toContain(server.token);

    const wrong = server.token.slice(0, -1) + (server.token.endsWith('A') ? 'B' : 'A');
    const bad = await api({ 'x-dragoman-token': wrong });
    expect(bad.status).toBe(403);
    expect(errorCode(bad)).toBe('forbidden');

    // The token in the query string is for the page, not for the API.
    const query = await send(server.port, { path: `/api/appInfo?token=${server.token}`, headers: json, body: '{}' });
    expect(query.status).toBe(403);
  });

  it('refuses a foreign Host header (DNS rebinding), for the API and for the page', async () => {
    const evilHost = `evil.example:${server.port}`;
    const apiCall = await api({ 'x-dragoman-token': server.token, host: evilHost });
    expect(apiCall.status).toBe(403);
    expect(errorCode(apiCall)).toBe('forbidden');
    const page = await send(server.port, {
      method: 'GET',
      path: `/?token=${server.token}`,
      headers: { host: evilHost },
    });
    expect(page.status).toBe(403);
    expect(page.body).not.toContain('<div id="root">');
    // Same machine, another port: still not this server.
    const otherPort = await api({ 'x-dragoman-token': server.token, host: `127.0.0.1:${server.port + 1}` });
    expect(otherPort.status).toBe(403);
  });

  it('refuses a request whose Origin is another site, and accepts its own origin', async () => {
    for (const origin of [
      'http://evil.example',
      `http://127.0.0.1:${server.port + 1}`,
      'null',
      `https://127.0.0.1:${server.port}`,
    ]) {
      const r = await api({ 'x-dragoman-token': server.token, origin });
      expect(r.status, origin).toBe(403);
      expect(errorCode(r), origin).toBe('forbidden');
    }
    const own = await api({ 'x-dragoman-token': server.token, origin: server.origin });
    expect(own.status).toBe(200);
  });

  // A machine with no external interface has nothing to check here (reported as skipped).
  it.skipIf(!external)('does not listen on the machine’s other network addresses', async () => {
    await expect(send(server.port, { host: external?.address, path: '/api/appInfo', body: '{}' })).rejects.toThrow(
      /ECONNREFUSED|EHOSTUNREACH|ETIMEDOUT/,
    );
  });
});
