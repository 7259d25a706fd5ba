import { readFile } from 'node:fs/promises';
import { APP_HOST, APP_SCHEME, SECURITY_HEADERS } from './security.js';
import { contentType, staticFilePath } from './staticFiles.js';

/**
 * How app:// is registered (before the app is ready): a standard, secure
 * scheme so the page gets an origin of its own (`app://dragoman`), ES modules,
 * workers and fetch work, and `'self'` in the CSP means exactly the app's files.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

/**
 * The app:// handler: serves the built renderer from `rendererDir` with the
 * security headers. Any other host, a path outside the folder, or a missing
 * file is a 404.
 */
export function appProtocolHandler(
  rendererDir: string,
  read: (file: string) => Promise<Uint8Array> = readFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? staticFilePath(rendererDir, url.pathname) : null;
    if (file) {
      try {
        const data = await read(file);
        return new Response(data as BodyInit, {
          status: 200,
          headers: { ...SECURITY_HEADERS, 'Content-Type': contentType(file) },
        });
      } catch {
        // fall through to 404
      }
    }
    return new Response('Not found', {
      status: 404,
      headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  };
}
