/**
 * The scanner: one left-to-right pass over the text. Most characters are lower-case letters and spaces, which can
 * never start a mention, so the inner loop is a single table read per character. A capital, a digit, `$` or the
 * first character of a CJK name starts a word; the word is hashed while it is read, its first-word group is probed
 * in the hash table, and only on a hit are the group's names verified character by character.
 *
 * The scan yields candidates; ambiguous names and bare tickers are settled afterwards by ./resolve.ts.
 */
import {
  type Candidates,
  KIND_BARE,
  KIND_CAUTIOUS,
  KIND_CONTEXTUAL,
  KIND_PAREN,
  STRONG,
  T_CASHTAG,
  T_EXCHANGE,
  T_NAME,
  T_TICKER,
} from './candidates';
import { APOSTROPHE, CHAR_FLAGS, DASH, DIGIT, FOLD, HASH_SEED, hashRange, hashStep, SPACE, UPPER, WORD } from './chars';
import {
  CAUTIOUS,
  CONTEXTUAL,
  type Compiled,
  firstListing,
  K_CJK,
  K_DIGIT,
  K_DOLLAR,
  LOOSE,
  normalizeSymbol,
  pairSlot,
} from './compile';
import {
  DASH_SUFFIX_EXCHANGES,
  DOTTED_LEGAL_FORMS,
  EXCHANGE_PREFIXES,
  EXCHANGE_QUALIFIERS,
  LEGAL_FORMS,
  SUFFIX_EXCHANGES,
  US_EXCHANGES,
} from './vocabulary';

/** A 1024-slot filter of exchange-prefix hashes, so most words skip the Set lookup. */
const EXCHANGE_BLOOM = new Uint8Array(1024);
for (const prefix of Object.keys(EXCHANGE_PREFIXES)) EXCHANGE_BLOOM[hashRange(prefix, 0, prefix.length) & 1023] = 1;

const COLON = 0x3a;
const FULLWIDTH_COLON = 0xff1a;
const DOT = 0x2e;
const COMMA = 0x2c;
const AT = 0x40;

function isUpperAscii(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}
function isSymbolChar(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

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
      const p = text.charCodeAt(i - 1);
      if (CHAR_FLAGS[p]! & WORD) {
        // Inside a word. Words that start with a capital or digit were consumed whole, so this is a capital inside
        // a word that starts in lower case ("eBay", "iPhone"): back up and read that word once.
        if (k === K_DIGIT) {
          i++;
          continue;
        }
        s = i - 1;
        while (s > 0 && CHAR_FLAGS[text.charCodeAt(s - 1)]! & WORD) s--;
        if (CHAR_FLAGS[text.charCodeAt(s)]! & (UPPER | DIGIT) || (out.n > 0 && out.end[out.n - 1]! > s)) {
          i = wordEnd(text, i);
          continue;
        }
        if (s > 0 && text.charCodeAt(s - 1) === AT) {
          i = wordEnd(text, i);
          continue;
        }
      } else if (p === AT || p === 0x5f || (p === DOT && i > 1 && CHAR_FLAGS[text.charCodeAt(i - 2)]! & WORD)) {
        // "@Nvidia" is a handle, "snake_Case" an identifier, "x.Alibaba" part of a dotted name: skip the word.
        i = wordEnd(text, i);
        continue;
      }
    }
    if (k === K_DIGIT) {
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
 * nothing — no "9988.HK", "09988-HK", "(700)" or digit-led name — returns where they end; else 0.
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
  const next = e < n ? text.charCodeAt(e) : 0;
  if (CHAR_FLAGS[next]! & WORD) return 0; // "3M", "10X", "1698H"
  if ((next === DOT || next === 0x2d) && isUpperAscii(text.charCodeAt(e + 1))) return 0;
  if (next === 0x29 || next === 0xff09) {
    const open = i > 0 ? text.charCodeAt(i - 1) : 0;
    if (open === 0x28 || open === 0xff08) return 0;
  }
  if ((next === 0x20 || next === 0x2d) && cx.digitWords.has(h)) return 0;
  return e;
}

function wordEnd(text: string, i: number): number {
  while (i < text.length && CHAR_FLAGS[text.charCodeAt(i)]! & WORD) i++;
  return i;
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
    h = Math.imul(h ^ FOLD[c]!, 0x01000193);
    upper += (f >> 1) & 1;
    digits += (f >> 2) & 1;
  }
  const len = e - s;
  const lower = len - upper - digits;
  const next = e < n ? text.charCodeAt(e) : 0;

  // 1. "NYSE: BABA", "(Nasdaq: NVDA)", "NYSE American: UUUU", "HKEX: 9988".
  if (
    EXCHANGE_BLOOM[h & 1023] === 1 &&
    cx.exchangeHashes.has(h) &&
    upper > 0 &&
    digits === 0 &&
    len <= 8 &&
    (upper === len || (lower > 0 && len >= 4)) &&
    (next === COLON ||
      next === FULLWIDTH_COLON ||
      (next === 0x20 && (text.charCodeAt(e + 1) === COLON || upper === len)))
  ) {
    const end = exchangeQualified(cx, text, s, e, out);
    if (end > 0) return end;
  }
  // 2. "9988.HK", "7203.T", "BP.L".
  if (next === DOT && lower === 0 && len <= 6) {
    const end = suffixed(cx, text, s, e, out);
    if (end > 0) return end;
  }
  // 2b. "BABA-US", "09988-HK": two capitals after a dash name the market.
  if (next === 0x2d && lower === 0 && len <= 6) {
    const end = dashSuffixed(cx, text, s, e, out);
    if (end > 0) return end;
  }
  // 2c. "阿里巴巴（9988）", "Tencent (700)": a numeric code in parentheses, kept only right after its company's name.
  if (digits === len && len >= 3 && len <= 6 && s > 0) {
    const open = text.charCodeAt(s - 1);
    const close = text.charCodeAt(e);
    if ((open === 0x28 || open === 0xff08) && (close === 0x29 || close === 0xff09)) {
      const id = firstListing(cx, normalizeSymbol(text.slice(s, e)));
      if (id >= 0) {
        out.push(s, e, cx.listEntity[id]!, T_TICKER, KIND_PAREN);
        return e;
      }
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
    if ((next === DOT || next === 0x2d) && e + 2 <= n && isUpperAscii(text.charCodeAt(e + 1))) {
      const after = e + 2 < n ? text.charCodeAt(e + 2) : 0;
      if (!(CHAR_FLAGS[after]! & WORD)) symEnd = e + 2;
    }
    // Lookup keys use "." for share classes ("BRK-B" → "BRK.B"); a plain word reuses its hash, no string made.
    const first = symEnd === e ? listingAt(cx, text, s, e, h) : firstListing(cx, `${text.slice(s, e)}.${text[e + 1]}`);
    if (first >= 0) {
      let id = first;
      while (id >= 0 && !cx.listBare[id]) id = cx.listNext[id]!;
      if (id >= 0) {
        out.push(s, symEnd, cx.listEntity[id]!, T_TICKER, KIND_BARE);
      } else if (s > 0 && text.charCodeAt(s - 1) === 0x28 && text.charCodeAt(symEnd) === 0x29) {
        out.push(s, symEnd, cx.listEntity[first]!, T_TICKER, KIND_PAREN);
      }
    }
    return symEnd;
  }
  return e;
}

/** The first listing whose symbol is exactly `text[s, e)` (upper case, hash `h`), or -1. */
function listingAt(cx: Compiled, text: string, s: number, e: number, h: number): number {
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

/** Finds the group of the word `text[s, e)` with hash `h`, or -1. */
function probe(cx: Compiled, text: string, s: number, e: number, h: number): number {
  const { table, mask, groupHash, groupLen, groupTok, tokPool } = cx;
  const len = e - s;
  let slot = h & mask;
  for (;;) {
    const g = table[slot]! - 1;
    if (g < 0) return -1;
    if (groupHash[g] === h && groupLen[g] === len) {
      const at = groupTok[g]!;
      let i = 0;
      while (i < len && FOLD[text.charCodeAt(s + i)] === tokPool[at + i]) i++;
      if (i === len) return g;
    }
    slot = (slot + 1) & mask;
  }
}

/** The chain of names whose first two words are `text[s, e)` and the word after it, or -1. */
function pairChain(cx: Compiled, text: string, g: number, e: number): number {
  const n = text.length;
  let i = e;
  if (i >= n || !(CHAR_FLAGS[text.charCodeAt(i)]! & SPACE)) return -1;
  while (i < n && CHAR_FLAGS[text.charCodeAt(i)]! & SPACE) i++;
  const s2 = i;
  let h2 = HASH_SEED;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!(CHAR_FLAGS[c]! & WORD)) break;
    h2 = hashStep(h2, FOLD[c]!);
  }
  const len2 = i - s2;
  if (len2 === 0) return -1;
  const { pairTable, pairMask, pairGroup, pairHash, pairLen } = cx;
  let slot = pairSlot(g, h2) & pairMask;
  for (;;) {
    const q = pairTable[slot]! - 1;
    if (q < 0) return -1;
    if (pairGroup[q] === g && pairHash[q] === h2 && pairLen[q] === len2) return cx.pairHead[q]!;
    slot = (slot + 1) & pairMask;
  }
}

function name(cx: Compiled, text: string, s: number, e: number, h: number, out: Candidates): number {
  const g = probe(cx, text, s, e, h);
  if (g < 0) return 0;
  // Names of two words or more first (they are the longer ones), then the group's other names.
  const end = cx.groupPaired[g] ? nameChain(cx, text, s, pairChain(cx, text, g, e), out) : 0;
  return end > 0 ? end : nameChain(cx, text, s, cx.groupRest[g]!, out);
}

function nameChain(cx: Compiled, text: string, s: number, head: number, out: Candidates): number {
  for (let p = head; p >= 0; p = cx.patNext[p]!) {
    const flags = cx.patFlags[p]!;
    const end = verify(text, s, cx.patText[p]!, (flags & LOOSE) !== 0);
    if (end < 0) continue;
    if (end < text.length && CHAR_FLAGS[text.charCodeAt(end)]! & WORD) continue;
    const full = legalForms(text, end);
    const kind = flags & CONTEXTUAL ? KIND_CONTEXTUAL : flags & CAUTIOUS ? KIND_CAUTIOUS : STRONG;
    const legal = full > end && STRONG_LEGAL_FORM.test(text.slice(end, full));
    out.push(s, full, cx.patEntity[p]!, T_NAME, kind, legal ? 1 : 0);
    return full;
  }
  return 0;
}

/**
 * Matches the canonical name `pat` at `text[s…]`; returns the end or -1. A space in the name accepts any run of
 * spaces, a dash any dash, an apostrophe any apostrophe or curly quote. `loose`: letters compare case-folded.
 */
function verify(text: string, s: number, pat: string, loose: boolean): number {
  let i = s;
  const n = text.length;
  for (let j = 0; j < pat.length; j++) {
    if (i >= n) return -1;
    const pc = pat.charCodeAt(j);
    const tc = text.charCodeAt(i);
    if (pc === 0x20) {
      if (!(CHAR_FLAGS[tc]! & SPACE)) return -1;
      i++;
      while (i < n && CHAR_FLAGS[text.charCodeAt(i)]! & SPACE) i++;
      // A loose name is a proper noun phrase: its words are capitalised in the text ("AI Technology Group", not
      // "AI technology"), connectors apart ("Bank of America").
      if (loose && i < n && !(CHAR_FLAGS[text.charCodeAt(i)]! & (UPPER | DIGIT)) && !connectorAt(pat, j + 1)) return -1;
      continue;
    }
    if (pc === 0x2d) {
      if (!(CHAR_FLAGS[tc]! & (DASH | SPACE))) return -1;
      i++;
      continue;
    }
    if (pc === 0x27) {
      if (!(CHAR_FLAGS[tc]! & APOSTROPHE)) return -1;
      i++;
      continue;
    }
    if (tc !== pc && !(loose && FOLD[tc] === FOLD[pc])) return -1;
    i++;
  }
  return i;
}

/** Legal forms that settle an ambiguous name ("Target Corp."); "Company", "Group" and "Holdings" are words too. */
const STRONG_LEGAL_FORM =
  /\b(?:Inc|Incorporated|Corp|Corporation|Co|Ltd|Limited|LLC|L\.L\.C\.|LP|L\.P\.|plc|PLC|Plc|SA|S\.A\.|AG|NV|N\.V\.|SE|SpA|S\.p\.A\.|AB|ASA|Oyj|KK|K\.K\.|GmbH|INC|CORP|LTD|CO)\b/;

const CONNECTORS = [
  'of ',
  'and ',
  'the ',
  'de ',
  'du ',
  'des ',
  'la ',
  'le ',
  'del ',
  'y ',
  'for ',
  'on ',
  'in ',
  '& ',
];

/** True when the word of `pat` at `j` is a connector, which text may print in lower case. */
function connectorAt(pat: string, j: number): boolean {
  for (const c of CONNECTORS) {
    let k = 0;
    while (k < c.length && FOLD[pat.charCodeAt(j + k)] === c.charCodeAt(k)) k++;
    if (k === c.length) return true;
  }
  return false;
}

/** Extends a name over legal forms that follow it: ", Inc.", " Group Holding Ltd", " Co., Ltd.", " N.V.". */
function legalForms(text: string, end: number): number {
  const n = text.length;
  // Most names are followed by a space and a lower-case word: nothing to extend.
  const c0 = text.charCodeAt(end);
  if (c0 !== COMMA && c0 !== DOT && c0 !== 0x20) return end;
  if (c0 === 0x20) {
    const c1 = text.charCodeAt(end + 1);
    if (!(CHAR_FLAGS[c1]! & UPPER) && c1 !== 0x70 && c1 !== 0x26) return end;
  }
  // A name that itself ends in an abbreviated form ("JPMorgan Chase & Co") takes the abbreviation's dot.
  if (text.charCodeAt(end) === DOT) {
    let w = end;
    while (w > 0 && CHAR_FLAGS[text.charCodeAt(w - 1)]! & WORD) w--;
    if (end - w <= 4 && LEGAL_FORMS.has(text.slice(w, end))) end++;
  }
  for (let round = 0; round < 3; round++) {
    let q = end;
    if (q < n && text.charCodeAt(q) === COMMA) q++;
    if (q >= n || !(CHAR_FLAGS[text.charCodeAt(q)]! & SPACE)) break;
    q++;
    if (text.charCodeAt(q) === 0x26 && text.startsWith(' Co', q + 1)) q += 2; // "& Co."
    let w = q;
    while (w < n && (text.charCodeAt(w) | 0x20) >= 0x61 && (text.charCodeAt(w) | 0x20) <= 0x7a) w++;
    if (w > q && (w >= n || !(CHAR_FLAGS[text.charCodeAt(w)]! & WORD)) && LEGAL_FORMS.has(text.slice(q, w))) {
      end = w < n && text.charCodeAt(w) === DOT && w - q <= 4 ? w + 1 : w;
      continue;
    }
    const dotted = DOTTED_LEGAL_FORMS.find((f) => text.startsWith(f, q));
    if (dotted && !(CHAR_FLAGS[text.charCodeAt(q + dotted.length)]! & WORD)) {
      end = q + dotted.length;
      continue;
    }
    break;
  }
  return end;
}

function cjk(cx: Compiled, text: string, i: number, out: Candidates): number {
  const list = i + 1 < text.length ? cx.cjk.get(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1)) : undefined;
  if (list && cx.names) {
    for (const p of list) {
      const pat = cx.patText[p]!;
      if (text.startsWith(pat, i)) {
        out.push(i, i + pat.length, cx.patEntity[p]!, T_NAME, STRONG);
        return i + pat.length;
      }
    }
  }
  return i + 1;
}

/** `$BABA`, `$BRK.B`; never `$5`, `$1.2bn`, `$baba`, `US$BABA`. */
function cashtag(cx: Compiled, text: string, i: number, out: Candidates): number {
  const n = text.length;
  if (i > 0) {
    const p = text.charCodeAt(i - 1);
    if (CHAR_FLAGS[p]! & WORD || p === 0x24) return i + 1;
  }
  let e = i + 1;
  while (e < n && e - i <= 7 && isUpperAscii(text.charCodeAt(e))) e++;
  const letters = e - i - 1;
  if (letters === 0 || letters > 6) return e;
  // "$GameStop": not a cashtag; let the scanner read "GameStop" as a word.
  if (e < n && CHAR_FLAGS[text.charCodeAt(e)]! & WORD && !(CHAR_FLAGS[text.charCodeAt(e)]! & (UPPER | DIGIT)))
    return i + 1;
  if (
    e + 1 < n &&
    (text.charCodeAt(e) === DOT || text.charCodeAt(e) === 0x2d) &&
    isUpperAscii(text.charCodeAt(e + 1)) &&
    !(CHAR_FLAGS[text.charCodeAt(e + 2)]! & WORD)
  )
    e += 2;
  if (e < n && CHAR_FLAGS[text.charCodeAt(e)]! & WORD) return e;
  // "$AMTD Digital(HKD.US)": a longer name starting at the symbol wins over the cashtag.
  if (cx.names && e < n && CHAR_FLAGS[text.charCodeAt(e)]! & SPACE) {
    const mark = out.n;
    const end = word(cx, text, i + 1, out);
    if (out.n > mark && out.tier[out.n - 1] === T_NAME && end > e) return end;
    out.n = mark;
  }
  const sym = text.slice(i + 1, e);
  const id = firstListing(cx, normalizeSymbol(sym));
  if (id >= 0) out.push(i, e, cx.listEntity[id]!, T_CASHTAG, STRONG);
  return e;
}

/** Resolves `symbol` on one of `exchanges` (US venues stand in for each other; unknown exchanges accept any). */
function resolveListing(cx: Compiled, symbol: string, exchanges: readonly string[]): number {
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

function skipSpaces(text: string, i: number, max: number): number {
  const stop = Math.min(text.length, i + max);
  while (i < stop && CHAR_FLAGS[text.charCodeAt(i)]! & SPACE) i++;
  return i;
}

/** If `text[s, e)` is an exchange prefix followed by a colon, emits its symbols and returns the end; else 0. */
function exchangeQualified(cx: Compiled, text: string, s: number, e: number, out: Candidates): number {
  let exchanges = EXCHANGE_PREFIXES[text.slice(s, e)];
  if (!exchanges) return 0;
  let j = e;
  // A qualifier word: "NYSE American:", "OTC Pink:".
  if (text.charCodeAt(j) === 0x20 && isUpperAscii(text.charCodeAt(j + 1))) {
    const w = wordEnd(text, j + 1);
    if (EXCHANGE_QUALIFIERS.has(text.slice(j + 1, w))) j = w;
  }
  j = skipSpaces(text, j, 1);
  const c = text.charCodeAt(j);
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
      (text.charCodeAt(k) === DOT || text.charCodeAt(k) === 0x2d) &&
      isSymbolChar(text.charCodeAt(k + 1)) &&
      !(CHAR_FLAGS[text.charCodeAt(k + 2)]! & WORD)
    )
      k += 2;
    else if (k < text.length && CHAR_FLAGS[text.charCodeAt(k)]! & WORD) break;
    const sym = text.slice(j, k);
    const id = resolveListing(cx, sym, exchanges);
    if (id >= 0) out.push(j, k, cx.listEntity[id]!, T_EXCHANGE, STRONG);
    any = true;
    last = k;
    // What may follow: ", EVEXW", " and HKEX: 1698", "; TSX: EFR", " / TSX: EFR".
    let q = k;
    if (text.charCodeAt(q) === DOT && !isSymbolChar(text.charCodeAt(q + 1))) q++; // "LSE: BP." before a list
    q = skipSpaces(text, q, 2);
    const sep = text.charCodeAt(q);
    if (sep === COMMA || sep === 0x3b || sep === 0x2f || sep === 0x26) q = skipSpaces(text, q + 1, 2);
    else if (text.startsWith('and ', q)) q = skipSpaces(text, q + 4, 2);
    else break;
    // Another exchange prefix switches the exchange; a bare symbol continues the list.
    let w = q;
    while (w < text.length && CHAR_FLAGS[text.charCodeAt(w)]! & WORD) w++;
    const other = EXCHANGE_PREFIXES[text.slice(q, w)];
    if (other) {
      let m = w;
      if (text.charCodeAt(m) === 0x20 && EXCHANGE_QUALIFIERS.has(text.slice(m + 1, wordEnd(text, m + 1))))
        m = wordEnd(text, m + 1);
      m = skipSpaces(text, m, 1);
      if (text.charCodeAt(m) !== COLON && text.charCodeAt(m) !== FULLWIDTH_COLON) break;
      exchanges = other;
      j = skipSpaces(text, m + 1, 3);
      continue;
    }
    if (!isSymbolChar(text.charCodeAt(q))) break;
    // A further symbol of the same list ends where the list does: "(NYSE: EVEX, EVEXW)", not "NYSE: LMT, RTX
    // Corporation NYSE: RTX" (a name after the list).
    let r = q;
    while (r < text.length && isSymbolChar(text.charCodeAt(r))) r++;
    if ((text.charCodeAt(r) === DOT || text.charCodeAt(r) === 0x2d) && isSymbolChar(text.charCodeAt(r + 1))) r += 2;
    const after = skipSpaces(text, r, 1);
    const stop = text.charCodeAt(after);
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

function dashSuffixed(cx: Compiled, text: string, s: number, e: number, out: Candidates): number {
  const k = e + 3;
  if (k > text.length || !isUpperAscii(text.charCodeAt(e + 1)) || !isUpperAscii(text.charCodeAt(e + 2))) return 0;
  if (k < text.length && CHAR_FLAGS[text.charCodeAt(k)]! & WORD) return 0;
  const exchanges = DASH_SUFFIX_EXCHANGES[text.slice(e + 1, k)];
  if (!exchanges) return 0;
  let id = firstListing(cx, normalizeSymbol(text.slice(s, e)));
  while (id >= 0 && !exchanges.includes(cx.listExchange[id]!)) id = cx.listNext[id]!;
  if (id < 0) return 0;
  out.push(s, k, cx.listEntity[id]!, T_EXCHANGE, STRONG);
  return k;
}

/** If `text[s, e)` plus ".XX" is a Yahoo-style symbol of a listing on that exchange, emits it and returns the end. */
function suffixed(cx: Compiled, text: string, s: number, e: number, out: Candidates): number {
  let k = e + 1;
  while (k < text.length && k - e <= 3 && isUpperAscii(text.charCodeAt(k))) k++;
  if (k === e + 1 || k - e > 3) return 0;
  if (k < text.length && CHAR_FLAGS[text.charCodeAt(k)]! & WORD) return 0;
  const exchange = SUFFIX_EXCHANGES[text.slice(e + 1, k)];
  if (!exchange) return 0;
  const sym = text.slice(s, e);
  const us = exchange === 'US';
  const id = resolveListing(cx, sym, us ? ['NYSE', 'NASDAQ', 'CBOE', 'OTC'] : [exchange]);
  const listed = cx.listExchange[id] ?? '';
  if (id < 0 || (us ? !(US_EXCHANGES.has(listed) || listed === 'OTC') : listed !== exchange)) return 0;
  out.push(s, k, cx.listEntity[id]!, T_EXCHANGE, STRONG);
  return k;
}
