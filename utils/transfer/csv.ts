/**
 * CSV as spreadsheets write it (RFC 4180): quoted fields with doubled quotes, CRLF or LF, an optional BOM, and a
 * comma, semicolon or tab delimiter (European Excel uses semicolons). Pure.
 */

import { type CsvRecord, tokenizeCsv } from '../csv';

export type { CsvRecord };

export interface CsvParse {
  records: CsvRecord[];
  /** A quote left open: the records before it are intact, nothing after it is read. */
  error?: { line: number; message: string };
}

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter of the first line: the candidate that occurs most outside quotes (comma on a tie). */
export function detectDelimiter(text: string): string {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const outside = firstLine.replace(/"(?:[^"]|"")*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = outside.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/** Records with their line numbers, read by the one tokenizer (utils/csv.ts) after the BOM. */
export function parseCsv(input: string, delimiter = detectDelimiter(input)): CsvParse {
  const { records, unclosed } = tokenizeCsv(input.replace(/^\uFEFF/, ''), delimiter);
  if (unclosed) return { records, error: { line: unclosed.line, message: 'a quoted field is never closed' } };
  return { records };
}

/**
 * A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) gets a leading apostrophe,
 * which spreadsheets show as text (OWASP "CSV injection"). Cells that already start with apostrophes before such a
 * character get one more, so {@link unguardCell} can undo it exactly on import.
 */
export function guardCell(value: string): string {
  return /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function unguardCell(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function quote(value: string): string {
  return /[",\r\n;\t]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows to CSV text with CRLF line ends (what spreadsheets expect), every cell guarded. */
export function toCsv(rows: readonly (readonly (string | number | undefined)[])[]): string {
  return `${rows.map((r) => r.map((v) => quote(guardCell(v === undefined ? '' : String(v)))).join(',')).join('\r\n')}\r\n`;
}
