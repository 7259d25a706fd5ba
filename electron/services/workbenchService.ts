import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { mergeGlossaries } from '../../glossary/common/codec.js';
import { buildTermIndex } from '../../glossary/common/termIndex.js';
import { loadGlossaryFile } from '../../glossary/node/glossaryFile.js';
import type { LockTimings } from '../../glossary/node/lock.js';
import { systemUserName } from '../../glossary/node/userName.js';
import type { ApiInput, ApiOutput, UiLanguage, WorkbenchApi } from '../../shared/api/workbenchApi.js';
import { LIMITS } from '../../shared/api/workbenchApi.js';
import { decodeText } from '../../shared/formats/decode.js';
import { EXPORT_EXTENSIONS } from '../../shared/formats/exportFormats.js';
import { formatSize } from '../../shared/formats/limits.js';
import { exportProjectData } from '../../shared/formats/projectExport.js';
import { PROJECT_EXTENSION, parseProjectText } from '../../shared/model/project.js';
import { splitSentences } from '../../shared/text/segment.js';
import { GlossaryFiles } from './glossaryFiles.js';
import { GlossaryStore } from './glossaryStore.js';
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
  readonly projectsDir: string;
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
    let size: number;
    try {
      const st = await stat(path);
      if (!st.isFile()) throw new ServiceError('not-found', `${path} is a folder, not a text file.`, { file: path });
      size = st.size;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new ServiceError('not-found', `${path} does not exist. Check the path.`, { file: path });
      }
      throw err;
    }
    // UTF-8 takes at least one byte a character, so more bytes than twice the limit can never fit.
    if (size > LIMITS.sourceText * 2) {
      throw new ServiceError('too-large', `${path} is ${formatSize(size)}; split it into smaller texts.`, {
        file: path,
      });
    }
    const text = decodeText(await readFile(path), path);
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
    const ext = EXPORT_EXTENSIONS[input.format];
    const outPath = input.outPath
      ? resolve(input.outPath)
      : join(dirname(path), `${basename(path, extname(path))}.${ext}`);
    if (outPath === path) {
      throw new ServiceError('same-file', `${outPath} is the project file itself; export to another file.`, {
        file: outPath,
      });
    }
    if (!(await isFolder(dirname(outPath)))) {
      throw new ServiceError('not-found', `The folder ${dirname(outPath)} does not exist. Choose an existing folder.`, {
        file: dirname(outPath),
      });
    }
    // The export reads the file on disk, so the drafts still waiting for the autosave timer go there first.
    await this.store.flushAll();
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new ServiceError('not-found', `${path} does not exist. Check the path.`, { file: path });
      }
      throw err;
    }
    const project = parseProjectText(text, path);
    const { data } = await exportProjectData(project, input.format, {
      date: this.opts.now().toISOString(),
      toolVersion: this.opts.version,
      loadTerms: async () => {
        const files = project.glossaries.map((g) => resolve(dirname(path), g));
        if (files.length === 0) return undefined;
        const list = await Promise.all(files.map((f) => loadGlossaryFile(f)));
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
    };
    return this.store.updateSettings(input.path, change, this.userName);
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

  /** Writes every pending project file (shutdown). */
  async flush(): Promise<void> {
    await this.store.flushAll();
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
