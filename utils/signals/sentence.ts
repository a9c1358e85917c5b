/** The signals of one sentence: its cues, attributed to its actors, with status, negation and denial. */
import type { Mention } from '../detect/types';
import { attribute, deniers as deniersOf, listAround } from './attribute';
import { inheritAction, pointsBack } from './back-reference';
import { splitClauses } from './clauses';
import { findDenials, findTopicCues, isNegated, statusOf, type TopicCue } from './cues';
import { type Actor, findActors } from './references';
import { isSource, sideParties } from './roles';
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
  cues.push(...listCues(sentence, cues, previous.topics));
  cues.push(...listMembers(sentence, cues));
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
  // No company here or in the sentence before: nothing for a reference to stand for, so no signal (and no denial
  // scan, the costliest pattern, on the sentences between a long article's mentions).
  if (mentions.length === 0 && previous.mentions.length === 0) return [];
  const denials = findDenials(sentence);
  const followsAction = cues.length === 0 && pointsBack(sentence);
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
    // The company right after the cue is its object even when described as someone's supplier ("sanctioned Rusal, a
    // supplier of aluminium to Tesla").
    const object = actors.find((a) => a.named && a.start >= cue.end && /^\s*$/.test(sentence.slice(cue.end, a.start)));
    const pool = main.some((a) => a.named) || cue.topic === 'state-support' ? main : actors;
    const candidates = object && !pool.includes(object) ? [...pool, object] : pool;
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

/** Topics a list stands for: a sanctions list, the Entity List, the 1260H list, a tariff or investment-ban list. */
const LIST_TOPICS: readonly Topic[] = ['sanctions', 'export-controls', 'military-ties', 'trade-restrictions'];
const LIST_REF = /\b(?:to|on|from|off) (?:the|that|this|its) (?:same )?list\b/gi;

/**
 * "…were placed on the entity list for their support of the PLA. They also added QuantumCTek to the list for…": "the
 * list" is the one the sentence before named, with its topics (those the sentence has no cue of).
 */
function listCues(sentence: string, cues: readonly TopicCue[], before: readonly Topic[]): TopicCue[] {
  const topics = before.filter((t) => LIST_TOPICS.includes(t) && !cues.some((c) => c.topic === t));
  if (topics.length === 0) return [];
  return [...sentence.matchAll(LIST_REF)].flatMap((m) =>
    topics.map((topic) => ({ start: m.index, end: m.index + m[0].length, topic })),
  );
}

/** ", which includes X": the clause after a list names its members ("the Covered List, which already includes Huawei"). */
const MEMBERS = /^,\s+(which (?:\w+ )?(?:includes?|included|contains?|names?|lists?|covers?)\b)/;

/** A list cue's topic again at its ", which includes…" clause, whose companies are on that list. */
function listMembers(sentence: string, cues: readonly TopicCue[]): TopicCue[] {
  return cues.flatMap((c) => {
    const m = MEMBERS.exec(sentence.slice(c.end));
    if (!m || !/list/i.test(sentence.slice(c.start, c.end))) return [];
    const start = c.end + m[0].length - m[1]!.length;
    return [{ start, end: start + m[1]!.length, topic: c.topic }];
  });
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
  return /(?<!\b(?:should|would|could|may|might|will|to) (?:be |have been )?)(?<![\w-])(?:added|adds|designated|listed|blacklisted|included|placed|imposed|sanctioned|fined|banned|named|slapped|levied)\b(?!\s*(?:[:,'‘“"]|that\b))/.test(
    sentence,
  );
}
