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

/** Limits that keep one request from exhausting memory. */
export const LIMITS = {
  segmentText: 100_000,
  segments: 200_000,
  sourceText: 50_000_000,
  path: 4_096,
  id: 200,
  note: 20_000,
} as const;

export const uiLanguageSchema = z.enum(['en', 'ro']);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

export const segmentStatusSchema = z.enum(['untranslated', 'draft', 'translated', 'reviewed']);

export const pathSchema = z.string().min(1).max(LIMITS.path);

export const segmentSchema = z.object({
  id: z.string().min(1).max(LIMITS.id),
  source: z.string().max(LIMITS.segmentText),
  target: z.string().max(LIMITS.segmentText),
  paragraph: z.number().int().min(0),
  status: segmentStatusSchema,
  note: z.string().max(LIMITS.note).optional(),
});

/** One edit of one segment, as autosave sends it. Fields left out are unchanged. */
export const segmentChangeSchema = z.object({
  id: z.string().min(1).max(LIMITS.id),
  target: z.string().max(LIMITS.segmentText).optional(),
  status: segmentStatusSchema.optional(),
  note: z.string().max(LIMITS.note).optional(),
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
});
export type ProjectView = z.infer<typeof projectViewSchema>;

export const openedProjectSchema = z.object({
  project: projectViewSchema,
  /** Edits found in the recovery journal that never reached the project file (after a crash or kill). */
  recovered: z.array(segmentChangeSchema).nullable(),
});
export type OpenedProject = z.infer<typeof openedProjectSchema>;

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
  purpose: z.enum(['openProject', 'sourceText', 'glossary', 'saveProject']),
});

/** Every method: its input and output schema. The single source of truth for both transports. */
export const apiSchemas = {
  appInfo: { input: z.object({}), output: appInfoSchema },
  setUiLanguage: { input: z.object({ language: uiLanguageSchema }), output: z.object({ ok: z.literal(true) }) },
  recentProjects: { input: z.object({}), output: z.array(recentProjectSchema) },
  /** Opens (creating on first use) the bundled sample project. */
  openSample: { input: z.object({}), output: openedProjectSchema },
  openProject: { input: z.object({ path: pathSchema }), output: openedProjectSchema },
  createProject: { input: createProjectInputSchema, output: openedProjectSchema },
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
  /** Writes the project (pending edits included) in another format; without outPath, next to the project. */
  exportProject: {
    input: z.object({ path: pathSchema, format: z.enum(EXPORT_FORMATS), outPath: pathSchema.optional() }),
    output: z.object({ outPath: pathSchema, bytes: z.number().int().min(0) }),
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
