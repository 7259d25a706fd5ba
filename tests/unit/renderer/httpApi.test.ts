import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../renderer/api/apiError.js';
import { createHttpApi, type FetchLike } from '../../../renderer/api/httpApi.js';

function fakeFetch(status: number, body: unknown) {
  const calls: { url: string; headers: Record<string, string>; body: string; keepalive?: boolean }[] = [];
  const fetchFn: FetchLike = async (url, init) => {
    calls.push({ url, headers: init.headers, body: init.body, keepalive: init.keepalive });
    return { ok: status >= 200 && status < 300, status, json: async () => body };
  };
  return { calls, fetchFn };
}

const info = { version: '1.0.0', shell: 'web', systemLocale: 'ro-RO', uiLanguage: null };

describe('HTTP WorkbenchApi client', () => {
  it('posts the input to /api/<method> with the launch token', async () => {
    const { calls, fetchFn } = fakeFetch(200, { ok: true });
    const api = createHttpApi('tok123', fetchFn);
    await api.setUiLanguage({ language: 'ro' });
    expect(calls).toEqual([
      {
        url: '/api/setUiLanguage',
        headers: expect.objectContaining({ 'x-dragoman-token': 'tok123' }),
        body: '{"language":"ro"}',
        keepalive: true,
      },
    ]);
  });

  it('returns an answer that matches the contract', async () => {
    const { fetchFn } = fakeFetch(200, info);
    expect(await createHttpApi('t', fetchFn).appInfo({})).toEqual(info);
  });

  it('refuses an answer that does not match the contract', async () => {
    const { fetchFn } = fakeFetch(200, { ...info, shell: 'toaster' });
    await expect(createHttpApi('t', fetchFn).appInfo({})).rejects.toMatchObject({ code: 'invalid-response' });
  });

  it("turns the service's error answer into an ApiError with its code", async () => {
    const { fetchFn } = fakeFetch(409, { error: { code: 'stale-revision', message: 'The project changed on disk.' } });
    const p = createHttpApi('t', fetchFn).saveSegments({
      path: '/p.dragoman',
      baseRevision: 1,
      changes: [{ id: 's1', target: 'x' }],
    });
    await expect(p).rejects.toBeInstanceOf(ApiError);
    await expect(p).rejects.toMatchObject({ code: 'stale-revision', message: 'The project changed on disk.' });
  });
});

describe('Electron transport wrapper', () => {
  it('turns an encoded IPC rejection into an ApiError with its code', async () => {
    const { validated } = await import('../../../renderer/api/client.js');
    const { createFakeApi } = await import('../../../renderer/api/fakeApi.js');
    const inner = createFakeApi();
    inner.openProject = async () => {
      throw new Error(
        `Error invoking remote method: dragoman-error:${JSON.stringify({ code: 'not-found', message: 'x.dragoman does not exist.' })}`,
      );
    };
    await expect(validated(inner).openProject({ path: '/x.dragoman' })).rejects.toMatchObject({
      name: 'ApiError',
      code: 'not-found',
    });
  });

  it('refuses a preload answer that does not match the contract', async () => {
    const { validated } = await import('../../../renderer/api/client.js');
    const { createFakeApi } = await import('../../../renderer/api/fakeApi.js');
    const inner = createFakeApi();
    inner.recentProjects = async () => [{ path: '', name: 'broken', openedAt: 'now' }];
    await expect(validated(inner).recentProjects({})).rejects.toMatchObject({ code: 'invalid-response' });
  });
});
