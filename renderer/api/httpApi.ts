import {
  apiErrorSchema,
  apiMethods,
  apiSchemas,
  type ApiInput,
  type ApiMethod,
  type ApiOutput,
  type WorkbenchApi,
} from '../../shared/api/workbenchApi.js';
import { ApiError } from './apiError.js';

/** What the HTTP client needs from `fetch`; injectable for tests. */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
) => Promise<{
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}>;

/**
 * The WorkbenchApi over HTTP (browser mode): `POST {base}/api/<method>` with the
 * JSON input as body and the launch token in `x-dragoman-token`. Every answer is
 * validated with the method's output schema before the UI sees it; an error
 * answer is an {@link ApiError} with the service's code.
 */
export function createHttpApi(token: string, fetchFn: FetchLike, base = ''): WorkbenchApi {
  async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
    const res = await fetchFn(`${base}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dragoman-token': token },
      body: JSON.stringify(input ?? {}),
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
      const err = apiErrorSchema.safeParse(body);
      throw new ApiError(
        err.success
          ? err.data
          : { code: 'transport', message: `The server refused ${method} with HTTP ${res.status}.` },
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
