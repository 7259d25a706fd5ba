/**
 * The security policy shared by the desktop window and the browser mode: one
 * Content-Security-Policy, the response headers that go with it, and the URL
 * rules for navigation and external links.
 */

/**
 * The CSP of every page. Starts from nothing (`default-src 'none'`) and adds
 * only what the renderer needs: its own scripts and workers (Monaco's editor
 * and the check worker; blob: because Monaco may start workers from blob URLs),
 * inline styles (Monaco sets style attributes and injects <style> at run time),
 * fonts and images from its own files or data: URLs (Monaco's codicon font),
 * and requests to its own origin (the browser mode's /api).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers sent with every page and file, in both shells. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // The page URL carries the browser-mode token: never send it on as a referrer.
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** The scheme and host the desktop window loads the UI from (app://dragoman/index.html). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'dragoman';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** True when `url` is a page of the app itself. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** True for the only links we hand to the system browser: https with a host, no credentials. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.hostname !== '' && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}
