/**
 * Clauses: the scope of a hedge, a negation and of "the nearest company". A clause ends at a semicolon or a lone dash,
 * and before a comma that opens a contrasting or subordinate clause ("…, while Baidu…", "…, which could…", "，而…")
 * or a new subject's clause ("…, and Tesla rose 2%"). Plain commas stay inside: they mostly separate the companies of a list.
 */
import type { Span } from './types';

const DASH = /\s+[—–-]{1,2}\s+/g;
const BOUNDARY =
  /\s*;\s+|；|，(?=而|但|不过|不過|同时|同時|与此同时|與此同時|然而)|\s+[—–-]{1,2}\s+|,\s+(?=and (?:we|it|the(?! [A-Z][a-z]+ [A-Z])|they|he|she|its|their|(?:[A-Z][\w.]* )?(?:officials|lawmakers|regulators)|[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3} (?:said|says|rose|fell|gained|dropped|slipped|jumped|climbed|declined|closed|ended|traded))\b)|(?<!(?:label|nam|list|designat)(?:l?ed|s) [^;]{1,99}),\s+(?=as\b(?! well as))|,\s+(?=(?:but|while|although|though|whereas|which|after|amid|even as|a move|before|when|since|because|however|prompting|sending|leaving|in a|with)\b)/g;

/** Only names after a dash, to the end: the list the dash explains ("included two of China’s largest tech companies —
 * Alibaba and Baidu."), not a clause of its own. */
const NAMES_TO_END = /^(?:[A-Z][\w.&’'-]*|and|or|&)(?:\s+(?:[A-Z][\w.&’'-]*|and|or|&))*\s*[.!?]?\s*$/;

/** The clauses of `sentence`, as offsets into it, covering it with no gap. */
export function splitClauses(sentence: string): Span[] {
  const clauses: Span[] = [];
  let start = 0;
  // Two dashes enclose a parenthesis ("three leaders — Alibaba, Baidu and Tencent — are assisting…"): not a boundary.
  const paired = [...sentence.matchAll(DASH)].length >= 2;
  for (const m of sentence.matchAll(BOUNDARY)) {
    const dash = /[—–-]/.test(m[0]) && !m[0].startsWith(',');
    if (dash && (paired || NAMES_TO_END.test(sentence.slice(m.index + m[0].length)))) continue;
    if (m.index > start) clauses.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < sentence.length || clauses.length === 0) clauses.push({ start, end: sentence.length });
  return clauses;
}

/** The clause that contains `offset` (the last one when it falls on a boundary's punctuation). */
export function clauseAt(clauses: readonly Span[], offset: number): Span {
  return clauses.find((c) => offset < c.end) ?? clauses[clauses.length - 1]!;
}
