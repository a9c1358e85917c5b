/**
 * A company's own listing code printed next to its name with no market to announce it: "Fast Retailing 9983" and
 * "Tokyo Electron\n8035" (Reuters copy as portals print it), "Petrobras (PETR3;PETR4)", "Vale (VALE3)", "Wesfarmers
 * (WES)". The code must be a listing of the company the name right before it names: the name decides among companies
 * that share a symbol (WES is also a NYSE line), and a number that is not its code ("Toyota 2024 results") is nothing.
 * Settled like any code in parentheses (KIND_PAREN, ./resolve.ts): kept only when that name is accepted.
 */
import { type Candidates, KIND_PAREN, T_NAME, T_TICKER } from './candidates';
import { CHAR_FLAGS, codeAt, DIGIT, isUpperAscii, SPACE, WORD } from './chars';
import { type Compiled, firstListing, normalizeSymbol } from './compile';

/** Between a name and its code in parentheses: "Vale (VALE3)", "Tencent（700）". */
const OPEN_GAP = /^\s?[(（]\s?$/;
/** Between two codes of one company in the same parentheses: "(PETR3;PETR4)", "(PETR3/PETR4)", "(WES, WESN)". */
const LIST_GAP = /^\s?[;,/]\s?$/;

/**
 * The entity whose code `text[s, …)` may be: the name candidate just before it (one space or line break between, or
 * an opening parenthesis when `paren`), or, in parentheses, the code of the same company before a list separator.
 */
function ownerOf(text: string, s: number, out: Candidates, paren: boolean): number {
  const last = out.n - 1;
  if (last < 0) return -1;
  const end = out.end[last]!;
  if (s - end > 3 || end > s) return -1;
  const gap = text.slice(end, s);
  if (out.tier[last] === T_NAME) {
    if (paren ? OPEN_GAP.test(gap) : gap.length === 1 && CHAR_FLAGS[gap.charCodeAt(0)]! & SPACE)
      return out.entity[last]!;
    return -1;
  }
  return paren && out.tier[last] === T_TICKER && out.kind[last] === KIND_PAREN && LIST_GAP.test(gap)
    ? out.entity[last]!
    : -1;
}

/** The listing of `symbol` that belongs to `entity`, or -1. */
function listingOf(cx: Compiled, symbol: string, entity: number): number {
  for (let id = firstListing(cx, normalizeSymbol(symbol)); id >= 0; id = cx.listNext[id]!)
    if (cx.listEntity[id] === entity) return id;
  return -1;
}

/**
 * `text[s, e)`, a word with no lower-case letter inside parentheses or a list of codes in them: pushes it as its
 * owner's code and returns `e`, or returns 0.
 */
export function ownCodeInParentheses(cx: Compiled, text: string, s: number, e: number, out: Candidates): number {
  const close = codeAt(text, e);
  if (close !== 0x29 && close !== 0xff09 && close !== 0x3b && close !== 0x2f && close !== 0x2c) return 0;
  const entity = ownerOf(text, s, out, true);
  if (entity < 0 || listingOf(cx, text.slice(s, e), entity) < 0) return 0;
  out.push(s, e, entity, T_TICKER, KIND_PAREN);
  return e;
}

/**
 * Digits at `i` right after a name and one space or line break ("Advantest 6857 rose"): pushes them as the named
 * company's code and returns where they end, or returns 0. A suffix or a Bloomberg code after the digits ("9983.T",
 * "7203 JP") is read by ./listings.ts instead.
 */
export function ownCodeAfterName(cx: Compiled, text: string, i: number, out: Candidates): number {
  let e = i;
  while (e < text.length && CHAR_FLAGS[text.charCodeAt(e)]! & DIGIT) e++;
  if (e - i < 3 || e - i > 6) return 0;
  const next = codeAt(text, e);
  if (CHAR_FLAGS[next]! & WORD || ((next === 0x2e || next === 0x2d) && isUpperAscii(codeAt(text, e + 1)))) return 0;
  if (next === 0x20 && isUpperAscii(codeAt(text, e + 1)) && isUpperAscii(codeAt(text, e + 2))) return 0;
  const entity = ownerOf(text, i, out, false);
  if (entity < 0 || listingOf(cx, text.slice(i, e), entity) < 0) return 0;
  out.push(i, e, entity, T_TICKER, KIND_PAREN);
  return e;
}
