/**
 * The WorkbenchApi: the one contract between the UI and the backend.
 *
 * The renderer calls these methods on `window.dragoman` (Electron preload) or
 * on an HTTP client (browser mode). Both transports validate every payload
 * with the zod schemas below before a service sees it, and every result
 * before the UI trusts it. Adding a method = adding one entry to `apiSchemas`.
 */
import { z } from 'zod';
import { EXPORT_FORMATS } from '../formats/exportFormats.js';
import { MAX_PROJECT_SEGMENTS, MAX_SEGMENT_CHARS } from '../formats/limits.js';

/** Limits that keep one request from exhausting memory. */
export const LIMITS = {
  segmentText: MAX_SEGMENT_CHARS,
  segments: MAX_PROJECT_SEGMENTS,
  sourceText: 50_000_000,
  path: 4_096,
  id: 200,
  note: 20_000,
} as const;

export const uiLanguageSchema = z.enum(['en', 'ro']);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

export const segmentStatusSchema = z.enum(['untranslated', 'draft', 'translated', 'reviewed']);

/**
 * A file path. NUL cannot be part of one on any system we run on (Node throws
 * on it deep inside a call): refused here, so the request fails at once with
 * `invalid-input` (HTTP 400) and a message saying why.
 */
export const pathSchema = z
  .string()
  .min(1)
  .max(LIMITS.path)
  .refine((p) => !p.includes('\0'), { message: 'a file path cannot contain the NUL character (\\0)' });

/**
 * Where a segment's draft came from when no one typed it: a translation
 * memory match (pre-fill, `dragoman pretranslate`) or a repetition of another
 * segment. `score` is the match score (0–101), `from` the memory file or the
 * segment id it was copied from. Shown in the UI so the translator knows the
 * draft is not their own; never a confirmation.
 */
export const segmentOriginSchema = z.object({
  kind: z.enum(['tm', 'repetition']),
  score: z.number().int().min(0).max(101).optional(),
  from: z.string().max(LIMITS.path).optional(),
});
export type SegmentOrigin = z.infer<typeof segmentOriginSchema>;

export const segmentSchema = z.object({
  id: z.string().min(1).max(LIMITS.id),
  source: z.string().max(LIMITS.segmentText),
  target: z.string().max(LIMITS.segmentText),
  paragraph: z.number().int().min(0),
  status: segmentStatusSchema,
  note: z.string().max(LIMITS.note).optional(),
  origin: segmentOriginSchema.optional(),
});

/** One edit of one segment, as autosave sends it. Fields left out are unchanged. */
export const segmentChangeSchema = z.object({
  id: z.string().min(1).max(LIMITS.id),
  target: z.string().max(LIMITS.segmentText).optional(),
  status: segmentStatusSchema.optional(),
  note: z.string().max(LIMITS.note).optional(),
  /** Marks the draft as filled from a memory or a repetition; null removes the mark (the user edited it). */
  origin: segmentOriginSchema.nullable().optional(),
});
export type SegmentChange = z.infer<typeof segmentChangeSchema>;

export const appInfoSchema = z.object({
  version: z.string(),
  /** 'electron' in the desktop app, 'web' in browser mode. */
  shell: z.enum(['electron', 'web']),
  /** The system locale, e.g. "ro-RO"; the UI defaults to Romanian when it starts with "ro". */
  systemLocale: z.string(),
  /** The language the user chose, or null when they never chose one. */
  uiLanguage: uiLanguageSchema.nullable(),
  /**
   * A project to open at start instead of the most recent one: the PROJECT
   * argument of `npm run web`, or a file the OS asked the app to open. Optional
   * so a backend that never has one may leave it out.
   */
  startupProject: pathSchema.nullable().optional(),
  /**
   * The folder where createProject saves when it gets no savePath (a good
   * default for browser mode's path prompt). Optional: the fake API omits it.
   */
  projectsDir: pathSchema.optional(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const recentProjectSchema = z.object({
  path: pathSchema,
  name: z.string(),
  openedAt: z.string(),
  /** True for the bundled sample project: the UI shows its own translated name instead of `name`. */
  sample: z.boolean().optional(),
});
export type RecentProject = z.infer<typeof recentProjectSchema>;

/** What a project says about one check (shared/checks/config.ts CheckSetting). */
export const checkSettingSchema = z
  .object({
    enabled: z.boolean().optional(),
    severity: z.enum(['error', 'warning', 'info']).optional(),
  })
  .strict();

/** A finding the user chose to ignore: its stable id (shared/checks/findingId.ts), who and when. */
export const ignoredFindingSchema = z.object({
  id: z.string().min(1).max(1_000),
  /** The user's name as the OS reports it ("" when unknown). */
  by: z.string().max(200),
  /** ISO date-time. */
  at: z.string().max(40),
});
export type IgnoredFinding = z.infer<typeof ignoredFindingSchema>;

/**
 * One word of a spelling dictionary (the project's or the user's): a single
 * word as the spelling check sees one — letters, with inner apostrophes or
 * hyphens — so "Add to dictionary" cannot smuggle a phrase or a blank in.
 */
export const dictionaryWordSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^\p{L}[\p{L}\p{M}'’-]*$/u, { message: 'A dictionary word is one word of letters (no spaces or digits).' });

/** At most this many words in one dictionary (project or user). */
export const DICTIONARY_LIMIT = 100_000;

/** The settings of a project the UI needs: per-check overrides, ignored findings, its own words. */
export const projectSettingsViewSchema = z.object({
  checks: z.record(z.string().max(100), checkSettingSchema),
  ignoredFindings: z.array(ignoredFindingSchema),
  /** Pre-fill empty segments with 100%/101% memory matches on open (marked, never confirmed). Absent = off. */
  prefillExact: z.boolean().optional(),
  /** The project's words for the spelling check, sorted; absent from backends that predate them. */
  dictionary: z.array(z.string().max(100)).max(DICTIONARY_LIMIT).optional(),
});
export type ProjectSettingsView = z.infer<typeof projectSettingsViewSchema>;

/** A project as the UI sees it (the file schema itself lives in shared/model/project.ts). */
export const projectViewSchema = z.object({
  path: pathSchema,
  name: z.string(),
  sourceLang: z.string(),
  targetLang: z.string(),
  segments: z.array(segmentSchema).max(LIMITS.segments),
  glossaries: z.array(pathSchema),
  /** Increases with every save; a save based on an older revision is refused. */
  revision: z.number().int().min(0),
  /** True for the bundled sample project: the UI shows its own translated name instead of `name`. */
  sample: z.boolean().optional(),
  /** The project's check settings and ignored findings; absent from backends that predate them. */
  settings: projectSettingsViewSchema.optional(),
});
export type ProjectView = z.infer<typeof projectViewSchema>;

export const openedProjectSchema = z.object({
  project: projectViewSchema,
  /** Edits found in the recovery journal that never reached the project file (after a crash or kill). */
  recovered: z.array(segmentChangeSchema).nullable(),
});
export type OpenedProject = z.infer<typeof openedProjectSchema>;

/** One glossary file as loadGlossaries returns it. */
export const glossaryFileViewSchema = z.object({
  /** Absolute path. */
  path: pathSchema,
  /**
   * What the file was when read (size, mtime, inode); the UI passes it back
   * as `known` so an unchanged file is not sent again.
   */
  stamp: z.string().max(200),
  /** The file's text; absent when `unchanged` or `error`. The worker parses it (glossary/common/codec.ts). */
  text: z.string().optional(),
  /** True when `known` had this stamp: the UI's copy is current. */
  unchanged: z.boolean().optional(),
  /** The file could not be read (missing, not UTF-8, too large): a message naming the file. */
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});
export type GlossaryFileView = z.infer<typeof glossaryFileViewSchema>;

/** The four term statuses (TBX administrativeStatus, simplified). */
export const termStatusSchema = z.enum(['preferred', 'admitted', 'deprecated', 'forbidden']);

/** TBX termType, simplified. */
export const termTypeSchema = z.enum(['fullForm', 'acronym', 'abbreviation', 'properName', 'variant', 'phrase']);

/** A term of a new glossary entry, as the add-term dialog sends it. */
export const newTermSchema = z.object({
  text: z.string().trim().min(1).max(500),
  status: termStatusSchema,
  type: termTypeSchema.optional(),
  note: z.string().max(LIMITS.note).optional(),
});

/** A new glossary entry (one concept). */
export const newConceptSchema = z.object({
  /** Romanian terms, the first being the base form ("Minsk"). */
  ro: z.array(newTermSchema).min(1).max(20),
  /** English terms, preferred first. */
  en: z.array(newTermSchema).min(1).max(20),
  note: z.string().max(LIMITS.note).optional(),
});
export type NewConcept = z.infer<typeof newConceptSchema>;

/** One term of a concept as it travels between the UI and the store (shared/model/glossary.ts Term). */
export const termWireSchema = z.object({
  text: z.string().min(1).max(500),
  status: termStatusSchema,
  type: termTypeSchema.optional(),
  partOfSpeech: z.string().max(100).optional(),
  caseSensitive: z.boolean().optional(),
  exact: z.boolean().optional(),
  note: z.string().max(LIMITS.note).optional(),
});
export type TermWire = z.infer<typeof termWireSchema>;

/** Who changed a concept and when (shared/model/glossary.ts ConceptStamp). */
export const conceptStampSchema = z.object({ by: z.string().max(200), at: z.string().max(40) });

/** One concept as it travels between the UI and the store (shared/model/glossary.ts Concept). */
export const conceptWireSchema = z.object({
  id: z.string().min(1).max(LIMITS.id),
  /** Terms keyed by primary language subtag ("ro", "en"). */
  terms: z.record(z.string().min(1).max(20), z.array(termWireSchema).max(100)),
  note: z.string().max(LIMITS.note).optional(),
  definition: z.string().max(LIMITS.note).optional(),
  subjectField: z.string().max(500).optional(),
  created: conceptStampSchema.optional(),
  modified: conceptStampSchema.optional(),
});
export type ConceptWire = z.infer<typeof conceptWireSchema>;

/** A concept key (glossary/common/conceptEdit.ts conceptKeys): `id:<id>` or `ro:<first Romanian term>[#n]`. */
const conceptKeySchema = z.string().min(1).max(1_000);

/**
 * One change to a glossary. `edit` and `delete` carry the concept as the UI
 * showed it (`base`): the store applies them only when the concept at `key`
 * on disk still has the base's content, and reports a conflict otherwise.
 * `restore` puts a whole concept back (Undo of a delete, "add mine again"):
 * every field it had, its id when the file does not use it meanwhile, and
 * its `created`; stamped as modified now.
 */
export const glossaryChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('add'), concept: newConceptSchema }),
  z.object({ kind: z.literal('restore'), concept: conceptWireSchema }),
  z.object({ kind: z.literal('edit'), key: conceptKeySchema, base: conceptWireSchema, next: conceptWireSchema }),
  z.object({ kind: z.literal('delete'), key: conceptKeySchema, base: conceptWireSchema }),
]);
export type GlossaryChange = z.infer<typeof glossaryChangeSchema>;

/** A change the store did not apply because the concept on disk is no longer the one the user saw. */
export const glossaryConflictSchema = z.object({
  /** Index into the request's `changes`. */
  index: z.number().int().min(0),
  key: conceptKeySchema,
  /** What the user wanted; null = delete. */
  mine: conceptWireSchema.nullable(),
  /** The concept on disk now; null = a colleague deleted it. */
  theirs: conceptWireSchema.nullable(),
});
export type GlossaryConflict = z.infer<typeof glossaryConflictSchema>;

export const changeGlossaryOutputSchema = z.object({
  /** The file's stamp after the write (as loadGlossaries reports it); unchanged when nothing applied. */
  stamp: z.string().max(200),
  /** One entry per applied change, in order: the concept's key after the change and its id. */
  applied: z.array(z.object({ key: conceptKeySchema, id: z.string() })),
  conflicts: z.array(glossaryConflictSchema),
});
export type ChangeGlossaryOutput = z.infer<typeof changeGlossaryOutputSchema>;

export const createProjectInputSchema = z.object({
  name: z.string().min(1).max(200),
  sourceText: z.string().min(1).max(LIMITS.sourceText),
  /** How to segment: plain text (one paragraph per line) or Markdown. */
  sourceFormat: z.enum(['txt', 'md']),
  glossaryPaths: z.array(pathSchema).max(50),
  /** Where to save; the backend picks a file in its projects folder when absent. */
  savePath: pathSchema.optional(),
});

export const saveSegmentsInputSchema = z.object({
  path: pathSchema,
  baseRevision: z.number().int().min(0),
  changes: z.array(segmentChangeSchema).min(1).max(LIMITS.segments),
});

export const saveResultSchema = z.object({ revision: z.number().int().min(0), savedAt: z.string() });

export const chooseFileInputSchema = z.object({
  /**
   * openProject, sourceText, glossary (attach an existing one): open dialogs;
   * saveProject, saveGlossary (create a new glossary, export one): save
   * dialogs; importGlossary: an open dialog for .xlsx/.csv/.tsv/.tbx.
   */
  purpose: z.enum(['openProject', 'sourceText', 'glossary', 'saveProject', 'saveGlossary', 'importGlossary']),
});

/**
 * Whether `p` is an absolute path on POSIX (`/…`) or Windows (`C:\…`,
 * `C:/…`, `\\server\share…`). Pure string test: shared/ has no `node:path`.
 */
export function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || /^\\\\[^\\]+\\[^\\]+/.test(p);
}

/**
 * A path the user typed or picked for a file operation: absolute (a relative
 * one would resolve against wherever the server was started) and without NUL
 * (which the OS would cut the path at).
 */
export const absolutePathSchema = pathSchema
  .refine((p) => !p.includes('\0'), { message: 'A path cannot contain a NUL character.' })
  .refine(isAbsolutePath, { message: 'Give the full path, starting with / (or a drive letter such as C:\\).' });

/** The answer of attachGlossary and detachGlossary: the project with its new glossary list. */
const projectChangeSchema = z.object({ project: projectViewSchema });

/** Who wrote a memory unit and from which file (`file` is the memory's path, or its name in the CLI). */
export const tmOriginSchema = z.object({
  file: z.string().max(LIMITS.path),
  by: z.string().max(200).optional(),
  at: z.string().max(40).optional(),
});
export type TmOrigin = z.infer<typeof tmOriginSchema>;

/** One step of a word-level diff from the memory's source to the current source. */
export const tmDiffOpSchema = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });
export type TmDiffOp = z.infer<typeof tmDiffOpSchema>;

/** One translation memory match for a segment (memory/common/score.ts says how the score is made). */
export const tmMatchSchema = z.object({
  /** 0–100; 101 = an exact match whose previous and next source segments are equal too. */
  score: z.number().int().min(0).max(101),
  source: z.string(),
  /** The memory's target, already adapted (numbers, dates, tags) when `adapted`. */
  target: z.string(),
  /** Numbers, dates or tags of the target were changed to fit the new source. */
  adapted: z.boolean(),
  origin: tmOriginSchema,
  /** Memory source → current source, word by word, whitespace kept in the texts. */
  diff: z.array(tmDiffOpSchema),
});
export type TmMatch = z.infer<typeof tmMatchSchema>;

/** One concordance hit: a unit and where the query occurs in it. */
export const tmConcordanceHitSchema = z.object({
  source: z.string(),
  target: z.string(),
  origin: tmOriginSchema,
  /** UTF-16 offsets of the found words in `source` or `target`. */
  ranges: z.array(
    z.object({ side: z.enum(['source', 'target']), start: z.number().int().min(0), end: z.number().int().min(0) }),
  ),
});
export type TmConcordanceHit = z.infer<typeof tmConcordanceHitSchema>;

/** One memory of a project as listMemories reports it. */
export const memoryViewSchema = z.object({
  /** Absolute path of the TMX file (the project memory is `<project>.tmx`, beside the project). */
  path: pathSchema,
  writable: z.boolean(),
  /** Translation units read (0 when the file could not be read). */
  units: z.number().int().min(0),
  /** The project's own memory (confirmed segments go there), as opposed to an attached file. */
  project: z.boolean().optional(),
  /** The file could not be read: a message naming the file, line and column. */
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});
export type MemoryView = z.infer<typeof memoryViewSchema>;

const memoriesOutputSchema = z.object({ memories: z.array(memoryViewSchema) });

/** How many entries completePath returns at most. */
export const COMPLETE_PATH_LIMIT = 50;

/** Every method: its input and output schema. The single source of truth for both transports. */
export const apiSchemas = {
  appInfo: { input: z.object({}), output: appInfoSchema },
  setUiLanguage: { input: z.object({ language: uiLanguageSchema }), output: z.object({ ok: z.literal(true) }) },
  recentProjects: { input: z.object({}), output: z.array(recentProjectSchema) },
  /** Opens (creating on first use) the bundled sample project. */
  openSample: { input: z.object({}), output: openedProjectSchema },
  openProject: { input: z.object({ path: pathSchema }), output: openedProjectSchema },
  createProject: { input: createProjectInputSchema, output: openedProjectSchema },
  /**
   * Makes a new project from a document or bilingual file (.txt, .md, .docx,
   * .html, .xlf/.xliff; the same import as the CLI's) and opens it. Without
   * savePath the project goes beside the file, `<name>.dragoman` (or
   * `<name>-2.dragoman`, … when taken); nothing is ever overwritten.
   * openProject answers `importable` for such a file, so the UI can offer this.
   */
  importDocument: {
    input: z.object({ path: pathSchema, savePath: pathSchema.optional() }),
    output: openedProjectSchema,
  },
  /** Autosave: applies changes, journals them at once, writes the project file atomically. */
  saveSegments: { input: saveSegmentsInputSchema, output: saveResultSchema },
  /** The user accepted or declined recovered edits; either way the journal is cleared. */
  resolveRecovery: {
    input: z.object({ path: pathSchema, accept: z.boolean() }),
    output: saveResultSchema,
  },
  /** A native file dialog in Electron; null in browser mode (the UI asks for a path instead). */
  chooseFile: { input: chooseFileInputSchema, output: z.object({ path: pathSchema }).nullable() },
  /** Reads a UTF-8 text file the user picked (source text to import). */
  readTextFile: {
    input: z.object({ path: pathSchema }),
    output: z.object({ path: pathSchema, text: z.string() }),
  },
  /**
   * Writes the project (pending edits included) in another format, atomically.
   * Without outPath, beside the project under the format's default name
   * (shared/formats/exportFormats.ts); a relative outPath is taken from the
   * project's folder. An existing file is replaced only with `overwrite`
   * (else the error `exists`, so the UI can ask); the project, its journal,
   * its glossaries and its source document never are, even through a link
   * (`same-file`, `protected-file`).
   */
  exportProject: {
    input: z.object({
      path: pathSchema,
      format: z.enum(EXPORT_FORMATS),
      outPath: pathSchema.optional(),
      overwrite: z.boolean().optional(),
    }),
    output: z.object({ outPath: pathSchema, bytes: z.number().int().min(0) }),
  },
  /**
   * The project's glossary files. Files whose stamp equals `known[path]` come
   * back `unchanged` without text, so the UI polls this cheaply to notice a
   * colleague's edit on a shared drive. Nothing is written: every change
   * goes through changeGlossary or addGlossaryEntry, under the file's lock.
   */
  loadGlossaries: {
    input: z.object({ path: pathSchema, known: z.record(pathSchema, z.string().max(200)).optional() }),
    output: z.object({ glossaries: z.array(glossaryFileViewSchema) }),
  },
  /**
   * Adds one concept to a glossary of the project (`glossary`, default: the
   * first; a project without one gets `<project name>.tbx` beside it). Reads
   * the file as it is on disk now, appends, writes atomically. Returns the
   * file's path and new stamp (no text: the UI reloads it through
   * loadGlossaries, off its own thread).
   */
  addGlossaryEntry: {
    input: z.object({ path: pathSchema, glossary: pathSchema.optional(), concept: newConceptSchema }),
    output: z.object({ conceptId: z.string(), glossary: glossaryFileViewSchema }),
  },
  /**
   * Adds, edits and deletes concepts of one glossary file (`project`, when
   * given, must list it). Under the file's lock: re-reads the file as it is
   * on disk now, applies each change (an edit or delete only where the
   * concept at `key` still has the content of `base`, else a conflict that is
   * not applied), stamps who and when, and replaces the file atomically. A
   * lock that cannot be taken within a few seconds fails with code 'locked':
   * nothing was written and the change should be sent again.
   */
  changeGlossary: {
    input: z.object({
      glossary: pathSchema,
      project: pathSchema.optional(),
      changes: z.array(glossaryChangeSchema).min(1).max(1_000),
    }),
    output: changeGlossaryOutputSchema,
  },
  /**
   * Changes the project's check settings: ignore or un-ignore findings (the
   * backend stamps who and when), switch checks on or off or change their
   * severity. Written to the project file at once; the segments' revision is
   * not affected, so autosave carries on.
   */
  updateProjectSettings: {
    input: z.object({
      path: pathSchema,
      ignore: z.array(z.string().min(1).max(1_000)).max(10_000).optional(),
      unignore: z.array(z.string().min(1).max(1_000)).max(10_000).optional(),
      checks: z.record(z.string().max(100), checkSettingSchema).optional(),
      prefillExact: z.boolean().optional(),
      /** Words to add to the project's dictionary ("Add to project dictionary"). */
      addWords: z.array(dictionaryWordSchema).max(1_000).optional(),
      /** Words to take out of it (removed before `addWords` are added). */
      removeWords: z.array(z.string().min(1).max(100)).max(1_000).optional(),
    }),
    output: projectSettingsViewSchema,
  },
  /** The user's own spelling dictionary (kept with their settings, shared by every project). */
  userDictionary: { input: z.object({}), output: z.object({ words: z.array(z.string().max(100)) }) },
  /** Adds words to or removes words from the user's dictionary; answers with the whole list, sorted. */
  updateUserDictionary: {
    input: z.object({
      add: z.array(dictionaryWordSchema).max(1_000).optional(),
      remove: z.array(z.string().min(1).max(100)).max(1_000).optional(),
    }),
    output: z.object({ words: z.array(z.string().max(100)) }),
  },
  /**
   * Adds a glossary file (.tbx, .tsv, .csv) to an open project; the project
   * file stores it relative to the project and is written atomically. With
   * `create`, first makes an empty glossary in the format of the extension,
   * refusing ('file-exists') a file that is already there. A glossary already
   * listed is not added twice.
   */
  attachGlossary: {
    input: z.object({ project: absolutePathSchema, glossary: absolutePathSchema, create: z.boolean().optional() }),
    output: projectChangeSchema,
  },
  /** Removes a glossary from an open project's list; the file itself is never touched. */
  detachGlossary: {
    input: z.object({ project: absolutePathSchema, glossary: absolutePathSchema }),
    output: projectChangeSchema,
  },
  /** Reads a glossary file (.tbx, .tsv, .csv) opened by itself, without a project: its text and stamp. */
  openGlossary: {
    input: z.object({ glossary: absolutePathSchema }),
    output: glossaryFileViewSchema,
  },
  /**
   * Browser mode's path field: the folders and files whose path starts with
   * `prefix` (a prefix ending in a separator lists that folder). `kind:
   * 'glossary'` lists only folders and glossary files (.tbx .tsv .txt .tab
   * .csv .xlsx). Folders first, then by name; hidden entries only when the
   * typed name starts with a dot; at most COMPLETE_PATH_LIMIT.
   */
  completePath: {
    input: z.object({ prefix: absolutePathSchema, kind: z.enum(['glossary', 'any']) }),
    output: z.object({
      entries: z.array(z.object({ path: pathSchema, dir: z.boolean() })).max(COMPLETE_PATH_LIMIT),
    }),
  },
  /**
   * Adds the concepts of `from` (.xlsx, .csv, .tsv, .tbx) to the glossary
   * `into`: an existing glossary file (a concept with the same content as one
   * already there is skipped), or a new file made in the format of its
   * extension, which is then attached to `project` when given.
   */
  importGlossary: {
    input: z.object({ from: absolutePathSchema, into: absolutePathSchema, project: absolutePathSchema.optional() }),
    output: z.object({ added: z.number().int().min(0), glossary: glossaryFileViewSchema }),
  },
  /**
   * Writes a glossary to `to` in the format of its extension (.xlsx, .csv,
   * .tsv, .tbx). Refuses to write over the glossary itself ('same-file'), and
   * over any existing file unless `force` ('file-exists').
   */
  exportGlossary: {
    input: z.object({ glossary: absolutePathSchema, to: absolutePathSchema, force: z.boolean().optional() }),
    output: z.object({ to: pathSchema, concepts: z.number().int().min(0) }),
  },
  /**
   * Translation memory matches for one segment of an open project, best
   * first, from the project memory and every attached memory. `prev` and
   * `next` are the sources of the neighbouring segments (for 101%).
   */
  memoryLookup: {
    input: z.object({
      path: pathSchema,
      segmentId: z.string().min(1).max(LIMITS.id),
      source: z.string().max(LIMITS.segmentText),
      prev: z.string().max(LIMITS.segmentText).optional(),
      next: z.string().max(LIMITS.segmentText).optional(),
      max: z.number().int().min(1).max(10).optional(),
      min: z.number().int().min(0).max(100).optional(),
    }),
    output: z.object({ matches: z.array(tmMatchSchema) }),
  },
  /** Searches the memories' sources (inflection-aware for Romanian), targets or both. */
  memoryConcordance: {
    input: z.object({
      path: pathSchema,
      query: z.string().min(1).max(500),
      side: z.enum(['source', 'target', 'both']),
      limit: z.number().int().min(1).max(200).optional(),
    }),
    output: z.object({ hits: z.array(tmConcordanceHitSchema) }),
  },
  /**
   * Stores a confirmed segment (translated or reviewed) in the project memory
   * and in every writable attached memory. Durable (fsync'd) before it answers.
   */
  memoryCommit: {
    input: z.object({
      path: pathSchema,
      segmentId: z.string().min(1).max(LIMITS.id),
      source: z.string().min(1).max(LIMITS.segmentText),
      target: z.string().min(1).max(LIMITS.segmentText),
      prev: z.string().max(LIMITS.segmentText).optional(),
      next: z.string().max(LIMITS.segmentText).optional(),
    }),
    output: z.object({ ok: z.literal(true) }),
  },
  /** The project memory and the attached memories of an open project. */
  listMemories: { input: z.object({ path: pathSchema }), output: memoriesOutputSchema },
  /**
   * Attaches a TMX file to an open project (stored relative to the project,
   * written atomically). With `create`, first writes an empty TMX there,
   * refusing ('file-exists') a file that exists. `writable` memories receive
   * confirmed segments too.
   */
  attachMemory: {
    input: z.object({
      project: absolutePathSchema,
      memory: absolutePathSchema,
      writable: z.boolean().optional(),
      create: z.boolean().optional(),
    }),
    output: memoriesOutputSchema,
  },
  /** Removes a memory from the project's list; the file itself is never touched. */
  detachMemory: {
    input: z.object({ project: absolutePathSchema, memory: absolutePathSchema }),
    output: memoriesOutputSchema,
  },
} as const;

export type ApiMethod = keyof typeof apiSchemas;
export const apiMethods = Object.keys(apiSchemas) as ApiMethod[];

export type ApiInput<M extends ApiMethod> = z.input<(typeof apiSchemas)[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<(typeof apiSchemas)[M]['output']>;

/** The contract itself: what `window.dragoman` and the HTTP client both implement. */
export type WorkbenchApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> };

/**
 * An error a service reports to the UI: a stable code plus the parameters for
 * the UI's message. The codes are listed in shared/api/wire.ts
 * (`apiErrorCodes`), which also defines the HTTP wire format: a failed
 * browser-mode call answers `{"error": <this payload>}` (apiErrorResponseSchema).
 */
export const apiErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ApiErrorPayload = z.infer<typeof apiErrorSchema>;
