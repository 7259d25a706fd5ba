/**
 * The project file (`*.dragoman`): JSON of the form
 * `{"format":"dragoman-project","version":4,…}` holding the segments with
 * their drafts, statuses and notes, the glossary paths (relative to the
 * project file) and the project's settings. Versioned, validated and migrated
 * here; read and written on disk by electron/services.
 */
import { z } from 'zod';
import { FormatError, positionAt } from '../formats/formatError.js';
import { migrate, MigrationError, type Migration } from './migrations/migrate.js';
import { projectMigrations } from './migrations/index.js';
import { projectOriginSchema } from './projectOrigin.js';
import { PROJECT_EXTENSION } from './projectExtension.js';

/** The `format` marker every project file carries. */
export const PROJECT_FORMAT = 'dragoman-project';
/** The file format version this app writes (and the newest it reads). */
export const PROJECT_FORMAT_VERSION = 4;
export { PROJECT_EXTENSION };

/** The recovery journal beside a project file (`<project>.journal`, JSON lines; electron/services/journal.ts). */
export function journalPath(projectPath: string): string {
  return `${projectPath}.journal`;
}

/**
 * Whether a journal entry holds edits the project file (`projectId` at
 * `revision`) lacks: a save numbered past the file's revision, or edits
 * recovered after a crash that the user has not accepted or declined yet.
 * Entries of another project at the same path never count.
 */
export function journalEntryUnsaved(
  entry: { project: string; rev: number; recovered?: boolean | undefined },
  projectId: string,
  revision: number,
): boolean {
  return entry.project === projectId && (entry.recovered === true || entry.rev > revision);
}

const segmentFileSchema = z.object({
  id: z.string().min(1).max(200),
  source: z.string(),
  target: z.string(),
  paragraph: z.number().int().min(0),
  status: z.enum(['untranslated', 'draft', 'translated', 'reviewed']),
  note: z.string().optional(),
  /** Where an untyped draft came from (a memory match, a repetition); version 4. */
  origin: z
    .object({
      kind: z.enum(['tm', 'repetition']),
      score: z.number().int().min(0).max(101).optional(),
      from: z.string().optional(),
    })
    .optional(),
});

/**
 * A translation memory attached to the project (version 4): a TMX file,
 * relative to the project file's folder (forward slashes), and whether
 * confirmed segments are written to it too.
 */
const memoryRefSchema = z.object({
  path: z.string().min(1),
  writable: z.boolean(),
});

const checkSettingSchema = z
  .object({
    enabled: z.boolean().optional(),
    severity: z.enum(['error', 'warning', 'info']).optional(),
  })
  .strict();

/** A finding the user chose to ignore, with who ignored it and when (version 1 stored the id alone). */
const ignoredFindingFileSchema = z.object({
  /** The finding's stable id (shared/checks/findingId.ts). */
  id: z.string().min(1),
  /** The user's name as the OS reported it; "" when unknown or migrated from version 1. */
  by: z.string(),
  /** ISO date-time; "" when migrated from version 1. */
  at: z.string(),
});

const projectSettingsSchema = z.object({
  /** Per-check overrides, keyed by check id (the `checks` of shared/checks/config.ts). */
  checks: z.record(z.string(), checkSettingSchema).default({}),
  /** Findings the user chose to ignore, oldest first. */
  ignoredFindings: z.array(ignoredFindingFileSchema).default([]),
  /**
   * The project's own words for the spelling check, added with the quick fix
   * "Add to dictionary" (version 3). Absent means none.
   */
  dictionary: z.array(z.string().min(1).max(100)).max(100_000).optional(),
  /** Pre-fill empty segments with 100%/101% memory matches on open, marked, never confirmed (version 4). */
  prefillExact: z.boolean().optional(),
});

/** The validator of a current-version project file. */
export const projectFileSchema = z
  .object({
    format: z.literal(PROJECT_FORMAT),
    version: z.literal(PROJECT_FORMAT_VERSION),
    /** Random id, fixed at creation: ties the recovery journal to this project. */
    id: z.string().min(1).max(200),
    name: z.string().min(1).max(200),
    sourceLang: z.string().min(1).max(35),
    targetLang: z.string().min(1).max(35),
    /** Increases with every save. */
    revision: z.number().int().min(0),
    segments: z.array(segmentFileSchema),
    /** Glossary files, relative to the project file's folder (forward slashes). */
    glossaries: z.array(z.string().min(1)),
    /** Attached translation memories (version 4); absent means none. The project's own memory is implicit. */
    memories: z.array(memoryRefSchema).optional(),
    settings: projectSettingsSchema.default({ checks: {}, ignoredFindings: [] }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    /** The imported file it was made from, if any (projectOrigin.ts). */
    origin: projectOriginSchema.optional(),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.segments.forEach((s, i) => {
      if (seen.has(s.id))
        ctx.addIssue({ code: 'custom', path: ['segments', i, 'id'], message: `duplicate segment id "${s.id}"` });
      seen.add(s.id);
    });
  });

/** A project file as held in memory. */
export type ProjectFile = z.output<typeof projectFileSchema>;
/** The settings block of a project file. */
export type ProjectSettings = ProjectFile['settings'];
/** One attached memory as the project file stores it. */
export type MemoryRef = z.output<typeof memoryRefSchema>;
/** One ignored finding as the project file stores it. */
export type IgnoredFindingEntry = ProjectSettings['ignoredFindings'][number];

/** Stable codes of {@link ProjectFileError}, for the UI's messages. */
export type ProjectFileErrorCode = 'invalid-json' | 'not-a-project' | 'invalid-project' | 'newer-version';

/**
 * A project file that cannot be opened. The message names the file (and the
 * line and column for JSON syntax errors, the field path for schema errors)
 * and says what to do.
 */
export class ProjectFileError extends FormatError {
  constructor(
    readonly code: ProjectFileErrorCode,
    file: string,
    problem: string,
    options: { line?: number; column?: number; hint?: string; field?: string } = {},
  ) {
    super(file, problem, options);
    this.name = 'ProjectFileError';
    if (options.field !== undefined) this.field = options.field;
  }
  /** The field path of a schema error, e.g. "segments[3].status". */
  readonly field?: string;
}

/** Renders a zod issue path as `segments[3].status`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(top level)';
}

/** Where JSON.parse stopped, as an offset into `text` (its message differs between V8 versions). */
function syntaxErrorOffset(message: string, text: string): number | undefined {
  const pos = /at position (\d+)/.exec(message);
  if (pos) return Number(pos[1]);
  if (/end of JSON input/i.test(message)) return text.length;
  return undefined;
}

/**
 * Reads a project file's text: JSON syntax, format marker, migration to the
 * current version, then the schema. Throws {@link ProjectFileError} naming
 * `file`. `migrations` defaults to the app's table.
 */
export function parseProjectText(
  text: string,
  file: string,
  migrations: readonly Migration[] = projectMigrations,
): ProjectFile {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = syntaxErrorOffset(message, text);
    const at = offset === undefined ? {} : positionAt(text, offset);
    const truncated = text.trim() === '' || /end of JSON input/i.test(message);
    throw new ProjectFileError(
      'invalid-json',
      file,
      truncated
        ? 'the project file is empty or cut short (not complete JSON)'
        : `the project file is not valid JSON (${message})`,
      {
        ...at,
        hint: 'Nothing was overwritten. Restore the file from a backup, or fix the JSON at the place shown',
      },
    );
  }
  return parseProjectJson(json, file, migrations);
}

/** Like {@link parseProjectText} for an already parsed value. */
export function parseProjectJson(
  json: unknown,
  file: string,
  migrations: readonly Migration[] = projectMigrations,
): ProjectFile {
  if (typeof json !== 'object' || json === null || (json as Record<string, unknown>)['format'] !== PROJECT_FORMAT) {
    throw new ProjectFileError(
      'not-a-project',
      file,
      `this is not a Dragoman project (no "format": "${PROJECT_FORMAT}")`,
      {
        hint: `Open a .${PROJECT_EXTENSION} file`,
      },
    );
  }
  let doc: Record<string, unknown>;
  try {
    doc = migrate(json, migrations, PROJECT_FORMAT_VERSION);
  } catch (error) {
    if (!(error instanceof MigrationError)) throw error;
    if (error.problem.kind === 'newer') {
      throw new ProjectFileError(
        'newer-version',
        file,
        `this project was made by a newer Dragoman (${error.message})`,
        {
          hint: 'Update Dragoman to open it',
        },
      );
    }
    throw new ProjectFileError('invalid-project', file, error.message, { field: 'version' });
  }
  const result = projectFileSchema.safeParse(doc);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = fieldPath(issue.path);
    throw new ProjectFileError('invalid-project', file, `${field}: ${issue.message}`, {
      field,
      hint: 'Nothing was overwritten. Fix that field or restore the file from a backup',
    });
  }
  return result.data;
}

/** The file text of a project: stable key order, two-space indent, final newline. */
export function serializeProject(project: ProjectFile): string {
  const ordered: ProjectFile = {
    format: project.format,
    version: project.version,
    id: project.id,
    name: project.name,
    sourceLang: project.sourceLang,
    targetLang: project.targetLang,
    revision: project.revision,
    createdAt: project.createdAt,
    updatedAt: project.updatedAt,
    glossaries: project.glossaries,
    ...(project.memories ? { memories: project.memories } : {}),
    settings: project.settings,
    segments: project.segments,
    ...(project.origin ? { origin: project.origin } : {}),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
