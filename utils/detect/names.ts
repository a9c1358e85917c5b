/**
 * Names: the first-word probe, the second-word chain, character-by-character verification with the separator and
 * case rules, and the legal forms that extend a name ("Alibaba Group Holding Ltd."). Called by ./scan.ts for every
 * word that starts with a capital or a digit.
 */
import { type Candidates, KIND_CAUTIOUS, KIND_CONTEXTUAL, STRONG, T_NAME } from './candidates';
import { APOSTROPHE, CHAR_FLAGS, codeAt, DASH, DIGIT, fold, HASH_SEED, hashStep, SPACE, UPPER, WORD } from './chars';
import { CAUTIOUS, CONTEXTUAL, type Compiled, LOOSE, pairSlot } from './compile';
import { DOTTED_LEGAL_FORMS, LEADING_LEGAL_FORMS, LEGAL_FORMS, STRONG_LEGAL_FORMS } from './vocabulary';

const DOT = 0x2e;
const COMMA = 0x2c;

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
      while (i < len && fold(text.charCodeAt(s + i)) === tokPool[at + i]) i++;
      if (i === len) return g;
    }
    slot = (slot + 1) & mask;
  }
}

/** The chain of names whose first two words are `text[s, e)` and the word after it, or -1. */
function pairChain(cx: Compiled, text: string, g: number, e: number): number {
  const n = text.length;
  let i = e;
  if (i >= n || !(CHAR_FLAGS[codeAt(text, i)]! & SPACE)) return -1;
  while (i < n && CHAR_FLAGS[text.charCodeAt(i)]! & SPACE) i++;
  const s2 = i;
  let h2 = HASH_SEED;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!(CHAR_FLAGS[c]! & WORD)) break;
    h2 = hashStep(h2, fold(c));
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

/**
 * Whether `text[s, e)` (first-word hash `h`) is, in any case, a one-word name of entity `entity`: "XIAOMI" for
 * Xiaomi in an HKEX short name ("XIAOMI-W (01810)"), where the stock code has already said which company it is.
 */
export function isOneWordNameOf(cx: Compiled, text: string, s: number, e: number, h: number, entity: number): boolean {
  if (!cx.names) return false;
  const g = probe(cx, text, s, e, h);
  if (g < 0) return false;
  for (let p = cx.groupRest[g]!; p >= 0; p = cx.patNext[p]!) {
    if (cx.patEntity[p] === entity && cx.patText[p]!.length === e - s) return true;
  }
  return false;
}

export function name(cx: Compiled, text: string, s: number, e: number, h: number, out: Candidates): number {
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
    if (end < text.length && CHAR_FLAGS[codeAt(text, end)]! & WORD) continue;
    const full = legalForms(text, end);
    const kind = flags & CONTEXTUAL ? KIND_CONTEXTUAL : flags & CAUTIOUS ? KIND_CAUTIOUS : STRONG;
    const lead = leadingLegalForm(text, s);
    // The form was read as a word of its own ("PT" may be a symbol): the name's mention covers it now.
    while (lead < s && out.n > 0 && out.end[out.n - 1]! > lead) out.n--;
    const legal = lead < s || (full > end && STRONG_LEGAL_FORM.test(text.slice(end, full)));
    out.push(lead, full, cx.patEntity[p]!, T_NAME, kind, legal ? 1 : 0);
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
      if (loose && i < n && !(CHAR_FLAGS[codeAt(text, i)]! & (UPPER | DIGIT)) && !connectorAt(pat, j + 1)) return -1;
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
    if (tc !== pc && !(loose && fold(tc) === fold(pc))) return -1;
    i++;
  }
  return i;
}

/** Legal forms that settle an ambiguous name ("Target Corp."); "Company", "Group" and "Holdings" are words too. */
const STRONG_LEGAL_FORM = new RegExp(
  `\\b(?:${[...STRONG_LEGAL_FORMS, ...DOTTED_LEGAL_FORMS.filter((f) => f !== 'S.E.')]
    .map((f) => f.replace(/\./g, '\\.'))
    .join('|')})\\b`,
);

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
    while (k < c.length && fold(pat.charCodeAt(j + k)) === c.charCodeAt(k)) k++;
    if (k === c.length) return true;
  }
  return false;
}

/** Where a legal form printed before the name at `s` starts ("PT Bank Central Asia", "PJSC Gazprom"), else `s`. */
function leadingLegalForm(text: string, s: number): number {
  if (s < 3 || codeAt(text, s - 1) !== 0x20) return s;
  for (const form of LEADING_LEGAL_FORMS) {
    const at = s - 1 - form.length;
    if (at >= 0 && text.startsWith(form, at) && !(CHAR_FLAGS[codeAt(text, at - 1)]! & WORD)) return at;
  }
  return s;
}

/** Extends a name over legal forms that follow it: ", Inc.", " Group Holding Ltd", " Co., Ltd.", " N.V.". */
function legalForms(text: string, end: number): number {
  const n = text.length;
  // Most names are followed by a space and a lower-case word: nothing to extend.
  const c0 = codeAt(text, end);
  if (c0 !== COMMA && c0 !== DOT && c0 !== 0x20) return end;
  if (c0 === 0x20) {
    const c1 = codeAt(text, end + 1);
    if (!(CHAR_FLAGS[c1]! & UPPER) && c1 !== 0x70 && c1 !== 0x26 && c1 !== 0x28) return end;
  }
  // A name that itself ends in an abbreviated form ("JPMorgan Chase & Co") takes the abbreviation's dot.
  if (codeAt(text, end) === DOT) {
    let w = end;
    while (w > 0 && CHAR_FLAGS[text.charCodeAt(w - 1)]! & WORD) w--;
    if (end - w <= 4 && LEGAL_FORMS.has(text.slice(w, end))) end++;
  }
  for (let round = 0; round < 3; round++) {
    let q = end;
    if (q < n && codeAt(text, q) === COMMA) q++;
    if (q >= n || !(CHAR_FLAGS[codeAt(text, q)]! & SPACE)) break;
    q++;
    if (codeAt(text, q) === 0x26 && text.startsWith(' Co', q + 1)) q += 2; // "& Co."
    // A form in parentheses: "PT Telkom Indonesia (Persero) Tbk".
    const paren = codeAt(text, q) === 0x28 ? 1 : 0;
    q += paren;
    let w = q;
    while (w < n && (text.charCodeAt(w) | 0x20) >= 0x61 && (text.charCodeAt(w) | 0x20) <= 0x7a) w++;
    if (paren) {
      if (w > q && codeAt(text, w) === 0x29 && LEGAL_FORMS.has(text.slice(q, w))) {
        end = w + 1;
        continue;
      }
      break;
    }
    // Investing.com prints Indonesia's forms both ends after the name: "Bank Mandiri Persero Tbk PT" ("PT" alone
    // after a name is a price target: "Nvidia PT").
    const form = text.slice(q, w);
    if (form === 'PT' && text.startsWith('Tbk', q - 4) && !(CHAR_FLAGS[codeAt(text, w)]! & WORD)) {
      end = w;
      continue;
    }
    if (w > q && (w >= n || !(CHAR_FLAGS[codeAt(text, w)]! & WORD)) && LEGAL_FORMS.has(form)) {
      end = w < n && codeAt(text, w) === DOT && w - q <= 4 ? w + 1 : w;
      continue;
    }
    const dotted = DOTTED_LEGAL_FORMS.find((f) => text.startsWith(f, q));
    if (dotted && !(CHAR_FLAGS[codeAt(text, q + dotted.length)]! & WORD)) {
      end = q + dotted.length;
      continue;
    }
    break;
  }
  return end;
}
