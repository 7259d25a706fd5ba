/**
 * The check worker (design.md, "Data flow"): the glossary index and the
 * incremental check runner off the UI thread. All logic is in CheckSession;
 * this file only wires it to the worker's global scope. The UI starts it with
 * `import CheckWorker from './check.worker.ts?worker'` (Vite bundles it as an
 * ES module worker, renderer/vite.config.ts) and talks to it through CheckClient.
 */
import { createHttpApi } from '../api/httpApi.js';
import { RoLexicon } from '../../shared/text/roLexicon.js';
// The Romanian Hunspell dictionary (dictionary-ro) as two assets, fetched on the first "Add term" only.
import roAffUrl from '../../node_modules/dictionary-ro/index.aff?url';
import roDicUrl from '../../node_modules/dictionary-ro/index.dic?url';
import { CheckSession } from './checkSession.js';
import type { WorkerRequest, WorkerResponse } from './protocol.js';

/**
 * The part of DedicatedWorkerGlobalScope used here. Declared locally: the
 * "webworker" lib cannot be added to this one file without clashing with the
 * DOM lib the rest of renderer/ compiles against.
 */
interface CheckWorkerScope {
  postMessage(message: WorkerResponse): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
}

const scope = self as unknown as CheckWorkerScope;
const session = new CheckSession((message) => scope.postMessage(message), {
  // Browser mode: the glossary texts come straight here over HTTP, never through the UI thread.
  fetchGlossaries: async (token, base, path, known) =>
    (await createHttpApi(token, (url, init) => fetch(url, init), base).loadGlossaries({ path, known })).glossaries,
  // Lazy: nspell and the dictionary files are fetched only once a document is open.
  loadSpeller: () => import('./speller.js').then((m) => m.loadEnglishSpeller()),
  loadRoLexicon: async () => {
    const [aff, dic] = await Promise.all([roAffUrl, roDicUrl].map(async (url) => (await fetch(url)).text()));
    return new RoLexicon(aff!, dic!);
  },
});
scope.onmessage = (event) => session.handle(event.data);
