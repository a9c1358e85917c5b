/**
 * Watchlist files: export as CSV or JSON, and read either back row by row. A row that cannot be read is reported
 * as malformed with the reason; the other rows go on to the background, which says which were added, which were
 * there already and which name a company it does not know. Pure: no browser APIs.
 *
 * CSV columns (header required unless the file is a single column of tickers):
 *   entity_id, name, ticker, exchange, added_at, score_at_add, score, band
 * Only one of entity_id / ticker / name is needed; score and band are informative and ignored on import (a company
 * not assessed exports an empty score and the band "Not assessed"). Column
 * names are matched loosely (`symbol` for ticker, `company` for name, camelCase accepted).
 */
import { NOT_ASSESSED } from '../exposure/assessed';
import type { ImportRowInput, ImportRowResult, ImportStatus, WatchlistRow } from '../messaging/views';
import { isoDate, isValidAddedAt } from '../storage/added-at';
import { type CsvRecord, parseCsv, toCsv, unguardCell } from './csv';

export const WATCHLIST_FILE_FORMAT = 'geolens-watchlist';
export const WATCHLIST_FILE_VERSION = 1;
/** Larger files are refused before they are read: a watchlist is a few KB. */
export const MAX_FILE_BYTES = 1_000_000;
export const MAX_FILE_ROWS = 2000;

export const CSV_COLUMNS = ['entity_id', 'name', 'ticker', 'exchange', 'added_at', 'score_at_add', 'score', 'band'];

/** One company as exported (JSON). */
export interface ExportedEntry {
  entityId: string;
  name: string;
  ticker?: string;
  /** The market of `ticker` (TYO, HKEX, NYSE…): "Toyota, 7203" alone does not say where it trades. */
  exchange?: string;
  /** ISO 8601; absent when the stored date cannot be written as one. */
  addedAt?: string;
  scoreAtAdd: number;
  score?: number;
  band?: string;
}

export function toExportedEntries(rows: readonly WatchlistRow[]): ExportedEntry[] {
  return rows.map((r) => {
    const addedAt = isoDate(r.addedAt);
    return {
      entityId: r.entityId,
      name: r.shortName,
      ...(r.ticker ? { ticker: r.ticker } : {}),
      ...(r.ticker && r.exchange ? { exchange: r.exchange } : {}),
      ...(addedAt ? { addedAt } : {}),
      scoreAtAdd: r.scoreAtAdd,
      // Not assessed: no score (its 0 is nobody's), and the band says so.
      ...(r.score === undefined || r.assessed === false ? {} : { score: r.score }),
      ...(r.assessed === false ? { band: NOT_ASSESSED } : r.band ? { band: r.band } : {}),
    };
  });
}

export function watchlistToCsv(rows: readonly WatchlistRow[]): string {
  return toCsv([
    CSV_COLUMNS,
    ...toExportedEntries(rows).map((e) => [
      e.entityId,
      e.name,
      e.ticker,
      e.exchange,
      e.addedAt,
      e.scoreAtAdd,
      e.score,
      e.band,
    ]),
  ]);
}

export function watchlistToJson(rows: readonly WatchlistRow[], now = new Date()): string {
  return `${JSON.stringify(
    {
      format: WATCHLIST_FILE_FORMAT,
      version: WATCHLIST_FILE_VERSION,
      exportedAt: now.toISOString(),
      entries: toExportedEntries(rows),
    },
    null,
    2,
  )}\n`;
}

/** `geolens-watchlist-2026-11-24.csv` */
export function exportFileName(stem: string, extension: string, now = new Date()): string {
  return `${stem}-${now.toISOString().slice(0, 10)}.${extension}`;
}

// ── Reading ─────────────────────────────────────────────────────────────────────────────────────────────────────

export type ParsedRow =
  | { line: number; ok: true; input: ImportRowInput; label: string }
  | { line: number; ok: false; label: string; message: string };

export interface ParsedFile {
  format: 'csv' | 'json';
  rows: ParsedRow[];
  /** The file as a whole could not be read; `rows` holds what was read before the problem, if anything. */
  error?: string;
}

type Field = 'entityId' | 'ticker' | 'exchange' | 'name' | 'addedAt' | 'scoreAtAdd' | 'ignored';

const COLUMN_ALIASES: Readonly<Record<string, Field>> = {
  entityid: 'entityId',
  id: 'entityId',
  ticker: 'ticker',
  symbol: 'ticker',
  exchange: 'exchange',
  market: 'exchange',
  name: 'name',
  company: 'name',
  addedat: 'addedAt',
  added: 'addedAt',
  scoreatadd: 'scoreAtAdd',
  score: 'ignored',
  band: 'ignored',
};

const columnField = (header: string): Field | undefined =>
  COLUMN_ALIASES[
    header
      .trim()
      .toLowerCase()
      .replace(/[\s_-]/g, '')
  ];

const ENTITY_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;
const TICKER = /^[A-Za-z0-9][A-Za-z0-9.\-/]{0,14}$/;

/** A ticker as people write it: "BABA", "$BABA", "NYSE: BABA", "9988.HK". */
export function readTicker(raw: string): { ticker: string; exchange?: string } | undefined {
  const m = /^\s*(?:([A-Za-z][A-Za-z ]{1,11}?)\s*:\s*)?\$?([^\s:$]+)\s*$/.exec(raw);
  const ticker = m?.[2];
  if (!ticker || !TICKER.test(ticker)) return undefined;
  return { ticker, ...(m?.[1] ? { exchange: m[1].trim().toUpperCase() } : {}) };
}

/**
 * An ISO date or date-time, or epoch milliseconds, from 2000-01-01 to a day from `now`; `undefined` otherwise (a
 * date far outside that range used to be stored, and then broke every export and the popup).
 */
export function readDate(raw: string | number, now = Date.now()): number | undefined {
  let ms: number;
  if (typeof raw === 'number') ms = raw;
  else {
    const text = raw.trim();
    if (/^\d{10,13}$/.test(text)) ms = Number(text);
    else if (!/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) return undefined;
    else ms = Date.parse(text);
  }
  return isValidAddedAt(ms, now) ? ms : undefined;
}

/** Checks one row's values; the row is malformed on the first bad value. */
function readRow(line: number, values: Partial<Record<Field, unknown>>): ParsedRow {
  const text = (v: unknown) => (typeof v === 'string' ? unguardCell(v).trim() : typeof v === 'number' ? String(v) : '');
  const entityId = text(values.entityId);
  const tickerText = text(values.ticker);
  const name = text(values.name);
  const label = tickerText || name || entityId;
  const bad = (message: string): ParsedRow => ({ line, ok: false, label, message });
  for (const [k, v] of Object.entries(values)) {
    if (v !== undefined && v !== null && typeof v !== 'string' && typeof v !== 'number') {
      return bad(`${k} should be text or a number`);
    }
  }
  if (!entityId && !tickerText && !name) return bad('no ticker, name or entity_id');
  const input: ImportRowInput = { line };
  if (entityId) {
    if (!ENTITY_ID.test(entityId)) return bad(`entity_id “${entityId}” is not a GeoLens id`);
    input.entityId = entityId;
  }
  if (tickerText) {
    const t = readTicker(tickerText);
    if (!t) return bad(`ticker “${tickerText}” is not a ticker symbol`);
    input.ticker = t.ticker;
    if (t.exchange) input.exchange = t.exchange;
  }
  const exchange = text(values.exchange);
  if (exchange) {
    if (!/^[A-Za-z][A-Za-z ]{0,15}$/.test(exchange)) return bad(`exchange “${exchange}” is not an exchange code`);
    input.exchange = exchange.toUpperCase();
  }
  if (name) {
    if (name.length > 200) return bad('name is longer than 200 characters');
    input.name = name;
  }
  const added = values.addedAt;
  if (added !== undefined && added !== '') {
    const ms = readDate(typeof added === 'number' ? added : text(added));
    if (ms === undefined) {
      return bad(`added_at “${text(added)}” is not a date from 2000-01-01 to today (use YYYY-MM-DD)`);
    }
    input.addedAt = ms;
  }
  const score = values.scoreAtAdd;
  if (score !== undefined && score !== '') {
    const n = typeof score === 'number' ? score : Number(text(score));
    if (!Number.isFinite(n) || n < 0 || n > 100)
      return bad(`score_at_add “${text(score)}” is not a score from 0 to 100`);
    input.scoreAtAdd = n;
  }
  return { line, ok: true, input, label };
}

function parseCsvFile(text: string): ParsedFile {
  const { records, error } = parseCsv(text);
  const rows: ParsedRow[] = [];
  const first = records[0];
  if (!first) {
    return { format: 'csv', rows, error: error ? `Line ${error.line}: ${error.message}.` : 'The file is empty.' };
  }
  const fields = first.fields.map(columnField);
  let columns: (Field | undefined)[];
  let body: CsvRecord[];
  if (fields.some((f) => f && f !== 'ignored')) {
    columns = fields;
    body = records.slice(1);
    // Other columns (notes, prices…) are ignored.
  } else if (records.every((r) => r.fields.length === 1)) {
    // A bare list of tickers, one per line.
    columns = ['ticker'];
    body = records;
  } else {
    return {
      format: 'csv',
      rows,
      error: 'The first line must name the columns, for example “ticker,name” (or list one ticker per line).',
    };
  }
  for (const record of body) {
    if (rows.length === MAX_FILE_ROWS) {
      return {
        format: 'csv',
        rows,
        error: `The file has more than ${MAX_FILE_ROWS} rows; the first ${MAX_FILE_ROWS} were read.`,
      };
    }
    if (record.fields.length > columns.length && record.fields.slice(columns.length).some((f) => f.trim())) {
      rows.push({
        line: record.line,
        ok: false,
        label: record.fields.join(',').slice(0, 40),
        message: `${record.fields.length} fields where the header names ${columns.length} (a comma inside a name needs quotes)`,
      });
      continue;
    }
    const values: Partial<Record<Field, unknown>> = {};
    columns.forEach((field, i) => {
      if (field && field !== 'ignored' && record.fields[i] !== undefined) values[field] = record.fields[i];
    });
    rows.push(readRow(record.line, values));
  }
  return {
    format: 'csv',
    rows,
    ...(error ? { error: `Line ${error.line}: ${error.message}; the rows before it were read.` } : {}),
  };
}

const JSON_KEYS: Readonly<Record<string, Field>> = {
  entityId: 'entityId',
  entity_id: 'entityId',
  id: 'entityId',
  ticker: 'ticker',
  symbol: 'ticker',
  exchange: 'exchange',
  name: 'name',
  company: 'name',
  addedAt: 'addedAt',
  added_at: 'addedAt',
  scoreAtAdd: 'scoreAtAdd',
  score_at_add: 'scoreAtAdd',
};

function parseJsonFile(text: string): ParsedFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { format: 'json', rows: [], error: `Not valid JSON: ${err instanceof Error ? err.message : String(err)}.` };
  }
  let list: unknown;
  if (Array.isArray(data)) list = data;
  else if (data && typeof data === 'object') {
    const obj = data as Record<string, unknown>;
    list = obj.format === 'geolens-settings' ? obj.watchlist : (obj.entries ?? obj.watchlist);
  }
  if (!Array.isArray(list)) {
    return {
      format: 'json',
      rows: [],
      error: 'No watchlist in this file: expected a list of companies, or an object with “entries”.',
    };
  }
  const rows: ParsedRow[] = [];
  for (const [i, item] of list.entries()) {
    const line = i + 1;
    if (rows.length === MAX_FILE_ROWS) {
      return {
        format: 'json',
        rows,
        error: `The file has more than ${MAX_FILE_ROWS} entries; the first ${MAX_FILE_ROWS} were read.`,
      };
    }
    if (typeof item === 'string') {
      rows.push(readRow(line, { ticker: item }));
    } else if (item && typeof item === 'object' && !Array.isArray(item)) {
      const values: Partial<Record<Field, unknown>> = {};
      for (const [k, v] of Object.entries(item)) {
        const field = JSON_KEYS[k];
        if (field) values[field] = v;
      }
      rows.push(readRow(line, values));
    } else {
      rows.push({ line, ok: false, label: String(JSON.stringify(item)).slice(0, 40), message: 'not a company entry' });
    }
  }
  return { format: 'json', rows };
}

/** Reads a watchlist file; JSON when the name ends in .json or the text starts with [ or {, CSV otherwise. */
export function parseWatchlistFile(text: string, fileName = ''): ParsedFile {
  const json = /\.json$/i.test(fileName) || /^\uFEFF?\s*[[{]/.test(text);
  return json ? parseJsonFile(text) : parseCsvFile(text);
}

// ── Report ──────────────────────────────────────────────────────────────────────────────────────────────────────

export type ReportStatus = ImportStatus | 'malformed';

export interface ReportLine {
  line: number;
  status: ReportStatus;
  label: string;
  /** What happened, in words. */
  message: string;
}

export interface ImportReport {
  format: 'csv' | 'json';
  lines: ReportLine[];
  counts: Record<ReportStatus, number>;
  /** The file-level problem, if any. */
  error?: string;
}

/** Merges the parser's verdicts with the background's, in file order. */
export function buildImportReport(parsed: ParsedFile, results: readonly ImportRowResult[]): ImportReport {
  const byLine = new Map(results.map((r) => [r.line, r]));
  const counts: Record<ReportStatus, number> = { added: 0, already: 0, unknown: 0, full: 0, malformed: 0 };
  const lines = parsed.rows.map((row): ReportLine => {
    if (!row.ok) {
      counts.malformed++;
      const message = row.label ? `${row.label}: ${row.message}` : row.message;
      return { line: row.line, status: 'malformed', label: row.label, message };
    }
    const r = byLine.get(row.line);
    const status: ReportStatus = r?.status ?? 'unknown';
    counts[status]++;
    const who = r?.name && r.name !== row.label ? `${row.label} (${r.name})` : row.label;
    const message =
      status === 'added'
        ? `${who}: added`
        : status === 'already'
          ? `${who}: already in the watchlist`
          : status === 'full'
            ? `${who}: not added, the watchlist is full`
            : `${row.label}: unknown ticker or company`;
    return { line: row.line, status, label: row.label, message };
  });
  return { format: parsed.format, lines, counts, ...(parsed.error ? { error: parsed.error } : {}) };
}
