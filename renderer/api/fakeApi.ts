import type {
  ApiInput,
  ApiOutput,
  GlossaryFileView,
  OpenedProject,
  ProjectSettingsView,
  ProjectView,
  RecentProject,
  SegmentChange,
  WorkbenchApi,
} from '../../shared/api/workbenchApi.js';
import { appendConcepts } from '../../glossary/common/appendEntries.js';
import { applyConceptOps } from '../../glossary/common/conceptEdit.js';
import { conceptFromNew, locateApplied, planChanges } from '../../glossary/common/glossaryChanges.js';
import {
  GLOSSARY_EXTENSIONS,
  glossaryFormatOf,
  parseGlossary,
  serializeGlossary,
} from '../../glossary/common/codec.js';
import { conceptsToImport } from '../../glossary/common/glossaryImport.js';
import { COMPLETE_PATH_LIMIT } from '../../shared/api/workbenchApi.js';
import { checkIds } from '../../shared/checks/registry.js';
import { FormatError } from '../../shared/formats/formatError.js';
import type { Glossary } from '../../shared/model/glossary.js';
import { segmentDocument } from '../../shared/text/segment.js';
import { concordance } from '../../memory/common/concordance.js';
import { TmIndex, buildTmIndex } from '../../memory/common/tmIndex.js';
import { exactKey } from '../../memory/common/tmTokens.js';
import type { TmUnit } from '../../memory/common/tmUnit.js';
import { changeWords } from '../../shared/model/dictionary.js';
// The bundled sample glossary, inlined by Vite (and vitest) so the fake needs no file system.
import sampleGlossaryText from '../../samples/glossary.tbx?raw';
import { ApiError } from './apiError.js';

/** Options for {@link createFakeApi}. */
export interface FakeApiOptions {
  /** The clock, for savedAt/openedAt stamps. */
  now?: () => Date;
  /** When set, openSample returns a generated project with this many segments (for speed checks). */
  sampleSize?: number;
  /** Edits to report as recovered on the next open (simulates a crash). */
  recovered?: SegmentChange[];
  /** Make the next N saves fail (simulates a backend outage). */
  failSaves?: number;
  shell?: 'electron' | 'web';
  systemLocale?: string;
  /** Who ignores findings and changes glossary entries; default "tester". */
  userName?: string;
  /** Make the next N changeGlossary calls fail with 'locked' (another writer holds the file). */
  lockedGlossaryCalls?: number;
}

/** A glossary's model, or the ApiError the real backend sends for a file that does not parse. */
function parseOrThrow(text: string, path: string): Glossary {
  try {
    return parseGlossary(text, path);
  } catch (err) {
    if (!(err instanceof FormatError)) throw err;
    const params: Record<string, string | number> = { file: path };
    if (err.line !== undefined) params['line'] = err.line;
    if (err.column !== undefined) params['column'] = err.column;
    throw new ApiError({ code: 'invalid-file', message: err.message, params });
  }
}

/** Refuses, as the backend does, a glossary a project cannot keep (XLSX, unknown extensions). */
function editable(path: string): void {
  try {
    glossaryFormatOf(path);
  } catch {
    const formats = GLOSSARY_EXTENSIONS.join(', ');
    throw new ApiError({
      code: 'unsupported-format',
      message: `${path}: a glossary must be one of ${formats}.`,
      params: { file: path, formats },
    });
  }
}

function fileExists(path: string): ApiError {
  return new ApiError({ code: 'file-exists', message: `${path} already exists.`, params: { file: path } });
}

/** Where the fake sample's glossary "lives". */
export const FAKE_SAMPLE_GLOSSARY = '/fake/glossary.tbx';

function emptySettings(): ProjectSettingsView {
  return { checks: {}, ignoredFindings: [], dictionary: [] };
}

const SAMPLE_SENTENCES = [
  'Consiliul local a aprobat joi bugetul pentru anul viitor, după o dezbatere de aproape patru ore.',
  'Primarul a spus că cele mai mari sume vor merge către școli, spitale și transportul public.',
  'Opoziția a criticat lipsa de transparență și a cerut ca documentele să fie publicate integral pe site-ul instituției.',
  'Potrivit proiectului, o parte din bani va fi folosită pentru reabilitarea a douăsprezece clădiri vechi din centrul orașului.',
  'Lucrările ar urma să înceapă în primăvară.',
  'Locuitorii pot trimite propuneri până la sfârșitul lunii, prin e-mail sau la registratura primăriei.',
  'Un consilier a propus ca o mică parte din buget să fie decisă direct de cetățeni, prin vot online, așa cum se întâmplă deja în alte orașe din țară.',
  'Propunerea va fi discutată în ședința următoare.',
];

/** Builds a generated source text of `n` sentences in paragraphs of one to five. */
export function generatedSourceText(n: number): string {
  const paragraphs: string[] = [];
  let i = 0;
  while (i < n) {
    const size = Math.min(n - i, 1 + (paragraphs.length % 5));
    const sentences: string[] = [];
    for (let k = 0; k < size; k++, i++) sentences.push(SAMPLE_SENTENCES[i % SAMPLE_SENTENCES.length] ?? '');
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n');
}

function projectFromText(
  path: string,
  name: string,
  text: string,
  markdown: boolean,
  glossaries: string[],
): ProjectView {
  const segments = segmentDocument(text, { markdown }).map((s, i) => ({
    id: `s${i + 1}`,
    source: s.text,
    target: '',
    paragraph: s.paragraph,
    status: 'untranslated' as const,
  }));
  return {
    path,
    name,
    sourceLang: 'ro-RO',
    targetLang: 'en-GB',
    segments,
    glossaries,
    revision: 0,
    settings: emptySettings(),
  };
}

/** The fake API plus the hooks tests use to play a colleague or inspect the "disk". */
export type FakeApi = WorkbenchApi & {
  projects: Map<string, ProjectView>;
  setGlossaryText(path: string, text: string): void;
  glossaryText(path: string): string | undefined;
  /** Test hook: the units of a memory "file" (the project memory is `<project>.memory.tmx`). */
  setMemoryUnits(path: string, units: TmUnit[]): void;
  memoryUnits(path: string): TmUnit[] | undefined;
};

/** The fake's project memory path, as the real backend names it (memory/node/memoryStore.ts). */
export function fakeProjectMemoryPath(projectPath: string): string {
  return projectPath.replace(/\.[^./]*$/, '') + '.memory.tmx';
}

/**
 * An in-memory WorkbenchApi for developing the UI without a backend and for
 * unit tests: projects live in a Map, saves apply changes and bump the revision.
 */
export function createFakeApi(opts: FakeApiOptions = {}): FakeApi {
  const now = opts.now ?? (() => new Date());
  const projects = new Map<string, ProjectView>();
  let recent: RecentProject[] = [];
  let uiLanguage: 'en' | 'ro' | null = null;
  let userWords: string[] = [];
  let failSaves = opts.failSaves ?? 0;
  let recovered = opts.recovered ?? null;
  const journal = new Map<string, SegmentChange[]>();
  /** Glossary "files": text and a stamp that changes with every write. */
  const glossaryFiles = new Map<string, { text: string; stamp: string }>();
  let stampCounter = 0;
  const nextStamp = (): string => `fake-${++stampCounter}`;
  glossaryFiles.set(FAKE_SAMPLE_GLOSSARY, { text: sampleGlossaryText, stamp: nextStamp() });
  let conceptCounter = 0;
  /** Memory "files": their units. */
  const memoryFiles = new Map<string, TmUnit[]>();
  /** Attached memories per project. */
  const attachedMemories = new Map<string, Array<{ path: string; writable: boolean }>>();
  const memoriesOf = (projectPath: string): Array<{ path: string; writable: boolean; project?: boolean }> => [
    { path: fakeProjectMemoryPath(projectPath), writable: true, project: true },
    ...(attachedMemories.get(projectPath) ?? []),
  ];
  const memoryViews = (projectPath: string): ApiOutput<'listMemories'> => ({
    memories: memoriesOf(projectPath).map((m) => ({
      path: m.path,
      writable: m.writable,
      units: memoryFiles.get(m.path)?.length ?? 0,
      ...(m.project ? { project: true } : {}),
    })),
  });
  let lockedGlossaryCalls = opts.lockedGlossaryCalls ?? 0;

  function projectAt(path: string): ProjectView {
    const p = projects.get(path);
    if (!p) throw new ApiError({ code: 'not-found', message: `${path} does not exist.` });
    return p;
  }

  function fileAt(path: string): { text: string; stamp: string } {
    const file = glossaryFiles.get(path);
    if (!file) throw new ApiError({ code: 'not-found', message: `${path} does not exist.`, params: { file: path } });
    return file;
  }

  function opened(p: ProjectView): OpenedProject {
    recent = [
      { path: p.path, name: p.name, openedAt: now().toISOString(), ...(p.sample ? { sample: true } : {}) },
      ...recent.filter((r) => r.path !== p.path),
    ];
    const out: OpenedProject = { project: structuredClone(p), recovered };
    if (recovered) journal.set(p.path, recovered);
    recovered = null;
    return out;
  }

  function apply(p: ProjectView, changes: SegmentChange[]): void {
    const byId = new Map(p.segments.map((s) => [s.id, s]));
    for (const c of changes) {
      const s = byId.get(c.id);
      if (!s) throw new ApiError({ code: 'unknown-segment', message: `No segment ${c.id} in ${p.path}.` });
      if (c.target !== undefined) s.target = c.target;
      if (c.status !== undefined) s.status = c.status;
      if (c.note !== undefined) s.note = c.note;
      if (c.origin === null) delete s.origin;
      else if (c.origin !== undefined) s.origin = { ...c.origin };
    }
  }

  const api = {
    projects,
    async appInfo(): Promise<ApiOutput<'appInfo'>> {
      return {
        version: '0.0.0-fake',
        shell: opts.shell ?? 'web',
        systemLocale: opts.systemLocale ?? 'en-GB',
        uiLanguage,
      };
    },
    async setUiLanguage(input: ApiInput<'setUiLanguage'>): Promise<ApiOutput<'setUiLanguage'>> {
      uiLanguage = input.language;
      return { ok: true };
    },
    async recentProjects(): Promise<ApiOutput<'recentProjects'>> {
      return recent;
    },
    async openSample(): Promise<ApiOutput<'openSample'>> {
      const path = '/fake/sample.dragoman';
      let p = projects.get(path);
      if (!p) {
        const text = generatedSourceText(opts.sampleSize ?? SAMPLE_SENTENCES.length);
        p = { ...projectFromText(path, 'Sample', text, false, [FAKE_SAMPLE_GLOSSARY]), sample: true };
        projects.set(path, p);
      }
      return opened(p);
    },
    async openProject(input: ApiInput<'openProject'>): Promise<ApiOutput<'openProject'>> {
      const p = projects.get(input.path);
      if (!p) throw new ApiError({ code: 'not-found', message: `${input.path} does not exist.` });
      return opened(p);
    },
    async createProject(input: ApiInput<'createProject'>): Promise<ApiOutput<'createProject'>> {
      const path = input.savePath ?? `/fake/${input.name.replace(/[^\p{L}\p{N}]+/gu, '-')}.dragoman`;
      const p = projectFromText(path, input.name, input.sourceText, input.sourceFormat === 'md', input.glossaryPaths);
      projects.set(path, p);
      return opened(p);
    },
    async saveSegments(input: ApiInput<'saveSegments'>): Promise<ApiOutput<'saveSegments'>> {
      if (failSaves > 0) {
        failSaves--;
        throw new ApiError({ code: 'io', message: 'The disk is not writable (simulated).' });
      }
      const p = projects.get(input.path);
      if (!p) throw new ApiError({ code: 'not-found', message: `${input.path} does not exist.` });
      if (input.baseRevision !== p.revision) {
        throw new ApiError({
          code: 'stale-revision',
          message: `${input.path} changed since revision ${input.baseRevision}.`,
        });
      }
      apply(p, input.changes);
      p.revision++;
      return { revision: p.revision, savedAt: now().toISOString() };
    },
    async resolveRecovery(input: ApiInput<'resolveRecovery'>): Promise<ApiOutput<'resolveRecovery'>> {
      const p = projects.get(input.path);
      if (!p) throw new ApiError({ code: 'not-found', message: `${input.path} does not exist.` });
      const pending = journal.get(input.path);
      journal.delete(input.path);
      if (input.accept && pending) {
        apply(p, pending);
        p.revision++;
      }
      return { revision: p.revision, savedAt: now().toISOString() };
    },
    async chooseFile(): Promise<ApiOutput<'chooseFile'>> {
      return null;
    },
    async importDocument(input: ApiInput<'importDocument'>): Promise<ApiOutput<'importDocument'>> {
      throw new ApiError({ code: 'not-found', message: `${input.path} cannot be imported in the fake backend.` });
    },
    async readTextFile(input: ApiInput<'readTextFile'>): Promise<ApiOutput<'readTextFile'>> {
      throw new ApiError({ code: 'not-found', message: `${input.path} cannot be read in the fake backend.` });
    },
    async exportProject(input: ApiInput<'exportProject'>): Promise<ApiOutput<'exportProject'>> {
      throw new ApiError({ code: 'io', message: `${input.path} cannot be exported in the fake backend.` });
    },
    async loadGlossaries(input: ApiInput<'loadGlossaries'>): Promise<ApiOutput<'loadGlossaries'>> {
      const p = projectAt(input.path);
      const glossaries = p.glossaries.map((path): GlossaryFileView => {
        const file = glossaryFiles.get(path);
        if (!file) {
          return {
            path,
            stamp: '',
            error: { code: 'not-found', message: `The glossary ${path} does not exist in the fake backend.` },
          };
        }
        if (input.known?.[path] === file.stamp) return { path, stamp: file.stamp, unchanged: true };
        return { path, stamp: file.stamp, text: file.text };
      });
      return { glossaries };
    },
    async addGlossaryEntry(input: ApiInput<'addGlossaryEntry'>): Promise<ApiOutput<'addGlossaryEntry'>> {
      const p = projectAt(input.path);
      let path = input.glossary ?? p.glossaries[0];
      if (input.glossary !== undefined && !p.glossaries.includes(input.glossary)) {
        throw new ApiError({
          code: 'invalid-input',
          message: `${input.glossary} is not a glossary of ${p.path}.`,
          params: { file: input.glossary },
        });
      }
      if (path === undefined) {
        path = p.path.replace(/\.[^./]*$/, '') + '.tbx';
        p.glossaries = [...p.glossaries, path];
      }
      const file = glossaryFiles.get(path) ?? { text: serializeGlossary({ concepts: [] }, path), stamp: '' };
      const g = parseOrThrow(file.text, path);
      const ids = new Set(g.concepts.map((c) => c.id));
      let id = `c-fake-${++conceptCounter}`;
      while (ids.has(id)) id = `c-fake-${++conceptCounter}`;
      const concept = conceptFromNew(input.concept, id);
      // Appended in the file's own form, as the real backend does.
      const text =
        appendConcepts(file.text, path, [concept]) ??
        serializeGlossary({ ...g, concepts: [...g.concepts, concept] }, path);
      const written = { text, stamp: nextStamp() };
      glossaryFiles.set(path, written);
      return { conceptId: id, glossary: { path, stamp: written.stamp, text } };
    },
    async changeGlossary(input: ApiInput<'changeGlossary'>): Promise<ApiOutput<'changeGlossary'>> {
      const path = input.glossary;
      if (input.project !== undefined && !projectAt(input.project).glossaries.includes(path)) {
        throw new ApiError({
          code: 'invalid-input',
          message: `${path} is not a glossary of ${input.project}.`,
          params: { file: path },
        });
      }
      const file = glossaryFiles.get(path);
      if (!file) {
        throw new ApiError({
          code: 'not-found',
          message: `The glossary ${path} does not exist in the fake backend.`,
          params: { file: path },
        });
      }
      if (lockedGlossaryCalls > 0) {
        lockedGlossaryCalls--;
        throw new ApiError({
          code: 'locked',
          message: `${path} is being written by another user; your change is kept and will be retried.`,
          params: { file: path },
        });
      }
      const g = parseOrThrow(file.text, path);
      const stamp = { by: opts.userName ?? 'tester', at: now().toISOString() };
      const plan = planChanges(g, input.changes, stamp, () => `c-fake-${++conceptCounter}`);
      if (plan.ops.length === 0) {
        return { stamp: file.stamp, applied: locateApplied(g, plan.applied), conflicts: plan.conflicts };
      }
      const text = applyConceptOps(file.text, path, plan.ops);
      const written = { text, stamp: nextStamp() };
      glossaryFiles.set(path, written);
      return {
        stamp: written.stamp,
        applied: locateApplied(parseGlossary(text, path), plan.applied),
        conflicts: plan.conflicts,
      };
    },
    /** Test hook: replaces a glossary "file" as a colleague's save would (a new stamp). */
    setGlossaryText(path: string, text: string): void {
      glossaryFiles.set(path, { text, stamp: nextStamp() });
    },
    /** Test hook: the current text of a glossary "file", or undefined. */
    glossaryText(path: string): string | undefined {
      return glossaryFiles.get(path)?.text;
    },
    async updateProjectSettings(input: ApiInput<'updateProjectSettings'>): Promise<ApiOutput<'updateProjectSettings'>> {
      const p = projectAt(input.path);
      const known = new Set(checkIds);
      const unknown = Object.keys(input.checks ?? {}).find((id) => !known.has(id));
      if (unknown !== undefined) {
        throw new ApiError({
          code: 'invalid-input',
          message: `There is no check "${unknown}".`,
          params: { id: unknown },
        });
      }
      const current = p.settings ?? emptySettings();
      const checks = { ...current.checks };
      for (const [id, setting] of Object.entries(input.checks ?? {})) {
        if (Object.keys(setting).length === 0) delete checks[id];
        else checks[id] = { ...checks[id], ...setting };
      }
      const drop = new Set(input.unignore ?? []);
      const ignoredFindings = current.ignoredFindings.filter((f) => !drop.has(f.id));
      const at = now().toISOString();
      for (const id of input.ignore ?? []) {
        if (!ignoredFindings.some((f) => f.id === id)) ignoredFindings.push({ id, by: opts.userName ?? 'tester', at });
      }
      const prefillExact = input.prefillExact ?? current.prefillExact;
      const dictionary = changeWords(current.dictionary ?? [], input.addWords ?? [], input.removeWords ?? []);
      p.settings = { checks, ignoredFindings, dictionary, ...(prefillExact !== undefined ? { prefillExact } : {}) };
      return structuredClone(p.settings);
    },
    async userDictionary(): Promise<ApiOutput<'userDictionary'>> {
      return { words: [...userWords] };
    },
    async updateUserDictionary(input: ApiInput<'updateUserDictionary'>): Promise<ApiOutput<'updateUserDictionary'>> {
      userWords = changeWords(userWords, input.add ?? [], input.remove ?? []);
      return { words: [...userWords] };
    },
    async attachGlossary(input: ApiInput<'attachGlossary'>): Promise<ApiOutput<'attachGlossary'>> {
      const p = projectAt(input.project);
      editable(input.glossary);
      if (input.create) {
        if (glossaryFiles.has(input.glossary)) throw fileExists(input.glossary);
        glossaryFiles.set(input.glossary, {
          text: serializeGlossary({ concepts: [] }, input.glossary),
          stamp: nextStamp(),
        });
      } else if (!glossaryFiles.has(input.glossary)) {
        throw new ApiError({
          code: 'not-found',
          message: `The glossary ${input.glossary} does not exist.`,
          params: { file: input.glossary },
        });
      }
      if (!p.glossaries.includes(input.glossary)) p.glossaries = [...p.glossaries, input.glossary];
      return { project: structuredClone(p) };
    },
    async detachGlossary(input: ApiInput<'detachGlossary'>): Promise<ApiOutput<'detachGlossary'>> {
      const p = projectAt(input.project);
      if (!p.glossaries.includes(input.glossary)) {
        throw new ApiError({
          code: 'invalid-input',
          message: `${input.glossary} is not a glossary of ${p.path}.`,
          params: { file: input.glossary },
        });
      }
      p.glossaries = p.glossaries.filter((g) => g !== input.glossary);
      return { project: structuredClone(p) };
    },
    async openGlossary(input: ApiInput<'openGlossary'>): Promise<ApiOutput<'openGlossary'>> {
      editable(input.glossary);
      const file = fileAt(input.glossary);
      return { path: input.glossary, stamp: file.stamp, text: file.text };
    },
    async completePath(input: ApiInput<'completePath'>): Promise<ApiOutput<'completePath'>> {
      // The fake's "disk" is its glossary files and projects: their folders are derived from their paths.
      const cut = input.prefix.lastIndexOf('/');
      const folder = input.prefix.slice(0, cut + 1);
      const typed = input.prefix.slice(cut + 1).toLowerCase();
      const found = new Map<string, boolean>();
      for (const path of [...glossaryFiles.keys(), ...projects.keys()]) {
        if (!path.startsWith(folder)) continue;
        const [name = '', ...rest] = path.slice(folder.length).split('/');
        if (!name.toLowerCase().startsWith(typed)) continue;
        const dir = rest.length > 0;
        if (!dir && input.kind === 'glossary' && !/\.(tbx|tsv|txt|tab|csv|xlsx)$/i.test(name)) continue;
        found.set(folder + name, dir);
      }
      const entries = [...found]
        .map(([path, dir]) => ({ path, dir }))
        .sort((a, b) => Number(b.dir) - Number(a.dir) || a.path.localeCompare(b.path));
      return { entries: entries.slice(0, COMPLETE_PATH_LIMIT) };
    },
    async importGlossary(input: ApiInput<'importGlossary'>): Promise<ApiOutput<'importGlossary'>> {
      editable(input.into);
      if (/\.xlsx$/i.test(input.from)) {
        throw new ApiError({ code: 'io', message: `${input.from}: the fake backend cannot read XLSX workbooks.` });
      }
      const incoming = parseOrThrow(fileAt(input.from).text, input.from);
      const existing = glossaryFiles.get(input.into);
      const current = existing ? parseOrThrow(existing.text, input.into) : { concepts: [] };
      const fresh = conceptsToImport(current, incoming.concepts);
      const base = existing?.text ?? serializeGlossary({ concepts: [] }, input.into);
      const text =
        appendConcepts(base, input.into, fresh) ??
        serializeGlossary({ ...current, concepts: [...current.concepts, ...fresh] }, input.into);
      const written = { text, stamp: existing && fresh.length === 0 ? existing.stamp : nextStamp() };
      glossaryFiles.set(input.into, written);
      if (input.project !== undefined) {
        const p = projectAt(input.project);
        if (!p.glossaries.includes(input.into)) p.glossaries = [...p.glossaries, input.into];
      }
      return { added: fresh.length, glossary: { path: input.into, stamp: written.stamp } };
    },
    setMemoryUnits(path: string, units: TmUnit[]): void {
      memoryFiles.set(
        path,
        units.map((u) => ({ ...u })),
      );
    },
    memoryUnits(path: string): TmUnit[] | undefined {
      return memoryFiles.get(path)?.map((u) => ({ ...u }));
    },
    async memoryLookup(input: ApiInput<'memoryLookup'>): Promise<ApiOutput<'memoryLookup'>> {
      projectAt(input.path);
      const max = input.max ?? 5;
      const all: ApiOutput<'memoryLookup'>['matches'] = [];
      for (const m of memoriesOf(input.path)) {
        const index = new TmIndex(buildTmIndex(memoryFiles.get(m.path) ?? []));
        const found = index.lookup({
          source: input.source,
          ...(input.prev !== undefined ? { prev: input.prev } : {}),
          ...(input.next !== undefined ? { next: input.next } : {}),
          min: input.min ?? 50,
          max,
        });
        for (const f of found) {
          all.push({
            score: f.score,
            source: f.source,
            target: f.target,
            adapted: f.adapted,
            origin: { file: m.path, ...(f.by ? { by: f.by } : {}), ...(f.at ? { at: f.at } : {}) },
            diff: f.diff,
          });
        }
      }
      all.sort((a, b) => b.score - a.score);
      return { matches: all.slice(0, max) };
    },
    async memoryConcordance(input: ApiInput<'memoryConcordance'>): Promise<ApiOutput<'memoryConcordance'>> {
      projectAt(input.path);
      const limit = input.limit ?? 50;
      const hits: ApiOutput<'memoryConcordance'>['hits'] = [];
      for (const m of memoriesOf(input.path)) {
        const index = new TmIndex(buildTmIndex(memoryFiles.get(m.path) ?? []));
        for (const h of concordance(index, input.query, input.side, limit - hits.length)) {
          hits.push({ source: h.source, target: h.target, origin: { file: m.path }, ranges: h.ranges });
        }
      }
      return { hits };
    },
    async memoryCommit(input: ApiInput<'memoryCommit'>): Promise<ApiOutput<'memoryCommit'>> {
      projectAt(input.path);
      const unit: TmUnit = {
        source: input.source,
        target: input.target,
        by: opts.userName ?? 'tester',
        at: now().toISOString(),
        ...(input.prev !== undefined ? { prev: input.prev } : {}),
        ...(input.next !== undefined ? { next: input.next } : {}),
      };
      for (const m of memoriesOf(input.path)) {
        if (!m.writable) continue;
        const key = exactKey(input.source);
        const units = (memoryFiles.get(m.path) ?? []).filter((u) => !m.project || exactKey(u.source) !== key);
        memoryFiles.set(m.path, [...units, unit]);
      }
      return { ok: true };
    },
    async listMemories(input: ApiInput<'listMemories'>): Promise<ApiOutput<'listMemories'>> {
      projectAt(input.path);
      return memoryViews(input.path);
    },
    async attachMemory(input: ApiInput<'attachMemory'>): Promise<ApiOutput<'attachMemory'>> {
      projectAt(input.project);
      if (input.create) {
        if (memoryFiles.has(input.memory)) throw fileExists(input.memory);
        memoryFiles.set(input.memory, []);
      } else if (!memoryFiles.has(input.memory)) {
        throw new ApiError({
          code: 'not-found',
          message: `${input.memory} does not exist.`,
          params: { file: input.memory },
        });
      }
      const list = (attachedMemories.get(input.project) ?? []).filter((m) => m.path !== input.memory);
      attachedMemories.set(input.project, [...list, { path: input.memory, writable: input.writable ?? false }]);
      return memoryViews(input.project);
    },
    async detachMemory(input: ApiInput<'detachMemory'>): Promise<ApiOutput<'detachMemory'>> {
      projectAt(input.project);
      const list = attachedMemories.get(input.project) ?? [];
      attachedMemories.set(
        input.project,
        list.filter((m) => m.path !== input.memory),
      );
      return memoryViews(input.project);
    },
    async exportGlossary(input: ApiInput<'exportGlossary'>): Promise<ApiOutput<'exportGlossary'>> {
      if (input.to === input.glossary) {
        throw new ApiError({
          code: 'same-glossary',
          message: `${input.to} is the glossary itself.`,
          params: { file: input.to },
        });
      }
      if (/\.xlsx$/i.test(input.to)) {
        throw new ApiError({ code: 'io', message: `${input.to}: the fake backend cannot write XLSX workbooks.` });
      }
      editable(input.to);
      if (!input.force && glossaryFiles.has(input.to)) throw fileExists(input.to);
      const g = parseOrThrow(fileAt(input.glossary).text, input.glossary);
      glossaryFiles.set(input.to, { text: serializeGlossary(g, input.to), stamp: nextStamp() });
      return { to: input.to, concepts: g.concepts.length };
    },
  };
  return api;
}
