import {
  apiMethods,
  apiSchemas,
  type ApiInput,
  type ApiMethod,
  type ApiOutput,
  type WorkbenchApi,
} from '../../shared/api/workbenchApi.js';
import { apiPath, decodeErrorBody, TOKEN_HEADER } from '../../shared/api/wire.js';
import { ApiError } from './apiError.js';

/** What the HTTP client needs from `fetch`; injectable for tests. */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string; keepalive?: boolean },
) => Promise<{
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}>;

/** Bodies below this size are sent with `keepalive`, leaving room under the browser's 64 KiB budget. */
const KEEPALIVE_LIMIT = 48 * 1024;

/**
 * The WorkbenchApi over HTTP (browser mode), in the wire format of
 * shared/api/wire.ts: `POST /api/<method>`, JSON input, the launch token in a header. Every answer is
 * validated with the method's output schema before the UI sees it; an error
 * answer is an {@link ApiError} with the service's code.
 */
export function createHttpApi(token: string, fetchFn: FetchLike, base = ''): WorkbenchApi {
  async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
    const payload = JSON.stringify(input ?? {});
    const res = await fetchFn(`${base}${apiPath(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: payload,
      // A save started as the page closes still reaches the server (the browser caps keepalive bodies at 64 KiB).
      keepalive: payload.length < KEEPALIVE_LIMIT,
    });
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      throw new ApiError({
        code: 'transport',
        message: `The server answered ${method} with HTTP ${res.status} and no JSON.`,
      });
    }
    if (!res.ok) {
      throw new ApiError(
        decodeErrorBody(body) ?? {
          code: 'transport',
          message: `The server refused ${method} with HTTP ${res.status}.`,
        },
      );
    }
    const parsed = apiSchemas[method].output.safeParse(body);
    if (!parsed.success) {
      throw new ApiError({
        code: 'invalid-response',
        message: `The server's answer to ${method} does not match the contract.`,
      });
    }
    return parsed.data as ApiOutput<M>;
  }
  const api = {} as Record<ApiMethod, (input: unknown) => Promise<unknown>>;
  for (const m of apiMethods) api[m] = (input) => call(m, input as ApiInput<typeof m>);
  return api as WorkbenchApi;
}
