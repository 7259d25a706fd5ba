/**
 * A child process for projectStore tests: opens the project named by argv[2]
 * with the real ProjectStore and saves large drafts into it, flushing each
 * to the project file at once, until it is killed. Prints "ready" once the
 * project is open.
 */
import { ProjectStore } from '../../../../electron/services/projectStore.js';

const path = process.argv[2]!;
const store = new ProjectStore({ now: () => new Date(), writeDelayMs: 0 });
const opened = await store.openProject(path);
process.stdout.write('ready\n');
let revision = opened.project.revision;
const ids = opened.project.segments.map((s) => s.id);
for (let round = 0; ; round++) {
  const changes = ids.map((id) => ({ id, target: `${round} `.repeat(2_000) }));
  revision = (await store.saveSegments(path, revision, changes)).revision;
  await store.flushAll();
}
