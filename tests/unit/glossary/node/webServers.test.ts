/**
 * Issue #9's own reproduction: two copies of the app (two browser-mode
 * servers, each with its own profile) adding entries to one shared TBX at
 * once. Before the store took a lock, every add answered OK and about half
 * were lost.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGlossary, serializeGlossary } from '../../../../glossary/common/codec.js';
import { TOKEN_HEADER, apiPath } from '../../../../shared/api/wire.js';
import type { ApiMethod } from '../../../../shared/api/workbenchApi.js';
import { startServer, type ServerHandle } from '../../../e2e/server.js';

const PER_SERVER = 25;
const servers: ServerHandle[] = [];

afterAll(async () => {
  await Promise.all(servers.map((s) => s.kill()));
});

/** One API call; a 'locked' answer is sent again after a pause, as the UI's queue does. */
async function call(server: ServerHandle, method: ApiMethod, input: unknown): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(`${server.origin}${apiPath(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token },
      body: JSON.stringify(input),
    });
    const body = (await res.json()) as { error?: { code: string; message: string } };
    if (res.ok) return body;
    if (body.error?.code === 'locked' && attempt < 20) {
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    throw new Error(`${method}: ${res.status} ${JSON.stringify(body)}`);
  }
}

describe('two browser-mode servers adding to one glossary at once', () => {
  it(`keeps all ${2 * PER_SERVER} entries`, { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dragoman-two-apps-'));
    const glossary = join(dir, 'team.tbx');
    writeFileSync(glossary, serializeGlossary({ concepts: [] }, glossary));
    for (const name of ['ana', 'ben']) {
      const profile = join(dir, name);
      servers.push(await startServer({ dataDir: join(profile, 'data'), home: profile }));
    }
    const projects = await Promise.all(
      servers.map(async (s, i) => {
        const opened = (await call(s, 'createProject', {
          name: `Știri ${i}`,
          sourceText: 'Liderul de la Minsk a tăcut.',
          sourceFormat: 'txt',
          glossaryPaths: [glossary],
          savePath: join(dir, `stiri-${i}.dragoman`),
        })) as { project: { path: string } };
        return opened.project.path;
      }),
    );
    const adds = servers.flatMap((s, i) =>
      Array.from({ length: PER_SERVER }, (_, k) =>
        call(s, 'addGlossaryEntry', {
          path: projects[i],
          concept: {
            ro: [{ text: `s${i}-termen-${k}`, status: 'preferred' }],
            en: [{ text: `s${i}-term-${k}`, status: 'preferred' }],
          },
        }),
      ),
    );
    await Promise.all(adds);
    const g = parseGlossary(readFileSync(glossary, 'utf8'), glossary);
    const terms = g.concepts.map((c) => c.terms['ro']![0]!.text).sort();
    const expected = [0, 1].flatMap((i) => Array.from({ length: PER_SERVER }, (_, k) => `s${i}-termen-${k}`)).sort();
    expect(terms).toEqual(expected);

    // An edit from one app that the other app's edit overtook comes back as a conflict, not an overwrite.
    const first = g.concepts[0]!;
    const base = { id: first.id, terms: first.terms };
    const edit = (server: ServerHandle, en: string) =>
      call(server, 'changeGlossary', {
        glossary,
        changes: [
          {
            kind: 'edit',
            key: `id:${first.id}`,
            base,
            next: { ...base, terms: { ...base.terms, en: [{ text: en, status: 'preferred' }] } },
          },
        ],
      }) as Promise<{ applied: unknown[]; conflicts: { theirs: { terms: Record<string, { text: string }[]> } }[] }>;
    const ana = await edit(servers[0]!, 'by Ana');
    const ben = await edit(servers[1]!, 'by Ben');
    expect(ana.applied).toHaveLength(1);
    expect(ben.applied).toEqual([]);
    expect(ben.conflicts[0]!.theirs.terms['en']![0]!.text).toBe('by Ana');
  });
});
