/**
 * Side parties: a company a sentence names without saying anything about it — the source of a report ("according to
 * The New York Times"), a lender ("a loan from JPMorgan"), a rival, partner or customer ("partners like Apple",
 * "record labels including Universal"). Judged from the words just before the name, so it works on unseen text.
 */
import type { Actor } from './references';

/** The source of what is said: never the company it is said of. */
const SOURCE_BEFORE =
  /(?:\baccording to|\bciting|\btold|\bper|\breported by|\bcited by|\b(?:analysts?|economists?|strategists?) at)\s+(?:the\s+)?$/i;

/**
 * A counterparty: lent or sold by ("a $1 billion financing line from JPMorgan"), or named as a rival, partner, customer
 * or supplier, or as the one an action would benefit ("Huawei's addition to the Entity List would benefit Apple"). A
 * singular role right after a name is no counterparty: in "Nvidia customer TSMC" and "Apple rival Samsung" the second
 * is the one the sentence is about. "from" only right before the name: "a memo from the administration accuses Alibaba" is about Alibaba.
 */
const COUNTERPARTY_BEFORE =
  /(?:\bfrom(?:\s+the)?|\bventure (?:between|of)|\b(?:selling|sold|sales|shipping|shipped|shipments|supplying|supplied) (?:\S+ ){0,4}?to|\b(?:partners|rivals|competitors|peers|customers|clients|suppliers|lenders|banks|labels|backers|creditors|buyers|underwriters)|(?<![A-Z][\w.&-]* )\b(?:partner|rival|competitor|customer|client|supplier|lender|buyer|underwriter)|\b(?:benefit|boost|favou?r)(?:s|ed|ing)?)(?:,?\s+(?:like|such as|including))?,?\s+$/i;

/**
 * The one complaining, not the one complained of: "a complaint by Swedish music streaming service Spotify" (a
 * description before the name, not another name: "a complaint by Spotify against Apple" is about Apple).
 */
const COMPLAINANT_BEFORE =
  /\b[Cc]omplain(?:ts?|ed|ants?)(?: (?:filed|lodged))? (?:by|from) (?:[A-Z][a-z]+(?:an|ish|ese|ch) )?(?:[a-z][\w-]* ){0,5}?$/;

/** Left out of what the sentence says: "with the exception of Tesla", "except Tesla", "with Tesla the exception". */
const EXCLUDED_BEFORE = /\b(?:except(?:\s+for)?|excluding|other than|apart from|with the exception of)\s+$/i;
const EXCLUDED_AFTER =
  /^\s+(?:(?:was|is|being|as)\s+)?(?:the|an|a notable) exception\b|^\s+(?:was|is|had been) (?:the )?(?:favou?rite|front-?runner|expected) to win\b|^(?:['’]s)? (?:subsidiary|unit) \w|^,\s+(?:an?|its|the) (?:\w+ )?(?:rival|competitor|partner|customer|supplier|lender)\b|^\s+an? (?:\w+ )?(?:edge|advantage|head start) over\b/i;

/**
 * An appositive that says the counterparty is itself sanctioned or blacklisted makes it the subject, not a side
 * party: "buys aluminium from Rusal, a sanctioned Russian producer".
 */
const LISTED_APPOSITIVE = /^,\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}?(?:[\w.]+-)?(?:sanctioned|blacklisted)\b/i;

/** How much text before a name the patterns look at. */
const REACH = 60;

/** Whether the company at `start` of `sentence` is named as the source of a report. */
export function isSource(sentence: string, start: number): boolean {
  return SOURCE_BEFORE.test(sentence.slice(Math.max(0, start - REACH), start));
}

/** Whether the company at `start`–`end` of `sentence` is named as a counterparty, a source or an exception. */
export function isSideParty(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - REACH), start);
  if (LISTED_APPOSITIVE.test(sentence.slice(end, end + 50))) return false;
  return (
    SOURCE_BEFORE.test(before) ||
    COUNTERPARTY_BEFORE.test(before) ||
    COMPLAINANT_BEFORE.test(before) ||
    EXCLUDED_BEFORE.test(before) ||
    EXCLUDED_AFTER.test(sentence.slice(end, end + 30))
  );
}

/**
 * The side parties among a sentence's named actors, with the lists they head ("from JPMorgan Chase and Goldman
 * Sachs"): `listOf` gives the list an actor belongs to.
 */
export function sideParties(
  sentence: string,
  actors: readonly Actor[],
  listOf: (seed: number) => readonly Actor[],
): Set<Actor> {
  const side = new Set<Actor>();
  actors.forEach((a, i) => {
    if (!a.named || !isSideParty(sentence, a.start, a.end)) return;
    for (const b of listOf(i)) if (b.named && b.start >= a.start) side.add(b);
  });
  return side;
}
