import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import {
  apiMethods,
  apiSchemas,
  type ApiErrorPayload,
  type ApiMethod,
  type WorkbenchApi,
} from '../shared/api/workbenchApi.js';
import { API_PREFIX, TOKEN_HEADER, TOKEN_QUERY, errorResponse } from '../shared/api/wire.js';
import { SECURITY_HEADERS } from './security.js';
import { contentType, staticFilePath } from './staticFiles.js';
import { toApiError } from './services/serviceError.js';

/** What the browser-mode server needs. */
export interface WebServerOptions {
  api: WorkbenchApi;
  /** The per-launch secret every /api request must carry. */
  token: string;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** Where unexpected (code "internal") errors are reported for the person running the server. */
  log?: (message: string) => void;
}

/** A running browser-mode server. */
export interface WebServer {
  server: Server;
  port: number;
  /** The URL to open, token included. */
  url: string;
  close(): Promise<void>;
}

/** The address the server listens on: the loopback interface only. */
export const WEB_HOST = '127.0.0.1';

const METHODS = new Set<string>(apiMethods);

/** HTTP status for an error code. */
function statusFor(code: string): number {
  switch (code) {
    case 'forbidden':
      return 403;
    case 'not-found':
    case 'unknown-method':
      return 404;
    case 'exists':
    case 'stale-revision':
    case 'changed-on-disk':
      return 409;
    case 'too-large':
      return 413;
    case 'internal':
      return 500;
    default:
      return 400;
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

function sendError(res: ServerResponse, error: ApiErrorPayload, status = statusFor(error.code)): void {
  sendJson(res, status, errorResponse(error));
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Starts the browser mode: the built renderer and `POST /api/<method>` on
 * 127.0.0.1. A request whose Host is not this server (DNS rebinding) or whose
 * Origin is another site is refused with 403, and so is an API call without
 * the launch token. Inputs and outputs are validated with `apiSchemas`.
 */
export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const maxBody = opts.maxBodyBytes ?? 160 * 1024 * 1024;
  let port = opts.port;

  function allowedHost(host: string | undefined): boolean {
    return host === `${WEB_HOST}:${port}` || host === `localhost:${port}`;
  }
  function allowedOrigin(origin: string | undefined): boolean {
    return origin === undefined || origin === `http://${WEB_HOST}:${port}` || origin === `http://localhost:${port}`;
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      sendError(res, { code: 'invalid-input', message: `Call ${method} with POST.` }, 405);
      return;
    }
    const header = req.headers[TOKEN_HEADER];
    if (!sameToken(Array.isArray(header) ? header[0] : header, opts.token)) {
      sendError(res, {
        code: 'forbidden',
        message: 'This request has no valid token. Open the exact URL that `npm run web` printed.',
      });
      return;
    }
    if (!METHODS.has(method)) {
      sendError(res, { code: 'unknown-method', message: `There is no API method "${method}".` });
      return;
    }
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      sendError(
        res,
        { code: 'invalid-input', message: 'Send the input as JSON (content-type: application/json).' },
        415,
      );
      return;
    }
    const body = await readBody(req, maxBody);
    if (body === null) {
      sendError(res, { code: 'too-large', message: `The request is larger than ${maxBody} bytes.` });
      return;
    }
    let json: unknown;
    try {
      json = body.trim() === '' ? {} : JSON.parse(body);
    } catch {
      sendError(res, { code: 'invalid-input', message: 'The request body is not valid JSON.' });
      return;
    }
    const m = method as ApiMethod;
    const input = apiSchemas[m].input.safeParse(json);
    if (!input.success) {
      sendError(res, toApiError(input.error));
      return;
    }
    let output: unknown;
    try {
      output = await (opts.api[m] as (i: unknown) => Promise<unknown>)(input.data);
    } catch (err) {
      const error = toApiError(err);
      if (error.code === 'internal')
        opts.log?.(`${method}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      sendError(res, error);
      return;
    }
    const checked = apiSchemas[m].output.safeParse(output);
    if (!checked.success) {
      sendError(res, {
        code: 'internal',
        message: `The answer to ${method} does not match the contract: ${checked.error.issues[0]?.message}`,
      });
      return;
    }
    sendJson(res, 200, checked.data);
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD' });
      res.end();
      return;
    }
    const file = staticFilePath(opts.rendererDir, pathname);
    let data: Buffer | null = null;
    if (file) {
      try {
        data = await readFile(file);
      } catch {
        data = null;
      }
    }
    if (!data || !file) {
      const notBuilt = pathname === '/' || pathname === '/index.html';
      const text = notBuilt
        ? 'The Dragoman UI is not built yet. Run `npm run build`, then `npm run web` again.\n'
        : 'Not found.\n';
      res.writeHead(404, {
        ...SECURITY_HEADERS,
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : text);
      return;
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': contentType(file),
      'Content-Length': data.length,
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : data);
  }

  const server = createServer((req, res) => {
    if (!allowedHost(req.headers.host) || !allowedOrigin(req.headers.origin)) {
      sendError(res, {
        code: 'forbidden',
        message: 'Refused: this server answers only pages it served itself on 127.0.0.1.',
      });
      return;
    }
    const pathname = new URL(req.url ?? '/', `http://${WEB_HOST}:${port}`).pathname;
    const work = pathname.startsWith(API_PREFIX)
      ? handleApi(req, res, pathname.slice(API_PREFIX.length))
      : handleStatic(req, res, pathname);
    work.catch((err: unknown) => {
      if (!res.headersSent) sendError(res, toApiError(err));
      else res.destroy();
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(opts.port, WEB_HOST, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://${WEB_HOST}:${port}/?${TOKEN_QUERY}=${encodeURIComponent(opts.token)}`,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
