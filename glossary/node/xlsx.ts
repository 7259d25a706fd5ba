import { open } from 'node:fs/promises';
import type * as ExcelModule from 'exceljs';
import type { CellValue, Workbook } from 'exceljs';
import writeFileAtomic from 'write-file-atomic';
import { FormatError } from '../../shared/formats/formatError.js';
import { formatSize } from '../../shared/formats/limits.js';
import { ZipReader } from '../../shared/formats/zip.js';
import type { Glossary } from '../../shared/model/glossary.js';
import { normalizeRo } from '../../shared/text/normalize.js';
import { columnLetter, glossaryTableRows, readGlossaryTable, type TableRow } from '../common/glossaryTable.js';
import { MAX_XLSX_BYTES } from './xlsxPath.js';

/**
 * XLSX glossaries (the format clients send most): the first worksheet, its
 * first non-empty row the header, the same columns as a CSV glossary
 * (glossary/common/glossaryTable.ts). Read and written whole with exceljs;
 * an XLSX is never edited in place, only imported and exported.
 */

// In their own module so that readers of other formats (the CLI's --glossary) can tell without loading this one.
export { MAX_XLSX_BYTES, isXlsxPath } from './xlsxPath.js';

/** What the parts of a workbook may unpack to in total; a 100,000-row glossary needs a few tens of MB. */
const MAX_UNPACKED_BYTES = 500 * 1024 * 1024;
/** Real XLSX parts compress about 5–20 to 1; far beyond that is a zip bomb. */
const MAX_RATIO = 200;

/** Options of {@link readXlsxGlossary}. */
export interface XlsxReadOptions {
  /** Refuse files larger than this many bytes; default {@link MAX_XLSX_BYTES}. */
  maxBytes?: number;
}

async function loadExcel(): Promise<typeof ExcelModule> {
  // Loaded on first use: exceljs is large, and most runs of the CLI and the app never touch a workbook.
  // It is CommonJS: Node's ESM loader puts it all under `default`; a bundler may not.
  const mod = (await import('exceljs')) as unknown as { default?: typeof ExcelModule };
  return mod.default ?? (mod as unknown as typeof ExcelModule);
}

/**
 * Reads the glossary in an XLSX file. The size is checked before anything is
 * read; errors are FormatErrors naming `path`, and for a bad cell its sheet
 * row (as the line) and column.
 */
export async function readXlsxGlossary(path: string, options: XlsxReadOptions = {}): Promise<Glossary> {
  const limit = options.maxBytes ?? MAX_XLSX_BYTES;
  const handle = await open(path, 'r');
  let bytes: Buffer;
  try {
    const { size } = await handle.stat();
    if (size > limit) {
      throw new FormatError(path, `the workbook is ${formatSize(size)}, more than the ${formatSize(limit)} limit`, {
        hint: 'Split the glossary into smaller workbooks, or save it as CSV',
      });
    }
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  return parseXlsxGlossary(bytes, path);
}

/** Reads a glossary from the bytes of an XLSX workbook; `file` names it in errors. */
export async function parseXlsxGlossary(bytes: Uint8Array, file: string): Promise<Glossary> {
  checkArchive(bytes, file);
  const ExcelJS = await loadExcel();
  const workbook: Workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings predate Node's generic Buffer; the bytes are what it expects.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (err) {
    throw new FormatError(file, `the workbook cannot be read: ${(err as Error).message}`, {
      hint: 'Open it in your spreadsheet program and save it again as an Excel workbook (.xlsx)',
      cause: err,
    });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    throw new FormatError(file, 'the workbook has no worksheet', { hint: 'Put the glossary on the first worksheet' });
  }
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as CellValue[];
    const cells: string[] = [];
    for (let col = 1; col < values.length; col++) {
      cells.push(cellText(values[col], file, sheet.name, rowNumber, col - 1));
    }
    rows.push({ cells, line: rowNumber });
  });
  if (rows.length === 0) {
    throw new FormatError(file, `the first worksheet, "${sheet.name}", is empty`, {
      hint: 'The first row must name the columns, e.g. ro, en, note',
    });
  }
  return readGlossaryTable(rows, file, {
    sheet: sheet.name,
    // Workbooks from older Windows tools spell ș ț with a cedilla (ş ţ). An XLSX is only ever
    // imported, never edited in place, so the terms can be stored in the standard spelling.
    termText: (text, lang) => (lang === 'ro' ? normalizeRo(text) : text),
  });
}

/** A cell's value as the text a glossary keeps. */
function cellText(value: CellValue | undefined, file: string, sheet: string, row: number, col: number): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.normalize('NFC');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .normalize('NFC');
  if ('error' in value) {
    throw new FormatError(
      file,
      `the cell shows the error ${value.error} (sheet "${sheet}", column ${columnLetter(col)})`,
      {
        line: row,
        column: col + 1,
        hint: 'Fix the formula or replace it with its value',
      },
    );
  }
  if ('hyperlink' in value) return cellText(value.text as CellValue, file, sheet, row, col);
  if ('formula' in value || 'sharedFormula' in value) {
    return cellText(value.result as CellValue, file, sheet, row, col);
  }
  return '';
}

/** A date cell as ISO 8601: the day alone when it has no time of day (Excel stores dates as UTC midnights). */
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace(/\.000Z$/, 'Z');
}

/**
 * Refuses what is not a zip, and parts that would unpack to more than the
 * limits (a zip bomb), from the archive's directory alone, before exceljs
 * inflates anything.
 */
function checkArchive(bytes: Uint8Array, file: string): void {
  const zip = new ZipReader(bytes, file, 'spreadsheet (.xlsx)');
  let total = 0;
  for (const e of zip.entries.values()) {
    total += e.size;
    if ((e.size > 1024 * 1024 && e.size > e.compressedSize * MAX_RATIO) || total > MAX_UNPACKED_BYTES) {
      throw new FormatError(
        file,
        `the workbook would unpack to more than ${formatSize(Math.min(total, MAX_UNPACKED_BYTES))}; this looks like a zip bomb and was not unpacked`,
        { hint: 'Do not open files from this source' },
      );
    }
  }
}

/**
 * The bytes of an XLSX workbook holding `g`: one worksheet "Glossary" with
 * the CSV writer's columns (glossaryTableRows), every cell as text, the header
 * bold and frozen.
 */
export async function xlsxGlossaryBytes(g: Glossary): Promise<Uint8Array> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Dragoman';
  const sheet = workbook.addWorksheet('Glossary', { views: [{ state: 'frozen', ySplit: 1 }] });
  const rows = glossaryTableRows(g);
  // An empty cell is left out rather than written as an empty string, as a spreadsheet program would.
  for (const cells of rows) sheet.addRow(cells.map((c) => (c === '' ? null : c)));
  sheet.getRow(1).font = { bold: true };
  const header = rows[0] ?? [];
  header.forEach((name, i) => {
    const widest = Math.max(name.length, ...rows.slice(1, 200).map((r) => (r[i] ?? '').length));
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(8, widest + 2));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** Writes `g` as an XLSX workbook, atomically (a temporary file renamed over `path`). */
export async function writeXlsxGlossary(path: string, g: Glossary): Promise<void> {
  await writeFileAtomic(path, Buffer.from(await xlsxGlossaryBytes(g)));
}
