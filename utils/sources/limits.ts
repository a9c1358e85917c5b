/**
 * What a source's data may hold before it can replace the last good copy (docs/architecture.md, "Data sources"):
 * caps on its size and shape, and no control characters in any name, alias, ticker, exchange or id. A parser keeps a
 * file's own rules (columns, required fields); these hold for every source alike, so one bad row cannot break the
 * merged view, the packed dictionary (one name a line) or every tab after the next restart.
 *
 * The caps come from the real files in ../shared/data (2026-08), with headroom for growth:
 *
 * | cap                         | largest real value                                        | cap       |
 * | --------------------------- | --------------------------------------------------------- | --------- |
 * | list entries per source     | 9,871 SDN entities; Entity List 3,409; NS-CMIC 68          | 50,000    |
 * | SEC rows                    | 10,218                                                    | 50,000    |
 * | feed companies              | 437 in the embedded snapshot                              | 20,000    |
 * | match hits                  | ≤ 2,000 companies screened, a few hits each               | 20,000    |
 * | aliases per entry / company | 95 (one SDN entry)                                        | 200       |
 * | characters per name/alias   | 510 (an SDN name)                                         | 1,000     |
 * | ticker / exchange           | 7 (SEC) / 18 ("EURONEXT AMSTERDAM")                       | 32 / 32   |
 * | CSV cell (OFAC, CSL)        | 3,008 (SDN remarks)                                       | 64 KiB    |
 * | packed dictionary           | 432,850 characters with every real source on              | 4,000,000 |
 */
import { isCjk } from '../detect/chars';
import { isCommonWord } from '../detect/words';
import { RESTRICTED_LIST_META } from '../exposure/restricted-lists';
import { SourceError } from './http';
import type { LiveSourceId, SourcePayload } from './types';

export const MAX_LIST_RECORDS = 50_000;
export const MAX_SEC_ROWS = 50_000;
export const MAX_FEED_ENTITIES = 20_000;
export const MAX_MATCH_HITS = 20_000;
export const MAX_ALIASES = 200;
export const MAX_NAME_CHARS = 1_000;
export const MAX_SYMBOL_CHARS = 32;
export const MAX_CELL_CHARS = 64 * 1024;
export const MAX_PACKED_CHARS = 4_000_000;
/** A feed's alias shorter than this never becomes a name to detect (two CJK characters are a name: 腾讯). */
export const MIN_ALIAS_CHARS = 3;
/** A refresh that would drop more than this share of the last good entries waits for the user's confirmation. */
export const HOLD_BACK_SHARE = 0.5;

// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export function hasControl(text: string): boolean {
  return CONTROL.test(text);
}

function shown(text: string): string {
  const clean = text.replace(new RegExp(CONTROL.source, 'g'), '�');
  return clean.length > 60 ? `${clean.slice(0, 57)}…` : clean;
}

function malformed(message: string): never {
  throw new SourceError('malformed', message);
}

/** A name, alias, id, ticker or exchange: no control characters, not over its length cap. */
function checkText(what: string, value: string, max: number, where: string) {
  if (typeof value !== 'string') malformed(`${where}: ${what} is not text`);
  if (hasControl(value)) malformed(`${where}: ${what} “${shown(value)}” contains a control character (line break?)`);
  if (value.length > max)
    malformed(`${where}: ${what} “${shown(value)}” is ${value.length} characters long, over the ${max} limit`);
}

/** "__proto__", "constructor", "toString", …: names of the object machinery, never a code or id in real data. */
export function isReservedKey(value: string): boolean {
  return RESERVED.has(value.toLowerCase());
}
const RESERVED = new Set(
  [...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype'].map((k) => k.toLowerCase()),
);

/** A code or id used as a key (list, exchange, market, entry id): also never one of {@link isReservedKey}. */
function checkKey(what: string, value: string, where: string) {
  checkText(what, value, MAX_NAME_CHARS, where);
  if (isReservedKey(value.trim())) malformed(`${where}: ${what} “${value}” is a reserved name, not real data`);
}

function checkCount(what: string, n: number, max: number) {
  if (n > max)
    throw new SourceError(
      'oversize',
      `The data has ${n.toLocaleString('en')} ${what}, over the ${max.toLocaleString('en')} limit`,
    );
}

function checkAliases(aliases: readonly string[], where: string) {
  if (aliases.length > MAX_ALIASES) malformed(`${where} has ${aliases.length} aliases, over the ${MAX_ALIASES} limit`);
  for (const a of aliases) checkText('an alias', a, MAX_NAME_CHARS, where);
}

/** An error that names the file's problem when a payload may not replace the last good data; else nothing. */
export function checkPayload(id: LiveSourceId, p: SourcePayload): void {
  if (p.kind === 'sec') {
    if (p.rows.length === 0) malformed('The SEC file has no rows with a CIK, name and ticker');
    checkCount('SEC rows', p.rows.length, MAX_SEC_ROWS);
    for (const r of p.rows) {
      const where = `SEC row for CIK ${r.cik}`;
      checkText('the name', r.name, MAX_NAME_CHARS, where);
      checkText('the ticker', r.ticker, MAX_SYMBOL_CHARS, where);
      checkText('the exchange', r.exchange, MAX_SYMBOL_CHARS, where);
      checkKey('the exchange', r.exchange, where);
    }
  } else if (p.kind === 'lists') {
    if (p.records.length === 0 && Object.keys(p.unscored).length === 0 && p.skipped === 0)
      malformed(`The ${id} files hold no entries`);
    checkCount('list entries', p.records.length, MAX_LIST_RECORDS);
    for (const r of p.records) {
      const where = `Entry ${r.ref ? `${shown(r.ref)} ` : ''}“${shown(String(r.name))}”`;
      if (typeof r.list !== 'string' || !Object.hasOwn(RESTRICTED_LIST_META, r.list))
        malformed(`${where}: unknown list`);
      checkText('the name', r.name, MAX_NAME_CHARS, where);
      if (!r.name.trim()) malformed(`${where} has no name`);
      checkAliases(r.aliases, where);
      if (r.parent !== undefined) checkText('the parent', r.parent, MAX_NAME_CHARS, where);
      for (const program of r.programs ?? []) checkText('a program', program, MAX_NAME_CHARS, where);
      if (r.ref !== undefined) checkKey('the id', r.ref, where);
      for (const t of r.tickers ?? []) {
        checkText('a ticker', t.symbol, MAX_SYMBOL_CHARS, where);
        checkText('a market', t.market, MAX_SYMBOL_CHARS, where);
        checkKey('a market', t.market, where);
      }
    }
    for (const k of Object.keys(p.unscored)) checkKey('the list', k, 'An entry');
  } else if (p.kind === 'feed') {
    const entities = p.dataset.entities;
    if (entities.length === 0) malformed('The feed has no entities ("entities": [])');
    checkCount('companies', entities.length, MAX_FEED_ENTITIES);
    for (const e of entities) {
      const where = `Company “${shown(e.id)}”`;
      checkKey('the id', e.id, where);
      checkText('the name', e.name, MAX_NAME_CHARS, where);
      checkAliases(e.aliases, where);
      for (const n of e.ambiguousNames ?? []) checkText('a name', n, MAX_NAME_CHARS, where);
      for (const l of e.listings) {
        checkText('a ticker', l.ticker, MAX_SYMBOL_CHARS, where);
        checkText('an exchange', l.exchange, MAX_SYMBOL_CHARS, where);
        checkKey('an exchange', l.exchange, where);
      }
    }
  } else {
    checkCount('matches', p.hits.length, MAX_MATCH_HITS);
    for (const h of p.hits) {
      const where = `Match ${shown(String(h.ref))}`;
      if (typeof h.list !== 'string' || !Object.hasOwn(RESTRICTED_LIST_META, h.list))
        malformed(`${where}: unknown list`);
      checkKey('the id', h.ref, where);
      checkKey('the company id', h.entityId, where);
      for (const d of h.datasets) checkKey('a dataset', d, where);
      checkAliases(h.names, where);
    }
  }
}

/**
 * Whether a feed's alias may become a name to detect: at least {@link MIN_ALIAS_CHARS} characters (two for CJK), and
 * not one common word ("The", "Group"), the same filter SEC names go through (utils/detect/sec-listings.ts).
 */
export function isDetectableAlias(alias: string): boolean {
  const a = alias.trim();
  const cjk = a.length >= 2 && [...a].every((c) => isCjk(c.charCodeAt(0)));
  if (a.length < MIN_ALIAS_CHARS && !cjk) return false;
  const words = a.split(/\s+/);
  return !(words.length === 1 && isCommonWord(a.replace(/[^A-Za-z]/g, '')));
}

/** Each entry of a payload by a stable key, with a name to show: what a refresh would drop. */
export function entriesOf(p: SourcePayload): Map<string, string> {
  const out = new Map<string, string>();
  if (p.kind === 'sec') for (const r of p.rows) out.set(`cik:${r.cik}`, r.name);
  else if (p.kind === 'lists') for (const r of p.records) out.set(`${r.list}|${r.ref ?? r.name}`, r.name);
  else if (p.kind === 'feed') for (const e of p.dataset.entities) out.set(e.id, e.name);
  else for (const h of p.hits) out.set(`${h.entityId}|${h.list}|${h.ref}`, h.names[0] ?? h.ref);
  return out;
}

/** What a refresh would drop of the last good entries. */
export function droppedEntries(before: SourcePayload, after: SourcePayload): { total: number; dropped: string[] } {
  const old = entriesOf(before);
  const next = entriesOf(after);
  const dropped: string[] = [];
  for (const [k, name] of old) if (!next.has(k)) dropped.push(name);
  return { total: old.size, dropped };
}

/** Adds one to a count in a table keyed by file strings: "__proto__" is a key like any other, never the prototype. */
export function addCount(table: Record<string, number>, key: string, n = 1): void {
  const value = (Object.hasOwn(table, key) ? table[key]! : 0) + n;
  Object.defineProperty(table, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A row with a cell over {@link MAX_CELL_CHARS}: the file is refused (a 128 KB remarks cell is no OFAC entry). */
export function checkCells(rows: readonly (readonly string[])[], file: string): void {
  rows.forEach((r, i) => {
    for (const c of r)
      if (c.length > MAX_CELL_CHARS)
        malformed(
          `${file}: row ${i + 1} has a ${Math.round(c.length / 1024)} KB field, over the ${MAX_CELL_CHARS / 1024} KB limit`,
        );
  });
}
