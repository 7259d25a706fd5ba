/** The formats a project exports to (CLI `export --to`, the app's Export dialog). */
export const EXPORT_FORMATS = ['docx', 'xliff12', 'xliff21', 'tmx', 'html', 'txt', 'md'] as const;

/** One of EXPORT_FORMATS. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The file extension (without the dot) an export in each format gets by default. */
export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  docx: 'docx',
  xliff12: 'xlf',
  xliff21: 'xlf',
  tmx: 'tmx',
  html: 'html',
  txt: 'txt',
  md: 'md',
};
