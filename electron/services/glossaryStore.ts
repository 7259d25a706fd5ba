import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { appendConcepts } from '../../glossary/common/appendEntries.js';
import { parseGlossary, serializeGlossary } from '../../glossary/common/codec.js';
import { fileKind } from '../../glossary/node/boundedRead.js';
import type { GlossaryFileView, NewConcept } from '../../shared/api/workbenchApi.js';
import { decodeText } from '../../shared/formats/decode.js';
import { FormatError } from '../../shared/formats/formatError.js';
import { MAX_INPUT_BYTES, formatSize } from '../../shared/formats/limits.js';
import type { Concept, Glossary, Term } from '../../shared/model/glossary.js';
import type { ProjectStore } from './projectStore.js';
import { ServiceError } from './serviceError.js';

/** What {@link GlossaryStore} needs from the world. */
export interface GlossaryStoreOptions {
  /** The open projects, whose glossary lists this store reads and extends. */
  projects: ProjectStore;
  now: () => Date;
  /** A fresh random string; part of new concept ids. */
  newId: () => string;
  /** Glossaries larger than this many bytes are refused; default MAX_INPUT_BYTES (200 MB). */
  maxBytes?: number;
}

/** What this app remembers about one glossary file during a session. */
interface Memory {
  /** The stamp of the file as last handed to the UI (loaded or written); null before. */
  handedOut: string | null;
  /**
   * Concepts added in this app since the UI last loaded the file afresh.
   * A change on disk that drops them (a colleague saving an older copy) gets
   * them written back.
   */
  added: Concept[];
}

/** A glossary file's text and the stamp of the very file it was read from. */
interface ReadGlossary {
  text: string;
  stamp: string;
}

/** `size:mtimeMs:ino`: changes whenever the file is rewritten, atomically replaced or touched. */
function stampOf(s: { size: number; mtimeMs: number; ino: number }): string {
  return `${s.size}:${s.mtimeMs}:${s.ino}`;
}

/** Term texts compare in NFC, so "ș" typed two ways is one letter. */
function termKey(text: string): string {
  return text.normalize('NFC').trim();
}

/**
 * Whether `g` still holds `c`, judged by the term texts (ids are not stable:
 * TSV and CSV files number their concepts by line). It does when one concept
 * has `c`'s Romanian base form and one of its English terms. English terms a
 * format cannot hold (TSV drops deprecated and forbidden ones) do not count
 * against it.
 */
function holds(g: Glossary, c: Concept): boolean {
  const base = c.terms['ro']?.[0];
  if (!base) return true;
  const baseKey = termKey(base.text);
  const english = new Set((c.terms['en'] ?? []).map((t) => termKey(t.text)));
  const usable = (c.terms['en'] ?? []).some((t) => t.status === 'preferred' || t.status === 'admitted');
  return g.concepts.some((k) => {
    if (!(k.terms['ro'] ?? []).some((t) => termKey(t.text) === baseKey)) return false;
    const theirs = k.terms['en'] ?? [];
    return theirs.some((t) => english.has(termKey(t.text))) || (!usable && theirs.length === 0);
  });
}

function termOf(t: NewConcept['ro'][number]): Term {
  const term: Term = { text: t.text.normalize('NFC'), status: t.status };
  if (t.type) term.type = t.type;
  if (t.note) term.note = t.note;
  return term;
}

/** The glossary model of an entry from the add-term dialog. */
export function conceptFrom(input: NewConcept, id: string): Concept {
  const concept: Concept = { id, terms: { ro: input.ro.map(termOf), en: input.en.map(termOf) } };
  if (input.note) concept.note = input.note;
  return concept;
}

/** `id`, or `id-2`, `id-3`, … when the glossary already has it. */
function uniqueId(id: string, taken: ReadonlySet<string>): string {
  let out = id;
  for (let n = 2; taken.has(out); n++) out = `${id}-${n}`;
  return out;
}

/** Appends `concepts` to `g` with ids the glossary does not have yet. */
/**
 * The file's new text: the added entries appended to it as it is, so that
 * nothing our model does not carry is lost; the whole glossary re-serialised
 * only when the file's form does not allow that (glossary/common/appendEntries.ts).
 */
function withAdded(text: string, file: string, whole: Glossary, added: readonly Concept[]): string {
  return appendConcepts(text, file, added) ?? serializeGlossary(whole, file);
}

function appended(g: Glossary, concepts: readonly Concept[]): Glossary {
  const taken = new Set(g.concepts.map((c) => c.id));
  const added = concepts.map((c) => {
    const id = uniqueId(c.id, taken);
    taken.add(id);
    return id === c.id ? c : { ...c, id };
  });
  return { ...g, concepts: [...g.concepts, ...added] };
}

/**
 * The project's glossary files on disk, for the workbench: hands their text
 * to the UI (whose worker parses it) only when it changed, adds entries from
 * the add-term dialog, and puts back entries added here that a colleague's
 * stale copy overwrote. Every operation on one file runs after the previous
 * one on that file has finished.
 */
export class GlossaryStore {
  private readonly memory = new Map<string, Memory>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly maxBytes: number;

  constructor(private readonly opts: GlossaryStoreOptions) {
    this.maxBytes = opts.maxBytes ?? MAX_INPUT_BYTES;
  }

  /**
   * Every glossary of the open project `projectPath`, in the project's
   * order. A file whose stamp equals `known[path]` comes back `unchanged`
   * without text. A file that cannot be read comes back with `error` (its
   * message names the file) and an empty stamp; the others still load.
   * When a file changed on disk since it was last handed out and lost
   * concepts added here since the UI last loaded it afresh (no `known`
   * stamp), they are appended and the file is rewritten atomically; the
   * answer then carries the new text and `restored`. A file that does not
   * parse is handed out as it is (the worker reports where it is broken) and
   * never written.
   */
  async loadGlossaries(projectPath: string, known: Readonly<Record<string, string>> = {}): Promise<GlossaryFileView[]> {
    const paths = this.glossariesOf(projectPath);
    return Promise.all(paths.map((path) => this.serial(path, () => this.loadOne(path, known[path]))));
  }

  /**
   * Adds one concept to `glossary` (which must be one of the project's
   * glossaries) or to the project's first glossary. A project without any
   * gets `<project file name>.tbx` beside the project file, listed in the
   * project at once. The file is read as it is on disk now; one that does not
   * parse is refused with its file:line:column and left untouched. Returns
   * the new concept's id and the file as written, with the stamp the next
   * {@link loadGlossaries} will find.
   */
  async addGlossaryEntry(
    projectPath: string,
    glossary: string | undefined,
    input: NewConcept,
  ): Promise<{ conceptId: string; glossary: GlossaryFileView }> {
    const paths = this.glossariesOf(projectPath);
    let target: string;
    if (glossary !== undefined) {
      target = resolve(glossary);
      if (!paths.includes(target)) {
        throw new ServiceError(
          'invalid-input',
          `${target} is not a glossary of ${resolve(projectPath)}. Add it to the project first, or choose one of its glossaries.`,
          { file: target },
        );
      }
    } else if (paths[0] !== undefined) {
      target = paths[0];
    } else {
      target = await this.createProjectGlossary(projectPath);
    }
    return this.serial(target, async () => {
      const read = await this.read(target);
      let current: Glossary;
      try {
        current = parseGlossary(read.text, target);
      } catch (err) {
        throw asServiceError(
          err,
          target,
          'The term was not added and the file was not changed; add it again once the file is fixed',
        );
      }
      const now = this.opts.now();
      const random = this.opts
        .newId()
        .replace(/[^A-Za-z0-9]/g, '')
        .slice(0, 8);
      const concept = conceptFrom(input, `c-${now.getTime().toString(36)}-${random}`);
      const next = appended(current, [concept]);
      const written = next.concepts[next.concepts.length - 1]!;
      const text = withAdded(read.text, target, next, [written]);
      await this.write(target, text);
      const stamp = stampOf(await stat(target));
      const memory = this.memoryOf(target);
      memory.added.push(written);
      memory.handedOut = stamp;
      return { conceptId: written.id, glossary: { path: target, stamp, text } };
    });
  }

  private async loadOne(path: string, known: string | undefined): Promise<GlossaryFileView> {
    // The UI polls every few seconds: a file that has not changed since it was handed out is only
    // stat'ed, never read again (an 86 MB TBX would otherwise be read and decoded on every poll).
    if (known !== undefined && this.memoryOf(path).handedOut === known) {
      try {
        const st = await stat(path);
        if (st.isFile() && stampOf(st) === known) return { path, stamp: known, unchanged: true };
      } catch {
        // Gone or unreadable: the full read below reports it with its reason.
      }
    }
    let read: ReadGlossary;
    try {
      read = await this.read(path);
    } catch (err) {
      const e = asServiceError(err, path);
      return { path, stamp: '', error: { code: e.code, message: e.message } };
    }
    const memory = this.memoryOf(path);
    // A fresh load (the UI has no copy) starts a new "since last loaded" period, unless the file could not be checked.
    let forget = known === undefined;
    if (memory.added.length > 0 && read.stamp !== memory.handedOut) {
      let parsed: Glossary | null = null;
      try {
        parsed = parseGlossary(read.text, path);
      } catch {
        // The worker parses the text too and shows the error with its line and column; nothing is written.
        forget = false;
      }
      const missing = parsed ? memory.added.filter((c) => !holds(parsed, c)) : [];
      if (parsed && missing.length > 0) {
        const next = appended(parsed, missing);
        const text = withAdded(read.text, path, next, next.concepts.slice(next.concepts.length - missing.length));
        try {
          await writeFileAtomic(path, text, { encoding: 'utf8' });
        } catch {
          // The UI still gets the file as it is; handedOut stays behind, so the next poll tries the write again.
          return { path, stamp: read.stamp, text: read.text };
        }
        const stamp = stampOf(await stat(path));
        memory.handedOut = stamp;
        if (forget) memory.added = [];
        return { path, stamp, text, restored: missing.length };
      }
    }
    memory.handedOut = read.stamp;
    if (forget) memory.added = [];
    if (known === read.stamp) return { path, stamp: read.stamp, unchanged: true };
    return { path, stamp: read.stamp, text: read.text };
  }

  /** The open project's glossaries as absolute paths. */
  private glossariesOf(projectPath: string): string[] {
    const abs = resolve(projectPath);
    const file = this.opts.projects.current(abs);
    if (!file) {
      throw new ServiceError('not-open', `${abs} is not open. Open the project first.`, { file: abs });
    }
    return file.glossaries.map((g) => resolve(dirname(abs), g));
  }

  /**
   * `<project dir>/<project file name>.tbx`, made empty when it does not
   * exist (an existing one is kept and used), then listed in the project.
   */
  private async createProjectGlossary(projectPath: string): Promise<string> {
    const abs = resolve(projectPath);
    const path = join(dirname(abs), `${basename(abs, extname(abs))}.tbx`);
    await this.serial(path, async () => {
      if (!(await isFile(path))) await this.write(path, serializeGlossary({ concepts: [] }, path));
    });
    await this.opts.projects.addGlossary(abs, path);
    return path;
  }

  /** Reads a glossary strictly (UTF-8, or UTF-16 with a BOM) within the size limit; the stamp is of the file read. */
  private async read(path: string): Promise<ReadGlossary> {
    let handle;
    try {
      // O_NONBLOCK: a FIFO put in a glossary's place must not block the thread pool (and every later file operation).
      handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    } catch (err) {
      throw asServiceError(err, path);
    }
    try {
      const st = await handle.stat();
      if (!st.isFile()) {
        throw new ServiceError(
          'not-a-file',
          `The glossary ${path} is ${fileKind(st)}, not a file. Remove it from the project.`,
          {
            file: path,
          },
        );
      }
      if (st.size > this.maxBytes) {
        throw new ServiceError(
          'too-large',
          `The glossary ${path} is ${formatSize(st.size)}, more than the ${formatSize(this.maxBytes)} a glossary may have. Split it into smaller files.`,
          { file: path },
        );
      }
      const bytes = await handle.readFile();
      return { text: decodeText(bytes, path), stamp: stampOf(st) };
    } catch (err) {
      throw asServiceError(err, path);
    } finally {
      await handle.close();
    }
  }

  private async write(path: string, text: string): Promise<void> {
    try {
      await writeFileAtomic(path, text, { encoding: 'utf8' });
    } catch (err) {
      throw asServiceError(err, path);
    }
  }

  private memoryOf(path: string): Memory {
    let m = this.memory.get(path);
    if (!m) {
      m = { handedOut: null, added: [] };
      this.memory.set(path, m);
    }
    return m;
  }

  /** Runs `fn` after every earlier operation on the same file. */
  private serial<T>(path: string, fn: () => Promise<T>): Promise<T> {
    const run = (this.queues.get(path) ?? Promise.resolve()).then(fn);
    const tail = run.catch(() => undefined);
    this.queues.set(path, tail);
    // Forget the chain once it is idle, so the map does not grow with every file ever touched.
    void tail.then(() => {
      if (this.queues.get(path) === tail) this.queues.delete(path);
    });
    return run;
  }
}

/** A ServiceError for a glossary problem: the message names the file and says what to do. */
function asServiceError(err: unknown, path: string, hint?: string): ServiceError {
  if (err instanceof ServiceError) return err;
  if (err instanceof FormatError) {
    const params: Record<string, string | number> = { file: err.file };
    if (err.line !== undefined) params['line'] = err.line;
    if (err.column !== undefined) params['column'] = err.column;
    const message = hint ? `${err.message} ${hint}.` : err.message;
    return new ServiceError('invalid-file', message, params);
  }
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') {
    return new ServiceError(
      'not-found',
      `The glossary ${path} does not exist. It may have been moved or renamed; put it back or remove it from the project.`,
      { file: path },
    );
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new ServiceError(
      'io',
      `The glossary ${path} cannot be accessed: permission denied. Check its permissions.`,
      {
        file: path,
      },
    );
  }
  if (code === 'EISDIR') {
    return new ServiceError('not-found', `The glossary ${path} is a folder, not a file. Remove it from the project.`, {
      file: path,
    });
  }
  return new ServiceError(
    'io',
    `The glossary ${path} could not be read or written (${code ?? (err as Error).message}). Check the disk and try again.`,
    { file: path },
  );
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
