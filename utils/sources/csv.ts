/**
 * CSV for the public list files, shared by the live sources and the dataset tools: the one tokenizer (utils/csv.ts)
 * with a comma, strict about the one thing a download can get wrong silently: a body cut off inside a quoted field is
 * reported, not read as a shorter file.
 */

import { tokenizeCsv } from '../csv';

/** OFAC's files end with a DOS end-of-file byte (0x1A); some mirrors also start with a UTF-8 BOM. */
export function stripFileMarkers(text: string): string {
  let out = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const eof = out.lastIndexOf('\x1a');
  if (eof >= 0 && out.slice(eof + 1).trim() === '') out = out.slice(0, eof);
  return out;
}

export class CsvError extends Error {
  override name = 'CsvError';
}

/**
 * Rows of fields. With `strict`, an unterminated quoted field (a truncated body) throws a {@link CsvError}; without
 * it, the partial record is kept (the dataset tools read files already on disk).
 */
export function parseCsvRows(text: string, strict = false): string[][] {
  const { records, unclosed } = tokenizeCsv(text);
  const rows = records.map((r) => r.fields);
  if (unclosed) {
    if (strict) {
      throw new CsvError(
        `malformed CSV: a quoted field opened on line ${unclosed.line} is never closed (truncated file?)`,
      );
    }
    if (!(unclosed.fields.length === 1 && unclosed.fields[0] === '')) rows.push(unclosed.fields);
  }
  return rows;
}

/** Rows as objects keyed by the header line. */
export function parseCsv(text: string, strict = false): Record<string, string>[] {
  return rowsAsRecords(parseCsvRows(text, strict));
}

/**
 * Rows (the first is the header) as objects keyed by the header. `Object.fromEntries` defines own properties, so a
 * header "__proto__" is a column like any other; read columns with `Object.hasOwn` or by name.
 */
export function rowsAsRecords(rows: readonly string[][]): Record<string, string>[] {
  const [header, ...rest] = rows;
  if (!header) return [];
  return rest.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
