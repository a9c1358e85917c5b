/** The signals of one sentence: its cues, attributed to its actors, with status, negation and denial. */
import type { Mention } from '../detect/types';
import { attribute, deniers as deniersOf, listAround } from './attribute';
import { splitClauses } from './clauses';
import { findDenials, findTopicCues, isNegated, statusOf, type TopicCue } from './cues';
import { type Actor, findActors } from './references';
import { isSideParty, isSource, sideParties } from './roles';
import { type Signal, type Span, type Status, TOPICS, type Topic } from './types';

/**
 * The sentence before: its mentions (for references), its text (for cue conditions) and its signals; and the last
 * signals found up to three sentences back (what a denial denies).
 */
export interface Previous {
  mentions: readonly Mention[];
  span: Span | undefined;
  signals: readonly Signal[];
  /** The topics of its cues, whoever they are about ("U.S. hits major Russian banks with sanctions"). */
  topics: readonly Topic[];
  recent: readonly Signal[];
}

/** A sentence's signals, and the topics of its cues (for the sentence after). */
export interface SentenceResult {
  signals: Signal[];
  topics: Topic[];
}

/**
 * A sentence that names the action of the sentence before instead of a topic ("Among the targets were…", "The
 * companies include…", "The designation of BYD…", "The move kicks the banks out…", "The agency also removed…").
 */
const ACTION_REF =
  /\b(?:(?:the|this|that|these|such) (?:\w+ )?(?:move|moves|action|actions|measures?|restrictions?|designations?|decision|listing|inclusion|additions?|steps?|targets|rule|order|expansion|funds|funding|financing|grants?|loans?|awards?|package|violations?)\b|\bas a result\b|\b(?:this|that) (?:will|would|could) (?:affect|hit|hurt|raise|cut)\b|\b(?:exposure|exposed|vulnerable)\b(?! to\b)|(?:The|These|Those) (?:\w+ )?(?:companies|firms|entities) (?:\w+ )?(?:include|included|are|were)\b|\balso (?:been )?(?:removed|added|included|named|listed|designated|scrubbed|dropped|placed)\b)/i;

/** A price move: not a signal even right after a political reason ("Toyota dropped 2.8%" after the tariff news). */
const PRICE_MOVE =
  /\b(?:fell|falls?|rose|rises?|slid|slides?|sank|sinks?|slump\w*|jump\w*|surg\w*|gain\w*|drop\w*|declin\w*|tumbl\w*|rall\w*|climb\w*|plung\w*|soar\w*)\b|\b(?:shares|stocks?)\b.*\b(?:down|up|lower|higher)\b/i;

interface Finding {
  topics: Set<Topic>;
  negated: Set<Topic>;
  status: Status;
  distance: number;
}

export function sentenceSignals(
  text: string,
  s: Span,
  mentions: readonly Mention[],
  previous: Previous,
): SentenceResult {
  const sentence = text.slice(s.start, s.end);
  const context = previous.span ? text.slice(previous.span.start, previous.span.end) : '';
  const cues = findTopicCues(sentence, context);
  const topics = TOPICS.filter((t) => cues.some((c) => c.topic === t));
  // "…, according to The New York Times (NYT). The two companies reported…": a report's source is not referred to.
  const from = previous.span?.start ?? 0;
  const sources = new Set(previous.mentions.filter((m) => isSource(context, m.start - from)).map((m) => m.entityId));
  const antecedents = previous.mentions.filter((m) => !sources.has(m.entityId));
  return { signals: signalsOf(sentence, s, cues, mentions, { ...previous, mentions: antecedents }), topics };
}

function signalsOf(
  sentence: string,
  s: Span,
  cues: readonly TopicCue[],
  mentions: readonly Mention[],
  previous: Previous,
): Signal[] {
  const denials = findDenials(sentence);
  const followsAction = cues.length === 0 && ACTION_REF.test(sentence) && !PRICE_MOVE.test(sentence);
  if (cues.length === 0 && denials.length === 0 && !followsAction) return [];
  const found = findActors(sentence, s.start, mentions, previous.mentions);
  if (found.length === 0) return [];
  if (followsAction && denials.length === 0) return inheritAction(sentence, s, found, previous);
  const clauses = splitClauses(sentence);
  const actors = [...found, ...elidedSubjects(sentence, clauses, found)].sort((a, b) => a.start - b.start);
  const clauseOf = (offset: number) => clauses.find((c) => offset < c.end) ?? clauses[clauses.length - 1]!;
  const findings = new Map<string, Finding>();
  // A lender, rival, partner or a report's source is not what the sentence is about — unless no other company is
  // ("a $1 billion financing line from JPMorgan Chase": the state supports a borrower, never the lender).
  const side = sideParties(sentence, actors, (i) => listAround(sentence, actors, i));
  const main = actors.filter((a) => !side.has(a));
  for (const cue of cues) {
    const candidates = main.some((a) => a.named) || cue.topic === 'state-support' ? main : actors;
    const { actors: about, distance } = attribute(sentence, clauseOf(cue.start), candidates, cue);
    const negated = isNegated(sentence, clauses, cue);
    const status = statusOf(sentence, clauses, cue);
    for (const id of new Set(about.flatMap((a) => a.entityIds))) {
      const f = findings.get(id) ?? { topics: new Set(), negated: new Set(), status, distance: Infinity };
      (negated ? f.negated : f.topics).add(cue.topic);
      // The status of the cue nearest the company: "added X to the list, which could lead to sanctions" is a fact.
      if (!negated && distance < f.distance) Object.assign(f, { status, distance });
      findings.set(id, f);
    }
  }
  const deniers = new Set(
    denials.flatMap((d) => deniersOf(sentence, clauseOf(d.start), actors, d).flatMap((a) => a.entityIds)),
  );
  inheritDenied(findings, deniers, previous.recent);
  const signals: Signal[] = [];
  for (const [entityId, f] of [...findings].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const denied = deniers.has(entityId);
    // A negated cue is dropped ("was not sanctioned"), unless the company is the one saying it: a denial.
    const topics = TOPICS.filter((t) => f.topics.has(t) || (denied && f.negated.has(t)));
    if (topics.length === 0) continue;
    // A sentence that only carries the denial leaves what is denied an allegation.
    const status = denied && !hasAction(sentence) ? 'alleged' : f.status;
    signals.push({ entityId, start: s.start, end: s.end, sentence, topics, status, denied });
  }
  return signals;
}

/**
 * "Apple makes iPhones in China, but has moved production to avoid tariffs": a clause with no subject of its own has
 * the subject of the clause before (its first company), placed at its start.
 */
function elidedSubjects(sentence: string, clauses: readonly Span[], actors: readonly Actor[]): Actor[] {
  const within = (c: Span) => actors.filter((a) => a.start >= c.start && a.end <= c.end);
  return clauses.flatMap((c, i) => {
    const subject = i > 0 ? within(clauses[i - 1]!)[0] : undefined;
    if (!subject || within(c).length > 0) return [];
    if (!/^(?:but|yet)\s+(?:has|have|had|is|was|were|will|would|also|still|\w+ed)\b/i.test(sentence.slice(c.start)))
      return [];
    return [{ start: c.start, end: c.start, entityIds: subject.entityIds, named: false }];
  });
}

/**
 * "Baidu issued an equally strong denial.", "Both rejected the designations as baseless": a denial with no topic of
 * its own denies what the sentence before said — it takes that sentence's topics.
 */
function inheritDenied(findings: Map<string, Finding>, deniers: Set<string>, before: readonly Signal[]): void {
  const inherited = TOPICS.filter((t) => before.some((s) => s.topics.includes(t)));
  if (inherited.length === 0) return;
  for (const id of deniers) {
    const f = findings.get(id);
    if (f && (f.topics.size > 0 || f.negated.size > 0)) continue;
    findings.set(id, { topics: new Set(inherited), negated: new Set(), status: 'alleged', distance: Infinity });
    // The denial answers the company's own allegation a sentence or two back ("… alleges the company gave the PLA
    // access to customer data. Alibaba has called the allegations false."): that allegation is denied too.
    for (const earlier of before)
      if (earlier.entityId === id && earlier.status === 'alleged') (earlier as { denied: boolean }).denied = true;
  }
}

/** An official action reported in the same sentence as the denial keeps its status ("DoD added Hesai … and we…"). */
function hasAction(sentence: string): boolean {
  // "It added: 'We are not a military company'": "added" reporting speech is no action.
  return /(?<!\b(?:should|would|could|may|might|will|to) (?:be |have been )?)\b(?:added|adds|designated|listed|included|placed|imposed|sanctioned|fined|banned|named)\b(?!\s*(?:[:,'‘“"]|that\b))/.test(
    sentence,
  );
}

/**
 * The action pointed back at was taken unless the sentence or the action says otherwise: "As a result, Nvidia expects
 * a $5.5 billion hit" and "The funds will support…, with operations expected in 2028" follow a fact; "This proposed
 * expansion could hit…" and a sentence after a proposal do not.
 */
function inheritedStatus(own: Status, sentence: string, recent: readonly Signal[]): Status {
  if (own !== 'proposed') return own;
  const ref = ACTION_REF.exec(sentence)?.[0] ?? '';
  const proposal = /\b(?:propos\w*|planned|potential|possible|threatened|draft)\b/i.test(ref);
  return proposal || (recent.length > 0 && recent.every((r) => r.status === 'proposed')) ? 'proposed' : 'confirmed';
}

const EXPOSURE = /\b(?:exposure|exposed|vulnerable)\b/i;
const SPEAKER_AT_END = /^\s+(?:said|says|reported|wrote|noted|estimated)\W*$/;

/** The actors of a sentence that points back at the previous sentence's action take the topics of its cues. */
function inheritAction(sentence: string, s: Span, actors: readonly Actor[], previous: Previous): Signal[] {
  const { recent } = previous;
  // Being "exposed" is to a restriction, never to a tailwind.
  const topics = EXPOSURE.test(sentence) ? previous.topics.filter((t) => t !== 'state-support') : previous.topics;
  if (topics.length === 0) return [];
  const whole = [{ start: 0, end: sentence.length }];
  const status = inheritedStatus(statusOf(sentence, whole, whole[0]!), sentence, recent);
  // "…, JPMorgan said.": the speaker closing a sentence that points back is a source, not a party to the action.
  // A rival or a report's source is no party either ("Microsoft, a rival, welcomed the decision").
  const parties = actors.filter(
    (a) => !(a.named && (SPEAKER_AT_END.test(sentence.slice(a.end)) || isSideParty(sentence, a.start, a.end))),
  );
  // "The companies include BYD and Baidu": the names, not what "the companies" would refer back to.
  const named = parties.filter((a) => a.named);
  const ids = [...new Set((named.length > 0 ? named : parties).flatMap((a) => a.entityIds))].sort();
  return ids.map((entityId) => ({
    entityId,
    start: s.start,
    end: s.end,
    sentence,
    topics: [...topics],
    status,
    denied: false,
  }));
}
