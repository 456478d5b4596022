/** A column of a CSV file: its header and how to read its cell from a row. */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => unknown;
}

/** A column given as a CsvColumn, or simply as the name of a row field (which is also its header). */
export type CsvColumnSpec<T> = CsvColumn<T> | (keyof T & string);

/** Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/** A cell holding one of these, or with spaces at either end, must be quoted to survive a round trip. */
const NEEDS_QUOTES = /[",;\r\n]|^\s|\s$/;

/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark: put it before the text when saving. */
export const CSV_BOM = '\uFEFF';

/**
 * One cell. Text is hostile input (post bodies, names): text that a spreadsheet would run as a formula gets a
 * leading apostrophe, the usual neutraliser, and quotes, commas and line breaks are quoted per RFC 4180.
 * Numbers are written as numbers (a negative balance stays a number); missing values are empty, never 0.
 */
export function csvCell(value: unknown): string {
  let text: string;
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') text = value;
  else if (Array.isArray(value)) text = value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join(' ');
  else text = JSON.stringify(value) ?? '';
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV text: a header line, then one line per row, lines ending in CRLF (RFC 4180). */
export function toCsv<T>(rows: Iterable<T>, columns: readonly CsvColumnSpec<T>[]): string {
  const resolved = columns.map((column): CsvColumn<T> => (typeof column === 'string' ? { header: column, value: (row) => row[column] } : column));
  const lines = [resolved.map((column) => csvCell(column.header)).join(',')];
  for (const row of rows) lines.push(resolved.map((column) => csvCell(column.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
