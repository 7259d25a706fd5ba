import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { isAppUrl, isSafeExternalUrl } from '../../../electron/security.js';
import { staticFilePath } from '../../../electron/staticFiles.js';
import { appProtocolHandler } from '../../../electron/appProtocol.js';
import { mainWindowOptions } from '../../../electron/window.js';
import { tempDir } from './helpers.js';

describe('URL rules', () => {
  it('hands only https links with a host and no credentials to the system browser', () => {
    expect(isSafeExternalUrl('https://dexonline.ro/')).toBe(true);
    for (const url of [
      'http://dexonline.ro/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://a:b@x.ro/',
      'mailto:a@b.ro',
      'not a url',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });

  it('knows the app origin', () => {
    expect(isAppUrl('app://dragoman/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://dragoman/')).toBe(false);
  });
});

describe('static files', () => {
  it('maps URL paths into the folder and refuses to leave it', () => {
    expect(staticFilePath('/ui', '/')).toBe(join('/ui', 'index.html'));
    expect(staticFilePath('/ui', '/assets/a.js')).toBe(join('/ui', 'assets', 'a.js'));
    for (const p of ['/../x', '/%2e%2e/x', '/a/%2e%2e/%2e%2e/x', '/..%5cx', '/%00', '/%E0%A4%A'])
      expect(staticFilePath('/ui', p), p).toBeNull();
  });

  it('serves app:// files with the security headers and 404s for other hosts', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'index.html'), '<p>salut</p>');
    const handler = appProtocolHandler(dir);
    const ok = await handler(new Request('app://dragoman/index.html'));
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('<p>salut</p>');
    expect(ok.headers.get('content-type')).toMatch(/^text\/html/);
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await handler(new Request('app://other/index.html'))).status).toBe(404);
  });
});

describe('window options', () => {
  it('never give the page Node, and keep it sandboxed', () => {
    const prefs = mainWindowOptions('/x/preload.cjs').webPreferences!;
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.preload).toBe('/x/preload.cjs');
  });
});
