import type { ProjectFile } from './project.js';
import { PROJECT_FORMAT, PROJECT_FORMAT_VERSION } from './project.js';
import type { ProjectOrigin } from './projectOrigin.js';
import type { BilingualDocument } from './segment.js';

/** What a new project needs besides its segments. */
export interface NewProjectOptions {
  name: string;
  /** Random id (crypto.randomUUID() in Node, the browser's in the app). */
  id: string;
  /** Creation time, ISO 8601. */
  now: string;
  /** Glossary paths relative to the project file's folder. */
  glossaries?: string[];
  origin?: ProjectOrigin;
}

/**
 * A fresh project file (revision 0, default settings) holding `doc`.
 * Paragraph numbers are renumbered densely from 0 in document order, so a
 * source whose blank lines gave gaps round-trips through any export.
 */
export function projectFromDocument(doc: BilingualDocument, options: NewProjectOptions): ProjectFile {
  let paragraph = -1;
  let previous: number | undefined;
  const segments = doc.segments.map((s) => {
    if (s.paragraph !== previous) {
      paragraph++;
      previous = s.paragraph;
    }
    return { ...s, paragraph };
  });
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_FORMAT_VERSION,
    id: options.id,
    name: options.name,
    sourceLang: doc.sourceLang,
    targetLang: doc.targetLang,
    revision: 0,
    segments,
    glossaries: options.glossaries ?? [],
    settings: { checks: {}, ignoredFindings: [] },
    createdAt: options.now,
    updatedAt: options.now,
    ...(options.origin ? { origin: options.origin } : {}),
  };
}

/** The bilingual document a project holds, for the checks and the codecs. */
export function projectDocument(project: ProjectFile): BilingualDocument {
  return { sourceLang: project.sourceLang, targetLang: project.targetLang, segments: project.segments };
}
