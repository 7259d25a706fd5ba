// Builds and serves the bare-Monaco baseline page (bench/ui/bare/) for the UI
// bench: the same Vite build settings as the renderer, so the page runs the
// very Monaco modules (renderer/editor/monaco.ts) the workbench bundles.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};

/** The baseline page, built and served on 127.0.0.1. */
export interface BarePage {
  url: string;
  close(): Promise<void>;
}

/** Builds bench/ui/bare/ into a temporary folder with Vite and serves it over HTTP (module workers need it). */
export async function serveBareMonaco(): Promise<BarePage> {
  const { build } = await import('vite');
  const root = fileURLToPath(new URL('./bare/', import.meta.url));
  const outDir = mkdtempSync(join(tmpdir(), 'dragoman-bare-monaco-'));
  // Vite ships React's production build only when NODE_ENV says so; Monaco reads it too.
  process.env.NODE_ENV = 'production';
  await build({
    root,
    base: './',
    configFile: false,
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 8000, assetsInlineLimit: 0 },
    worker: { format: 'es' },
  });
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = normalize(join(outDir, path === '/' ? 'index.html' : decodeURIComponent(path)));
    if (!file.startsWith(outDir + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        rmSync(outDir, { recursive: true, force: true });
      }),
  };
}
