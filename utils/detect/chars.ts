/**
 * Character tables shared by the compiler and the scanner. Typed arrays indexed by UTF-16 code unit, built once per
 * realm: the scanner's inner loop is one array read per character, so it never calls a RegExp or `toLowerCase`.
 */

/** Bit flags in {@link CHAR_FLAGS}. */
export const WORD = 1;
export const UPPER = 2;
export const DIGIT = 4;
export const SPACE = 8;
export const DASH = 16;
export const APOSTROPHE = 32;

/** Per code unit: {@link WORD} (letter or digit), {@link UPPER}, {@link DIGIT}, {@link SPACE}, {@link DASH}, … */
export const CHAR_FLAGS = new Uint8Array(65536);
/**
 * Case folding as an XOR mask: `c ^ FOLD_XOR[c]` is `c` in lower case for the scripts company names use, `c`
 * elsewhere. A mask (0 by default) needs no 65,536-entry identity fill at start-up, which cost milliseconds of cold
 * code in every tab; use {@link fold}.
 */
export const FOLD_XOR = new Uint16Array(65536);

/** The lower-case code unit of `c` (identity outside the cased scripts). */
export function fold(c: number): number {
  return c ^ FOLD_XOR[c]!;
}

/**
 * Ranges of non-ASCII code units that are not word characters: Latin-1 punctuation, general punctuation, symbols,
 * arrows and maths, CJK punctuation, half/full-width punctuation, surrogates (emoji). Everything else above 0x7F is
 * treated as a letter, which is right for the scripts news is written in and costs no Unicode tables.
 */
const NON_WORD_RANGES: readonly (readonly [number, number])[] = [
  [0x80, 0xbf],
  [0xd7, 0xd7],
  [0xf7, 0xf7],
  [0x2000, 0x2bff],
  [0x2e00, 0x2e7f],
  [0x3000, 0x303f],
  [0xd800, 0xdfff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff0f],
  [0xff1a, 0xff20],
  [0xff3b, 0xff40],
  [0xff5b, 0xff65],
];

/** Scripts without spaces between words: names in them match without word boundaries. */
export function isCjk(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff)
  );
}

/** Built with native fills over ranges: per-element loops over 65,536 entries were the content script's slowest start-up work. */
function build(): void {
  CHAR_FLAGS.fill(WORD, 0x80);
  for (const [from, to] of NON_WORD_RANGES) CHAR_FLAGS.fill(0, from, to + 1);
  CHAR_FLAGS.fill(WORD | DIGIT, 0x30, 0x3a);
  CHAR_FLAGS.fill(WORD | UPPER, 0x41, 0x5b);
  FOLD_XOR.fill(0x20, 0x41, 0x5b); // 'A' ^ 'a' === 0x20
  CHAR_FLAGS.fill(WORD, 0x61, 0x7b);
  // Latin-1, Latin Extended-A/B, Greek and Cyrillic: the cased letters company names use ("Électricité", "Ørsted").
  for (let c = 0xc0; c < 0x530; c++) {
    const ch = String.fromCharCode(c);
    const lower = ch.toLowerCase();
    if (lower.length === 1 && lower !== ch) {
      CHAR_FLAGS[c] = WORD | UPPER;
      FOLD_XOR[c] = c ^ lower.charCodeAt(0);
    }
    // Latin letters fold to their base letter too, so that names read in any case ("ITAU UNIBANCO HOLDING" as filed)
    // also find the accented spelling ("Itaú Unibanco"); exact names compare unfolded.
    if (c < 0x250) {
      const base = ch.normalize('NFD').charCodeAt(0) | 0x20;
      if (base >= 0x61 && base <= 0x7a) FOLD_XOR[c] = c ^ base;
    }
  }
  for (const c of [
    0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2002, 0x2003, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000,
  ])
    CHAR_FLAGS[c] = SPACE;
  for (const c of [0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212]) CHAR_FLAGS[c] = DASH;
  for (const c of [0x27, 0x2018, 0x2019, 0x02bc, 0x2032]) CHAR_FLAGS[c] = APOSTROPHE;
  // ʼ (U+02BC) is a letter by Unicode but prints as an apostrophe in "Alibabaʼs".
}
build();

export function isWordChar(c: number): boolean {
  return (CHAR_FLAGS[c]! & WORD) !== 0;
}

/** FNV-1a step over a folded code unit; the compiler and the scanner must hash tokens identically. */
export function hashStep(h: number, folded: number): number {
  return Math.imul(h ^ folded, 0x01000193);
}

export const HASH_SEED = 0x811c9dc5 | 0;

/** Hash of `text[start, end)` folded, as the scanner computes it. */
export function hashRange(text: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) h = hashStep(h, fold(text.charCodeAt(i)));
  return h;
}

/**
 * Canonical form of a name for matching: runs of spaces become one space, dashes "-", apostrophes "'", curly
 * quotes straight. The scanner accepts any variant of each separator in the text.
 */
const NEEDS_CANON = /[\s\u00a0\u2010-\u2014\u2212'\u2018\u2019\u02bc\u2032]/;

export function canonicalName(name: string): string {
  if (!NEEDS_CANON.test(name)) return name;
  let out = '';
  let space = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const f = CHAR_FLAGS[c]!;
    if (f & SPACE) {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += f & DASH ? '-' : f & APOSTROPHE ? "'" : name[i];
  }
  return out;
}

/**
 * The code unit at `i`, or 0 (no flags) outside the text. `charCodeAt` past either end returns NaN, and each such
 * read made V8 discard the optimised code of the function doing it, once per page (an "out of bounds" deopt, then
 * interpreted code until it was optimised again). Context reads around a word use this; bounded loops need not.
 */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : 0;
}

/** ASCII A–Z. */
export function isUpperAscii(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/** A–Z and 0–9: what symbols are made of. */
export function isSymbolChar(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/** The end of the word (letters and digits) that `i` is in. */
export function wordEnd(text: string, i: number): number {
  while (i < text.length && CHAR_FLAGS[text.charCodeAt(i)]! & WORD) i++;
  return i;
}
