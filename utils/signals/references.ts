/**
 * Actors: where a sentence names a company (a detector mention) or refers back to one ("the company", "the firm",
 * "it", its short name). A reference resolves to the nearest company named before it in the same sentence, else to
 * the company the previous sentence names first (plural ones — "the companies", "they" — to all it names).
 */
import type { Mention } from '../detect/types';
import { STATE_ACTORS } from './lexicon/context';
import type { Span } from './types';

/** A company in a sentence: offsets into the sentence; `entityIds` has several for a plural reference. */
export interface Actor extends Span {
  entityIds: string[];
  /** A detector mention, not a reference. */
  named: boolean;
}

const HEADS =
  'company|firm|group|giant|maker|chipmaker|automaker|carmaker|miner|producer|retailer|lender|bank|conglomerate|leader|operator|supplier|manufacturer|platform|developer|startup|business';
const SINGULAR = new RegExp(
  // A headline's bare "Company is blacklisted by the Pentagon…" under the line that names it.
  `(?<![\\w-])(?:[Tt]he (?:[\\w’'-]+ ){0,4}?(?:${HEADS})(?![\\w-])(?!s\\b)|[Ii]ts(?![\\w-])|^(?:Company|Firm)(?= [a-z]))`,
  'g',
);
const PLURAL =
  /(?<![\w-])(?:(?:[Tt]he|[Aa]ll|[Bb]oth|[Tt]hese|[Tt]hose) (?:[\w-]+ ){0,2}?(?:companies|firms|groups|makers|chipmakers|automakers|carmakers|miners|producers|giants|contractors|lenders|banks|platforms|retailers|sellers|exporters|refiners)|[Aa]ll (?:two|three|four|five|six|of them)|[Bb]oth of them|[Tt]hey|[Tt]heir|them)(?![\w-])/g;
/** An unnamed company before a pronoun, which the pronoun then refers to: "a chipmaker", "many automakers". */
const GENERIC_ONE = new RegExp(`(?<![\\w-])(?:[Aa]n?|[Oo]ne|[Aa]nother) (?:[\\w’'-]+ ){0,3}?(?:${HEADS})(?![\\w-])`);
const GENERIC_MANY =
  /(?<![\w-])(?!(?:[Tt]he|[Tt]hese|[Tt]hose|[Bb]oth|[Aa]ll|two|three|four) )(?:[\w-]+ )(?:companies|firms|groups|makers|chipmakers|automakers|carmakers|miners|producers|giants|contractors|lenders|banks|manufacturers|suppliers|retailers|platforms|sellers|exporters|refiners)(?![\w-])/;

/** A sentence whose subject is a name the detector does not know: "The United Kingdom has imposed its…". */
const NAMED_SUBJECT = /^(?:The )?(?:[A-Z][\w.’'-]* ){1,4}(?:has|have|had|is|was|were|will|would|said|says|announced)\b/;

function hasGenericAntecedent(before: string, plural: boolean): boolean {
  return plural ? GENERIC_MANY.test(before) : GENERIC_ONE.test(before) || NAMED_SUBJECT.test(before);
}

/** A word that a description between "the" and its head never holds: "The list also included chip maker X". */
const CLAUSE_WORD =
  /\s(?:also|is|was|are|were|has|had|have|and|or|of|to|in|on|for|with|by|that|which|includ(?:e|es|ed|ing)|said|says)\s/i;
/** "it": sentence-initial, after a reporting verb ("said it would"), or after a company in the same sentence. */
const IT = /(?<![\w-])(?:It|it)(?![\w'’-])/g;
const AFTER_SPEECH = /(?:said|says|stated|states|added|announced|warned|expects|expected|told|believes|noted|that)\s+$/;
/** "It is likely…", "it was unclear…": no referent. */
const EXPLETIVE =
  /^\s*(?:is|was|'s|’s|remains|seems|appears)\s+(?:not\s+)?(?:likely|unlikely|unclear|clear|possible|expected|too|hard|difficult|worth|time|important|understood|reported|believed)/;

/** A government right before "its" owns it: "as the United States escalates its crackdown", "Brussels widened its probe". */
const STATE_OWNER = new RegExp(
  `(?<![\\w-])(?:${STATE_ACTORS.join('|')}|United States|U\\.S\\.|US)\\s+((?:[a-z]+\\s+){0,2}?)$`,
);

/** A government's own "its" is after an action verb; after a copula it is the company's ("is now its largest shareholder"). */
function stateOwns(before: string): boolean {
  const m = STATE_OWNER.exec(before);
  // Nor after a preposition: "a contract from the Department of Defense for its new aircraft program".
  return (
    m !== null &&
    !/^(?:for|of|on|in|over|with|to|from|by|at)\b|\b(?:is|was|are|were|be|been|becom\w*|remain\w*)\b/.test(m[1]!)
  );
}

/** Words that start a multi-word name but do not name the company alone. */
const NOT_SHORT_NAMES = new Set([
  'The',
  'China',
  'Chinese',
  'American',
  'United',
  'National',
  'General',
  'First',
  'New',
]);

/**
 * The actors of `sentence` (which starts at `offset` in the text): its mentions (offsets into the text, sorted) and
 * the references resolved against them and against `previous`, the mentions of the sentence before.
 */
export function findActors(
  sentence: string,
  offset: number,
  mentions: readonly Mention[],
  previous: readonly Mention[],
): Actor[] {
  const named: Actor[] = mentions.map((m) => ({
    start: m.start - offset,
    end: m.end - offset,
    entityIds: [m.entityId],
    named: true,
  }));
  const taken = (s: number, e: number) => named.some((a) => s < a.end && e > a.start);
  const prevIds = [...new Set(previous.map((m) => m.entityId))];
  const refs: Actor[] = [];
  const add = (start: number, end: number, plural: boolean, pronoun = false) => {
    // "The list also included chip maker Quectel": a description right before a name is that name, not a reference.
    if (taken(start, end) || named.some((a) => a.start >= end && /^\s*$/.test(sentence.slice(end, a.start)))) return;
    const before = named.filter((a) => a.end <= start);
    const own = plural ? before.length >= 2 : before.length > 0;
    // "a rare-earth miner with the Pentagon as its largest shareholder": the pronoun has its antecedent right here.
    if (!own && pronoun && hasGenericAntecedent(sentence.slice(0, start), plural)) return;
    const ids = plural
      ? own
        ? [...new Set(before.flatMap((a) => a.entityIds))]
        : prevIds
      : own
        ? before[before.length - 1]!.entityIds
        : prevIds.slice(0, 1);
    if (ids.length > 0) refs.push({ start, end, entityIds: ids, named: false });
  };
  for (const m of sentence.matchAll(SINGULAR)) {
    if (CLAUSE_WORD.test(m[0])) continue;
    const its = /^its$/i.test(m[0]);
    if (!its || !stateOwns(sentence.slice(Math.max(0, m.index - 60), m.index)))
      add(m.index, m.index + m[0].length, false, its);
  }
  for (const m of sentence.matchAll(PLURAL))
    add(m.index, m.index + m[0].length, true, /^(?:they|their|them)$/i.test(m[0]));
  for (const m of sentence.matchAll(IT)) {
    const head = sentence.slice(0, m.index);
    const hasNamed = named.some((a) => a.end <= m.index);
    if (EXPLETIVE.test(sentence.slice(m.index + 2))) continue;
    if (m.index === 0 || AFTER_SPEECH.test(head) || hasNamed) add(m.index, m.index + 2, false, true);
  }
  refs.push(...shortNames(sentence, previous, taken));
  refs.push(...relatives(sentence, named));
  return [...named, ...refs].sort((a, b) => a.start - b.start);
}

/** What may stand between a name and its ", which": a ticker, a legal form, a place ("Kelvo Inc. of Canada"). */
const RELATIVE_TAIL =
  /^\s*(?:\([^)]*\))?(?:\s+(?:Inc|Co|Corp|Ltd|LLC|plc)\.?)?(?:\s+(?:of|in|from) (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)?)?\s*$/;

/** ", which" / ", who" right after a name (and its ticker): "AeroVironment, which announced the Army contract, said…". */
function relatives(sentence: string, named: readonly Actor[]): Actor[] {
  const found: Actor[] = [];
  for (const m of sentence.matchAll(/,\s+(which|who)\b/g)) {
    const at = m.index + m[0].length - m[1]!.length;
    const a = named.find((n) => n.end <= m.index && RELATIVE_TAIL.test(sentence.slice(n.end, m.index)));
    if (a) found.push({ start: at, end: at + m[1]!.length, entityIds: a.entityIds, named: false });
  }
  return found;
}

/** "Hesai" after "Hesai Technology Co.": the first word of a multi-word name, as a whole word. */
function shortNames(sentence: string, previous: readonly Mention[], taken: (s: number, e: number) => boolean): Actor[] {
  const found: Actor[] = [];
  const seen = new Set<string>();
  for (const m of previous) {
    const short = /^([A-Z][\w&-]{2,})\s/.exec(m.surface)?.[1];
    if (!short || NOT_SHORT_NAMES.has(short) || seen.has(short)) continue;
    seen.add(short);
    const re = new RegExp(`(?<![\\w-])${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g');
    for (const hit of sentence.matchAll(re)) {
      const end = hit.index + short.length;
      if (!taken(hit.index, end)) found.push({ start: hit.index, end, entityIds: [m.entityId], named: false });
    }
  }
  return found;
}
