import type { ApiErrorPayload } from '../../shared/api/workbenchApi.js';

/** An error from the backend (or the transport), carrying the service's stable code. */
export class ApiError extends Error {
  readonly code: string;
  readonly params: ApiErrorPayload['params'];

  constructor(payload: ApiErrorPayload) {
    super(payload.message);
    this.name = 'ApiError';
    this.code = payload.code;
    this.params = payload.params;
  }
}

/** A readable message for any thrown value. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
