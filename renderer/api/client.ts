import { apiMethods, apiSchemas, type ApiMethod, type WorkbenchApi } from '../../shared/api/workbenchApi.js';
import { decodeIpcError } from '../../shared/api/wire.js';
import { ApiError } from './apiError.js';
import { createHttpApi } from './httpApi.js';

declare global {
  interface Window {
    /** The preload's WorkbenchApi in Electron; absent in browser mode. */
    dragoman?: WorkbenchApi;
  }
}

/**
 * Wraps an API so every result is checked against the contract before the UI
 * uses it, and Electron's encoded errors become {@link ApiError}s with their code.
 */
export function validated(inner: WorkbenchApi): WorkbenchApi {
  const api = {} as Record<ApiMethod, (input: unknown) => Promise<unknown>>;
  for (const m of apiMethods) {
    api[m] = async (input) => {
      let out: unknown;
      try {
        out = await (inner[m] as (i: unknown) => Promise<unknown>)(input);
      } catch (err) {
        // A rejection crossing contextBridge keeps only its message; the payload is encoded in it.
        const payload = err instanceof ApiError ? null : decodeIpcError(err);
        throw payload ? new ApiError(payload) : err;
      }
      const parsed = apiSchemas[m].output.safeParse(out);
      if (!parsed.success)
        throw new ApiError({ code: 'invalid-response', message: `The answer to ${m} does not match the contract.` });
      return parsed.data;
    };
  }
  return api as WorkbenchApi;
}

/**
 * The API this window talks to: the preload's `window.dragoman` in Electron,
 * the HTTP client (token from the page URL) in browser mode, or the in-memory
 * fake when the URL asks for `?fake` (UI development, speed checks):
 * `?fake=5000` makes the sample 5,000 segments long, `&recover` adds recovered edits, `&failsaves=N` makes the next N saves fail.
 */
export async function connectApi(location: Location): Promise<WorkbenchApi> {
  const query = new URLSearchParams(location.search);
  if (query.has('fake')) {
    const { createFakeApi } = await import('./fakeApi.js');
    const size = Number(query.get('fake'));
    // `&recover` simulates a crash: the sample opens with two journalled edits to offer back.
    const recovered = query.has('recover')
      ? [
          { id: 's1', target: 'The local council approved next year’s budget on Thursday.', status: 'draft' as const },
          { id: 's2', status: 'translated' as const, target: 'The mayor said schools would get the most.' },
        ]
      : undefined;
    const failSaves = Number(query.get('failsaves') ?? 0) || 0;
    return validated(
      createFakeApi({ sampleSize: Number.isInteger(size) && size > 0 ? size : undefined, recovered, failSaves }),
    );
  }
  if (window.dragoman) return validated(window.dragoman);
  const token = query.get('token');
  if (!token) {
    throw new ApiError({
      code: 'no-token',
      message: 'This page has no access token. Open the exact URL that `npm run web` printed.',
    });
  }
  return createHttpApi(token, (url, init) => fetch(url, init), '');
}

/**
 * How the check worker should load glossary files: in browser mode it calls
 * the HTTP API itself with the page's token (so large texts are decoded off
 * the UI thread); in Electron and with the fake API the UI thread hands them over.
 */
export function glossaryRoute(location: Location): { kind: 'http'; token: string; base: string } | { kind: 'api' } {
  const query = new URLSearchParams(location.search);
  const token = query.get('token');
  if (query.has('fake') || window.dragoman || !token) return { kind: 'api' };
  return { kind: 'http', token, base: '' };
}
