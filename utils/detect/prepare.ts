/**
 * The dictionary between the background and the tabs. `prepareDictionary` does the work that needs no page
 * (canonical names, flags, dropping what can never match, sorting longest first) once, in the background;
 * `packDictionary` turns the result into three strings, which is what a tab receives (see
 * docs/adr/0003-detection-dictionary.md); `unpackDictionary` reads them back with `split` and `slice` only.
 */
import { CHAR_FLAGS, canonicalName, isCjk, WORD } from './chars';
import { EXCHANGE_PREFIXES } from './markets';
import type { DictionaryEntry } from './types';
import { NEVER_BARE } from './vocabulary';

/** Latin letters without their diacritics ("Société Générale" → "Societe Generale"); other scripts untouched. */
export function withoutAccents(text: string): string {
  if (!/[\u00c0-\u024f]/.test(text)) return text;
  return text.replace(/[\u00c0-\u024f]/g, (c) => c.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
}

/** Pattern flags. */
export const LOOSE = 1;
export const CAUTIOUS = 2;
export const CONTEXTUAL = 4;

/** Flat, sorted, ready to compile: patterns longest first, each with its entity index and flags. */
export interface PreparedDictionary {
  entityIds: string[];
  patText: string[];
  patEntity: number[];
  patFlags: number[];
  /** Normalised symbols (see {@link normalizeSymbol}). */
  listSymbol: string[];
  listExchange: string[];
  listEntity: number[];
  /** 1 = may match bare. */
  listBare: number[];
}

/**
 * What the background sends each tab: a few plain strings, cheap to clone across processes and to read back with
 * one `split` each. Numbers are fixed-width base-64 digits, so no per-line parsing is needed.
 */
export interface PackedDictionary {
  format: 2;
  /** Entity ids, one a line. */
  entities: string;
  /** Canonical names, one a line, longest first. */
  names: string;
  /** Three digits per name: its entity index. */
  nameEntities: string;
  /** One digit per name: its flags. */
  nameFlags: string;
  /** Normalised symbols, one a line. */
  symbols: string;
  /** Three digits per symbol: its entity index. */
  symbolEntities: string;
  /** Exchange codes used, one a line. */
  exchanges: string;
  /** Two digits per symbol: its exchange's index, then 1 when it may match bare. */
  symbolInfo: string;
}

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) DIGIT_VALUE[DIGITS.charCodeAt(i)] = i;
/** Entities addressable with three digits. */
export const MAX_ENTITIES = 64 ** 3;

function digits3(n: number): string {
  return DIGITS[(n >> 12) & 63]! + DIGITS[(n >> 6) & 63]! + DIGITS[n & 63]!;
}
function read3(s: string, i: number): number {
  return (
    (DIGIT_VALUE[s.charCodeAt(i)]! << 12) | (DIGIT_VALUE[s.charCodeAt(i + 1)]! << 6) | DIGIT_VALUE[s.charCodeAt(i + 2)]!
  );
}

/** Normalises a symbol for lookup: `BRK-B`, `BRK/B` and `BRK.B` are one symbol; numeric codes lose leading zeros. */
export function normalizeSymbol(symbol: string): string {
  let plain = true;
  for (let i = 0; i < symbol.length && plain; i++) {
    const c = symbol.charCodeAt(i);
    plain = c >= 0x41 && c <= 0x5a;
  }
  if (plain) return symbol;
  const upper = symbol.toUpperCase().replace(/[-/]/g, '.').replace(/\.$/, '');
  return /^\d+$/.test(upper) ? String(Number(upper)) : upper;
}

/** The name starts with a lower-case letter and has no upper-case one: a brand's styling ("thyssenkrupp"). */
function styledLowerCase(text: string): boolean {
  return /^\p{Ll}/u.test(text) && !/\p{Lu}/u.test(text);
}

/**
 * The name's case is a brand's styling, not plain title case: a capital inside a word ("BlackBerry", "SoftBank"), or
 * a word of four capitals or more beside words in lower case ("COSCO SHIPPING Holdings"); Latin letters only.
 */
function styledName(text: string): boolean {
  if (!/[a-z]/.test(text) || /[^\x20-\x7e]/.test(text)) return false;
  return /[a-z][A-Z]/.test(text) || /\b[A-Z]{4,}\b/.test(text);
}

/** Whether the scanner can ever reach a name: it starts at a capital, a digit or a CJK character. */
function reachable(text: string): boolean {
  const c0 = text.charCodeAt(0);
  if (isCjk(c0)) return true;
  let i = 0;
  while (i < text.length && CHAR_FLAGS[text.charCodeAt(i)]! & WORD) i++;
  return i > 0 && /[\p{Lu}\d]/u.test(text.slice(0, i)) && !NEVER_BARE.has(text);
}

export function prepareDictionary(entries: readonly DictionaryEntry[]): PreparedDictionary {
  const entityIds: string[] = [];
  const texts: string[] = [];
  const ents: number[] = [];
  const flags: number[] = [];
  const seen = new Set<string>();
  const out: PreparedDictionary = {
    entityIds,
    patText: [],
    patEntity: [],
    patFlags: [],
    listSymbol: [],
    listExchange: [],
    listEntity: [],
    listBare: [],
  };
  const add = (name: string, entity: number, flag: number) => {
    let text = canonicalName(name);
    if (!text) return;
    // A brand styled in lower case ("thyssenkrupp", "adidas") is written capitalised at least in news.
    const lower = !(flag & LOOSE) && styledLowerCase(text);
    if (lower) text = text[0]!.toUpperCase() + text.slice(1);
    const key = flag & LOOSE ? `~${text.toLowerCase()}` : text;
    if (seen.has(key) || !reachable(text)) return;
    seen.add(key);
    texts.push(text);
    ents.push(entity);
    flags.push(flag);
    // A styled name ("BlackBerry", "SoftBank Group", "COSCO SHIPPING Holdings", "thyssenkrupp") is also written
    // plainly ("Blackberry", "Softbank", "Cosco Shipping Holdings", "ThyssenKrupp"): a loose variant reads any case,
    // with every word capitalised as a proper noun is. All-capital names ("NVIDIA", "TARGET") get none: their plain
    // forms are often words, which the cautious rules guard.
    if (!(flag & LOOSE) && (lower || styledName(text))) add(text, entity, flag | LOOSE);
    // A name with accents is also printed without them by wires and English-language copy ("Societe Generale",
    // "Hermes", "Nestle"): the same name, with the same flags.
    const plain = withoutAccents(text);
    if (plain !== text) add(plain, entity, flag);
  };
  for (const entry of entries) {
    const entity = entityIds.length;
    entityIds.push(entry.entityId);
    for (const n of entry.names) add(n, entity, 0);
    for (const n of entry.cautiousNames ?? []) add(n, entity, CAUTIOUS);
    for (const n of entry.contextualNames ?? []) add(n, entity, CONTEXTUAL);
    for (const n of entry.looseNames ?? []) add(n, entity, LOOSE);
    for (const t of entry.tickers) {
      const key = normalizeSymbol(t.symbol);
      if (!key) continue;
      out.listSymbol.push(key);
      out.listExchange.push(t.exchange.toUpperCase());
      out.listEntity.push(entity);
      // An exchange's own acronym ("ASX shares", "TSX rose") is the market, even where it is also a symbol (ASE's ASX).
      const market = EXCHANGE_PREFIXES[key] !== undefined;
      out.listBare.push(t.bare === false || NEVER_BARE.has(key) || market || key.length < 2 ? 0 : 1);
    }
  }
  // A symbol that is another company's name as printed ("BYD": the carmaker's name, Boyd Gaming's NYSE symbol) is
  // that company when it stands alone; the symbol is still read as `$BYD` or `NYSE: BYD`.
  const nameOwner = new Map<string, number>();
  texts.forEach((t, i) => {
    if (!(flags[i]! & LOOSE) && !nameOwner.has(t)) nameOwner.set(t, ents[i]!);
  });
  out.listSymbol.forEach((sym, i) => {
    const owner = nameOwner.get(sym);
    if (owner !== undefined && owner !== out.listEntity[i]) out.listBare[i] = 0;
  });
  // Longest first (a stable counting sort): the scanner tries a first word's names in this order.
  let max = 0;
  for (const t of texts) if (t.length > max) max = t.length;
  const buckets: number[][] = Array.from({ length: max + 1 }, () => []);
  texts.forEach((t, i) => {
    buckets[t.length]!.push(i);
  });
  for (let len = max; len > 0; len--) {
    for (const i of buckets[len]!) {
      out.patText.push(texts[i]!);
      out.patEntity.push(ents[i]!);
      out.patFlags.push(flags[i]!);
    }
  }
  return out;
}

export function packDictionary(d: PreparedDictionary): PackedDictionary {
  if (d.entityIds.length > MAX_ENTITIES) throw new Error(`dictionary too large: ${d.entityIds.length} entities`);
  const exchanges = [...new Set(d.listExchange)];
  // One digit holds an exchange's index: a 65th market would silently alias the first.
  if (exchanges.length > DIGITS.length) throw new Error(`dictionary too large: ${exchanges.length} exchanges`);
  const exIndex = new Map(exchanges.map((e, i) => [e, i]));
  return {
    format: 2,
    entities: d.entityIds.join('\n'),
    names: d.patText.join('\n'),
    nameEntities: d.patEntity.map(digits3).join(''),
    nameFlags: d.patFlags.map((f) => DIGITS[f]).join(''),
    symbols: d.listSymbol.join('\n'),
    symbolEntities: d.listEntity.map(digits3).join(''),
    exchanges: exchanges.join('\n'),
    symbolInfo: d.listExchange.map((e, i) => DIGITS[exIndex.get(e)!]! + DIGITS[d.listBare[i]!]).join(''),
  };
}

/**
 * Reads a packed dictionary back. Throws when the parts disagree in length (the background is the only writer, so
 * that is a bug, not bad input); entity indices out of range are dropped.
 */
export function unpackDictionary(p: PackedDictionary): PreparedDictionary {
  const entityIds = p.entities ? p.entities.split('\n') : [];
  const patText = p.names ? p.names.split('\n') : [];
  const listSymbol = p.symbols ? p.symbols.split('\n') : [];
  const exchanges = p.exchanges ? p.exchanges.split('\n') : [];
  if (p.nameEntities.length !== patText.length * 3 || p.nameFlags.length !== patText.length)
    throw new Error('packed dictionary: names and their entities/flags differ in length');
  if (p.symbolEntities.length !== listSymbol.length * 3 || p.symbolInfo.length !== listSymbol.length * 2)
    throw new Error('packed dictionary: symbols and their entities/info differ in length');
  const count = entityIds.length;
  const patEntity = new Array<number>(patText.length);
  const patFlags = new Array<number>(patText.length);
  for (let i = 0; i < patText.length; i++) {
    const e = read3(p.nameEntities, i * 3);
    patEntity[i] = e < count ? e : 0;
    patFlags[i] = DIGIT_VALUE[p.nameFlags.charCodeAt(i)]!;
  }
  const listEntity = new Array<number>(listSymbol.length);
  const listExchange = new Array<string>(listSymbol.length);
  const listBare = new Array<number>(listSymbol.length);
  for (let i = 0; i < listSymbol.length; i++) {
    const e = read3(p.symbolEntities, i * 3);
    listEntity[i] = e < count ? e : 0;
    listExchange[i] = exchanges[DIGIT_VALUE[p.symbolInfo.charCodeAt(i * 2)]!] ?? '';
    listBare[i] = DIGIT_VALUE[p.symbolInfo.charCodeAt(i * 2 + 1)]! === 1 ? 1 : 0;
  }
  return { entityIds, patText, patEntity, patFlags, listSymbol, listExchange, listEntity, listBare };
}
