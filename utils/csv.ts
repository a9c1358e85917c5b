/**
 * The one CSV tokenizer (RFC 4180: quoted fields, doubled quotes, CRLF, LF or CR line ends), pure and neutral so that
 * both the live sources (utils/sources/csv.ts, strict about truncated downloads) and the files people import
 * (utils/transfer/csv.ts, with delimiter detection and a per-line report) read CSV the same way.
 *
 * The quote rule: a quote opens a quoted field only at the start of a field (whitespace before it is dropped, as
 * hand-edited files write `a, "b, c"`); a quote anywhere else is an ordinary character. Characters after a closing
 * quote are kept in the same field.
 */

/** One record: the 1-based line on which it starts and its fields. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface CsvTokens {
  /** Every complete record; blank lines are not records. */
  records: CsvRecord[];
  /**
   * A quoted field never closed (a truncated file): the line on which it opened and the partial record (the fields
   * before it and the text read into it), which is not in `records`.
   */
  unclosed?: CsvRecord;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Splits `text` into records. A BOM is not removed; callers strip their own file markers. */
export function tokenizeCsv(text: string, delimiter = ','): CsvTokens {
  const records: CsvRecord[] = [];
  const delim = delimiter.charCodeAt(0);
  const n = text.length;
  let fields: string[] = [];
  // The current field is `field` followed by the unread run text[start, i); slicing runs is much faster than
  // appending character by character.
  let field = '';
  let start = 0;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    // A blank line is not a record.
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const before = field + text.slice(start, i);
      if (before.trim() !== '') {
        i++;
        continue;
      }
      const openLine = line;
      field = '';
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        const end = q < 0 ? n : q;
        for (let nl = text.indexOf('\n', i); nl >= 0 && nl < end; nl = text.indexOf('\n', nl + 1)) line++;
        field += text.slice(i, end);
        if (q < 0) {
          fields.push(field);
          return { records, unclosed: { line: openLine, fields } };
        }
        if (text.charCodeAt(q + 1) === QUOTE) {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      start = i;
    } else if (c === delim) {
      fields.push(field + text.slice(start, i));
      field = '';
      start = ++i;
    } else if (c === LF || c === CR) {
      fields.push(field + text.slice(start, i));
      field = '';
      endRecord();
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      start = i;
      line++;
      recordLine = line;
    } else i++;
  }
  const last = field + text.slice(start);
  if (last !== '' || fields.length > 0) {
    fields.push(last);
    endRecord();
  }
  return { records };
}
