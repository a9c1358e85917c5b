/**
 * Checks that card text reads as plain English: what the summary test (test/unit/exposure/summaries.test.ts) and the
 * curators run over every factor summary and takeaway of the built dataset. Each check names a defect that reached
 * cards before (issue 14): statute fragments cut from DoD's 1260H notes ("…the PLA(2)(B)(i)(I))."), doubled words
 * ("export-control control list"), sentences that begin lower-case ("tP-Link is…"), text cut mid-clause.
 */

/** Words that may legitimately repeat ("had had", "that that" are rare in our text; none are allowed today). */
const DOUBLED_OK = new Set<string>([]);

/** Names that begin lower-case by design ("iQIYI", "eBay"), unlike a sentence's first word lower-cased by mistake. */
const LOWER_CASE_NAMES = /^(?:[a-z][A-Z]{2,}|eBay|iPhone|iPad)/;

/** Returns the problems found in one summary (empty when it reads cleanly). */
export function textProblems(text: string): string[] {
  const problems: string[] = [];
  // Doubled words, also across a hyphen ("export-control control").
  for (const m of text.matchAll(/\b([A-Za-z]{2,})(?:\s+|-)\1\b/gi)) {
    if (!DOUBLED_OK.has(m[1]!.toLowerCase())) problems.push(`doubled word "${m[0]}"`);
  }
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) break;
  }
  if (depth !== 0) problems.push('unbalanced parentheses');
  if (/\(\d+\)\([A-Za-z]+\)|\([ivx]+\)\([A-Z]\)/.test(text)) problems.push('statute fragment such as "(2)(B)(i)"');
  // A citation may close a clause in parentheses ("(NDAA FY2024 §805)"); inside the running sentence it may not.
  const outside = text.replace(/\([^()]*\)/g, '');
  if (/§|\bSection \d|\b\d+H\([a-z]\)/.test(outside)) problems.push('statute citation inside a sentence');
  // Sentence starts: after ". " (not after an abbreviation such as "Inc." or "U.S.") the next word is capitalised.
  for (const m of text.matchAll(/(?:^|[.!?]\s+)([a-z][A-Za-z-]*)/g)) {
    const before = text.slice(0, m.index! + 1);
    if (m.index !== 0 && /\b(?:Inc|Ltd|Co|Corp|No|vs|e\.g|i\.e|U\.S|p\.m|a\.m|approx|S\.A|N\.V|plc)\.$/.test(before))
      continue;
    if (/^(?:e\.g|i\.e)/.test(m[1]!) || LOWER_CASE_NAMES.test(m[1]!)) continue;
    problems.push(`sentence starts lower-case: "${m[1]}"`);
  }
  if (!/[.!?)"”]$/.test(text.trim())) problems.push('does not end a sentence');
  if (/\b(?:or|and|by|the|to)\.$/.test(text.trim())) problems.push('cut mid-clause');
  return problems;
}
