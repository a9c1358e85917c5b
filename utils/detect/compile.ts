/**
 * Compiles a prepared dictionary (./prepare.ts) into the tables the scanner probes: an open-addressing hash table
 * (typed arrays) of names' first words, each group of names chained longest first; a map of first characters for
 * names in CJK scripts; and a map of symbols to listings. No RegExp, no automaton, no per-pattern string building:
 * compiling 20k patterns is one pass of hashing.
 */
import { CHAR_FLAGS, DIGIT, fold, HASH_SEED, hashRange, hashStep, isCjk, UPPER, WORD } from './chars';
import { EXCHANGE_PREFIXES } from './markets';
import type { PreparedDictionary } from './prepare';
import type { MatcherOptions } from './types';

export { CAUTIOUS, CONTEXTUAL, LOOSE, normalizeSymbol } from './prepare';

/** Scanner classes of a code unit ({@link Compiled.start}). */
export const K_UPPER = 1;
export const K_DIGIT = 2;
export const K_DOLLAR = 3;
export const K_CJK = 4;

export interface Compiled {
  entityIds: string[];
  patText: string[];
  patEntity: Int32Array;
  patFlags: Uint8Array;
  /** Next pattern of the same chain (longest first), or -1. */
  patNext: Int32Array;
  /** Per group: first pattern whose first word is not followed by a space ("Nvidia", "JD.com"), or -1. */
  groupRest: Int32Array;
  /**
   * Second level, for names of two words or more: (group, second word) → chain of patterns. Without it, a common first
   * word ("China", "First", "American": hundreds of SEC names each) would be verified name by name.
   */
  pairTable: Int32Array;
  pairMask: number;
  pairGroup: Int32Array;
  pairHash: Int32Array;
  pairLen: Int32Array;
  pairHead: Int32Array;
  /** Per group: 1 when some of its names have a second word (else the scanner need not read one). */
  groupPaired: Uint8Array;
  /** Per group: first pattern, first-word length and hash. */
  groupHead: Int32Array;
  groupLen: Int32Array;
  groupHash: Int32Array;
  /** Open addressing: slot → group + 1 (0 = empty). */
  table: Int32Array;
  mask: number;
  /** CJK names by their first two code units (c0 * 65536 + c1), longest first: "中" alone starts hundreds. */
  cjk: Map<number, number[]>;
  /** Scanner class per code unit: 0 = nothing can start here. */
  start: Uint8Array;
  /** Symbols: open addressing over listings (slot → first listing + 1); listings of one symbol chain by listNext. */
  symTable: Int32Array;
  symMask: number;
  listNext: Int32Array;
  listSymbol: string[];
  listEntity: Int32Array;
  listExchange: string[];
  listBare: Uint8Array;
  /** Per group: where its folded first word starts in {@link Compiled.tokPool}. */
  groupTok: Int32Array;
  tokPool: Uint16Array;
  /** Some name starts with a digit ("3M"); else digit words skip the name probe. */
  hasDigitNames: boolean;
  /** Hashes of first words that are all digits ("360 Security", "1 800 FLOWERS"): other numbers start nothing. */
  digitWords: Set<number>;
  /** Folded-word hashes of the exchange prefixes: a word is looked up as a prefix only on a hit. */
  exchangeHashes: Set<number>;
  names: boolean;
  bareTickers: boolean;
  patternCount: number;
}

let baseStart: Uint8Array | undefined;
function baseStartTable(): Uint8Array {
  if (baseStart) return baseStart;
  // UPPER is set only on A–Z and the cased letters below U+0530, DIGIT only on 0–9 (chars.ts): fill those ranges.
  const t = new Uint8Array(65536);
  t.fill(K_DIGIT, 0x30, 0x3a);
  for (let c = 0x41; c < 0x530; c++) if (CHAR_FLAGS[c]! & UPPER) t[c] = K_UPPER;
  t[0x24] = K_DOLLAR;
  baseStart = t;
  return t;
}

/** The scanner's class table before CJK names mark their first characters: a fresh copy, for the caller to add to. */
export function startTable(): Uint8Array {
  return new Uint8Array(baseStartTable());
}

/** Folded-word hashes of the exchange prefixes ({@link Compiled.exchangeHashes}). */
export function exchangeHashes(): Set<number> {
  const out = new Set<number>();
  for (const prefix of Object.keys(EXCHANGE_PREFIXES)) {
    let h = HASH_SEED;
    for (let i = 0; i < prefix.length; i++) h = hashStep(h, fold(prefix.charCodeAt(i)));
    out.add(h);
  }
  return out;
}

/** The first listing of a normalised symbol, or -1; the others follow through `listNext`. */
export function firstListing(cx: Compiled, key: string): number {
  let slot = hashRange(key, 0, key.length) & cx.symMask;
  for (;;) {
    const head = cx.symTable[slot]! - 1;
    if (head < 0 || cx.listSymbol[head] === key) return head;
    slot = (slot + 1) & cx.symMask;
  }
}

/** Slot hash of a (group, second-word hash) pair; the scanner must use the same. */
export function pairSlot(group: number, h2: number): number {
  return Math.imul(h2 ^ Math.imul(group + 1, 0x9e3779b1), 0x85ebca6b) ^ (h2 >>> 15);
}

/** True when the first `len` code units of `a` and `b` are equal case-folded. */
function sameFolded(a: string, b: string, len: number): boolean {
  for (let i = 0; i < len; i++) if (fold(a.charCodeAt(i)) !== fold(b.charCodeAt(i))) return false;
  return true;
}

export function compile(d: PreparedDictionary, options: MatcherOptions = {}): Compiled {
  const names = options.names !== false;
  const count = names ? d.patText.length : 0;
  const start = startTable();
  const cjk = new Map<number, number[]>();
  const patNext = new Int32Array(count).fill(-1);
  let size = 16;
  while (size < count * 2) size <<= 1;
  const mask = size - 1;
  const table = new Int32Array(size);
  const groupHead = new Int32Array(count);
  const groupTail = new Int32Array(count).fill(-1);
  const groupRest = new Int32Array(count).fill(-1);
  const groupLen = new Int32Array(count);
  const groupHash = new Int32Array(count);
  const pairTable = new Int32Array(size);
  const pairGroup = new Int32Array(count);
  const pairHash = new Int32Array(count);
  const pairLen = new Int32Array(count);
  const pairHead = new Int32Array(count);
  const pairTail = new Int32Array(count);
  let groups = 0;
  let pairs = 0;
  const groupPaired = new Uint8Array(count);

  /** Appends `p` to group `g`'s chain: by its second word when it has one, else to the group's rest. */
  const link = (g: number, p: number, text: string, len: number) => {
    if (text.charCodeAt(len) === 0x20) {
      let e = len + 1;
      let h2 = HASH_SEED;
      for (; e < text.length; e++) {
        const c = text.charCodeAt(e);
        if (!(CHAR_FLAGS[c]! & WORD)) break;
        h2 = hashStep(h2, fold(c));
      }
      const len2 = e - len - 1;
      if (len2 > 0) {
        groupPaired[g] = 1;
        let slot = pairSlot(g, h2) & mask;
        for (;;) {
          const q = pairTable[slot]! - 1;
          if (q < 0) {
            pairTable[slot] = pairs + 1;
            pairGroup[pairs] = g;
            pairHash[pairs] = h2;
            pairLen[pairs] = len2;
            pairHead[pairs] = p;
            pairTail[pairs] = p;
            pairs++;
            return;
          }
          if (pairGroup[q] === g && pairHash[q] === h2 && pairLen[q] === len2) {
            patNext[pairTail[q]!] = p;
            pairTail[q] = p;
            return;
          }
          slot = (slot + 1) & mask;
        }
      }
    }
    if (groupTail[g]! < 0) groupRest[g] = p;
    else patNext[groupTail[g]!] = p;
    groupTail[g] = p;
  };

  for (let p = 0; p < count; p++) {
    const text = d.patText[p]!;
    const c0 = text.charCodeAt(0);
    if (isCjk(c0)) {
      if (text.length < 2) continue; // one character is never a name on its own
      start[c0] = K_CJK;
      const key = c0 * 65536 + text.charCodeAt(1);
      const list = cjk.get(key);
      if (list) list.push(p);
      else cjk.set(key, [p]);
      continue;
    }
    let len = 0;
    let h = HASH_SEED;
    for (; len < text.length; len++) {
      const c = text.charCodeAt(len);
      if (!(CHAR_FLAGS[c]! & WORD)) break;
      h = hashStep(h, fold(c));
    }
    let slot = h & mask;
    for (;;) {
      const g = table[slot]! - 1;
      if (g < 0) {
        table[slot] = groups + 1;
        groupHead[groups] = p;
        groupLen[groups] = len;
        groupHash[groups] = h;
        link(groups, p, text, len);
        groups++;
        break;
      }
      if (groupHash[g] === h && groupLen[g] === len && sameFolded(d.patText[groupHead[g]!]!, text, len)) {
        link(g, p, text, len);
        break;
      }
      slot = (slot + 1) & mask;
    }
  }

  // Folded first words, packed, so that a probe compares code units without touching strings.
  const groupTok = new Int32Array(groups);
  let poolSize = 0;
  for (let g = 0; g < groups; g++) poolSize += groupLen[g]!;
  const tokPool = new Uint16Array(poolSize);
  let hasDigitNames = false;
  const digitWords = new Set<number>();
  for (let g = 0, at = 0; g < groups; g++) {
    const text = d.patText[groupHead[g]!]!;
    groupTok[g] = at;
    let digits = 0;
    for (let i = 0; i < groupLen[g]!; i++) {
      const c = text.charCodeAt(i);
      tokPool[at++] = fold(c);
      if (CHAR_FLAGS[c]! & DIGIT) digits++;
    }
    if (CHAR_FLAGS[text.charCodeAt(0)]! & DIGIT) hasDigitNames = true;
    if (digits === groupLen[g]) digitWords.add(groupHash[g]!);
  }

  // Symbols in their own small hash table: a Map of 10k string keys and arrays costs more to build in a cold tab.
  const listCount = d.listSymbol.length;
  let symSize = 16;
  while (symSize < listCount * 2) symSize <<= 1;
  const symMask = symSize - 1;
  const symTable = new Int32Array(symSize);
  const listNext = new Int32Array(listCount).fill(-1);
  const listTail = new Int32Array(listCount);
  for (let i = 0; i < listCount; i++) {
    const key = d.listSymbol[i]!; // normalised by prepareDictionary
    let slot = hashRange(key, 0, key.length) & symMask;
    for (;;) {
      const head = symTable[slot]! - 1;
      if (head < 0) {
        symTable[slot] = i + 1;
        listTail[i] = i;
        break;
      }
      if (d.listSymbol[head] === key) {
        listNext[listTail[head]!] = i;
        listTail[head] = i;
        break;
      }
      slot = (slot + 1) & symMask;
    }
  }

  return {
    entityIds: d.entityIds,
    patText: d.patText,
    patEntity: Int32Array.from(d.patEntity),
    patFlags: Uint8Array.from(d.patFlags),
    patNext,
    groupRest: groupRest.slice(0, groups),
    pairTable,
    pairMask: mask,
    pairGroup: pairGroup.slice(0, pairs),
    pairHash: pairHash.slice(0, pairs),
    pairLen: pairLen.slice(0, pairs),
    pairHead: pairHead.slice(0, pairs),
    groupPaired: groupPaired.slice(0, groups),
    groupHead: groupHead.slice(0, groups),
    groupLen: groupLen.slice(0, groups),
    groupHash: groupHash.slice(0, groups),
    table,
    mask,
    cjk,
    start,
    symTable,
    symMask,
    listNext,
    listSymbol: d.listSymbol,
    listEntity: Int32Array.from(d.listEntity),
    listExchange: d.listExchange,
    listBare: Uint8Array.from(d.listBare),
    groupTok,
    tokPool,
    hasDigitNames,
    digitWords,
    exchangeHashes: exchangeHashes(),
    names,
    bareTickers: options.bareTickers !== false,
    patternCount: count + d.listSymbol.length,
  };
}
