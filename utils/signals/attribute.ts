/**
 * Which company a cue is about: the nearest actor in the cue's clause, widened to the list it belongs to ("added
 * Alibaba, Baidu and BYD to the list" is about all three). A clause with no company gives the cue to none: "amid tariff
 * worries" after a price move is macro talk, not a signal.
 */
import type { Actor } from './references';
import type { Span } from './types';

/**
 * What may separate the companies of one list, once brackets and "NYSE:" are removed: commas, "and", "along with",
 * the Chinese enumeration comma, and a few lower-case words of description ("search engine Baidu and electric vehicle
 * maker BYD", "Alibaba and other companies, including Baidu").
 */
/** In Chinese, a description may sit between the enumeration comma and the name ("、機器人技術公司速騰聚創"). */
const CHINESE_GAP = /^\s*(?:[、和及与與]|[，,]\s*(?:以及|和|及|与|與))\s*(?:以及)?[\p{Script=Han}A-Za-z -]{0,16}$/u;
const LIST_GAP =
  /^\.?(?:\s+[A-Z][a-z]+)?(?:,\s*[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,5}(?=,))*(?:[\s,、]*|\s*(?:,\s*|(?:,\s*)?(?:and other (?:[\w-]+ ){0,3}?(?:companies|firms),? including|and|or|&|as well as|along with|including|such as|和|及|与|與|以及)\s*)(?:(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*['’]s\s+|(?:U\.S\.|US|U\.K\.|UK|[A-Z][a-z]+(?:an|ese|ish|ch)|[A-Z][\w.]*-based)\s+)?(?:(?:[a-z][\w-]*(?:['’]s)?,?|[$€£]?[\d.,]+)\s+){0,6})$/;
const joins = (gap: string) =>
  CHINESE_GAP.test(gap.replace(/\s*[(（][^)）]*[)）]/g, '').replace(/[()（）]/g, '')) ||
  LIST_GAP.test(
    gap
      .replace(/[(（][^)）]*[)）]/g, ' ')
      .replace(/[()（）]/g, ' ')
      .replace(/\b[A-Za-z]+:\s*/g, ' ')
      .replace(
        /\b(?:PJSC|PAO|OAO|JSC|Inc|Co|Corp|Ltd|plc|PLC|AG|SA|NV|SE|LLC|Technology|Technologies|Holdings|Group)\b\.?/g,
        ' ',
      ),
  );

/** The actors `cue` is about (none when its clause names no company), and how far the nearest is. */
export function attribute(
  sentence: string,
  clause: Span,
  actors: readonly Actor[],
  cue: Span,
): { actors: Actor[]; distance: number } {
  const inClause = actors.filter(
    (a) => a.start >= clause.start && a.end <= clause.end && !PERSON_BETWEEN.test(sentence.slice(a.start, cue.start)),
  );
  if (inClause.length === 0) return { actors: [], distance: Infinity };
  const dist = (a: Actor) =>
    a.end <= cue.start ? cue.start - a.end : a.start >= cue.end ? a.start - cue.end + 0.5 : 0;
  let nearest = 0;
  for (let i = 1; i < inClause.length; i++) if (dist(inClause[i]!) < dist(inClause[nearest]!)) nearest = i;
  // A reference next to the cue ("added Alibaba, Baidu and BYD to its list") stands for a company named in the
  // clause: widen from that name.
  const near = inClause[nearest]!;
  const seeds = near.named
    ? [nearest]
    : inClause.flatMap((a, i) => (a.named && a.entityIds.some((id) => near.entityIds.includes(id)) ? [i] : []));
  const chosen = new Set<Actor>([near]);
  for (const seed of seeds) for (const a of listAround(sentence, inClause, seed)) chosen.add(a);
  // "X was also designated along with the Shiraz Petrochemical Company and Bushehr…": the cue is theirs too.
  const next = inClause.findIndex((a) => a.start >= cue.end);
  if (next >= 0 && inClause[next]!.named && ALONG_WITH.test(sentence.slice(cue.end, inClause[next]!.start)))
    for (const a of listAround(sentence, inClause, next)) chosen.add(a);
  return { actors: [...chosen], distance: dist(near) };
}

const ALONG_WITH = /^\s*,?\s*(?:along|together) with\s+(?:the\s+)?$/;

/**
 * A person of the company's between it and the cue is the one the cue is about: "Rusal lost over half its value after
 * its main owner Oleg Deripaska was named on the sanctions list" (not "Sovcomflot and its chief executive were…").
 */
const PERSON_BETWEEN =
  /(?<!\b(?:and|with) )\b(?:its|whose) (?:\w+ ){0,2}?(?:owner|founder|chairman|chief executive|CEO)s?\b/i;

/** The actors of the list that `inClause[seed]` is part of. */
export function listAround(sentence: string, inClause: readonly Actor[], seed: number): readonly Actor[] {
  const joined = (a: Actor, b: Actor) => joins(sentence.slice(a.end, b.start));
  let first = seed;
  let last = seed;
  while (first > 0 && joined(inClause[first - 1]!, inClause[first]!)) first--;
  while (last < inClause.length - 1 && joined(inClause[last]!, inClause[last + 1]!)) last++;
  return inClause.slice(first, last + 1);
}

/** The actor denying, for a denial cue: the nearest before it in its clause, else in the sentence. */
export function deniers(sentence: string, clause: Span, actors: readonly Actor[], denial: Span): readonly Actor[] {
  // A suit is brought by the company before it: the one after ("sued the Pentagon over X's listing") is not suing.
  const suit = /^(?:su[ei]|lawsuit|court)/i.test(sentence.slice(denial.start, denial.end));
  const one = suit ? denier(clause, actors, denial, false) : denier(clause, actors, denial);
  if (!one) return [];
  // "Both Alibaba and Baidu rejected the designations": every company of the list denies.
  return one.named ? listAround(sentence, actors, actors.indexOf(one)) : [one];
}

function denier(clause: Span, actors: readonly Actor[], denial: Span, after = true): Actor | undefined {
  const before = actors.filter((a) => a.end <= denial.start);
  const inClause = before.filter((a) => a.start >= clause.start);
  // "“We categorically reject the inclusion,” Baidu said": the speaker comes after.
  return (
    (inClause.length > 0 ? inClause : before).pop() ?? (after ? actors.find((a) => a.start >= denial.end) : undefined)
  );
}
