import { z } from 'zod';

/**
 * Where a project came from, kept so that exports can give back what the
 * import had: heading levels for the Markdown export and, for a project made
 * from another tool's XLIFF, that file's full text, so `export --to xliff…`
 * rewrites only its targets and states and keeps its ids and structure
 * (shared/formats/xliffSkeleton.ts). Optional: hand-made projects have none.
 */
export const projectOriginSchema = z.object({
  /** The imported file's name (no folder), for messages. */
  file: z.string().min(1).max(500),
  /**
   * The imported file relative to the project's folder, forward slashes
   * (`../docs/article.txt`), so that no export is ever written over it.
   * Absent from projects made before it was recorded: then `file` beside the
   * project is assumed.
   */
  path: z.string().min(1).max(4096).optional(),
  format: z.enum(['txt', 'md', 'docx', 'html', 'lines', 'xliff']),
  /** Paragraph number → heading level 1–6. */
  headings: z.record(z.string(), z.number().int().min(1).max(6)).optional(),
  /** The original XLIFF text, when format is "xliff". */
  xliff: z.string().optional(),
});

/** The `origin` of a project file. */
export type ProjectOrigin = z.output<typeof projectOriginSchema>;
