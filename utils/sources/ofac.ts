/**
 * OFAC's lists from Treasury's download service: the SDN list (`sdn.csv` with `alt.csv` and `add.csv`) and the
 * non-SDN consolidated list (`consolidated/cons_prim.csv`, `cons_alt.csv`, `cons_add.csv`), whose CMIC-EO13959
 * entries are the NS-CMIC list. Header-less CSV, `-0-` for empty, a trailing 0x1A byte. NS-CMIC remarks carry
 * "Equity Ticker CHA US; alt. Equity Ticker 0728 HK; … ISIN …", which entity resolution uses before names.
 *
 * The SDN file may also be the joined form some mirrors publish (a header `uid,name,type,programs,alternate_names`
 * and optionally `countries`), which needs no alt/add files.
 */

import type { RestrictedList } from '../exposure/schema';
import { SOURCE_CATALOG } from './catalog';
import { type CsvError, parseCsvRows, rowsAsRecords, stripFileMarkers } from './csv';
import type { RefreshContext, SourceConfig, SourceDefinition } from './definition';
import { dayOf, under } from './definition';
import { download, SourceError } from './http';
import { addCount, checkCells } from './limits';
import { countryCodeOf } from './names';
import type { ListPayload, ListTicker, Validators } from './types';

export const OFAC_FILES = {
  sdn: 'sdn.csv',
  sdnAlt: 'alt.csv',
  sdnAdd: 'add.csv',
  cons: 'consolidated/cons_prim.csv',
  consAlt: 'consolidated/cons_alt.csv',
  consAdd: 'consolidated/cons_add.csv',
} as const;
type OfacFile = keyof typeof OFAC_FILES;
/** The SDN file is ~5 MB today. */
const MAX_BYTES = 40 * 1024 * 1024;
/** Columns of each header-less file (OFAC's data specification). */
const PRIM_COLUMNS = 12;
const ALT_COLUMNS = 5;
const ADD_COLUMNS = 6;

export const NS_CMIC_PROGRAM = 'CMIC-EO13959';

/** `-0-` (with or without its trailing space) means empty. */
function cell(value: string | undefined): string {
  const v = (value ?? '').trim();
  return v === '-0-' ? '' : v;
}

function rowsOf(text: string, columns: number, file: string): string[][] {
  let rows: string[][];
  try {
    rows = parseCsvRows(stripFileMarkers(text), true);
  } catch (err) {
    throw new SourceError('malformed', `${file}: ${(err as CsvError).message}`);
  }
  checkCells(rows, file);
  rows.forEach((r, i) => {
    if (r.length !== columns)
      throw new SourceError(
        'malformed',
        `${file}: line ${i + 1} has ${r.length} fields, expected ${columns} (truncated or not an OFAC file?)`,
      );
    if (!/^\d+$/.test(r[0]!.trim()))
      throw new SourceError('malformed', `${file}: line ${i + 1} does not start with an entry number`);
  });
  return rows;
}

const MONTHS: Readonly<Record<string, string>> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};

/**
 * The group after the last "Linked To: " that no ";" follows ("…; Linked To: CHINA NORTH INDUSTRIES GROUP."), without
 * its final full stop. Linear: it was a regex, `/Linked To: ([^;]+?)\.?\s*$/`, whose lazy group retried the tail at
 * every position (quadratic: 5 s in the worker for a 128 KB cell).
 */
export function linkedTo(remarks: string): string | undefined {
  const tag = 'Linked To: ';
  const at = remarks.indexOf(tag, remarks.lastIndexOf(';') + 1);
  if (at < 0) return undefined;
  let tail = remarks.slice(at + tag.length).trimEnd();
  if (tail.length > 1 && tail.endsWith('.')) tail = tail.slice(0, -1);
  return tail.trim() || undefined;
}

/** What OFAC's remarks say about an entry's securities and group. */
export function parseRemarks(remarks: string): {
  tickers: ListTicker[];
  isins: string[];
  aliases: string[];
  parent?: string;
  since?: string;
} {
  // "Equity Ticker CHA US", "Equity Ticker 601698  CN", and once "Equity Ticker 603019CN" without a space.
  const tickers = [...remarks.matchAll(/Equity Ticker (?:(\d+)\s*|([0-9A-Z./]+)\s+)([A-Z]{2})\b/g)].map((m) => ({
    symbol: (m[1] ?? m[2])!,
    market: m[3]!,
  }));
  const isins = [...new Set([...remarks.matchAll(/\bISIN ([A-Z]{2}[A-Z0-9]{9}\d)\b/g)].map((m) => m[1]!))];
  const aliases = [...remarks.matchAll(/a\.k\.a\. '([^']+)'/g)].map((m) => m[1]!);
  const parent = linkedTo(remarks);
  const listed = /Listing Date \(CMIC\) (\d{2}) ([A-Za-z]{3}) (\d{4})/.exec(remarks);
  const month =
    listed && Object.hasOwn(MONTHS, listed[2]!.toLowerCase()) ? MONTHS[listed[2]!.toLowerCase()] : undefined;
  return {
    tickers,
    isins,
    aliases,
    ...(parent ? { parent } : {}),
    ...(listed && month ? { since: `${listed[3]}-${month}-${listed[1]}` } : {}),
  };
}

function programsOf(value: string): string[] {
  return cell(value)
    .split(/\]\s*\[|;\s*/)
    .map((p) => p.replace(/[[\]]/g, '').trim())
    .filter(Boolean);
}

/** Entries of an OFAC prim/alt/add trio as list records; people, vessels and aircraft are skipped. */
export function parseOfacTrio(
  files: { prim: string; alt?: string; add?: string },
  listFor: (programs: string[]) => RestrictedList | undefined,
  names = { prim: 'prim', alt: 'alt', add: 'add' },
): ListPayload {
  const prim = rowsOf(files.prim, PRIM_COLUMNS, names.prim);
  if (prim.length === 0) throw new SourceError('malformed', `${names.prim} is empty: no entries (a failed export?)`);
  const alts = new Map<string, string[]>();
  for (const r of files.alt ? rowsOf(files.alt, ALT_COLUMNS, names.alt) : []) {
    const name = cell(r[3]);
    if (name) alts.set(r[0]!.trim(), [...(alts.get(r[0]!.trim()) ?? []), name]);
  }
  const countries = new Map<string, Set<string>>();
  for (const r of files.add ? rowsOf(files.add, ADD_COLUMNS, names.add) : []) {
    const code = countryCodeOf(cell(r[4]));
    if (!code) continue;
    const set = countries.get(r[0]!.trim()) ?? new Set<string>();
    set.add(code);
    countries.set(r[0]!.trim(), set);
  }
  const out: ListPayload = { kind: 'lists', records: [], unscored: {}, skipped: 0 };
  for (const r of prim) {
    const type = cell(r[2]).toLowerCase();
    if (type && type !== 'entity') {
      out.skipped++;
      continue;
    }
    const programs = programsOf(r[3]!);
    const list = listFor(programs);
    if (!list) {
      addCount(out.unscored, programs.join(', ') || '(no program)');
      continue;
    }
    const id = r[0]!.trim();
    const remarks = parseRemarks(cell(r[11]));
    out.records.push({
      list,
      name: cell(r[1]),
      aliases: [...new Set([...(alts.get(id) ?? []), ...remarks.aliases])],
      countries: [...(countries.get(id) ?? [])],
      programs,
      ref: id,
      ...(remarks.tickers.length ? { tickers: remarks.tickers } : {}),
      ...(remarks.isins.length ? { isins: remarks.isins } : {}),
      ...(remarks.parent ? { parent: remarks.parent } : {}),
      ...(remarks.since ? { since: remarks.since } : {}),
    });
  }
  return out;
}

/** The joined SDN form (`uid,name,type,programs,alternate_names[,countries]`, multiple values "; "-separated). */
export function parseJoinedSdn(text: string): ListPayload {
  let rows: Record<string, string>[];
  try {
    const raw = parseCsvRows(stripFileMarkers(text), true);
    checkCells(raw, 'sdn.csv');
    rows = rowsAsRecords(raw);
  } catch (err) {
    if (err instanceof SourceError) throw err;
    throw new SourceError('malformed', `sdn.csv: ${(err as Error).message}`);
  }
  if (rows.length === 0)
    throw new SourceError('malformed', 'sdn.csv is empty: a header and no entries (a failed export?)');
  const out: ListPayload = { kind: 'lists', records: [], unscored: {}, skipped: 0 };
  for (const r of rows) {
    if (!r.uid || !r.name) throw new SourceError('malformed', 'sdn.csv: a row without uid or name (truncated?)');
    if (r.type !== undefined && r.type !== '' && r.type !== 'entity') {
      out.skipped++;
      continue;
    }
    out.records.push({
      list: 'ofac-sdn',
      name: r.name,
      aliases: (r.alternate_names ?? '').split(/;\s*/).filter(Boolean),
      countries: [
        ...new Set(
          (r.countries ?? '')
            .split(/;\s*/)
            .map((c) => countryCodeOf(c))
            .filter((c): c is string => !!c),
        ),
      ],
      programs: (r.programs ?? '').split(/;\s*/).filter(Boolean),
      ref: r.uid,
    });
  }
  return out;
}

function isJoined(text: string): boolean {
  return /^\uFEFF?uid,name,/.test(text);
}

/** SDN and consolidated files into one payload. */
export function parseOfacFiles(files: Partial<Record<OfacFile, string>>): ListPayload {
  if (files.sdn === undefined && files.cons === undefined)
    throw new SourceError('malformed', 'neither sdn.csv nor cons_prim.csv was read');
  const parts: ListPayload[] = [];
  if (files.sdn !== undefined) {
    parts.push(
      isJoined(files.sdn)
        ? parseJoinedSdn(files.sdn)
        : parseOfacTrio(
            {
              prim: files.sdn,
              ...(files.sdnAlt ? { alt: files.sdnAlt } : {}),
              ...(files.sdnAdd ? { add: files.sdnAdd } : {}),
            },
            () => 'ofac-sdn',
            { prim: 'sdn.csv', alt: 'alt.csv', add: 'add.csv' },
          ),
    );
  }
  if (files.cons !== undefined) {
    parts.push(
      parseOfacTrio(
        {
          prim: files.cons,
          ...(files.consAlt ? { alt: files.consAlt } : {}),
          ...(files.consAdd ? { add: files.consAdd } : {}),
        },
        (programs) => (programs.includes(NS_CMIC_PROGRAM) ? 'ofac-ns-cmic' : undefined),
        { prim: 'cons_prim.csv', alt: 'cons_alt.csv', add: 'cons_add.csv' },
      ),
    );
  }
  const out: ListPayload = { kind: 'lists', records: [], unscored: {}, skipped: 0 };
  for (const p of parts) {
    out.records.push(...p.records);
    out.skipped += p.skipped;
    for (const [k, v] of Object.entries(p.unscored)) addCount(out.unscored, k, v);
  }
  return out;
}

/** Downloads the six files (alt/add may be missing: 404 is tolerated for them), conditionally when unchanged. */
async function fetchAll(config: SourceConfig, ctx: RefreshContext, conditional: boolean) {
  const texts: Partial<Record<OfacFile, string>> = {};
  const validators: Record<string, Validators> = {};
  let changed = false;
  const unchanged: OfacFile[] = [];
  for (const key of Object.keys(OFAC_FILES) as OfacFile[]) {
    const url = under(config.url, OFAC_FILES[key]);
    const required = key === 'sdn' || key === 'cons';
    try {
      const res = await download(url, {
        ...ctx.http,
        expect: 'csv',
        maxBytes: MAX_BYTES,
        validators: conditional ? (ctx.validators[url] ?? {}) : {},
      });
      validators[url] = res.validators;
      if (res.notModified) unchanged.push(key);
      else {
        changed = true;
        texts[key] = res.text;
      }
    } catch (err) {
      if (!required && err instanceof SourceError && err.code === 'http' && /HTTP 404/.test(err.message)) continue;
      throw err;
    }
  }
  return { texts, validators, changed, unchanged };
}

export const ofacSource: SourceDefinition = {
  ...SOURCE_CATALOG.ofac,
  async refresh(config, ctx) {
    let got = await fetchAll(config, ctx, true);
    if (!got.changed) return { status: 'unchanged', validators: got.validators };
    // Some files changed and some did not: the unchanged ones are not stored raw, so fetch everything afresh.
    if (got.unchanged.length) got = await fetchAll(config, ctx, false);
    const payload = parseOfacFiles(got.texts);
    if (payload.records.length === 0 && Object.keys(payload.unscored).length === 0)
      throw new SourceError('malformed', 'The OFAC files hold no entities');
    return { status: 'ok', payload, validators: got.validators, count: payload.records.length, asOf: dayOf(ctx.now) };
  },
};
