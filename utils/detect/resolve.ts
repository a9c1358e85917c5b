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
import { CHAR_FLAGS, SPACE, UPPER, WORD } from './chars';
import { type Candidate, KIND_BARE, KIND_CAUTIOUS, KIND_CONTEXTUAL, KIND_PAREN, STRONG } from './scan';
import {
  DETERMINERS,
  EXCHANGE_PREFIXES,
  NAME_CUES_AFTER,
  NAME_CUES_BEFORE,
  TICKER_CUES_AFTER,
  TICKER_CUES_BEFORE,
} from './vocabulary';

/** Separators that make neighbours a list: "Alibaba, Baidu and Tencent", "AAPL/MSFT", "Apple & Google". */
const LIST_GAP = /^(?:\s*,\s*(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&|vs\.?|versus)\s+|\s*\/\s*|\s*;\s*)$/;
/** A price move or quote right after a bare ticker: "+3.2%", "-1%", "(+0.8%)", "$412.50", "at 125.3". */
const MOVE_AFTER = /^\s*(?:\(\s*)?(?:[+\-−]\s?\d|\d+(?:\.\d+)?\s?%|\$\d|at\s+(?:over\s+|under\s+|around\s+|about\s+)?\$?\d)/;
/** `Full Name ("Short" …)`: a press release defining its short name. */
const DEFINES = /^\s*\(\s*(?:the\s+)?["“‘']\s*$/;

/**
 * True when `[start, end)` sits inside a URL, an e-mail address or a slug (the whitespace-delimited chunk around it):
 * "https://…/Alibaba", "ir@Alibaba.com", "fileName-Alibaba-Shares-Fall-5-on-…".
 */
export function insideLink(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && start - a < 512 && !(CHAR_FLAGS[text.charCodeAt(a - 1)]! & SPACE)) a--;
  let b = end;
  while (b < text.length && b - end < 512 && !(CHAR_FLAGS[text.charCodeAt(b)]! & SPACE)) b++;
  let hyphens = 0;
  let special = false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d || c === 0x5f) hyphens++;
    else if (c === 0x3a || c === 0x40 || c === 0x2e) special = true;
  }
  if (!special && hyphens < 4) return false;
  const chunk = text.slice(a, b);
  if (hyphens >= 4 && /(?:[A-Za-z0-9]+[-_]){4,}/.test(chunk)) return true;
  if (!special) return false;
  if (chunk.includes('://') || /www\./i.test(chunk)) return true;
  const at = chunk.indexOf('@');
  return at >= 0 && /^@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/i.test(chunk.slice(at));
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
  const c = text.charCodeAt(s);
  if ((c === 0x27 || c === 0x2019) && (text.charCodeAt(s + 1) | 0x20) === 0x73 && !(CHAR_FLAGS[text.charCodeAt(s + 2)]! & WORD))
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
  if (text.charCodeAt(s) !== 0x28) return false;
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

const SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'from', 'with', 'on', 'in', 'to', 'at', 'by', 'as', 'or', 'a', 'an']);

/**
 * The words around `[start, end)` are in title case ("… Supply Chain from Reliance on Critical Minerals …"): capitals
 * say nothing there. Looks at up to four words on each side, small words aside.
 */
function titleCase(text: string, start: number, end: number): boolean {
  const words = (s: string) => s.split(/[^\p{L}\p{N}'’]+/u).filter((w) => w.length > 1 && !SMALL_WORDS.has(w.toLowerCase()));
  const near = [...words(text.slice(Math.max(0, start - 60), start)).slice(-4), ...words(text.slice(end, end + 60)).slice(0, 4)];
  const caps = near.filter(capitalised).length;
  return caps >= 2 && caps * 2 >= near.length;
}

/** What precedes `start`, skipping spaces: a sentence start (or nothing), or the previous word. */
function sentenceStart(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && CHAR_FLAGS[text.charCodeAt(i - 1)]! & SPACE) i--;
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  return !(CHAR_FLAGS[c]! & WORD) && c !== 0x2c && c !== 0x2d && c !== 0x2013 && c !== 0x2014 && c !== 0x27 && c !== 0x2019;
}

function capitalised(word: string): boolean {
  return word.length > 0 && (CHAR_FLAGS[word.charCodeAt(0)]! & UPPER) !== 0;
}

/**
 * A capitalised word standing alone mid-sentence, between words that are not capitalised: English capitalises a
 * common word there only as a proper noun ("sales at Target fell", "the bosses of Shell and BP"). Not at a sentence
 * start, not next to another capitalised word ("Critical Minerals", "Shell Company"), not in a title-case line.
 */
function isolated(text: string, c: Candidate, before: string, after: string): boolean {
  if (sentenceStart(text, c.start) || capitalised(before)) return false;
  if (capitalised(after) && !NAME_CUES_AFTER.has(after)) return false;
  return !titleCase(text, c.start, c.end);
}

/** "the Amazon", and "the Brazilian Amazon": a determiner, possibly before one capitalised word. */
function determined(text: string, start: number, before: string): boolean {
  if (DETERMINERS.has(before)) return true;
  if (!capitalised(before)) return false;
  let e = start;
  while (e > 0 && CHAR_FLAGS[text.charCodeAt(e - 1)]! & SPACE) e--;
  return DETERMINERS.has(wordBefore(text, e - before.length));
}

function listNeighbour(text: string, cands: Candidate[], i: number, ok: (c: Candidate) => boolean): boolean {
  const me = cands[i]!;
  const prev = cands[i - 1];
  if (prev && ok(prev) && LIST_GAP.test(text.slice(prev.end, me.start))) return true;
  const next = cands[i + 1];
  return next !== undefined && ok(next) && LIST_GAP.test(text.slice(me.end, next.start));
}

/**
 * Press releases define a short name right after the full one — `Tencent Music Entertainment Group ("Tencent" or
 * the "Company")` — and then use it throughout: the short name then means that company in this text, even when the
 * dictionary gives it to another (Tencent Holdings).
 */
function definedTerms(text: string, cands: Candidate[]): void {
  let alias: Map<string, number> | undefined;
  for (let i = 1; i < cands.length; i++) {
    const c = cands[i]!;
    const prev = cands[i - 1]!;
    if (c.tier === 'name' && prev.tier === 'name' && prev.kind === STRONG && DEFINES.test(text.slice(prev.end, c.start))) {
      const q = text.charCodeAt(c.end);
      if (c.entity !== prev.entity && (q === 0x22 || q === 0x201d || q === 0x2019 || q === 0x27)) {
        alias ??= new Map();
        alias.set(text.slice(c.start, c.end), prev.entity);
      }
    }
    const to = alias?.get(text.slice(c.start, c.end));
    if (to !== undefined && c.tier === 'name') {
      c.entity = to;
      c.kind = STRONG;
    }
  }
}

/**
 * Keeps the candidates the rules accept, in order. `seen` holds entity indices with a strong mention earlier on the
 * page; strong mentions found here are added to it.
 */
/** "PALO ALTO, Calif., Feb. 07 (GLOBE NEWSWIRE)": an upper-case place opening a line before a comma or "(". */
function dateline(text: string, c: Candidate): boolean {
  if (c.tier !== 'name') return false;
  let i = c.start;
  while (i > 0 && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x09)) i--;
  if (i > 0 && text.charCodeAt(i - 1) !== 0x0a) return false;
  const surface = text.slice(c.start, c.end);
  if (surface !== surface.toUpperCase() || !/[A-Z].*\s/.test(surface)) return false;
  return /^\s?[,(]/.test(text.slice(c.end, c.end + 2));
}

export function settle(text: string, cands: Candidate[], seen: Set<number>): Candidate[] {
  const live = cands.filter((c) => !insideLink(text, c.start, c.end) && !dateline(text, c));
  definedTerms(text, live);
  const strong = new Set<number>(seen);
  for (const c of live) if (c.kind === STRONG || c.legal) strong.add(c.entity);
  if (live.every((c) => c.kind === STRONG)) {
    for (const e of strong) seen.add(e);
    return live;
  }

  const accepted = new Uint8Array(live.length);
  // Entities named in this text by an accepted ambiguous name: enough to support a bare ticker ("Apple (AAPL)"),
  // never another ambiguous name.
  const named = new Set<number>();
  const tickerAt = (entity: number) => (at: number) =>
    live.some((c) => c.start === at && c.entity === entity && c.tier !== 'name');
  // Two passes: a name accepted in the first pass can support its list neighbours in the second.
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < live.length; i++) {
      if (accepted[i]) continue;
      const c = live[i]!;
      if (c.kind === STRONG || c.legal) {
        accepted[i] = 1;
        continue;
      }
      const before = wordBefore(text, c.start);
      const after = wordAfter(text, c.end);
      const known = strong.has(c.entity);
      let ok = false;
      if (c.kind === KIND_CAUTIOUS) {
        ok = known || !determined(text, c.start, before);
      } else if (c.kind === KIND_CONTEXTUAL) {
        ok =
          !determined(text, c.start, before) &&
          (known ||
            named.has(c.entity) ||
            isolated(text, c, before, after) ||
            NAME_CUES_AFTER.has(after) ||
            after === "'s" ||
            NAME_CUES_BEFORE.has(before) ||
            parenthesisedListing(text, c.end, tickerAt(c.entity)) ||
            listNeighbour(text, live, i, (o) => o.tier === 'name' && accepted[live.indexOf(o)] === 1));
      } else if (c.kind === KIND_PAREN) {
        const prev = live[i - 1];
        ok =
          prev !== undefined &&
          accepted[i - 1] === 1 &&
          prev.entity === c.entity &&
          // "Tencent (700)", "阿里巴巴（9988）", and Hong Kong counters with a share suffix: "Alibaba-W (09988)".
          /^(?:-[A-Z]{1,2})?\s*[(（]$/.test(text.slice(prev.end, c.start));
      } else if (c.kind === KIND_BARE) {
        ok =
          known ||
          named.has(c.entity) ||
          (!shouting(text, c.start, c.end) &&
            (TICKER_CUES_AFTER.has(after) ||
              TICKER_CUES_BEFORE.has(before) ||
              MOVE_AFTER.test(text.slice(c.end, c.end + 16)) ||
              listNeighbour(text, live, i, (o) => o.tier !== 'name')));
      }
      if (ok) {
        accepted[i] = 1;
        if (c.kind !== KIND_BARE) named.add(c.entity);
      }
    }
  }
  // Only unambiguous mentions support others, here and later on the page: "Amazon said" must not make
  // "the Amazon" a company.
  for (const e of strong) seen.add(e);
  return live.filter((_, i) => accepted[i] === 1);
}
