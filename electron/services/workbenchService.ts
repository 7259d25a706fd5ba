import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { mergeGlossaries } from '../../glossary/common/codec.js';
import { buildTermIndex } from '../../glossary/common/termIndex.js';
import { readBounded, type BoundedRead } from '../../glossary/node/boundedRead.js';
import { protectedFiles, refusedOutput, type RefusedOutput } from '../../glossary/node/exportTarget.js';
import { loadGlossaryFile } from '../../glossary/node/glossaryFile.js';
import type { LockTimings } from '../../glossary/node/lock.js';
import { systemUserName } from '../../glossary/node/userName.js';
import type { ApiInput, ApiOutput, UiLanguage, WorkbenchApi } from '../../shared/api/workbenchApi.js';
import { LIMITS } from '../../shared/api/workbenchApi.js';
import { decodeText } from '../../shared/formats/decode.js';
import {
  IMPORT_KIND_NAMES,
  IMPORT_MAX_BYTES,
  importDocument,
  importKindOfContent,
  importKindOfName,
  type ImportKind,
} from '../../shared/formats/documentImport.js';
import { defaultExportPath } from '../../shared/formats/exportFormats.js';
import { MAX_INPUT_BYTES } from '../../shared/formats/limits.js';
import { exportProjectData } from '../../shared/formats/projectExport.js';
import { PROJECT_EXTENSION, parseProjectText } from '../../shared/model/project.js';
import { projectFromDocument } from '../../shared/model/projectBuild.js';
import { splitSentences } from '../../shared/text/segment.js';
import { GlossaryFiles } from './glossaryFiles.js';
import { GlossaryStore } from './glossaryStore.js';
import { MemoryService, memoryCacheDir } from './memoryService.js';
import { fileNameFor, newProjectFile } from './newProject.js';
import { ProjectStore, storedGlossaryPath, type Scheduler } from './projectStore.js';
import { ServiceError } from './serviceError.js';
import { Settings } from './settings.js';

/** The native file dialogs (Electron); the browser mode has none. */
export interface FileDialogs {
  /** Asks the user for a file; null when they cancel. */
  choose(purpose: ApiInput<'chooseFile'>['purpose']): Promise<string | null>;
}

/** Everything the service needs from outside, passed in (design.md: time, data dir and randomness are arguments). */
export interface WorkbenchServiceOptions {
  /** The user's profile folder: settings.json and projects/ live here. */
  dataDir: string;
  /** Where the bundled sample files are (article.ro.txt, article.en.txt, glossary.tbx). */
  samplesDir: string;
  version: string;
  shell: 'electron' | 'web';
  systemLocale: string;
  now: () => Date;
  /** A fresh random id (project ids). */
  newId: () => string;
  dialogs: FileDialogs | null;
  startupProject?: string | null;
  scheduler?: Scheduler;
  writeDelayMs?: number;
  warn?: (message: string) => void;
  /** Called after the UI language changed (the desktop shell rebuilds its menu). */
  onUiLanguage?: (language: UiLanguage) => void;
  /** Who ignores findings (stored in the project file); default: the OS user name ({@link systemUserName}). */
  userName?: string;
  /** Largest glossary file accepted, in bytes; default MAX_INPUT_BYTES (200 MB). */
  maxGlossaryBytes?: number;
  /** Glossary lock timings (tests shorten them); default: stale after 10 s, waited for 5 s. */
  glossaryLock?: LockTimings;
}

/** The sample project's name. */
export const SAMPLE_NAME = 'Sample article';

/**
 * The backend of the workbench: plain Node, shared by the Electron IPC layer
 * and the browser-mode server. Inputs arrive already validated against
 * `apiSchemas`; errors are ServiceErrors (or project-file errors) that the
 * transports turn into `{code, message, params}`.
 */
export class WorkbenchService implements WorkbenchApi {
  readonly settings: Settings;
  readonly store: ProjectStore;
  readonly glossaries: GlossaryStore;
  readonly glossaryFiles: GlossaryFiles;
  readonly memories: MemoryService;
  readonly projectsDir: string;
  /** The glossary cache (glossary/node/glossaryCache.ts): the data folder's cache folder. */
  private readonly glossaryCacheDir: string;
  private readonly userName: string;

  constructor(private readonly opts: WorkbenchServiceOptions) {
    this.settings = new Settings(opts.dataDir, opts.warn);
    this.store = new ProjectStore({
      now: opts.now,
      ...(opts.scheduler ? { scheduler: opts.scheduler } : {}),
      ...(opts.writeDelayMs !== undefined ? { writeDelayMs: opts.writeDelayMs } : {}),
      ...(opts.warn ? { warn: opts.warn } : {}),
    });
    this.userName = opts.userName ?? systemUserName();
    this.glossaries = new GlossaryStore({
      projects: this.store,
      now: opts.now,
      newId: opts.newId,
      userName: this.userName,
      ...(opts.maxGlossaryBytes !== undefined ? { maxBytes: opts.maxGlossaryBytes } : {}),
      ...(opts.glossaryLock ? { lock: opts.glossaryLock } : {}),
    });
    this.glossaryFiles = new GlossaryFiles({
      projects: this.store,
      store: this.glossaries.files,
      ...(opts.maxGlossaryBytes !== undefined ? { maxBytes: opts.maxGlossaryBytes } : {}),
    });
    this.projectsDir = join(opts.dataDir, 'projects');
    this.glossaryCacheDir = join(opts.dataDir, 'cache');
    this.memories = new MemoryService({
      projects: this.store,
      cacheDir: memoryCacheDir(opts.dataDir),
      now: opts.now,
      userName: this.userName,
      toolVersion: opts.version,
      ...(opts.warn ? { warn: opts.warn } : {}),
    });
  }

  async appInfo(_input: ApiInput<'appInfo'> = {}): Promise<ApiOutput<'appInfo'>> {
    return {
      version: this.opts.version,
      shell: this.opts.shell,
      systemLocale: this.opts.systemLocale,
      uiLanguage: await this.settings.uiLanguage(),
      startupProject: this.opts.startupProject ? resolve(this.opts.startupProject) : null,
      projectsDir: this.projectsDir,
    };
  }

  async setUiLanguage(input: ApiInput<'setUiLanguage'>): Promise<ApiOutput<'setUiLanguage'>> {
    await this.settings.setUiLanguage(input.language);
    this.opts.onUiLanguage?.(input.language);
    return { ok: true };
  }

  async recentProjects(_input: ApiInput<'recentProjects'> = {}): Promise<ApiOutput<'recentProjects'>> {
    return (await this.settings.recent()).map((r) => (this.isSample(r.path) ? { ...r, sample: true } : r));
  }

  /** Where the sample project lives once made. */
  private get samplePath(): string {
    return join(this.projectsDir, 'sample', `article.${PROJECT_EXTENSION}`);
  }

  /** Whether a project path is the sample's (whose name the UI translates). */
  private isSample(path: string): boolean {
    return resolve(path) === resolve(this.samplePath);
  }

  async openSample(_input: ApiInput<'openSample'> = {}): Promise<ApiOutput<'openSample'>> {
    const path = this.samplePath;
    const dir = join(this.projectsDir, 'sample');
    if (await isFile(path)) return this.openProject({ path });
    const samples = this.opts.samplesDir;
    const source = await readFile(join(samples, 'article.ro.txt'), 'utf8');
    const english = await readFile(join(samples, 'article.en.txt'), 'utf8').catch(() => '');
    await mkdir(dir, { recursive: true });
    // A copy next to the project, so the stored relative path holds wherever the app is installed.
    const glossary = join(dir, 'glossary.tbx');
    // readFile + writeFile rather than copyFile: the sample may sit inside the app's asar archive.
    await writeFile(glossary, await readFile(join(samples, 'glossary.tbx')));
    const file = newProjectFile({
      id: this.opts.newId(),
      name: SAMPLE_NAME,
      sourceText: source,
      sourceFormat: 'txt',
      glossaries: [storedGlossaryPath(path, glossary)],
      now: this.opts.now(),
    });
    // The English draft has one line per Romanian line (paragraph). A paragraph the segmenter cut into
    // several segments (a quotation spanning sentences) gets the English line cut the same way, when
    // the sentence counts agree; otherwise its drafts stay empty rather than misaligned.
    const lines = english.split(/\r?\n/);
    const byParagraph = new Map<number, typeof file.segments>();
    for (const s of file.segments) byParagraph.set(s.paragraph, [...(byParagraph.get(s.paragraph) ?? []), s]);
    for (const [paragraph, segments] of byParagraph) {
      const line = lines[paragraph]?.trim() ?? '';
      if (!line) continue;
      const drafts =
        segments.length === 1 ? [line] : splitSentences(line).map((span) => line.slice(span.start, span.end).trim());
      if (drafts.length !== segments.length) continue;
      segments.forEach((s, i) => {
        s.target = drafts[i]!;
        s.status = 'draft';
      });
    }
    const opened = await this.store.createProject(path, file);
    await this.remember(path, file.name);
    return { ...opened, project: { ...opened.project, sample: true } };
  }

  async openProject(input: ApiInput<'openProject'>): Promise<ApiOutput<'openProject'>> {
    const kind = await importableKind(resolve(input.path));
    if (kind) {
      const file = resolve(input.path);
      throw new ServiceError(
        'importable',
        `${file} is ${IMPORT_KIND_NAMES[kind]}, not a Dragoman project. Import it to make a new project of it.`,
        { file, kind },
      );
    }
    this.memories.forget(input.path);
    const opened = await this.store.openProject(input.path);
    await this.remember(opened.project.path, opened.project.name);
    return this.isSample(opened.project.path) ? { ...opened, project: { ...opened.project, sample: true } } : opened;
  }

  async createProject(input: ApiInput<'createProject'>): Promise<ApiOutput<'createProject'>> {
    const path = input.savePath ? withExtension(resolve(input.savePath)) : await this.freePath(input.name);
    const glossaries: string[] = [];
    for (const g of input.glossaryPaths) {
      const abs = resolve(g);
      if (!(await isFile(abs))) {
        throw new ServiceError('not-found', `The glossary ${abs} does not exist. Check the path or leave it out.`, {
          file: abs,
        });
      }
      glossaries.push(storedGlossaryPath(path, abs));
    }
    const file = newProjectFile({
      id: this.opts.newId(),
      name: input.name,
      sourceText: input.sourceText,
      sourceFormat: input.sourceFormat,
      glossaries,
      now: this.opts.now(),
    });
    this.memories.forget(path);
    const opened = await this.store.createProject(path, file);
    await this.remember(path, file.name);
    return opened;
  }

  async importDocument(input: ApiInput<'importDocument'>): Promise<ApiOutput<'importDocument'>> {
    const source = resolve(input.path);
    const kind = (await importableKind(source)) ?? importKindOfName(source);
    if (!kind) {
      throw new ServiceError(
        'invalid-input',
        `${source}: Dragoman cannot tell what kind of document this is; import .txt, .md, .docx, .html or .xlf/.xliff.`,
        { file: source },
      );
    }
    const { bytes } = await readRegular(source, IMPORT_MAX_BYTES[kind], 'Split it into smaller files');
    const { source: imported, origin } = importDocument(bytes, source, kind);
    const stem = basename(source, extname(source));
    const path = input.savePath ? withExtension(resolve(input.savePath)) : await freeName(dirname(source), stem);
    const file = projectFromDocument(imported.doc, {
      name: stem,
      id: this.opts.newId(),
      now: this.opts.now().toISOString(),
      // Recorded so that no export is ever written over the document the project came from.
      origin: { ...origin, path: storedGlossaryPath(path, source) },
    });
    this.memories.forget(path);
    const opened = await this.store.createProject(path, file);
    await this.remember(path, file.name);
    return opened;
  }

  async saveSegments(input: ApiInput<'saveSegments'>): Promise<ApiOutput<'saveSegments'>> {
    return this.store.saveSegments(input.path, input.baseRevision, input.changes);
  }

  async resolveRecovery(input: ApiInput<'resolveRecovery'>): Promise<ApiOutput<'resolveRecovery'>> {
    return this.store.resolveRecovery(input.path, input.accept);
  }

  async chooseFile(input: ApiInput<'chooseFile'>): Promise<ApiOutput<'chooseFile'>> {
    if (!this.opts.dialogs) return null;
    const path = await this.opts.dialogs.choose(input.purpose);
    return path ? { path } : null;
  }

  async readTextFile(input: ApiInput<'readTextFile'>): Promise<ApiOutput<'readTextFile'>> {
    const path = resolve(input.path);
    // UTF-8 takes at least one byte a character, so more bytes than twice the limit can never fit.
    const { bytes } = await readRegular(path, LIMITS.sourceText * 2, 'Split it into smaller texts');
    const text = decodeText(bytes, path);
    if (text.length > LIMITS.sourceText) {
      throw new ServiceError(
        'too-large',
        `${path} has more than ${LIMITS.sourceText} characters; split it into smaller texts.`,
        {
          file: path,
        },
      );
    }
    return { path, text };
  }

  async exportProject(input: ApiInput<'exportProject'>): Promise<ApiOutput<'exportProject'>> {
    const path = resolve(input.path);
    // A relative path is the user's "beside the project", not the server's working folder.
    const outPath = input.outPath ? resolve(dirname(path), input.outPath) : defaultExportPath(path, input.format);
    if (!(await isFolder(dirname(outPath)))) {
      throw new ServiceError('not-found', `The folder ${dirname(outPath)} does not exist. Choose an existing folder.`, {
        file: dirname(outPath),
      });
    }
    // The export reads the file on disk, so the drafts still waiting for the autosave timer go there first.
    await this.store.flushAll();
    const stored = await readRegular(path, MAX_INPUT_BYTES, 'A project may not be larger');
    const project = parseProjectText(stored.bytes.toString('utf8'), path);
    const refused = await refusedOutput(outPath, protectedFiles(path, project), input.overwrite === true);
    if (refused) throw refusalError(refused);
    const { data } = await exportProjectData(project, input.format, {
      date: this.opts.now().toISOString(),
      toolVersion: this.opts.version,
      file: path,
      loadTerms: async () => {
        const files = project.glossaries.map((g) => resolve(dirname(path), g));
        if (files.length === 0) return undefined;
        const list = await Promise.all(files.map((f) => loadGlossaryFile(f, { cacheDir: this.glossaryCacheDir })));
        return buildTermIndex(list.length === 1 ? list[0]! : mergeGlossaries(list));
      },
    });
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
    try {
      await writeFileAtomic(outPath, bytes);
    } catch (err) {
      throw new ServiceError(
        'io',
        `${outPath} could not be written (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); check that the folder is writable.`,
        { file: outPath },
      );
    }
    return { outPath, bytes: bytes.length };
  }

  async loadGlossaries(input: ApiInput<'loadGlossaries'>): Promise<ApiOutput<'loadGlossaries'>> {
    return { glossaries: await this.glossaries.loadGlossaries(input.path, input.known ?? {}) };
  }

  async addGlossaryEntry(input: ApiInput<'addGlossaryEntry'>): Promise<ApiOutput<'addGlossaryEntry'>> {
    // No text: a large glossary would be decoded on the UI thread. The UI's next
    // loadGlossaries (from the worker, in browser mode) sees the new stamp and fetches it.
    return this.glossaries.addGlossaryEntry(input.path, input.glossary, input.concept);
  }

  async changeGlossary(input: ApiInput<'changeGlossary'>): Promise<ApiOutput<'changeGlossary'>> {
    return this.glossaries.changeGlossary(input.glossary, input.project, input.changes);
  }

  async updateProjectSettings(input: ApiInput<'updateProjectSettings'>): Promise<ApiOutput<'updateProjectSettings'>> {
    const change = {
      ...(input.ignore ? { ignore: input.ignore } : {}),
      ...(input.unignore ? { unignore: input.unignore } : {}),
      ...(input.checks ? { checks: input.checks } : {}),
      ...(input.prefillExact !== undefined ? { prefillExact: input.prefillExact } : {}),
      ...(input.addWords ? { addWords: input.addWords } : {}),
      ...(input.removeWords ? { removeWords: input.removeWords } : {}),
    };
    return this.store.updateSettings(input.path, change, this.userName);
  }

  async userDictionary(): Promise<ApiOutput<'userDictionary'>> {
    return { words: await this.settings.dictionary() };
  }

  async updateUserDictionary(input: ApiInput<'updateUserDictionary'>): Promise<ApiOutput<'updateUserDictionary'>> {
    return { words: await this.settings.changeDictionary(input.add ?? [], input.remove ?? []) };
  }

  async attachGlossary(input: ApiInput<'attachGlossary'>): Promise<ApiOutput<'attachGlossary'>> {
    return { project: this.marked(await this.glossaryFiles.attach(input.project, input.glossary, input.create)) };
  }

  async detachGlossary(input: ApiInput<'detachGlossary'>): Promise<ApiOutput<'detachGlossary'>> {
    return { project: this.marked(await this.glossaryFiles.detach(input.project, input.glossary)) };
  }

  async openGlossary(input: ApiInput<'openGlossary'>): Promise<ApiOutput<'openGlossary'>> {
    return this.glossaryFiles.open(input.glossary);
  }

  async completePath(input: ApiInput<'completePath'>): Promise<ApiOutput<'completePath'>> {
    return { entries: await this.glossaryFiles.complete(input.prefix, input.kind) };
  }

  async importGlossary(input: ApiInput<'importGlossary'>): Promise<ApiOutput<'importGlossary'>> {
    return this.glossaryFiles.import(input.from, input.into, input.project);
  }

  async exportGlossary(input: ApiInput<'exportGlossary'>): Promise<ApiOutput<'exportGlossary'>> {
    return this.glossaryFiles.export(input.glossary, input.to, input.force);
  }

  async memoryLookup(input: ApiInput<'memoryLookup'>): Promise<ApiOutput<'memoryLookup'>> {
    return this.memories.lookup(input);
  }

  async memoryConcordance(input: ApiInput<'memoryConcordance'>): Promise<ApiOutput<'memoryConcordance'>> {
    return this.memories.concordance(input);
  }

  async memoryCommit(input: ApiInput<'memoryCommit'>): Promise<ApiOutput<'memoryCommit'>> {
    return this.memories.commit(input);
  }

  async listMemories(input: ApiInput<'listMemories'>): Promise<ApiOutput<'listMemories'>> {
    return this.memories.list(input);
  }

  async attachMemory(input: ApiInput<'attachMemory'>): Promise<ApiOutput<'attachMemory'>> {
    return this.memories.attach(input);
  }

  async detachMemory(input: ApiInput<'detachMemory'>): Promise<ApiOutput<'detachMemory'>> {
    return this.memories.detach(input);
  }

  /** Writes every pending project file and compacts the memories' journals (shutdown). */
  async flush(): Promise<void> {
    await this.store.flushAll();
    await this.memories.flush();
  }

  /** A project view with the sample flag the UI needs to translate the sample's name. */
  private marked(project: ApiOutput<'openProject'>['project']): ApiOutput<'openProject'>['project'] {
    return this.isSample(project.path) ? { ...project, sample: true } : project;
  }

  private async remember(path: string, name: string): Promise<void> {
    try {
      await this.settings.touchRecent({ path, name, openedAt: this.opts.now().toISOString() });
    } catch (err) {
      // The recent list is a convenience: failing to update it must not fail the open.
      this.opts.warn?.(`${this.settings.file}: ${(err as Error).message}`);
    }
  }

  /** `<projectsDir>/<name>.dragoman`, or `<name>-2.dragoman`, … when taken. */
  private async freePath(name: string): Promise<string> {
    const base = fileNameFor(name);
    for (let n = 1; ; n++) {
      const path = join(this.projectsDir, `${base}${n === 1 ? '' : `-${n}`}.${PROJECT_EXTENSION}`);
      if (!(await exists(path))) return path;
    }
  }
}

/** `<dir>/<stem>.dragoman`, or `<stem>-2.dragoman`, … when taken. */
async function freeName(dir: string, stem: string): Promise<string> {
  for (let n = 1; ; n++) {
    const path = join(dir, `${stem}${n === 1 ? '' : `-${n}`}.${PROJECT_EXTENSION}`);
    if (!(await exists(path))) return path;
  }
}

/**
 * What a file given to openProject is when it is not a project but something
 * to import: by its first bytes (ZIP, `<xliff`, an HTML page), else by its
 * extension unless it starts like JSON (a project, perhaps damaged, which
 * the project reader then explains). Undefined for projects and anything
 * unknown; unreadable files are left to the project reader too.
 */
async function importableKind(path: string): Promise<ImportKind | undefined> {
  let head: Buffer;
  try {
    // Only the first 4 KB; regular files only (a FIFO must not block here either).
    head = (await readBounded(path, { maxBytes: Number.MAX_SAFE_INTEGER, headBytes: 4096 })).bytes;
  } catch {
    return undefined;
  }
  const byContent = importKindOfContent(head);
  if (byContent) return byContent;
  if (
    head
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimStart()
      .startsWith('{')
  )
    return undefined;
  return extname(path) === `.${PROJECT_EXTENSION}` ? undefined : importKindOfName(path);
}

/**
 * A regular file's bytes within `maxBytes` ({@link readBounded}); a missing
 * file is `not-found`, anything else not a regular file `not-a-file`.
 */
async function readRegular(path: string, maxBytes: number, hint: string): Promise<BoundedRead> {
  try {
    return await readBounded(path, { maxBytes, hint });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ServiceError('not-found', `${path} does not exist. Check the path.`, { file: path });
    }
    throw err;
  }
}

const ROLE_WORDS = {
  journal: "the project's recovery journal",
  glossary: 'a glossary of the project',
  source: 'the document the project was imported from',
} as const;

/** The error for an export target that {@link refusedOutput} refused. */
function refusalError(refused: RefusedOutput): ServiceError {
  const file = refused.file;
  switch (refused.reason) {
    case 'protected':
      if (refused.role === 'project') {
        return new ServiceError('same-file', `${file} is the project file itself; export to another file.`, { file });
      }
      return new ServiceError(
        'protected-file',
        `${file} is ${ROLE_WORDS[refused.role]} (${refused.protectedPath}); an export never replaces it. Export to another file.`,
        { file, role: refused.role },
      );
    case 'not-a-file':
      return new ServiceError('not-a-file', `${file} is not a regular file; export to another file.`, { file });
    case 'exists':
      return new ServiceError('exists', `${file} already exists; confirm to replace it, or export to another file.`, {
        file,
      });
  }
}

function withExtension(path: string): string {
  return extname(path) === `.${PROJECT_EXTENSION}` ? path : `${path}.${PROJECT_EXTENSION}`;
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
