import { romanianText } from '../../tests/e2e/texts.js';
import type { ServerHandle } from '../../tests/e2e/server.js';

/** English drafts for the first half of the bench project, so the draft pane is not empty. */
const DRAFTS: readonly string[] = [
  'The county library is extending its opening hours during the exam session.',
  'The reading rooms will be open every day until ten in the evening.',
  'The director explained that the decision follows many requests from students.',
  'To come in after eight, readers must show their library card.',
  'At the weekend, entry stays free for all visitors.',
  'Several volunteers offered to help sort the returned books.',
  'The management hopes the new hours will become permanent next year.',
  'The city has three public libraries, but only this one opens on Sundays.',
  'A recent survey shows that more than half of young people read at least one book a month.',
  'The full results will be published at the beginning of March.',
];

/** Calls one WorkbenchApi method of a running browser-mode server. */
async function call<T>(server: ServerHandle, method: string, input: unknown): Promise<T> {
  const res = await fetch(`${server.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dragoman-token': server.token },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as T & { error?: { message: string } };
  if (!res.ok) throw new Error(`${method} failed (HTTP ${res.status}): ${body.error?.message ?? JSON.stringify(body)}`);
  return body;
}

/**
 * Creates a project of `segments` sentences through the API (the way the
 * new-project dialog does), then gives the first half drafts, a fifth of them
 * confirmed. Returns the project file's path.
 */
export async function createBenchProject(server: ServerHandle, segments: number): Promise<string> {
  const opened = await call<{ project: { path: string; revision: number; segments: { id: string }[] } }>(
    server,
    'createProject',
    { name: `Bench ${segments}`, sourceText: romanianText(segments).text, sourceFormat: 'txt', glossaryPaths: [] },
  );
  const { project } = opened;
  if (project.segments.length !== segments) {
    throw new Error(`The bench text should give ${segments} segments, the segmenter made ${project.segments.length}.`);
  }
  const changes = project.segments.slice(0, segments / 2).map((s, i) => ({
    id: s.id,
    target: DRAFTS[i % DRAFTS.length],
    status: i % 5 === 0 ? 'translated' : 'draft',
  }));
  await call(server, 'saveSegments', { path: project.path, baseRevision: project.revision, changes });
  return project.path;
}
