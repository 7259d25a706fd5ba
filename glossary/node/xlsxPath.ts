/** Larger workbooks are refused before they are read: exceljs holds the whole sheet in memory. */
export const MAX_XLSX_BYTES = 50 * 1024 * 1024;

/** Whether a file name is an XLSX workbook's. */
export function isXlsxPath(file: string): boolean {
  return /\.xlsx$/i.test(file);
}
