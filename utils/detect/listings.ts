/**
 * Tickers in their market's notation: exchange-qualified lists ("(NYSE: TME and HKEX: 1698)"), Yahoo/Reuters/broker
 * suffixes ("9988.HK", "<7203.T>", "NVDA.O", "GME.US"), Bloomberg codes ("7203 JP", "SAP GY Equity"), portal codes
 * ("BABA-US", "09988-HK"), and symbol lookups. Which form names which market: ./markets.ts.
 */
import { type Candidates, STRONG, T_EXCHANGE, T_NAME, T_TICKER } from './candidates';
import { CHAR_FLAGS, codeAt, DIGIT, isSymbolChar, isUpperAscii, SPACE, UPPER, WORD, wordEnd } from './chars';
import { type Compiled, firstListing, normalizeSymbol } from './compile';
import { BLOOMBERG_MARKETS, DASH_SUFFIX_EXCHANGES, EXCHANGE_PREFIXES, type MarketId, SUFFIX_MARKETS } from './markets';
import { isOneWordNameOf } from './names';
import { EXCHANGE_QUALIFIERS, US_EXCHANGES } from './vocabulary';

const COLON = 0x3a;
const FULLWIDTH_COLON = 0xff1a;
const DOT = 0x2e;
const COMMA = 0x2c;

/** The first listing whose symbol is exactly `text[s, e)` (upper case, hash `h`), or -1. */
export function listingAt(cx: Compiled, text: string, s: number, e: number, h: number): number {
  const { symTable, symMask, listSymbol } = cx;
  const len = e - s;
  let slot = h & symMask;
  for (;;) {
    const head = symTable[slot]! - 1;
    if (head < 0) return -1;
    const key = listSymbol[head]!;
    if (key.length === len) {
      let i = 0;
      while (i < len && key.charCodeAt(i) === text.charCodeAt(s + i)) i++;
      if (i === len) return head;
    }
    slot = (slot + 1) & symMask;
  }
}

/** Resolves `symbol` on one of `exchanges` (US venues stand in for each other; unknown exchanges accept any). */
export function resolveListing(cx: Compiled, symbol: string, exchanges: readonly string[]): number {
  const first = firstListing(cx, normalizeSymbol(symbol));
  if (first < 0) return -1;
  for (const ex of exchanges)
    for (let id = first; id >= 0; id = cx.listNext[id]!) if (cx.listExchange[id] === ex) return id;
  for (const ex of exchanges) {
    for (let id = first; id >= 0; id = cx.listNext[id]!) {
      const lx = cx.listExchange[id]!;
      if (ex === 'OTC' || lx === '' || (US_EXCHANGES.has(ex) && US_EXCHANGES.has(lx))) return id;
    }
  }
  return -1;
}

/**
 * The listing of `symbol` on one of `markets` (in their order; a US venue accepts a listing on another US venue), or
 * -1. Stricter than {@link resolveListing}: no OTC wildcard and no listing without a market, because the suffix and
 * Bloomberg forms are read without a colon to announce them.
 */
export function listingOn(cx: Compiled, symbol: string, markets: readonly MarketId[]): number {
  const first = firstListing(cx, normalizeSymbol(symbol));
  if (first < 0) return -1;
  let us = false;
  for (const m of markets) {
    if (US_EXCHANGES.has(m)) us = true;
    for (let id = first; id >= 0; id = cx.listNext[id]!) if (cx.listExchange[id] === m) return id;
  }
  if (us) for (let id = first; id >= 0; id = cx.listNext[id]!) if (US_EXCHANGES.has(cx.listExchange[id]!)) return id;
  return -1;
}

function skipSpaces(text: string, i: number, max: number): number {
  const stop = Math.min(text.length, i + max);
  while (i < stop && CHAR_FLAGS[text.charCodeAt(i)]! & SPACE) i++;
  return i;
}

/** If `text[s, e)` is an exchange prefix followed by a colon, emits its symbols and returns the end; else 0. */
/** Between a company's mention and an exchange prefix that opens its parentheses: "(", ") (", "), ". */
const OWNER_GAP = /^\.?\s*\)?\s*[,;]?\s*[(（]\s*$/;

/**
 * The candidate whose parentheses the exchange prefix at `s` opens: a strong name or listing ending right before them,
 * or -1.
 */
function ownerBefore(text: string, s: number, out: Candidates): number {
  const last = out.n - 1;
  if (last < 0 || out.kind[last] !== STRONG || s - out.end[last]! > 8) return -1;
  return OWNER_GAP.test(text.slice(out.end[last]!, s)) ? last : -1;
}

export function exchangeQualified(cx: Compiled, text: string, s: number, e: number, out: Candidates): number {
  let exchanges = EXCHANGE_PREFIXES[text.slice(s, e)];
  if (!exchanges) return 0;
  let j = e;
  // A qualifier word: "NYSE American:", "OTC Pink:".
  if (codeAt(text, j) === 0x20 && isUpperAscii(codeAt(text, j + 1))) {
    const w = wordEnd(text, j + 1);
    if (EXCHANGE_QUALIFIERS.has(text.slice(j + 1, w))) j = w;
  }
  j = skipSpaces(text, j, 1);
  const c = codeAt(text, j);
  if (c !== COLON && c !== FULLWIDTH_COLON) return 0;
  j = skipSpaces(text, j + 1, 3);
  let any = false;
  let last = j;
  for (;;) {
    // One symbol: letters/digits, optionally ".B"/"-B"; "BP." keeps its dot out of the surface.
    let k = j;
    while (k < text.length && isSymbolChar(text.charCodeAt(k))) k++;
    if (k === j || k - j > 8) break;
    if (
      (codeAt(text, k) === DOT || codeAt(text, k) === 0x2d) &&
      isSymbolChar(codeAt(text, k + 1)) &&
      !(CHAR_FLAGS[codeAt(text, k + 2)]! & WORD)
    )
      k += 2;
    else if (k < text.length && CHAR_FLAGS[codeAt(text, k)]! & WORD) break;
    const sym = text.slice(j, k);
    const id = resolveListing(cx, sym, exchanges);
    if (id >= 0) out.push(j, k, cx.listEntity[id]!, T_EXCHANGE, STRONG);
    else {
      // A listing the data lacks (an OTC ADR, a secondary market), in the parentheses right after a company's name or
      // another of its listings: "Nissan Motor Co. (OTC: NSANY, …)", "… (NYSE: LAC) (FRA: WUC)". It is that company's.
      const owner = ownerBefore(text, s, out);
      if (owner >= 0) out.push(j, k, out.entity[owner]!, T_EXCHANGE, STRONG);
    }
    any = true;
    last = k;
    // What may follow: ", EVEXW", " and HKEX: 1698", "; TSX: EFR", " / TSX: EFR".
    let q = k;
    if (codeAt(text, q) === DOT && !isSymbolChar(codeAt(text, q + 1))) q++; // "LSE: BP." before a list
    q = skipSpaces(text, q, 2);
    const sep = codeAt(text, q);
    if (sep === COMMA || sep === 0x3b || sep === 0x2f || sep === 0x26) q = skipSpaces(text, q + 1, 2);
    else if (text.startsWith('and ', q)) q = skipSpaces(text, q + 4, 2);
    else break;
    // Another exchange prefix switches the exchange; a bare symbol continues the list.
    let w = q;
    while (w < text.length && CHAR_FLAGS[text.charCodeAt(w)]! & WORD) w++;
    const other = EXCHANGE_PREFIXES[text.slice(q, w)];
    if (other) {
      let m = w;
      if (codeAt(text, m) === 0x20 && EXCHANGE_QUALIFIERS.has(text.slice(m + 1, wordEnd(text, m + 1))))
        m = wordEnd(text, m + 1);
      m = skipSpaces(text, m, 1);
      if (codeAt(text, m) !== COLON && codeAt(text, m) !== FULLWIDTH_COLON) break;
      exchanges = other;
      j = skipSpaces(text, m + 1, 3);
      continue;
    }
    if (!isSymbolChar(codeAt(text, q))) break;
    // A further symbol of the same list ends where the list does: "(NYSE: EVEX, EVEXW)", not "NYSE: LMT, RTX
    // Corporation NYSE: RTX" (a name after the list).
    let r = q;
    while (r < text.length && isSymbolChar(text.charCodeAt(r))) r++;
    if ((codeAt(text, r) === DOT || codeAt(text, r) === 0x2d) && isSymbolChar(codeAt(text, r + 1))) r += 2;
    const after = skipSpaces(text, r, 1);
    const stop = codeAt(text, after);
    if (
      after < text.length &&
      !(stop === 0x29 || stop === COMMA || stop === 0x3b || stop === 0x2f || stop === DOT || stop === 0x0a) &&
      !text.startsWith('and ', after)
    )
      break;
    j = q;
  }
  return any ? last : 0;
}

/**
 * Google Finance's reversed form, the symbol before the colon and the market after it, with no space: "7203:TYO",
 * "2330:TPE", "005930:KRX", "BP:LON". The word after the colon must be an exchange prefix ending a word, and the symbol
 * a listing there. Returns where the prefix ends, or 0.
 */
export function reversedQualified(cx: Compiled, text: string, s: number, e: number, out: Candidates): number {
  const w = wordEnd(text, e + 1);
  const exchanges = EXCHANGE_PREFIXES[text.slice(e + 1, w)];
  if (!exchanges || (w < text.length && CHAR_FLAGS[codeAt(text, w)]! & WORD)) return 0;
  const id = resolveListing(cx, text.slice(s, e), exchanges);
  if (id < 0) return 0;
  out.push(s, e, cx.listEntity[id]!, T_EXCHANGE, STRONG);
  return w;
}

export function dashSuffixed(cx: Compiled, text: string, s: number, e: number, out: Candidates): number {
  let symEnd = e;
  let k = dashCodeEnd(text, e);
  // "BBD-B-T", "RCI-B-T" (The Globe and Mail): a one-letter share class, then the market.
  if (k === e + 2 && codeAt(text, k) === 0x2d && !DASH_SUFFIX_EXCHANGES[text.slice(e + 1, k)]) {
    symEnd = k;
    k = dashCodeEnd(text, k);
  }
  if (k === 0 || (k < text.length && CHAR_FLAGS[codeAt(text, k)]! & WORD)) return 0;
  const exchanges = DASH_SUFFIX_EXCHANGES[text.slice(symEnd + 1, k)];
  if (!exchanges) return 0;
  let id = firstListing(cx, normalizeSymbol(text.slice(s, symEnd)));
  while (id >= 0 && !exchanges.includes(cx.listExchange[id]!)) id = cx.listNext[id]!;
  if (id < 0) return 0;
  out.push(s, k, cx.listEntity[id]!, T_EXCHANGE, STRONG);
  return k;
}

/** The end of one or two capitals after the dash at `dash` ("-US", "-HK", "-T"), or 0. */
function dashCodeEnd(text: string, dash: number): number {
  if (!isUpperAscii(codeAt(text, dash + 1))) return 0;
  return isUpperAscii(codeAt(text, dash + 2)) ? dash + 3 : dash + 2;
}

/**
 * If `text[s, e)` plus ".XX" is a Yahoo or Reuters symbol of a listing on that market ("9988.HK", "NVDA.O",
 * "XOM.N", "NVDA.OQ", "6758.T"), emits it and returns the end; else 0.
 */
/**
 * The symbols a Reuters RIC root may stand for, most literal first: its lower-case class or registered-shares mark
 * ("NOVOb" is NOVO-B, "BRKa" BRK.A, "SIEGn" SIEG), and on Xetra without the venue's "G" ("ALVG", "BMWG", "SIEGn").
 */
export function ricRootSymbols(root: string, markets: readonly string[]): string[] {
  const out = [root];
  const marked = /^([A-Z0-9]+?)_?([a-z]+)$/.exec(root);
  const base = marked ? marked[1]! : root;
  if (marked && marked[2]!.length === 1) out.push(`${base}.${marked[2]!.toUpperCase()}`);
  if (base !== root) out.push(base);
  if (markets.includes('XETRA') && base.length > 2 && base.endsWith('G')) out.push(base.slice(0, -1));
  return out;
}

export function suffixed(cx: Compiled, text: string, s: number, e: number, out: Candidates): number {
  let k = e + 1;
  while (k < text.length && k - e <= 4 && isUpperAscii(text.charCodeAt(k))) k++;
  if (k === e + 1 || k - e > 4) return 0;
  if (k < text.length && CHAR_FLAGS[codeAt(text, k)]! & WORD) return 0;
  const suffix = text.slice(e + 1, k);
  const markets = SUFFIX_MARKETS[suffix];
  if (!markets) return 0;
  const sym = text.slice(s, e);
  if (k - e === 2) {
    // Initials and abbreviations are one letter, a dot, one letter: "J.P. Morgan", "A.P. Moller", "U.S.".
    if (e - s === 1 && (codeAt(text, k) === DOT || codeAt(text, s - 1) === DOT)) return 0;
    // "GE.A new": a missing space before the article "A", not NYSE American.
    if (
      suffix === 'A' &&
      codeAt(text, k) === 0x20 &&
      (CHAR_FLAGS[codeAt(text, k + 1)]! & (WORD | UPPER | DIGIT)) === WORD
    )
      return 0;
    // "BRK.A", "BF.B": a share class that is itself a listing is the bare-ticker rule's, not a market suffix.
    if (firstListing(cx, `${sym}.${suffix}`) >= 0) return 0;
  }
  let id = listingOn(cx, sym, markets);
  // A RIC's root: "BMWG.DE", "SIEGn.DE", "NOVOb.CO", "BRKa.N".
  if (id < 0 && (k - e > 2 || /[a-z]$/.test(sym))) {
    for (const r of ricRootSymbols(sym, markets).slice(1)) {
      id = listingOn(cx, r, markets);
      if (id >= 0) break;
    }
  }
  if (id < 0) return 0;
  out.push(s, k, cx.listEntity[id]!, T_EXCHANGE, STRONG);
  return k;
}

const EQUITY = ' Equity';

/**
 * Bloomberg's composite and venue codes: "7203 JP", "BABA US", "SAP GY", "RELIANCE IN", optionally followed by
 * " Equity" (Bloomberg's yellow key). `text[s, e)` is the symbol, followed by a space and two capitals that end a word.
 * The symbol must be a listing on that market, and the form needs one of: " Equity" after it; an enclosing
 * parenthesis or bracket holding only codes ("(7203 JP)", "(XOM US, CVX US)"); or the name of the same company right
 * before it ("Toyota 7203 JP"). Without that, "AMD US sales" or "BP US unit" would read English as a ticker: the
 * codes "US", "IN", "IT", "NO", "CH" are words or abbreviations too. Marks the symbol and the code; returns the end.
 */
export function bloombergCode(cx: Compiled, text: string, s: number, e: number, out: Candidates): number {
  const markets = BLOOMBERG_MARKETS[text.slice(e + 1, e + 3)];
  if (!markets) return 0;
  const id = listingOn(cx, text.slice(s, e), markets);
  if (id < 0) return 0;
  const entity = cx.listEntity[id]!;
  let end = e + 3;
  if (text.startsWith(EQUITY, end) && !(CHAR_FLAGS[codeAt(text, end + EQUITY.length)]! & WORD)) {
    end += EQUITY.length;
  } else if (!enclosedCode(text, s, end) && !afterNameOf(text, s, entity, out) && !movesAfter(text, end)) {
    return 0;
  }
  out.push(s, e + 3, entity, T_EXCHANGE, STRONG);
  return end;
}

/**
 * Venue codes that are no word or common abbreviation ("GY", "LN", "FP", "JP", "KS"; not "US", "IN", "IT", "NO",
 * "CH", "SE", "AU", "CN"): with a price move or a market verb right after, the code needs nothing else — a ticker
 * strip ("BMW GY fell 2%", "SAP GY +1.2%", "005930 KS rose").
 */
const PLAIN_VENUE_CODES: ReadonlySet<string> = new Set(
  'GY GR GF LN FP NA IM SM JP JT HK KS KQ TT CT CV SJ AB UW UN UQ UR UA UP UF UV BB PL DC FH SS AV HB RM BZ MM IJ TB MK SP NZ IB IS DB UH CG CS'.split(
    ' ',
  ),
);
const MOVE_OR_VERB =
  /^\s?(?:\(\s?)?(?:[+−-]\s?\d|\d+(?:[.,]\d+)?\s?%)|^\s(?:rose|fell|gained|lost|dropped|jumped|climbed|slid|slipped|rallied|added|surged|tumbled|sank|shares)\b/;

function movesAfter(text: string, end: number): boolean {
  return PLAIN_VENUE_CODES.has(text.slice(end - 2, end)) && MOVE_OR_VERB.test(text.slice(end, end + 16));
}

/** Characters a parenthesised list of codes may hold before this one: "(NYSE: TM, 7203 JP)", "(XOM US, CVX US)". */
function isCodeListChar(c: number): boolean {
  return (
    isSymbolChar(c) || c === 0x20 || c === COMMA || c === 0x3b || c === COLON || c === DOT || c === 0x2f || c === 0x26
  );
}

/** `text[s, end)` is inside "( … )", "< … >", "[ … ]" that holds only codes, and a closer or list separator follows. */
function enclosedCode(text: string, s: number, end: number): boolean {
  let b = s - 1;
  const stop = Math.max(0, s - 64);
  while (b >= stop && isCodeListChar(text.charCodeAt(b))) b--;
  const open = codeAt(text, b);
  if (open !== 0x28 && open !== 0xff08 && open !== 0x3c && open !== 0x5b) return false;
  const q = skipSpaces(text, end, 1);
  const c = codeAt(text, q);
  return c === 0x29 || c === 0xff09 || c === 0x3e || c === 0x5d || c === COMMA || c === 0x3b || c === 0x2f;
}

/** The last candidate is a name of `entity` ending one space before `s`: "Toyota 7203 JP". */
function afterNameOf(text: string, s: number, entity: number, out: Candidates): boolean {
  const last = out.n - 1;
  return (
    last >= 0 &&
    out.tier[last] === T_NAME &&
    out.entity[last] === entity &&
    out.end[last] === s - 1 &&
    codeAt(text, s - 1) === 0x20
  );
}

/**
 * HKEX stock short names mark share classes with a suffix: -W (weighted voting rights), -S (secondary listing), -SW,
 * -B and -P (pre-revenue biotech and specialist technology), -R (the renminbi counter), and their combinations.
 */
const HK_SHORT_NAME_SUFFIXES: ReadonlySet<string> = new Set(['W', 'S', 'SW', 'B', 'P', 'R', 'WR', 'SR', 'SWR']);

/**
 * "XIAOMI-W (01810)", "BABA-W (09988)", "BIDU-SW (09888)": an HKEX short name, then its stock code in parentheses.
 * The code must be an HKEX listing, and it decides the company; the short name is marked too when it is that same
 * company's symbol or one-word name in any case. Returns the end, or 0 when `text[s, e)` starts no such form.
 */
export function hkShortName(cx: Compiled, text: string, s: number, e: number, h: number, out: Candidates): number {
  let k = e + 1;
  while (k < text.length && k - e <= 3 && isUpperAscii(text.charCodeAt(k))) k++;
  if (!HK_SHORT_NAME_SUFFIXES.has(text.slice(e + 1, k)) || CHAR_FLAGS[codeAt(text, k)]! & WORD) return 0;
  let open = k;
  if (codeAt(text, open) === 0x20) open++;
  if (codeAt(text, open) !== 0x28 && codeAt(text, open) !== 0xff08) return 0;
  const d0 = open + 1;
  let d = d0;
  while (d < text.length && d - d0 <= 5 && CHAR_FLAGS[text.charCodeAt(d)]! & DIGIT) d++;
  const close = codeAt(text, d);
  if (d === d0 || d - d0 > 5 || (close !== 0x29 && close !== 0xff09)) return 0;
  let id = firstListing(cx, normalizeSymbol(text.slice(d0, d)));
  while (id >= 0 && cx.listExchange[id] !== 'HKEX') id = cx.listNext[id]!;
  if (id < 0) return 0;
  const entity = cx.listEntity[id]!;
  let symbol = listingAt(cx, text, s, e, h);
  while (symbol >= 0 && cx.listEntity[symbol] !== entity) symbol = cx.listNext[symbol]!;
  if (symbol >= 0) out.push(s, e, entity, T_TICKER, STRONG);
  else if (isOneWordNameOf(cx, text, s, e, h, entity)) out.push(s, e, entity, T_NAME, STRONG);
  out.push(d0, d, entity, T_TICKER, STRONG);
  return d + 1;
}
