/** The formats a project exports to (CLI `export --to`, the app's Export dialog). */
export const EXPORT_FORMATS = ['docx', 'xliff12', 'xliff21', 'tmx', 'html', 'txt', 'md'] as const;

/** One of EXPORT_FORMATS. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The ending (after the project's stem, without the leading dot) an export in
 * each format gets by default. Every ending differs from the others and from
 * the endings `import` reads as a source document (`.txt`, `.md`, `.docx`,
 * `.html`, `.xlf`): after `dragoman import article.txt -o article.dragoman`,
 * the English text goes to `article.en.txt`, never over the Romanian
 * `article.txt`; XLIFF 1.2 and 2.1 go to different files.
 */
export const EXPORT_ENDINGS: Readonly<Record<ExportFormat, string>> = {
  docx: 'review.docx',
  xliff12: 'en.xlf',
  xliff21: 'en.xliff21.xlf',
  tmx: 'tmx',
  html: 'en.html',
  txt: 'en.txt',
  md: 'en.md',
};

/**
 * Where an export goes unless the user says otherwise: beside the project,
 * the project file's name without its extension, then the format's ending
 * ({@link EXPORT_ENDINGS}). Pure string work (the renderer uses it too), so
 * both `/` and `\` count as folder separators.
 */
export function defaultExportPath(projectPath: string, format: ExportFormat): string {
  const slash = Math.max(projectPath.lastIndexOf('/'), projectPath.lastIndexOf('\\'));
  const dot = projectPath.lastIndexOf('.');
  const stem = dot > slash + 1 ? projectPath.slice(0, dot) : projectPath;
  return `${stem}.${EXPORT_ENDINGS[format]}`;
}
