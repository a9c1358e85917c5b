/**
 * SEC's `company_tickers_exchange.json` (~10k US-listed companies) as dictionary entries. A row whose ticker is
 * already a curated entity's listing adds its names and symbols to that entity; every other company becomes
 * `sec-<cik>`. SEC names are legal names as filed, often in upper case ("NVIDIA CORP", "AMAZON COM INC"), so they
 * become case-insensitive names without their legal forms; one-word names that are words ("TARGET CORP") need a
 * cue in the text (see docs/detection.md).
 */
import * as z from 'zod/mini';
import { normalizeSymbol } from './compile';
import { isWordSymbol, stripLegalForm } from './dictionary';
import { EXCHANGE_PREFIXES } from './markets';
import type { DictionaryEntry } from './types';
import { AMBIGUOUS_PROPER_NOUNS, US_EXCHANGES } from './vocabulary';
import { isCommonWord, isPlaceName, isProperWord } from './words';

export const secFileSchema = z.object({
  fields: z.array(z.string()),
  data: z.array(z.array(z.union([z.string(), z.number(), z.null()]))),
});

export interface SecRow {
  cik: number;
  name: string;
  ticker: string;
  /** Exchange code as the dataset uses it (NASDAQ, NYSE, OTC, CBOE), or '' when SEC gives none. */
  exchange: string;
}

const SEC_EXCHANGES: Readonly<Record<string, string>> = {
  Nasdaq: 'NASDAQ',
  NYSE: 'NYSE',
  NYS: 'NYSE',
  OTC: 'OTC',
  CBOE: 'CBOE',
};

/** Parses the file's JSON; throws an error naming what is wrong. */
export function parseSecFile(json: unknown): SecRow[] {
  const parsed = secFileSchema.safeParse(json);
  if (!parsed.success) throw new Error('not an SEC company_tickers_exchange.json file (expected { fields, data })');
  const { fields, data } = parsed.data;
  const col = (name: string) => {
    const i = fields.indexOf(name);
    if (i < 0) throw new Error(`SEC file has no "${name}" field (fields: ${fields.join(', ')})`);
    return i;
  };
  const [ci, ni, ti, ei] = [col('cik'), col('name'), col('ticker'), col('exchange')];
  const rows: SecRow[] = [];
  for (const r of data) {
    const cik = Number(r[ci]);
    const name = r[ni];
    const ticker = r[ti];
    if (!Number.isInteger(cik) || typeof name !== 'string' || typeof ticker !== 'string' || !ticker) continue;
    const ex = r[ei];
    // Exchange names come from the file: "__proto__" or "constructor" are unknown names, never the table's prototype.
    const exchange =
      typeof ex === 'string' ? (Object.hasOwn(SEC_EXCHANGES, ex) ? SEC_EXCHANGES[ex]! : ex.toUpperCase()) : '';
    rows.push({ cik, name, ticker, exchange });
  }
  return rows;
}

/** SEC state and status tags: "ALPHABET INC /DE/", "XYZ CORP\NEW\". */
export const SEC_TAG = /\s*(?:[/\\][A-Z]{2,4}[/\\]?|\/)\s*$/;
/** Words news drops from a company's name: "Robinhood Markets" → "Robinhood", "Tencent Music Entertainment Group" → "Tencent Music". */
const GENERIC_WORD =
  /(?<![&,]|\band)\s+(Group|Groupe|Gruppo|Grupo|Gruppe|Holdings?|International|Global|Technologies|Technology|Entertainment|Platforms|Industries|Enterprises|Systems|Solutions|Brands|Networks|Communications|Worldwide|Markets|Motors?|Financial|Companies)$/i;

/**
 * Words whose removal leaves the brand news uses ("The Travelers Companies" → "Travelers", "Jefferies Financial
 * Group" → "Jefferies"): the name left is kept even when it is a word, with the support a word needs (contextual).
 * After the other generic words a lone plain word is a description, not a name ("Minerals"), and is dropped.
 */
const BRAND_REVEALING: ReadonlySet<string> = new Set(['companies', 'financial']);

/**
 * Legal forms of companies outside the US that `stripLegalForm` leaves: "Deutsche Bank Aktiengesellschaft",
 * "Novo Nordisk A/S", "Atlas Copco AB (publ)", "PT Bank Central Asia Tbk", "Public Bank Berhad", "K.K.".
 */
const FOREIGN_LEGAL_FORM =
  /,?\s+(?:Aktiengesellschaft|A\/S|ASA|AB|Oyj|Abp|S\.?p\.?A\.?|K\.K\.?|Berhad|Bhd\.?|Tbk\.?|P\.?J\.?S\.?C\.?|S\.A\.B\. de C\.V\.|S\.?A\.?B\.?|N\.V\.|S\.A\.|S\.E\.|KGaA|GmbH|(?:Public )?Company Limited|\(publ\)|\(Persero\)|Holding AG)$/i;
const FOREIGN_LEADING_FORM = /^(?:PT|PJSC|PAO|AB)\s+/;
const FRENCH_COMPAGNIE = /^Compagnie\s+(?:G[ée]n[ée]rale\s+des\s+[ÉE]tablissements|de|du|des)\s+(\S.*)$/i;

/** A legal name without its legal forms, a leading "The", "& Co." and SEC's "/ADR". */
/** Listing files sort "The" last: "Gap Inc. (The)", "Travelers Companies Inc. (The)" are "The Gap Inc." and so on. */
export function theFirst(name: string): string {
  return /\s*\(The\)$/i.test(name) ? `The ${name.replace(/\s*\(The\)$/i, '')}` : name;
}

function withoutLegalForms(full: string): string {
  let out = full
    .replace(/\s*\/\s*ADR$/i, '')
    .replace(/^The\s+/i, '')
    .replace(FOREIGN_LEADING_FORM, '');
  for (let i = 0; i < 4; i++) {
    const next = stripLegalForm(out.replace(/\s*&\s*Co\.?$/i, '').replace(FOREIGN_LEGAL_FORM, ''));
    if (next === out) break;
    out = next;
  }
  return out;
}

/**
 * A legal name as a list shows it, without its legal forms and SEC's tags: "Deutsche Bank Aktiengesellschaft" →
 * "Deutsche Bank", "Wingtech Technology Co.,Ltd" → "Wingtech Technology". Display only: unlike
 * {@link secNameVariants}, nothing here decides what is matched on a page.
 */
export function legalNameForDisplay(legal: string): string {
  return withoutLegalForms(legal.replace(SEC_TAG, '').replace(/\s+/g, ' ').trim()) || legal;
}

/**
 * One-word names that the word lists (./words.ts) miss but news reads as a word or a surname: "Crypto" (Crypto Co),
 * "Sentinel" (Sentinel Holdings), "Kemper" (KEMPER Corp). Words need a cue; surnames are cautious.
 */
const WORD_LIKE: ReadonlySet<string> = new Set(['crypto', 'sentinel', 'bitcoin', 'fintech', 'biotech']);
/** Market indexes news names alone ("the Dow", "Nikkei"): never a company's short name. */
const INDEX_WORDS: ReadonlySet<string> = new Set([
  'dow',
  'nikkei',
  'kospi',
  'kosdaq',
  'taiex',
  'sensex',
  'nifty',
  'dax',
]);
const SURNAME_LIKE: ReadonlySet<string> = new Set(['kemper']);

/** Nationalities and compass adjectives: "American", "Chinese", "British", "Pacific", "Southern". */
const ADJECTIVE_ENDING = /(?:ian|ean|can|ese|ish|ch|ic|ern)$/i;

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

function allCommon(name: string): boolean {
  return name.split(/\s+/).every((w) => isCommonWord(w.replace(/[^A-Za-z]/g, '')));
}

/** The name variants news uses for an SEC legal name, sorted by how they may match. */
export function secNameVariants(
  legal: string,
  tickers: readonly string[] = [],
): Pick<DictionaryEntry, 'looseNames' | 'cautiousNames' | 'contextualNames'> {
  const loose = new Set<string>();
  const cautious = new Set<string>();
  const contextual = new Set<string>();
  const full = theFirst(legal.replace(SEC_TAG, '').replace(/\s+/g, ' ').trim());
  // Legal forms are left to the scanner, which extends a name over any that follow it in the text.
  const variants: string[] = [];
  let short = withoutLegalForms(full);
  if (/\sCOM$/i.test(short)) {
    const base = short.replace(/\sCOM$/i, '');
    variants.push(`${base}.com`);
    short = base;
  }
  variants.push(short);
  // Names shortened past their legal form are weaker evidence: one word left must then be a rare word.
  const shortened = new Set<string>();
  // French groups named "Compagnie de …" or "Compagnie Générale des Établissements …" go by what follows:
  // "Saint-Gobain", "Michelin".
  const compagnie = FRENCH_COMPAGNIE.exec(short);
  if (compagnie) {
    variants.push(compagnie[1]!);
    shortened.add(compagnie[1]!);
  }
  const brands = new Set<string>();
  let rest = short;
  for (let i = 0; i < 3; i++) {
    const word = GENERIC_WORD.exec(rest)?.[1]?.toLowerCase();
    const next = rest.replace(GENERIC_WORD, '');
    const brand = !!word && BRAND_REVEALING.has(word);
    if (next === rest || (allCommon(next) && !brand)) break;
    variants.push(next);
    shortened.add(next);
    if (brand) brands.add(next);
    rest = next;
  }

  for (const v of variants) {
    // "Nasdaq", "Cboe", "ASX" in news are the markets, not the companies that run them (every exchange prefix).
    if (Object.keys(EXCHANGE_PREFIXES).some((x) => x.toLowerCase() === v.toLowerCase())) continue;
    // "BP PLC", "HP INC", "NIO Inc.": a name that is the company's own symbol reads like an acronym; it needs the
    // same support as a one-word name that is a word.
    if (tickers.includes(v.toUpperCase()) && /^[A-Z0-9&]{2,5}$/.test(v)) {
      contextual.add(v);
      continue;
    }
    const words = v.split(' ');
    if (words.length > 1) {
      // "Hong Kong" from "Hong Kong Holdings Ltd": a place, not a name.
      if (!isPlaceName(v)) loose.add(v);
      continue;
    }
    const letters = v.replace(/[^A-Za-z]/g, '');
    // "Nasdaq" and "Cboe" in news are the markets, not the companies that run them.
    if (Object.keys(EXCHANGE_PREFIXES).some((x) => x.toLowerCase() === letters.toLowerCase())) continue;
    // Short one-word names ("Eve") and acronyms ("AMC", "PDD", "CVS") read like words or tickers; places are
    // never companies on their own.
    const acronym = v === v.toUpperCase() && (letters.length <= 3 || !/[AEIOUY]/.test(letters));
    // A three-letter name that is the whole legal name without its forms ("Kia Corporation", "Eni S.p.A.", "Aon plc")
    // is kept, but only with support (a legal form, a company word, a list, a move): not a word ("Box"), nor an
    // index ("Dow"), nor a shortening.
    if (
      /^[A-Z][a-z]{2}$/.test(v) &&
      !shortened.has(v) &&
      !isCommonWord(letters) &&
      !isProperWord(letters) &&
      !AMBIGUOUS_PROPER_NOUNS.has(letters.toLowerCase()) &&
      !INDEX_WORDS.has(letters.toLowerCase()) &&
      !isPlaceName(v)
    ) {
      contextual.add(v);
      continue;
    }
    if (v.length < 4 || acronym || isPlaceName(v)) continue;
    const display = v === v.toUpperCase() ? capitalised(v) : v;
    // Shortened to one plain word or a nationality ("Minerals", "American" from American International Group): no
    // longer a name at all. Brands keep a cautious short name ("Toyota" from Toyota Motor).
    const word = isCommonWord(letters) || WORD_LIKE.has(letters.toLowerCase());
    const plain = word && !brands.has(v);
    if (shortened.has(v) && (plain || (isProperWord(letters) && ADJECTIVE_ENDING.test(letters)))) continue;
    if (word) contextual.add(display);
    else if (
      AMBIGUOUS_PROPER_NOUNS.has(letters.toLowerCase()) ||
      SURNAME_LIKE.has(letters.toLowerCase()) ||
      isProperWord(letters)
    )
      cautious.add(display);
    else loose.add(v);
  }
  return {
    ...(loose.size ? { looseNames: [...loose] } : {}),
    ...(cautious.size ? { cautiousNames: [...cautious] } : {}),
    ...(contextual.size ? { contextualNames: [...contextual] } : {}),
  };
}

function merge(into: string[] | undefined, more: string[] | undefined): string[] | undefined {
  if (!more?.length) return into;
  return [...new Set([...(into ?? []), ...more])];
}

/**
 * Adds SEC rows to curated entries: returns the curated entries (extended where an SEC ticker links to them) followed
 * by one `sec-<cik>` entry per other company. Curated entries come first so that their names win.
 */
export function withSecEntries(curated: readonly DictionaryEntry[], rows: readonly SecRow[]): DictionaryEntry[] {
  const out = curated.map((e) => ({ ...e, tickers: [...e.tickers] }));
  const byTicker = new Map<string, number>();
  out.forEach((e, i) => {
    for (const t of e.tickers) {
      const ex = t.exchange.toUpperCase();
      if (US_EXCHANGES.has(ex) || ex === 'OTC' || ex === '') byTicker.set(normalizeSymbol(t.symbol), i);
    }
  });

  const byCik = new Map<number, SecRow[]>();
  for (const r of rows) {
    const list = byCik.get(r.cik);
    if (list) list.push(r);
    else byCik.set(r.cik, [r]);
  }
  for (const [cik, list] of byCik) {
    const linked = list.map((r) => byTicker.get(normalizeSymbol(r.ticker))).find((i) => i !== undefined);
    const names = secNameVariants(
      list[0]!.name,
      list.map((r) => r.ticker.toUpperCase()),
    );
    const tickers = list.map((r) => ({
      symbol: r.ticker,
      exchange: r.exchange,
      ...(isWordSymbol(r.ticker) ? { bare: false } : {}),
    }));
    if (linked !== undefined) {
      const e = out[linked]!;
      const known = new Set(e.tickers.map((t) => normalizeSymbol(t.symbol)));
      e.tickers.push(...tickers.filter((t) => !known.has(normalizeSymbol(t.symbol))));
      const looseNames = merge(e.looseNames, names.looseNames);
      const cautiousNames = merge(e.cautiousNames, names.cautiousNames);
      const contextualNames = merge(e.contextualNames, names.contextualNames);
      if (looseNames) e.looseNames = looseNames;
      if (cautiousNames) e.cautiousNames = cautiousNames;
      if (contextualNames) e.contextualNames = contextualNames;
      continue;
    }
    out.push({ entityId: `sec-${cik}`, names: [], ...names, tickers });
  }
  return out;
}
