import type { TermLookup } from '../checks/termLookup.js';
import type { ProjectFile } from '../model/project.js';
import { projectDocument } from '../model/projectBuild.js';
import type { BilingualDocument } from '../model/segment.js';
import { writeTargetMarkdown, writeTargetText } from './exportText.js';
import type { ExportFormat } from './exportFormats.js';
import { writeHtml } from './html.js';
import { MAX_DOCX_SEGMENTS, MAX_PROJECT_SEGMENTS, checkDocumentLimits } from './limits.js';
import { writeReviewDocx } from './reviewTable.js';
import { writeTmx } from './tmx.js';
import { writeXliff21 } from './xliff21Write.js';
import { writeXliff12 } from './xliffWrite.js';
import { rewriteXliff } from './xliffSkeleton.js';

/** What an export needs besides the project; the caller supplies what only Node can read. */
export interface ProjectExportOptions {
  /** ISO timestamp written into the document's metadata. */
  date: string;
  /** The Dragoman version, for TMX's creationtoolversion. */
  toolVersion: string;
  /** The project file, for messages (default: the project's name). */
  file?: string;
  /** The project's glossaries as a term index; called only for XLIFF 2.1 (its glossary module). */
  loadTerms: () => Promise<TermLookup | undefined>;
}

/** One export's bytes and what it was made of. */
export interface ProjectExport {
  data: string | Uint8Array;
  doc: BilingualDocument;
  /** Set when the project came from XLIFF and the export was written into that file's structure. */
  intoOriginal?: string;
}

/**
 * Exports a project in one format: the single implementation behind the CLI's
 * `export` and the app's Export dialog, so both write the same bytes.
 */
export async function exportProjectData(
  project: ProjectFile,
  format: ExportFormat,
  options: ProjectExportOptions,
): Promise<ProjectExport> {
  const doc = projectDocument(project);
  // Refused before any work: a project the app could not open, or a DOCX the docx library cannot build.
  const file = options.file ?? project.name;
  checkDocumentLimits(doc, file, {
    maxSegments: MAX_PROJECT_SEGMENTS,
    what: 'a project may hold',
    hint: 'Split the project into parts',
  });
  if (format === 'docx') {
    checkDocumentLimits(doc, file, {
      maxSegments: MAX_DOCX_SEGMENTS,
      what: 'a DOCX review table may have',
      hint: 'Export XLIFF for review in a CAT tool, or split the project into parts',
    });
  }
  const meta = { title: project.name, date: options.date };
  switch (format) {
    case 'docx':
      return { doc, data: await writeReviewDocx(doc, meta) };
    case 'xliff12':
    case 'xliff21': {
      const origin = project.origin?.format === 'xliff' ? project.origin : undefined;
      // An imported XLIFF goes back into its own structure so the other CAT tool recognises its ids.
      if (origin?.xliff !== undefined) {
        return { doc, data: rewriteXliff(origin.xliff, doc, origin.file), intoOriginal: origin.file };
      }
      if (format === 'xliff12') return { doc, data: writeXliff12(doc) };
      const terms = await options.loadTerms();
      return { doc, data: writeXliff21(doc, terms ? { terms } : {}) };
    }
    case 'tmx':
      return { doc, data: writeTmx(doc, { toolVersion: options.toolVersion, date: options.date }) };
    case 'html':
      return { doc, data: writeHtml(doc, meta) };
    case 'txt':
      return { doc, data: writeTargetText(doc) };
    case 'md':
      return {
        doc,
        data: writeTargetMarkdown(doc, { ...(project.origin?.headings ? { headings: project.origin.headings } : {}) }),
      };
  }
}
