/** Finding cues in one sentence: topics (with their conditions), status, negation, denial. */
import { clauseAt } from './clauses';
import {
  ALLEGED_RE,
  CHIPS_RE,
  DEFENSE_RE,
  DENIAL_RE,
  MACRO_RE,
  NEGATOR_RE,
  PRIVATE_SUIT_RE,
  PROBE_AUTHORITY_RE,
  PROPOSED_RE,
  STATE_RE,
  TOPIC_REGEXES,
  WEAKLY_PROPOSED_RE,
} from './lexicon';
import { OFFICIAL_SOURCE } from './lexicon/status';
import type { Span, Status, Topic } from './types';

/** A macro phrase swallows the cues inside it ("renewed focus on military spending" is not a military tie). */
const MACRO = 'macro' as Topic;

export interface TopicCue extends Span {
  topic: Topic;
}

/** Topic cues of `sentence`, offsets into it; a cue inside a longer one is dropped ("export ban" is not a "ban"). */
export function findTopicCues(sentence: string, context = ''): TopicCue[] {
  // A defence buyer or chips may be in the sentence before ("…the updated Pentagon list. The agency also removed X
  // from the list."); a government must be in the sentence, or be its subject by a pronoun ("In March, the FTC fined
  // Samsung… It also fined Samsung…").
  const near = (re: RegExp) => test(re, sentence) || test(re, context);
  const state = test(STATE_RE, sentence) || (/^(?:It|They)\b/.test(sentence) && test(STATE_RE, context));
  const has = { state, defense: near(DEFENSE_RE), chips: near(CHIPS_RE) };
  const privateSuit = test(PRIVATE_SUIT_RE, sentence);
  const hits: TopicCue[] = [];
  for (const cue of TOPIC_REGEXES) {
    if ((cue.need && !has[cue.need]) || (cue.unless && has[cue.unless])) continue;
    if (cue.topic === 'state-probe' && privateSuit) continue;
    for (const m of sentence.matchAll(cue.re))
      hits.push({ start: m.index, end: m.index + m[0].length, topic: cue.topic });
  }
  // The authorities are state actors too: no government in the sentence, no authority to look for.
  if (has.state && !privateSuit && !hits.some((h) => h.topic === 'state-probe'))
    for (const m of sentence.matchAll(PROBE_AUTHORITY_RE))
      hits.push({ start: m.index, end: m.index + m[0].length, topic: 'state-probe' });
  if (hits.length === 0) return hits;
  for (const m of sentence.matchAll(MACRO_RE)) hits.push({ start: m.index, end: m.index + m[0].length, topic: MACRO });
  const inside = (h: TopicCue, o: TopicCue) =>
    o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start;
  return hits.filter((h) => h.topic !== MACRO && !hits.some((o) => inside(h, o)));
}

/** The status a cue's clause gives it: proposed over alleged over a weak hedge ("potential") over confirmed. */
export function statusOf(sentence: string, clauses: readonly Span[], cue: Span | TopicCue): Status {
  const c = clauseAt(clauses, cue.start);
  const text = sentence.slice(c.start, c.end);
  // "May" capitalised is the month; a modal after an action already taken says what it does (below).
  const proposed = [...text.matchAll(PROPOSED_RE)].filter((m) => m[0] !== 'May' || m.index === 0);
  const work = (i: number) => isContractWork(cue, text.slice(cue.end - c.start, i));
  const kept = (i: number, word: string) =>
    !isConsequence(text, i, word) && !isOwnForecast(text, i, word) && !work(i) && !ARGUMENT.test(text.slice(0, i));
  if (proposed.some((m) => kept(m.index, m[0]))) return 'proposed';
  // What a company disputes is no hedge on the action reported beside it ("is blacklisted … but disputes U.S. claims").
  const disputed = [...text.matchAll(DENIAL_RE)].map((d) => ({ start: d.index, end: d.index + d[0].length }));
  const inDenial = (i: number) => disputed.some((d) => i >= d.start && i < d.end);
  if ([...text.matchAll(ALLEGED_RE)].some((m) => !isReason(text, m.index) && !inDenial(m.index))) return 'alleged';
  if ([...text.matchAll(WEAKLY_PROPOSED_RE)].some((m) => hedges(text, m, cue.start - c.start, cue.end - cue.start)))
    return 'proposed';
  return REPORT_FRAME.test(sentence) ? 'alleged' : 'confirmed';
}

/**
 * A leading report frame hedges every clause after it: "According to people familiar with the matter, A was added,
 * but B was removed", "路透引述消息人士报道，…，但…".
 */
const REPORT_FRAME = new RegExp(
  `^(?:according to (?!(?:the )?(?:[\\w.'’-]+ ){0,2}?${OFFICIAL_SOURCE})[^,，]+|(?:people|sources|persons) familiar [^,，]+|[^,，]{0,30}?(?:引述消息人士|消息人士|据报|據報|据悉|據悉)[^,，]*)[,，]`,
  'i',
);

/**
 * An action already taken, as a modal's subject: "the restrictions could alter development of its chip", "the tariffs
 * imposed by President Trump over the last few weeks could reduce its earnings".
 */
const TAKEN_ACTION =
  /\b(?:the|these|those|this|its|their|U\.?S\.?|Trump['’]s) (?:[\w-]+ ){0,2}?(?:restrictions?|curbs?|bans?|rules?|sanctions|tariffs?|controls|measures|designation|listing|revocation|move|decision)(?: \w+ed\b[^,;]{0,60}?)?\s+$|(?:restrictions|curbs|bans|sanctions|tariffs|controls) (?:that|which)\s+$|\b(?:which|who) (?:was|were|has been|had been) \w+ed\b[^,]*,\s*$/i;

/**
 * Whether the modal at `index` states a consequence of an action taken (confirmed, as "will" and "would" are): not
 * when it qualifies the action itself ("the ban could be widened", "the curbs may include").
 */
function isConsequence(text: string, index: number, modal: string): boolean {
  if (!/^(?:could|may|might)$/i.test(modal) || !TAKEN_ACTION.test(text.slice(0, index))) return false;
  return !/^\s+(?:be|expand|extend|widen|include|cover|apply|go|come)\b/i.test(text.slice(index + modal.length));
}

/**
 * What an award pays for, not a hedge on it: "was awarded a $14.9 million delivery order to complete an engineering
 * change proposal" (a hedge word after the cue, past a "to" + verb of the contract's purpose).
 */
function isContractWork(cue: Span | TopicCue, between: string): boolean {
  return 'topic' in cue && cue.topic === 'state-support' && /\bto [a-z]+\b/.test(between);
}

/** The company's argument in a suit, not a state's plan: "arguing it should no longer face the stigma of…". */
const ARGUMENT = /\bargu(?:ing|ed|es)\s+(?:that\s+)?(?:it|they|the (?:company|firm))\s+$/i;

/** The company's forecast, not a state's plan: "it does not expect the restrictions to have a material impact". */
function isOwnForecast(text: string, index: number, word: string): boolean {
  return (
    /^(?:expect|intend)/i.test(word) &&
    /\b(?:it|we|the (?:company|firm|group))\s+(?:(?:does|do|did)\s+not\s+|doesn['’]t\s+|also\s+|now\s+|still\s+)?$/i.test(
      text.slice(0, index),
    )
  );
}

/**
 * An official action's stated reason: "added DJI to the list, accusing it of complicity", "a $300 million penalty for
 * alleged violations", "were investigated for alleged irregularities", "restricted investing in the company by
 * accusing Xiaomi of…", "faced sanctions for allegedly carrying…" report the action.
 */
function isReason(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const reason =
    (/(?:,|\bby)\s*$/.test(before) && /^accusing\b/i.test(text.slice(index))) || /\b(?:for|over)\s+$/i.test(before);
  return reason && OFFICIAL_ACTION.test(before);
}

const OFFICIAL_ACTION =
  /\b(?:added|designated|listed|placed|imposed|sanctioned|faced sanctions|fined|banned|blacklisted|restricted|charged|sued|penalt(?:y|ies)|investigated|probed|raided|cease[- ]and[- ]desist)\b/;

/**
 * Whether a weak hedge qualifies the cue at `cue` of the clause: "if" and "likely" hedge the clause; "potential" and
 * "possible" only the words right after them ("chose to settle …, the size of the potential penalty" is a fact).
 */
function hedges(text: string, m: RegExpMatchArray, cue: number, length: number): boolean {
  // A whole sentence pointing back at an action has no cue of its own to place.
  if (!/^(?:potential|possible)/i.test(m[0]) || length >= text.length) return true;
  const between = text.slice(m.index! + m[0].length, cue);
  return m.index! < cue && !/[,;]/.test(between) && between.trim().split(/\s+/).length <= 6;
}

/** Words a negator may stand before its cue: "was not on the Entity List" is 3. */
const NEGATION_REACH = 5;

/** A negator a few words before the cue in its clause ("not on the Entity List", "no evidence of"). */
export function isNegated(sentence: string, clauses: readonly Span[], cue: Span): boolean {
  const c = clauseAt(clauses, cue.start);
  const before = sentence.slice(c.start, cue.start);
  const last = [...before.matchAll(NEGATOR_RE)].pop();
  if (!last) return false;
  // "could not take a majority stake" is a threat (proposed), not a denial of the stake.
  if (/\b(?:could|can)\s*$/.test(before.slice(0, last.index))) return false;
  const between = before.slice(last.index + last[0].length).trim();
  // A comma closes the negator's phrase: "If that is not the case, a tariff must be paid by Apple" is a tariff.
  if (/[,，]/.test(between)) return false;
  // Chinese has no spaces: a few characters instead of a few words.
  if (/[\p{Script=Han}]/u.test(last[0])) return between.length <= 6;
  return between === '' || between.split(/\s+/).length <= NEGATION_REACH;
}

/** Denial cues of `sentence`, offsets into it. */
export function findDenials(sentence: string): Span[] {
  return [...sentence.matchAll(DENIAL_RE)]
    .filter((m) => !isRuling(sentence, m.index, m.index + m[0].length))
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * An authority turning something down, not a company denying a claim: a passive ("the protest has been denied") or a
 * request as the object ("the GAO denied the protest", "has denied Huawei's licence requests"); "Huawei has denied
 * that it spies" is the company's denial.
 */
function isRuling(sentence: string, start: number, end: number): boolean {
  if (!/^den/i.test(sentence.slice(start, end))) return false;
  if (/\b(?:is|are|was|were|be|been|being|get|got)\s+$/i.test(sentence.slice(Math.max(0, start - 12), start)))
    return true;
  return /^\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w’'-]+\s+){0,2}?(?:protests?|requests?|appeals?|applications?|petitions?|motions?|permits?|licen[cs]es?|entry|access|bids?|waivers?)\b/i.test(
    sentence.slice(end, end + 60),
  );
}

function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}
