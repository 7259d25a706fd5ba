// A CheckClient wired to a CheckSession through a fake port, as the worker would be,
// with the worker's replies optionally held back to simulate a busy worker.
import { readFileSync } from 'node:fs';
import type { CheckPort } from '../../../../renderer/workers/checkClient.js';
import { CheckClient } from '../../../../renderer/workers/checkClient.js';
import { CheckSession } from '../../../../renderer/workers/checkSession.js';
import type { GlossarySource, WorkerResponse, WorkerSegment } from '../../../../renderer/workers/protocol.js';

/** The real sample glossary shipped with the app. */
export const sampleGlossary: GlossarySource = {
  path: '/project/glossary.tbx',
  text: readFileSync(new URL('../../../../samples/glossary.tbx', import.meta.url), 'utf8'),
};

/** Segments of a short Belarus news item; drafts empty. */
export const newsSegments: WorkerSegment[] = [
  { id: 's1', source: 'Liderii CSI s-au reunit la Minsk.', target: '', paragraph: 0 },
  { id: 's2', source: 'Lukașenko a vorbit despre prizonierii politici.', target: '', paragraph: 0 },
  { id: 's3', source: 'Delegația SUA a sosit la Kiev.', target: '', paragraph: 1 },
];

export interface Harness {
  client: CheckClient;
  /** Every reply the session posted, in order. */
  posted: WorkerResponse[];
  /** From now on, keep replies until {@link release}. */
  hold(): void;
  /** Delivers the first `count` held replies (all by default) and stops holding if none are left. */
  release(count?: number): void;
}

/** A client and a session joined by a port that copies messages as postMessage would. */
export function harness(): Harness {
  const posted: WorkerResponse[] = [];
  const held: WorkerResponse[] = [];
  let holding = false;
  const port: CheckPort = {
    onmessage: null,
    postMessage: (message) => session.handle(structuredClone(message)),
  };
  const deliver = (m: WorkerResponse) => port.onmessage?.({ data: structuredClone(m) });
  const session = new CheckSession(
    (reply) => {
      posted.push(reply);
      if (holding) held.push(reply);
      else deliver(reply);
    },
    { now: () => 0 },
  );
  const client = new CheckClient(port);
  return {
    client,
    posted,
    hold: () => {
      holding = true;
    },
    release: (count = held.length) => {
      for (const m of held.splice(0, count)) deliver(m);
      if (held.length === 0) holding = false;
    },
  };
}

/** Opens the news segments with default settings and loads the sample glossary. */
export function openNews(h: Harness, ignored: string[] = []): void {
  h.client.open(newsSegments, 'ro-RO', 'en-GB', {}, ignored);
  h.client.setGlossaries([sampleGlossary]);
}
