/**
 * Investing.com's market codes: the Reuters/Yahoo suffix printed BEFORE a colon, then the RIC's root, in parentheses
 * after the name — "Allianz SE VNA O.N. (DE:ALVG)", "Siemens AG Class N (DE:SIEGn)", "Bank Mandiri Persero Tbk PT
 * (JK:BMRI)", "(T:7203)". The root is the listing symbol with Reuters' marks: a lower-case share class or registered-
 * shares letter ("SIEGn", "HNKG_p"), and on Xetra a "G" for the venue ("ALVG" is ALV on Xetra). Only inside "( … )",
 * where a code is all there is; the symbol must be a listing on the market the suffix names.
 */
import { type Candidates, STRONG, T_EXCHANGE } from './candidates';
import { CHAR_FLAGS, codeAt, isUpperAscii, WORD } from './chars';
import type { Compiled } from './compile';
import { listingOn, ricRootSymbols } from './listings';
import { SUFFIX_MARKETS } from './markets';

/** `text[s, e)` is an upper-case suffix right after "(" and before ":": reads the code; returns its end or 0. */
export function investingCode(cx: Compiled, text: string, s: number, e: number, out: Candidates): number {
  if (codeAt(text, s - 1) !== 0x28 || codeAt(text, e) !== 0x3a) return 0;
  const markets = SUFFIX_MARKETS[text.slice(s, e)];
  if (!markets) return 0;
  const j = e + 1;
  let k = j;
  while (k < text.length && k - j <= 12 && (CHAR_FLAGS[text.charCodeAt(k)]! & WORD || text.charCodeAt(k) === 0x5f)) k++;
  if (k === j || codeAt(text, k) !== 0x29 || !(isUpperAscii(codeAt(text, j)) || CHAR_FLAGS[codeAt(text, j)]! & WORD))
    return 0;
  for (const symbol of ricRootSymbols(text.slice(j, k), markets)) {
    const id = listingOn(cx, symbol, markets);
    if (id >= 0) {
      out.push(j, k, cx.listEntity[id]!, T_EXCHANGE, STRONG);
      return k;
    }
  }
  return 0;
}
