import type { SegmentStatus } from '../../shared/model/segment.js';
import { PROJECT_FORMAT, PROJECT_FORMAT_VERSION, type ProjectFile } from '../../shared/model/project.js';
import { segmentDocument } from '../../shared/text/segment.js';
import { ServiceError } from './serviceError.js';

/** What a new project is made of. */
export interface NewProjectInit {
  id: string;
  name: string;
  sourceText: string;
  sourceFormat: 'txt' | 'md';
  /** As stored: relative to the project file. */
  glossaries: string[];
  now: Date;
  /** Drafts by segment index (the bundled sample has some); absent = untranslated. */
  drafts?: ReadonlyArray<string | undefined>;
}

/**
 * A new project file: the Romanian text split into sentences with the
 * engine's segmenter, paragraphs kept (`paragraph` numbers), ids s1, s2, …
 * Text without a single sentence is refused.
 */
export function newProjectFile(init: NewProjectInit): ProjectFile {
  const sentences = segmentDocument(init.sourceText, { markdown: init.sourceFormat === 'md' });
  if (sentences.length === 0) {
    throw new ServiceError(
      'empty-source',
      'The Romanian text has no sentences in it. Paste or open a text with at least one sentence.',
    );
  }
  const at = init.now.toISOString();
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_FORMAT_VERSION,
    id: init.id,
    name: init.name,
    sourceLang: 'ro-RO',
    targetLang: 'en-GB',
    revision: 0,
    createdAt: at,
    updatedAt: at,
    glossaries: init.glossaries,
    settings: { checks: {}, ignoredFindings: [] },
    segments: sentences.map((s, i) => {
      const target = init.drafts?.[i] ?? '';
      const status: SegmentStatus = target ? 'draft' : 'untranslated';
      return { id: `s${i + 1}`, source: s.text, target, paragraph: s.paragraph, status };
    }),
  };
}

/** A file name made from a project name: letters (any script), digits and dashes. */
export function fileNameFor(name: string): string {
  const slug = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || 'project';
}
