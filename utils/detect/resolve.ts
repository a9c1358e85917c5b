/**
 * Settles what the scan could not decide alone, with the rules of docs/detection.md:
 * - nothing inside a URL or an e-mail address;
 * - cautious names ("Apple", "Amazon") unless a determiner makes them a common noun or a place ("the Amazon");
 * - contextual names ("Target", "Visa") only with a cue: a legal form, a company word next to them, a list of
 *   companies, or a strong mention of the same company in the text or the page;
 * - bare tickers only with a cue: a strong mention of the same company, a market word or a price move next to
 *   them, or a list of tickers.
 * Runs on candidates only (a handful per text), so it may use slices and small regular expressions.
 */

import { type Candidates, KIND_BARE, KIND_CAUTIOUS, KIND_CONTEXTUAL, KIND_PAREN, STRONG, T_NAME } from './candidates';
import { CHAR_FLAGS, codeAt, DIGIT, SPACE, UPPER, WORD } from './chars';
import { EXCHANGE_PREFIXES } from './markets';
import { personBefore } from './people';
import {
  BUSINESS_ROLES,
  DETERMINERS,
  NAME_CUES_AFTER,
  NAME_CUES_BEFORE,
  PERSON_TITLES,
  TICKER_CUES_AFTER,
  TICKER_CUES_BEFORE,
} from './vocabulary';

/** Separators that make neighbours a list: "Alibaba, Baidu and Tencent", "AAPL/MSFT", "Apple & Google". */
const LIST_GAP = /^(?:\s*,\s*(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&|vs\.?|versus)\s+|\s*\/\s*|\s*;\s*)$/;
/**
 * A price move or quote right after a bare ticker: "+3.2%", " -1%", "(+0.8%)", "$412.50", "at 125.3". A hyphen
 * joined to the symbol is a move only with a percent sign ("NVDA-1.2%"): otherwise it is a model or an offset
 * ("GPT-5.2", "F-35", "GMT-04").
 */
const MOVE_AFTER =
  /^(?:\s*(?:\(\s*)?(?:[+−]\s?\d|\d+(?:\.\d+)?\s?%|\$\d|at\s+(?:over\s+|under\s+|around\s+|about\s+)?\$?\d)|(?:\s+|\s*\(\s*)-\s?\d|-\s?\d+(?:\.\d+)?\s?%)/;
/** A percentage move right after an ambiguous name: "Discovery 1.45% to R148.55", "Vamos (-0,65%)". */
const PERCENT_AFTER = /^\s?(?:\(\s?)?[+−-]?\s?\d+(?:[.,]\d+)?\s?%/;
/** `Full Name ("Short" …)`: a press release defining its short name. */
const DEFINES = /^\s*\(\s*(?:the\s+)?["“‘']\s*$/;

/**
 * Words that open a sentence as an adverb before a comma ("Also, Sony rose"; "Still, Intel said"). Companies carry
 * some of these names (ALSO Holding), but there the comma ends a clause, not a list item.
 */
const SENTENCE_ADVERBS: ReadonlySet<string> = new Set([
  'also',
  'still',
  'however',
  'meanwhile',
  'instead',
  'yet',
  'now',
  'then',
  'overall',
  'separately',
  'elsewhere',
  'again',
  'further',
  'finally',
  'similarly',
  'besides',
  'otherwise',
  'thus',
  'hence',
  'therefore',
  'indeed',
  'likewise',
  'moreover',
  'nonetheless',
  'nevertheless',
  'regardless',
  'accordingly',
  'alternatively',
]);

/** `text[start, end)` opens a sentence and a comma follows it: "Also, …" (see {@link SENTENCE_ADVERBS}). */
function sentenceAdverb(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 0x2c || !SENTENCE_ADVERBS.has(text.slice(start, end).toLowerCase())) return false;
  const before = text.slice(Math.max(0, start - 3), start);
  return start === 0 || /(?:^|[.!?:;]\s+|\n\s*|["“(]\s*)$/.test(before);
}

/**
 * True when `[start, end)` sits inside a URL, an e-mail address or a slug (the whitespace-delimited chunk around it):
 * "https://…/Alibaba", "ir@Alibaba.com", "fileName-Alibaba-Shares-Fall-5-on-…".
 */
export function insideLink(text: string, start: number, end: number): boolean {
  // The chunk ends at spaces and at CJK text, which URLs and addresses do not contain.
  let a = start;
  while (a > 0 && start - a < 512 && !(CHAR_FLAGS[text.charCodeAt(a - 1)]! & SPACE) && text.charCodeAt(a - 1) < 0x2e80)
    a--;
  let b = end;
  while (b < text.length && b - end < 512 && !(CHAR_FLAGS[text.charCodeAt(b)]! & SPACE) && text.charCodeAt(b) < 0x2e80)
    b++;
  let hyphens = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d || c === 0x5f) hyphens++;
    // "://" and "www." start links; "@" an address (or a handle, which the scanner already skips).
    else if (c === 0x3a && codeAt(text, i + 1) === 0x2f && codeAt(text, i + 2) === 0x2f) return true;
    else if (
      (c | 0x20) === 0x77 &&
      (codeAt(text, i + 1) | 0x20) === 0x77 &&
      (codeAt(text, i + 2) | 0x20) === 0x77 &&
      codeAt(text, i + 3) === 0x2e
    )
      return true;
    else if (c === 0x40 && /^@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/i.test(text.slice(i, b))) return true;
  }
  return hyphens >= 4 && /(?:[A-Za-z0-9]+[-_]){4,}/.test(text.slice(a, b));
}

function wordBefore(text: string, start: number): string {
  let e = start;
  while (e > 0 && CHAR_FLAGS[text.charCodeAt(e - 1)]! & SPACE) e--;
  let s = e;
  while (s > 0 && CHAR_FLAGS[text.charCodeAt(s - 1)]! & WORD) s--;
  return text.slice(s, e);
}

/** The word after `end`, skipping spaces and a possessive; `"'s"` itself when the name is possessive. */
function wordAfter(text: string, end: number): string {
  let s = end;
  const c = codeAt(text, s);
  if (
    (c === 0x27 || c === 0x2019) &&
    (codeAt(text, s + 1) | 0x20) === 0x73 &&
    !(CHAR_FLAGS[codeAt(text, s + 2)]! & WORD)
  )
    return "'s";
  while (s < text.length && CHAR_FLAGS[text.charCodeAt(s)]! & SPACE) s++;
  let e = s;
  while (e < text.length && CHAR_FLAGS[text.charCodeAt(e)]! & WORD) e++;
  return text.slice(s, e);
}

/** "Apple (NASDAQ: AAPL)", "Nvidia (NVDA)": a parenthesis after a name that opens with an exchange or a symbol. */
function parenthesisedListing(text: string, end: number, sameEntityTickerAt: (at: number) => boolean): boolean {
  let s = end;
  while (s < text.length && CHAR_FLAGS[text.charCodeAt(s)]! & SPACE) s++;
  if (codeAt(text, s) !== 0x28) return false;
  s++;
  while (s < text.length && CHAR_FLAGS[text.charCodeAt(s)]! & SPACE) s++;
  let e = s;
  while (e < text.length && CHAR_FLAGS[text.charCodeAt(e)]! & WORD) e++;
  return EXCHANGE_PREFIXES[text.slice(s, e)] !== undefined || sameEntityTickerAt(s);
}

/** No lower-case letter nearby: an ALL-CAPS headline, where acronyms and tickers cannot be told apart. */
function shouting(text: string, start: number, end: number): boolean {
  const a = Math.max(0, start - 40);
  const b = Math.min(text.length, end + 40);
  let letters = 0;
  for (let i = a; i < b; i++) {
    const f = CHAR_FLAGS[text.charCodeAt(i)]!;
    if (f & UPPER) letters++;
    else if (f & WORD && text.charCodeAt(i) >= 0x61 && text.charCodeAt(i) <= 0x7a) return false;
  }
  return letters > end - start;
}

const SMALL_WORDS: ReadonlySet<string> = new Set([
  'of',
  'and',
  'the',
  'for',
  'from',
  'with',
  'on',
  'in',
  'to',
  'at',
  'by',
  'as',
  'or',
  'a',
  'an',
]);

/**
 * The words around `[start, end)` are in title case ("… Supply Chain from Reliance on Critical Minerals …"): capitals
 * say nothing there. Looks at up to four words on each side, small words aside.
 */
function titleCase(text: string, start: number, end: number): boolean {
  const before = wordsIn(text, Math.max(0, start - 60), start);
  const after = wordsIn(text, end, Math.min(text.length, end + 60));
  let caps = 0;
  let count = 0;
  for (let k = Math.max(0, before.length - 4); k < before.length; k++, count++) if (capitalised(before[k]!)) caps++;
  for (let k = 0; k < after.length && k < 4; k++, count++) if (capitalised(after[k]!)) caps++;
  return caps >= 2 && caps * 2 >= count;
}

/**
 * The words of `text[a, b)` (letters, digits and apostrophes) longer than one character, small words aside. Read
 * with the character table rather than a Unicode-property RegExp split, which was the costliest step of settling
 * a page's first paragraphs.
 */
function wordsIn(text: string, a: number, b: number): string[] {
  const out: string[] = [];
  let i = a;
  while (i < b) {
    while (i < b && !inWord(text.charCodeAt(i))) i++;
    const s = i;
    while (i < b && inWord(text.charCodeAt(i))) i++;
    if (i - s > 1) {
      const w = text.slice(s, i);
      if (!SMALL_WORDS.has(w.toLowerCase())) out.push(w);
    }
  }
  return out;
}

function inWord(c: number): boolean {
  return (CHAR_FLAGS[c]! & WORD) !== 0 || c === 0x27 || c === 0x2019;
}

/** What precedes `start`, skipping spaces: a sentence start (or nothing), or the previous word. */
function sentenceStart(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && CHAR_FLAGS[text.charCodeAt(i - 1)]! & SPACE) i--;
  if (i === 0) return true;
  const c = codeAt(text, i - 1);
  return (
    !(CHAR_FLAGS[c]! & WORD) && c !== 0x2c && c !== 0x2d && c !== 0x2013 && c !== 0x2014 && c !== 0x27 && c !== 0x2019
  );
}

function capitalised(word: string): boolean {
  return word.length > 0 && (CHAR_FLAGS[word.charCodeAt(0)]! & UPPER) !== 0;
}

/**
 * A capitalised word standing alone mid-sentence, between words that are not capitalised: English capitalises a
 * common word there only as a proper noun ("sales at Target fell", "the bosses of Shell and BP"). Not at a sentence
 * start, not next to another capitalised word ("Critical Minerals", "Shell Company"), not in a title-case line.
 */
function isolated(text: string, start: number, end: number, before: string, after: string): boolean {
  if (sentenceStart(text, start) || capitalised(before)) return false;
  if (capitalised(after) && !NAME_CUES_AFTER.has(after)) return false;
  return !titleCase(text, start, end);
}

/** "the Amazon", and "the Brazilian Amazon": a determiner, possibly before one capitalised word. */
function determined(text: string, start: number, before: string): boolean {
  if (DETERMINERS.has(before)) return true;
  if (!capitalised(before)) return false;
  let e = start;
  while (e > 0 && CHAR_FLAGS[text.charCodeAt(e - 1)]! & SPACE) e--;
  return DETERMINERS.has(wordBefore(text, e - before.length));
}

/** Neighbours `live[k]` and `live[k + 1]` (indices into `c`) read as a list: "Alibaba, Baidu and Tencent". */
function listed(text: string, c: Candidates, a: number, b: number): boolean {
  const gap = c.start[b]! - c.end[a]!;
  return gap >= 0 && gap <= 12 && LIST_GAP.test(text.slice(c.end[a]!, c.start[b]!));
}

/**
 * Whether `live[k]` is an item of a coordinated list ("Apple, AMD, Nvidia and Intel", "Shell or BP") another item of
 * which is accepted: any item, not only the next one, since the item next to an ambiguous name is often another
 * ambiguous name or a symbol.
 */
function listedWithAccepted(
  text: string,
  c: Candidates,
  live: Int32Array,
  count: number,
  k: number,
  accepted: Uint8Array,
): boolean {
  const near = (a: number, b: number) => listed(text, c, a, b) || listedOverItems(text, c, a, b);
  for (let j = k - 1; j >= 0 && near(live[j]!, live[j + 1]!); j--) if (accepted[j]) return true;
  for (let j = k + 1; j < count && near(live[j - 1]!, live[j]!); j++) if (accepted[j]) return true;
  return false;
}

/** One or two list items the dictionary does not know between two candidates, after a comma: ", Unibail Rodamco and ". */
const ITEM = "[A-Z][\\w.&'’-]*(?:\\s[A-Z][\\w.&'’-]*){0,2}";
const ITEM_SEP = '(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|&)\\s+)';
// A comma opens it: "Oracle and Temu and TikTok" is a sentence's and-chain, not a list of companies.
const LIST_GAP_ITEMS = new RegExp(`^\\s*,\\s*(?:${ITEM}${ITEM_SEP}){1,2}$`);

/** "Euronext, Thales, Unibail Rodamco and EssilorLuxottica": items of one list with unknown items between them. */
function listedOverItems(text: string, c: Candidates, a: number, b: number): boolean {
  const gap = c.start[b]! - c.end[a]!;
  return gap > 3 && gap <= 48 && LIST_GAP_ITEMS.test(text.slice(c.end[a]!, c.start[b]!));
}

/** No lower-case letter in `text[start, end)`: an acronym ("AMD", "BP"), which reads like a symbol too. */
function acronym(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= 0x61 && ch <= 0x7a) return false;
  }
  return true;
}

/** A contextual name that is an acronym ("AMD" for Advanced Micro Devices): in a list of tickers it is one of them. */
function acronymName(text: string, c: Candidates, i: number): boolean {
  return c.kind[i] === KIND_CONTEXTUAL && acronym(text, c.start[i]!, c.end[i]!);
}

/** "supplier to Apple", "partner for Oracle": a business role, then "to" or "for", right before the name. */
function roleBefore(text: string, start: number, before: string): boolean {
  if (before !== 'to' && before !== 'for') return false;
  let e = start;
  while (e > 0 && CHAR_FLAGS[text.charCodeAt(e - 1)]! & SPACE) e--;
  return BUSINESS_ROLES.has(wordBefore(text, e - before.length));
}

/** "analyst Kerry Huang": a title before the word and a capitalised word after it make it a first name. */
function personName(text: string, end: number, before: string): boolean {
  if (!PERSON_TITLES.has(before) || codeAt(text, end) !== 0x20) return false;
  const c = codeAt(text, end + 1);
  return (CHAR_FLAGS[c]! & UPPER) !== 0 && (CHAR_FLAGS[codeAt(text, end + 2)]! & (WORD | UPPER)) === WORD;
}

/** The page defined this entity's upper-case form as an abbreviation of other words ({@link definesAbbreviation}). */
const ABBREVIATED_AWAY = 2;
/** The page used this entity's one-word name as a person's surname ("Judge Paul Friedman"; ./people.ts). */
const PERSON_NAME = 3;

/**
 * Drops the upper-case candidates of an entity whose form this text (or earlier, the page: `page`) defines as an
 * abbreviation of other words; returns the new count of `live`.
 */
function definedAbbreviations(
  text: string,
  c: Candidates,
  live: Int32Array,
  count: number,
  page: Uint8Array | null,
): number {
  let away: Set<number> | undefined;
  for (let k = 0; k < count; k++) {
    const i = live[k]!;
    if (c.kind[i] === STRONG && c.tier[i] !== T_NAME) continue;
    const start = c.start[i]!;
    const end = c.end[i]!;
    if (codeAt(text, start - 1) !== 0x28 || !definesAbbreviation(text, start, end)) continue;
    // "Advanced Micro Devices (AMD)": the words are the company itself.
    const p = k > 0 ? live[k - 1]! : -1;
    if (p >= 0 && c.entity[p] === c.entity[i] && start - c.end[p]! <= 3) continue;
    away ??= new Set();
    away.add(c.entity[i]!);
    if (page && page[c.entity[i]!] !== 1) page[c.entity[i]!] = ABBREVIATED_AWAY;
  }
  if (!away && !page) return count;
  let out = 0;
  for (let k = 0; k < count; k++) {
    const i = live[k]!;
    const e = c.entity[i]!;
    const flagged = page?.[e] === ABBREVIATED_AWAY || away?.has(e) === true;
    const dropped =
      flagged && !(c.kind[i] === STRONG && c.tier[i] !== T_NAME) && isUpperForm(text, c.start[i]!, c.end[i]!);
    if (!dropped) live[out++] = i;
  }
  return out;
}

/** Every letter of `[start, end)` is a capital ("AMP", "S&P"). */
function isUpperForm(text: string, start: number, end: number): boolean {
  for (let j = start; j < end; j++) {
    const f = CHAR_FLAGS[text.charCodeAt(j)]!;
    if (f & WORD && !(f & (UPPER | DIGIT))) return false;
  }
  return true;
}

/**
 * Press releases define a short name right after the full one — `Tencent Music Entertainment Group ("Tencent" or
 * the "Company")` — and then use it throughout: the short name then means that company in this text, even when the
 * dictionary gives it to another (Tencent Holdings).
 */
function definedTerms(text: string, c: Candidates, live: Int32Array, count: number): void {
  // Keyed by the entity the dictionary gave and the surface's length: no string per candidate.
  let alias: Map<number, number> | undefined;
  const key = (i: number) => c.entity[i]! * 256 + Math.min(255, c.end[i]! - c.start[i]!);
  for (let k = 1; k < count; k++) {
    const i = live[k]!;
    if (c.tier[i] !== T_NAME) continue;
    const p = live[k - 1]!;
    if (alias === undefined && c.start[i]! - c.end[p]! > 6) continue;
    if (c.tier[p] === T_NAME && c.kind[p] === STRONG && DEFINES.test(text.slice(c.end[p]!, c.start[i]!))) {
      const q = codeAt(text, c.end[i]!);
      if (c.entity[i] !== c.entity[p] && (q === 0x22 || q === 0x201d || q === 0x2019 || q === 0x27)) {
        alias ??= new Map();
        alias.set(key(i), c.entity[p]!);
      }
    }
    if (alias === undefined) continue;
    const to = alias.get(key(i));
    if (to !== undefined) {
      c.entity[i] = to;
      c.kind[i] = STRONG;
    }
  }
}

/**
 * `"American Manufacturing Program" (AMP)`, `headline earnings per share (HEPS)`: an abbreviation the text defines, in
 * parentheses, for words whose initials spell it (small words skipped). Unless those words are a mention of the same company ("Advanced Micro
 * Devices (AMD)", settled by the caller), the abbreviation means them, not the company that has it as a name or symbol.
 */
function definesAbbreviation(text: string, start: number, end: number): boolean {
  if (codeAt(text, start - 1) !== 0x28 || codeAt(text, end) !== 0x29 || end - start < 2 || end - start > 6)
    return false;
  let i = start - 2;
  const skip = () => {
    while (i >= 0 && /[\s"'”’“-]/.test(text[i] as string)) i--;
  };
  skip();
  for (let k = end - 1; k >= start; ) {
    const e = i + 1;
    while (i >= 0 && CHAR_FLAGS[text.charCodeAt(i)]! & WORD) i--;
    const word = text.slice(i + 1, e);
    if (!word) return false;
    if (!SMALL_WORDS.has(word.toLowerCase())) {
      // Capitalised words, or a term in lower case: "headline earnings per share (HEPS)".
      if (word[0]!.toUpperCase() !== text[k]) return false;
      k--;
    }
    skip();
  }
  return true;
}

/** After a one-word place: ", China, March 22", ", Calif., Feb. 07". */
const DATELINE_TAIL =
  /^,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d/;

/**
 * "PALO ALTO, Calif., Feb. 07 (GLOBE NEWSWIRE)", "SHENZHEN, China, March 22": an upper-case place opening a line
 * before a comma or "(". One upper-case word is a dateline only when a region and a date follow (it may be a
 * company's name in capitals: "NVIDIA, the chipmaker").
 */
function dateline(text: string, start: number, end: number): boolean {
  let i = start;
  while (i > 0 && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x09)) i--;
  if (i > 0 && codeAt(text, i - 1) !== 0x0a) return false;
  const surface = text.slice(start, end);
  if (surface !== surface.toUpperCase() || !/[A-Z]/.test(surface)) return false;
  if (/\s/.test(surface)) return /^\s?[,(]/.test(text.slice(end, end + 2));
  return DATELINE_TAIL.test(text.slice(end, end + 48));
}

/**
 * Keeps the candidates the rules accept; returns their indices in text order. `seen` holds entity indices with a
 * strong mention earlier on the page; strong mentions found here are added to it.
 */
/** Where links and addresses may be: positions of "://", "www." and "@" in the text, in order. */
const NO_MARKERS: readonly number[] = [];
const LINK_MARKERS = ['://', 'www.', 'WWW.', '@'] as const;

function linkMarkers(text: string): readonly number[] {
  let out: number[] | undefined;
  for (const marker of LINK_MARKERS) {
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
      out ??= [];
      out.push(at);
    }
  }
  return out ? out.sort((a, b) => a - b) : NO_MARKERS;
}

/**
 * Per-entity marks reused across calls (strong mentions, then accepted ambiguous names): an entry is set when it
 * equals the call's generation, so nothing is cleared or allocated per call. `live` is a reused buffer.
 */
export interface EntityMarks {
  strong: Uint32Array;
  named: Uint32Array;
  generation: number;
  live: Int32Array;
}

export function createEntityMarks(entityCount: number): EntityMarks {
  return {
    strong: new Uint32Array(entityCount),
    named: new Uint32Array(entityCount),
    generation: 0,
    live: new Int32Array(256),
  };
}

/**
 * Keeps the candidates the rules accept; returns their indices in text order (a view of a reused buffer, valid until
 * the next call). `page` marks entities with a strong mention earlier on the page (1 = seen); strong mentions found
 * here are marked there and pushed to `added`.
 */
export function settle(
  text: string,
  c: Candidates,
  marks: EntityMarks,
  page: Uint8Array | null,
  added: number[],
): Int32Array {
  if (marks.live.length < c.n) marks.live = new Int32Array(Math.max(c.n, marks.live.length * 2));
  const live = marks.live;
  let count = 0;
  let pending = 0;
  // A candidate is looked at closely only when a link marker is near or a dash touches it (slugs).
  const markers = linkMarkers(text);
  let m = 0;
  for (let i = 0; i < c.n; i++) {
    const start = c.start[i]!;
    const end = c.end[i]!;
    while (m < markers.length && markers[m]! < start - 512) m++;
    const near = m < markers.length && markers[m]! < end + 512;
    const dashed = codeAt(text, start - 1) === 0x2d || codeAt(text, end) === 0x2d;
    if ((near || dashed) && insideLink(text, start, end)) continue;
    if (c.tier[i] === T_NAME && dateline(text, c.start[i]!, c.end[i]!)) continue;
    live[count++] = i;
  }
  definedTerms(text, c, live, count);
  count = definedAbbreviations(text, c, live, count, page);
  // Entities with a strong mention in this text: a mark per entity, not a Set (tens of thousands of candidates name
  // the same few hundred companies).
  marks.generation = (marks.generation + 1) >>> 0 || 1;
  const gen = marks.generation;
  const { strong, named } = marks;
  // Strong mentions are accepted before the rules run, so that any of them can support a list it is in.
  const accepted = new Uint8Array(count);
  for (let k = 0; k < count; k++) {
    const i = live[k]!;
    const e = c.entity[i]!;
    if (c.kind[i] === STRONG || c.legal[i]) {
      accepted[k] = 1;
      strong[e] = gen;
      if (page && page[e] !== 1) {
        page[e] = 1;
        added.push(e);
      }
    } else pending++;
  }
  if (pending === 0) return live.subarray(0, count);

  // `named`: entities named in this text by an accepted ambiguous name — enough to support a bare ticker
  // ("Apple (AAPL)"), never another ambiguous name. Two passes: a name accepted in the first pass can support the
  // other items of its list in the second.
  const people = new Set<number>();
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < count; k++) {
      if (accepted[k]) continue;
      const i = live[k]!;
      const kind = c.kind[i]!;
      if (kind === STRONG || c.legal[i]) {
        accepted[k] = 1;
        continue;
      }
      const start = c.start[i]!;
      const end = c.end[i]!;
      const entity = c.entity[i]!;
      const before = wordBefore(text, start);
      const after = wordAfter(text, end);
      const known = strong[entity] === gen || (page !== null && page[entity] === 1);
      const neighbour = (ok: (j: number) => boolean) =>
        (k > 0 && ok(k - 1) && listed(text, c, live[k - 1]!, i)) ||
        (k + 1 < count && ok(k + 1) && listed(text, c, i, live[k + 1]!));
      let ok = false;
      if (
        (kind === KIND_CAUTIOUS || kind === KIND_CONTEXTUAL) &&
        (personName(text, end, before) || surnameHere(text, c, i, page, people, known))
      ) {
        // A person's first name ("analyst Kerry Huang") or surname, here or earlier on the page: never the company.
      } else if (kind === KIND_CAUTIOUS) {
        ok = known || !determined(text, start, before);
      } else if (kind === KIND_CONTEXTUAL) {
        // A determiner makes a word a common noun ("the Target", "a Visa") unless the page already named this company
        // strongly: then "the Samsung award" after "Samsung Electronics" is the company's.
        ok =
          (known || !determined(text, start, before)) &&
          (known || !sentenceAdverb(text, start, end)) &&
          (known ||
            named[entity] === gen ||
            isolated(text, start, end, before, after) ||
            NAME_CUES_AFTER.has(after) ||
            after === "'s" ||
            NAME_CUES_BEFORE.has(before) ||
            roleBefore(text, start, before) ||
            parenthesisedListing(text, end, (at) => symbolOf(c, live, count, k, at, entity)) ||
            listedWithAccepted(text, c, live, count, k, accepted) ||
            // Not inside parentheses, where a word is what the figure is of: "Santander (Unit +3,63%)".
            (codeAt(text, start - 1) !== 0x28 && PERCENT_AFTER.test(text.slice(end, end + 12))) ||
            // An acronym that is the company's symbol ("AMD", "IBM") is also read as a ticker: "AMD rose 3%".
            (acronym(text, start, end) &&
              (MOVE_AFTER.test(text.slice(end, end + 16)) ||
                (!shouting(text, start, end) && (TICKER_CUES_AFTER.has(after) || TICKER_CUES_BEFORE.has(before))))));
      } else if (kind === KIND_PAREN) {
        const p = k > 0 ? live[k - 1]! : -1;
        const gap = p >= 0 ? text.slice(c.end[p]!, start) : '';
        ok =
          p >= 0 &&
          accepted[k - 1] === 1 &&
          c.entity[p] === entity &&
          // "Tencent (700)", "阿里巴巴（9988）", and Hong Kong counters with a share suffix: "Alibaba-W (09988)"; a
          // code right after its name ("Advantest 6857"), or after another of its codes ("(PETR3;PETR4)").
          (/^(?:-[A-Z]{1,2})?\s*[(（]\s?$/.test(gap) ||
            (c.tier[p] === T_NAME ? /^\s$/.test(gap) : /^\s?[;,/]\s?$/.test(gap)));
      } else if (kind === KIND_BARE) {
        ok =
          known ||
          named[entity] === gen ||
          // A price move right after is evidence even in upper-case text: a ticker strip ("NVDA −1.2%").
          MOVE_AFTER.test(text.slice(end, end + 16)) ||
          (!shouting(text, start, end) &&
            (TICKER_CUES_AFTER.has(after) ||
              TICKER_CUES_BEFORE.has(before) ||
              neighbour((j) => c.tier[live[j]!] !== T_NAME || acronymName(text, c, live[j]!))));
      }
      if (ok) {
        accepted[k] = 1;
        if (kind !== KIND_BARE) named[entity] = gen;
        // A name its own code confirms ("Vale (VALE3)") is named as surely as by a legal form, here and later.
        if (kind === KIND_PAREN) {
          strong[entity] = gen;
          if (page && page[entity] !== 1) {
            page[entity] = 1;
            added.push(entity);
          }
        }
      }
    }
  }
  let out = 0;
  for (let k = 0; k < count; k++) if (accepted[k]) live[out++] = live[k]!;
  return live.subarray(0, out);
}

/**
 * A one-word name used as a person's surname: right after a title ("Judge Paul Friedman"), or, unless the page named
 * the company strongly, anywhere after such a use on the page ("Friedman noted…"). Names with a space never are.
 */
function surnameHere(
  text: string,
  c: Candidates,
  i: number,
  page: Uint8Array | null,
  people: Set<number>,
  known: boolean,
): boolean {
  const entity = c.entity[i]!;
  if (!known && (page?.[entity] === PERSON_NAME || people.has(entity))) return true;
  const start = c.start[i]!;
  if (text.slice(start, c.end[i]!).includes(' ') || !personBefore(text, start)) return false;
  people.add(entity);
  if (page && page[entity] !== 1) page[entity] = PERSON_NAME;
  return true;
}

/** "Target (NYSE: TGT)": whether the next candidate or the one after starts at `at` as a symbol of `entity`. */
function symbolOf(c: Candidates, live: Int32Array, count: number, k: number, at: number, entity: number): boolean {
  for (let j = k + 1; j <= k + 2 && j < count; j++) {
    const o = live[j]!;
    if (c.start[o] === at && c.entity[o] === entity && c.tier[o] !== T_NAME) return true;
  }
  return false;
}
