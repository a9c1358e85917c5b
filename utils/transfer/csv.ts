/**
 * CSV as spreadsheets write it (RFC 4180): quoted fields with doubled quotes, CRLF or LF, an optional BOM, and a
 * comma, semicolon or tab delimiter (European Excel uses semicolons). Pure.
 */

export interface CsvRecord {
  /** 1-based line on which the record starts. */
  line: number;
  fields: string[];
}

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

export function parseCsv(input: string, delimiter = detectDelimiter(input)): CsvParse {
  const text = input.replace(/^\uFEFF/, '');
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false;
  let quoteLine = 0;
  const endRecord = () => {
    fields.push(field);
    // A blank line is not a record.
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (c === '\n') line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field.trim() === '') {
      quoted = true;
      quoteLine = line;
      field = '';
      i++;
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) {
    return { records, error: { line: quoteLine, message: 'a quoted field is never closed' } };
  }
  if (field !== '' || fields.length > 0) endRecord();
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
