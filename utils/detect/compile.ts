/**
 * Compiles a prepared dictionary (./prepare.ts) into the tables the scanner probes: an open-addressing hash table
 * (typed arrays) of names' first words, each group of names chained longest first; a map of first characters for
 * names in CJK scripts; and a map of symbols to listings. No RegExp, no automaton, no per-pattern string building:
 * compiling 20k patterns is one pass of hashing.
 */
import { CHAR_FLAGS, DIGIT, FOLD, HASH_SEED, hashStep, isCjk, UPPER, WORD } from './chars';
import { normalizeSymbol, type PreparedDictionary } from './prepare';
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
  /** Next pattern of the same first-word group (longest first), or -1. */
  patNext: Int32Array;
  /** Per group: first pattern, first-word length and hash. */
  groupHead: Int32Array;
  groupLen: Int32Array;
  groupHash: Int32Array;
  /** Open addressing: slot → group + 1 (0 = empty). */
  table: Int32Array;
  mask: number;
  /** CJK names by first code unit, longest first. */
  cjk: Map<number, number[]>;
  /** Scanner class per code unit: 0 = nothing can start here. */
  start: Uint8Array;
  /** Normalised symbol → listing indices. */
  symbols: Map<string, number[]>;
  listEntity: Int32Array;
  listExchange: string[];
  listBare: Uint8Array;
  names: boolean;
  bareTickers: boolean;
  patternCount: number;
}

let baseStart: Uint8Array | undefined;
function baseStartTable(): Uint8Array {
  if (baseStart) return baseStart;
  const t = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    const f = CHAR_FLAGS[c]!;
    if (f & UPPER) t[c] = K_UPPER;
    else if (f & DIGIT) t[c] = K_DIGIT;
  }
  t[0x24] = K_DOLLAR;
  baseStart = t;
  return t;
}

/** True when the first `len` code units of `a` and `b` are equal case-folded. */
function sameFolded(a: string, b: string, len: number): boolean {
  for (let i = 0; i < len; i++) if (FOLD[a.charCodeAt(i)] !== FOLD[b.charCodeAt(i)]) return false;
  return true;
}

export function compile(d: PreparedDictionary, options: MatcherOptions = {}): Compiled {
  const names = options.names !== false;
  const count = names ? d.patText.length : 0;
  const start = new Uint8Array(baseStartTable());
  const cjk = new Map<number, number[]>();
  const patNext = new Int32Array(count).fill(-1);
  let size = 16;
  while (size < count * 2) size <<= 1;
  const mask = size - 1;
  const table = new Int32Array(size);
  const groupHead = new Int32Array(count);
  const groupTail = new Int32Array(count);
  const groupLen = new Int32Array(count);
  const groupHash = new Int32Array(count);
  let groups = 0;

  for (let p = 0; p < count; p++) {
    const text = d.patText[p]!;
    const c0 = text.charCodeAt(0);
    if (isCjk(c0)) {
      start[c0] = K_CJK;
      const list = cjk.get(c0);
      if (list) list.push(p);
      else cjk.set(c0, [p]);
      continue;
    }
    let len = 0;
    let h = HASH_SEED;
    for (; len < text.length; len++) {
      const c = text.charCodeAt(len);
      if (!(CHAR_FLAGS[c]! & WORD)) break;
      h = hashStep(h, FOLD[c]!);
    }
    let slot = h & mask;
    for (;;) {
      const g = table[slot]! - 1;
      if (g < 0) {
        table[slot] = groups + 1;
        groupHead[groups] = p;
        groupTail[groups] = p;
        groupLen[groups] = len;
        groupHash[groups] = h;
        groups++;
        break;
      }
      if (groupHash[g] === h && groupLen[g] === len && sameFolded(d.patText[groupHead[g]!]!, text, len)) {
        patNext[groupTail[g]!] = p;
        groupTail[g] = p;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }

  const symbols = new Map<string, number[]>();
  d.listSymbol.forEach((s, i) => {
    const key = normalizeSymbol(s); // already normalised when packed; cheap when so
    const ids = symbols.get(key);
    if (ids) ids.push(i);
    else symbols.set(key, [i]);
  });

  return {
    entityIds: d.entityIds,
    patText: d.patText,
    patEntity: Int32Array.from(d.patEntity),
    patFlags: Uint8Array.from(d.patFlags),
    patNext,
    groupHead: groupHead.slice(0, groups),
    groupLen: groupLen.slice(0, groups),
    groupHash: groupHash.slice(0, groups),
    table,
    mask,
    cjk,
    start,
    symbols,
    listEntity: Int32Array.from(d.listEntity),
    listExchange: d.listExchange,
    listBare: Uint8Array.from(d.listBare),
    names,
    bareTickers: options.bareTickers !== false,
    patternCount: count + d.listSymbol.length,
  };
}
