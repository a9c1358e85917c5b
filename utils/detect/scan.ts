/**
 * The scanner: one left-to-right pass over the text. Most characters are lower-case letters and spaces, which can
 * never start a mention, so the inner loop is a single table read per character. A capital, a digit, `$` or the
 * first character of a CJK name starts a word; the word is hashed while it is read, its first-word group is probed
 * in the hash table, and only on a hit are the group's names verified character by character (./names.ts).
 * Tickers in their market's notation are read by ./listings.ts.
 *
 * The scan yields candidates; ambiguous names and bare tickers are settled afterwards by ./resolve.ts.
 */
import { type Candidates, KIND_BARE, KIND_PAREN, STRONG, T_CASHTAG, T_NAME, T_TICKER } from './candidates';
import {
  CHAR_FLAGS,
  codeAt,
  DIGIT,
  fold,
  HASH_SEED,
  hashRange,
  isUpperAscii,
  SPACE,
  UPPER,
  WORD,
  wordEnd,
} from './chars';
import { type Compiled, firstListing, K_CJK, K_DIGIT, normalizeSymbol } from './compile';
import { investingCode } from './investing-codes';
import {
  bloombergCode,
  dashSuffixed,
  exchangeQualified,
  hkShortName,
  listingAt,
  reversedQualified,
  suffixed,
} from './listings';
import { EXCHANGE_PREFIXES } from './markets';
import { name } from './names';
import { ownCodeAfterName, ownCodeInParentheses } from './own-codes';
import { US_EXCHANGES } from './vocabulary';

/** A 1024-slot filter of exchange-prefix hashes, so most words skip the Set lookup. */
const EXCHANGE_BLOOM = new Uint8Array(1024);
for (const prefix of Object.keys(EXCHANGE_PREFIXES)) EXCHANGE_BLOOM[hashRange(prefix, 0, prefix.length) & 1023] = 1;

const COLON = 0x3a;
const FULLWIDTH_COLON = 0xff1a;
const DOT = 0x2e;
const AT = 0x40;

/** Scans `text` and appends candidates in text order, never overlapping. */
export function scan(cx: Compiled, text: string, out: Candidates): void {
  const n = text.length;
  const start = cx.start;
  let i = 0;
  while (i < n) {
    const k = start[text.charCodeAt(i)]!;
    if (k === 0) {
      // Most code units start nothing. (Unrolling this loop measured slower in V8.)
      i++;
      continue;
    }
    if (k > K_DIGIT) {
      i = k === K_CJK ? cjk(cx, text, i, out) : cashtag(cx, text, i, out);
      continue;
    }
    let s = i;
    if (i > 0) {
      const p = codeAt(text, i - 1);
      if (CHAR_FLAGS[p]! & WORD) {
        // Inside a word. Words that start with a capital or digit were consumed whole, so this is a capital inside
        // a word that starts in lower case ("eBay", "iPhone"): back up and read that word once.
        if (k === K_DIGIT) {
          i++;
          continue;
        }
        s = i - 1;
        while (s > 0 && CHAR_FLAGS[text.charCodeAt(s - 1)]! & WORD) s--;
        if (CHAR_FLAGS[codeAt(text, s)]! & (UPPER | DIGIT) || (out.n > 0 && out.end[out.n - 1]! > s)) {
          i = wordEnd(text, i);
          continue;
        }
        if (s > 0 && codeAt(text, s - 1) === AT) {
          i = wordEnd(text, i);
          continue;
        }
      } else if (p === AT || p === 0x5f || (p === DOT && i > 1 && CHAR_FLAGS[codeAt(text, i - 2)]! & WORD)) {
        // "@Nvidia" is a handle, "snake_Case" an identifier, "x.Alibaba" part of a dotted name: skip the word.
        i = wordEnd(text, i);
        continue;
      }
    }
    if (k === K_DIGIT) {
      // "Advantest 6857": a name's own code right after it (./own-codes.ts).
      if (i > 0 && out.n > 0 && CHAR_FLAGS[codeAt(text, i - 1)]! & SPACE && out.end[out.n - 1]! === i - 1) {
        const e = ownCodeAfterName(cx, text, i, out);
        if (e > 0) {
          i = e;
          continue;
        }
      }
      const e = plainNumber(cx, text, i);
      if (e > 0) {
        i = e;
        continue;
      }
    }
    i = word(cx, text, s, out);
  }
}

/**
 * Numbers are most of the digit words in finance text ("$1.2bn", "27,055", "3.7%"): when the digits at `i` can start
 * nothing — no "9988.HK", "09988-HK", "7203 JP", "(700)" or digit-led name — returns where they end; else 0.
 */
function plainNumber(cx: Compiled, text: string, i: number): number {
  const n = text.length;
  let e = i;
  let h = HASH_SEED;
  for (; e < n; e++) {
    const c = text.charCodeAt(e);
    if (!(CHAR_FLAGS[c]! & DIGIT)) break;
    h = Math.imul(h ^ c, 0x01000193);
  }
  const next = codeAt(text, e);
  if (CHAR_FLAGS[next]! & WORD) return 0; // "3M", "10X", "1698H"
  if ((next === DOT || next === 0x2d) && isUpperAscii(codeAt(text, e + 1))) return 0;
  if (next === COLON && isUpperAscii(codeAt(text, e + 1))) return 0; // "7203:TYO"
  if (next === 0x29 || next === 0xff09) {
    const open = codeAt(text, i - 1);
    if (open === 0x28 || open === 0xff08) return 0;
  }
  if ((next === 0x20 || next === 0x2d) && cx.digitWords.has(h)) return 0;
  if (next === 0x20 && isBloombergCodeAt(text, e + 1)) return 0;
  return e;
}

/** Two capitals that end a word at `i`: where a Bloomberg market code ("JP", "US", "GY") would be. */
function isBloombergCodeAt(text: string, i: number): boolean {
  return (
    isUpperAscii(codeAt(text, i)) && isUpperAscii(codeAt(text, i + 1)) && !(CHAR_FLAGS[codeAt(text, i + 2)]! & WORD)
  );
}

/** Reads the word at `s` and tries, in order: exchange prefix, Yahoo suffix, name, bare ticker. Returns where to go on. */
function word(cx: Compiled, text: string, s: number, out: Candidates): number {
  const n = text.length;
  let e = s;
  let h = HASH_SEED;
  let upper = 0;
  let digits = 0;
  for (; e < n; e++) {
    const c = text.charCodeAt(e);
    const f = CHAR_FLAGS[c]!;
    if (!(f & WORD)) break;
    h = Math.imul(h ^ fold(c), 0x01000193);
    upper += (f >> 1) & 1;
    digits += (f >> 2) & 1;
  }
  const len = e - s;
  const lower = len - upper - digits;
  const next = codeAt(text, e);

  // 1. "NYSE: BABA", "(Nasdaq: NVDA)", "NYSE American: UUUU", "HKEX: 9988".
  if (
    EXCHANGE_BLOOM[h & 1023] === 1 &&
    cx.exchangeHashes.has(h) &&
    upper > 0 &&
    (digits === 0 || len === 2) && // "B3: PETR4"
    len <= 8 &&
    (lower === 0 || len >= 4) &&
    (next === COLON || next === FULLWIDTH_COLON || (next === 0x20 && (codeAt(text, e + 1) === COLON || upper === len)))
  ) {
    const end = exchangeQualified(cx, text, s, e, out);
    if (end > 0) return end;
  }
  // 2. Tickers in their market's notation, which have no lower-case letter: "9988.HK", "7203 JP", "BABA-US".
  if (lower === 0) {
    const end = marketForm(cx, text, s, e, h, upper, digits, out);
    if (end > 0) return end;
  }
  // 2'. A RIC with a lower-case class mark: "NOVOb.CO", "BRKa.N", "SIEGn.DE" (./listings.ts).
  if (next === DOT && lower > 0 && lower <= 2 && upper >= 2 && !(CHAR_FLAGS[codeAt(text, e - lower - 1)]! & DIGIT)) {
    let t = e - lower;
    while (t < e && !(CHAR_FLAGS[text.charCodeAt(t)]! & UPPER)) t++;
    if (t === e) {
      const end = suffixed(cx, text, s, e, out);
      if (end > 0) return end;
    }
  }
  // 3. Names.
  // Numbers ("27,055", "3.7%", "2024.") start no name; a name's first word ends at a space or a dash ("1-800").
  if (cx.names && (digits !== len || (cx.hasDigitNames && (next === 0x20 || next === 0x2d)))) {
    const end = name(cx, text, s, e, h, out);
    if (end > 0) return end;
  }
  // 4. Bare tickers: ALL CAPS, two to five letters, optionally a share class ("BRK.B").
  if (cx.bareTickers && upper === len && len >= 2 && len <= 5) {
    let symEnd = e;
    if ((next === DOT || next === 0x2d) && e + 2 <= n && isUpperAscii(codeAt(text, e + 1))) {
      const after = codeAt(text, e + 2);
      if (!(CHAR_FLAGS[after]! & WORD)) symEnd = e + 2;
    }
    // Lookup keys use "." for share classes ("BRK-B" → "BRK.B"); a plain word reuses its hash, no string made.
    const first = symEnd === e ? listingAt(cx, text, s, e, h) : firstListing(cx, `${text.slice(s, e)}.${text[e + 1]}`);
    if (first >= 0) {
      let id = first;
      while (id >= 0 && !cx.listBare[id]) id = cx.listNext[id]!;
      if (id >= 0) {
        out.push(s, symEnd, cx.listEntity[id]!, T_TICKER, KIND_BARE);
      } else if (s > 0 && codeAt(text, s - 1) === 0x28 && codeAt(text, symEnd) === 0x29) {
        out.push(s, symEnd, cx.listEntity[first]!, T_TICKER, KIND_PAREN);
      }
    }
    return symEnd;
  }
  return e;
}

/**
 * Step 2 of {@link word} for a word with no lower-case letter (`text[s, e)`, hash `h`): a Yahoo or Reuters suffix, a
 * portal code, an HKEX short name, a numeric code in parentheses, a Bloomberg code. Returns the end, or 0. Kept out of
 * `word` so that the common path (capitalised words) stays small.
 */
function marketForm(
  cx: Compiled,
  text: string,
  s: number,
  e: number,
  h: number,
  upper: number,
  digits: number,
  out: Candidates,
): number {
  const len = e - s;
  const next = codeAt(text, e);
  // 2. "9988.HK", "7203.T", "BP.L", "NVDA.O", "RELIANCE.NS" (NSE symbols run to ten letters).
  if (next === DOT && len <= 10) {
    const end = suffixed(cx, text, s, e, out);
    if (end > 0) return end;
  }
  // 2a. Google Finance's reversed form: "7203:TYO", "2330:TPE", "BP:LON" (./listings.ts).
  if (next === COLON && isUpperAscii(codeAt(text, e + 1))) {
    const end = reversedQualified(cx, text, s, e, out);
    if (end > 0) return end;
  }
  // 2a. Investing.com's "(DE:ALVG)", "(JK:BMRI)": the suffix before a colon (./investing-codes.ts).
  if (next === 0x3a && len <= 2 && digits === 0) {
    const end = investingCode(cx, text, s, e, out);
    if (end > 0) return end;
  }
  // 2b. "BABA-US", "09988-HK": two capitals after a dash name the market.
  if (next === 0x2d && len <= 6) {
    const end = dashSuffixed(cx, text, s, e, out);
    if (end > 0) return end;
  }
  // 2c. HKEX short names: "XIAOMI-W (01810)", "BABA-W (09988)".
  if (next === 0x2d && upper > 0 && len <= 12) {
    const end = hkShortName(cx, text, s, e, h, out);
    if (end > 0) return end;
  }
  // 2d. "Vale (VALE3)", "Petrobras (PETR3;PETR4)", "Wesfarmers (WES)": the code of the company named right before.
  if (len <= 8 && s > 0 && out.n > 0 && out.end[out.n - 1]! >= s - 3) {
    const end = ownCodeInParentheses(cx, text, s, e, out);
    if (end > 0) return end;
  }
  // 2e. "阿里巴巴（9988）", "Tencent (700)": a numeric code in parentheses, kept only right after its company's name.
  if (digits === len && len >= 3 && len <= 6 && s > 0) {
    const open = codeAt(text, s - 1);
    const close = codeAt(text, e);
    if ((open === 0x28 || open === 0xff08) && (close === 0x29 || close === 0xff09)) {
      const id = firstListing(cx, normalizeSymbol(text.slice(s, e)));
      if (id >= 0) {
        out.push(s, e, cx.listEntity[id]!, T_TICKER, KIND_PAREN);
        return e;
      }
    }
  }
  // 2f. Bloomberg codes: "7203 JP", "SAP GY Equity", "(XOM US, CVX US)".
  if (next === 0x20 && len <= 8 && isBloombergCodeAt(text, e + 1)) {
    const end = bloombergCode(cx, text, s, e, out);
    if (end > 0) return end;
  }
  return 0;
}

function cjk(cx: Compiled, text: string, i: number, out: Candidates): number {
  const list = i + 1 < text.length ? cx.cjk.get(codeAt(text, i) * 65536 + codeAt(text, i + 1)) : undefined;
  if (list && cx.names) {
    for (const p of list) {
      const pat = cx.patText[p]!;
      if (text.startsWith(pat, i)) {
        const end = cjkLegalForms(text, i + pat.length);
        out.push(i, end, cx.patEntity[p]!, T_NAME, STRONG);
        return end;
      }
    }
  }
  return i + 1;
}

/**
 * Chinese legal forms that may follow a name, longest first: "小米公司", "阿里巴巴集团", "腾讯控股有限公司" are one mention,
 * as "Alibaba Group Holding Ltd." is in English (test/fixtures/corpus/README.md). Only after a name already matched:
 * "本公司" (this company) names nobody.
 */
const CJK_LEGAL_FORMS = [
  '股份有限公司',
  '控股有限公司',
  '集团有限公司',
  '集團有限公司',
  '有限责任公司',
  '有限責任公司',
  '控股公司',
  '集团公司',
  '集團公司',
  '有限公司',
  '股份公司',
  '公司',
  '集团',
  '集團',
  '控股',
];

/** Where a CJK name that ends at `end` ends with the legal forms that follow it. */
function cjkLegalForms(text: string, end: number): number {
  const c = text.charCodeAt(end);
  // Every form starts with one of 股 控 集 有 公: one comparison for the common case.
  if (c !== 0x80a1 && c !== 0x63a7 && c !== 0x96c6 && c !== 0x6709 && c !== 0x516c) return end;
  for (const form of CJK_LEGAL_FORMS) if (text.startsWith(form, end)) return end + form.length;
  return end;
}

/** `$BABA`, `$BRK.B`; never `$5`, `$1.2bn`, `$baba`, `US$BABA`. */
function cashtag(cx: Compiled, text: string, i: number, out: Candidates): number {
  const n = text.length;
  if (i > 0) {
    const p = codeAt(text, i - 1);
    if (CHAR_FLAGS[p]! & WORD || p === 0x24) return i + 1;
  }
  let e = i + 1;
  while (e < n && e - i <= 7 && isUpperAscii(text.charCodeAt(e))) e++;
  const letters = e - i - 1;
  if (letters === 0 || letters > 6) return e;
  // "$GameStop": not a cashtag; let the scanner read "GameStop" as a word.
  if (e < n && CHAR_FLAGS[codeAt(text, e)]! & WORD && !(CHAR_FLAGS[codeAt(text, e)]! & (UPPER | DIGIT))) return i + 1;
  if (
    e + 1 < n &&
    (codeAt(text, e) === DOT || codeAt(text, e) === 0x2d) &&
    isUpperAscii(codeAt(text, e + 1)) &&
    !(CHAR_FLAGS[codeAt(text, e + 2)]! & WORD)
  )
    e += 2;
  if (e < n && CHAR_FLAGS[codeAt(text, e)]! & WORD) return e;
  // "$AMTD Digital(HKD.US)": a longer name starting at the symbol wins over the cashtag.
  if (cx.names && e < n && CHAR_FLAGS[codeAt(text, e)]! & SPACE) {
    const mark = out.n;
    const end = word(cx, text, i + 1, out);
    if (out.n > mark && out.tier[out.n - 1] === T_NAME && end > e) return end;
    out.n = mark;
  }
  const sym = text.slice(i + 1, e);
  const id = cashtagListing(cx, normalizeSymbol(sym));
  if (id >= 0) out.push(i, e, cx.listEntity[id]!, T_CASHTAG, STRONG);
  return e;
}

/** Cashtags are a US convention (Stocktwits, X): `$AMC` is AMC Entertainment on NYSE before Amcor's AMC on the ASX. */
function cashtagListing(cx: Compiled, key: string): number {
  const first = firstListing(cx, key);
  for (let id = first; id >= 0; id = cx.listNext[id]!) {
    const ex = cx.listExchange[id]!;
    if (US_EXCHANGES.has(ex) || ex === 'OTC' || ex === 'US') return id;
  }
  return first;
}
