/**
 * Word knowledge for the dictionary builder (background and CLI only; the content script never imports it):
 * which symbols and one-word names are also English words or well-known places.
 */
import { COMMON_WORDS_CODED, PROPER_WORDS_CODED } from './common-words';
import { AMBIGUOUS_PROPER_NOUNS } from './vocabulary';

let words: Set<string> | undefined;

/** Decodes a front-coded list (see scripts/gen-common-words.ts). */
export function frontDecode(coded: string): Set<string> {
  const out = new Set<string>();
  let prev = '';
  for (const item of coded.split(' ')) {
    const word = prev.slice(0, Number.parseInt(item[0] ?? '0', 36)) + item.slice(1);
    out.add(word);
    prev = word;
  }
  return out;
}
let places: Set<string> | undefined;
let proper: Set<string> | undefined;

/** True for the 3,000 most frequent capitalised words: given names, places, nationalities ("American"). */
export function isProperWord(word: string): boolean {
  proper ??= frontDecode(PROPER_WORDS_CODED);
  return proper.has(word.toLowerCase());
}

/** True for common English words (see ./common-words.ts), plurals included ("minerals"). */
export function isCommonWord(word: string): boolean {
  words ??= frontDecode(COMMON_WORDS_CODED);
  const w = word.toLowerCase();
  if (words.has(w)) return true;
  if (w.length > 3 && w.endsWith('s') && words.has(w.slice(0, -1))) return true;
  return w.length > 4 && w.endsWith('ies') && words.has(`${w.slice(0, -3)}y`);
}

/** Country and region names in English, from the runtime's own CLDR data (no list shipped). */
function placeNames(): Set<string> {
  if (places) return places;
  places = new Set<string>();
  try {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const name = names.of(code);
        if (name && name !== code) places.add(name.toLowerCase());
      }
    }
  } catch {
    // Runtimes without Intl.DisplayNames: no places, the proper-noun list still applies.
  }
  return places;
}

/** A one-word name a reader could mean as something else: a word, a place or a famous proper noun. */
export function isAmbiguousName(name: string): boolean {
  if (/\s/.test(name.trim())) return false;
  const lower = name.toLowerCase();
  return isCommonWord(lower) || AMBIGUOUS_PROPER_NOUNS.has(lower) || placeNames().has(lower);
}

/** A place name ("China", "Jordan"): never a company name on its own. */
export function isPlaceName(name: string): boolean {
  return placeNames().has(name.toLowerCase());
}
