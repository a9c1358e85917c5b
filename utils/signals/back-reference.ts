/**
 * Sentences that point back at the action the sentence before names instead of naming a topic ("The designation of
 * BYD, meanwhile…", "The funds will support…", "As a result, Nvidia expects…"): their companies take that action's
 * topics.
 */

import { statusOf } from './cues';
import type { Actor } from './references';
import { isSideParty } from './roles';
import type { Previous } from './sentence';
import type { Signal, Span, Status } from './types';

/**
 * A sentence that names the action of the sentence before instead of a topic ("Among the targets were…", "The
 * companies include…", "The designation of BYD…", "The move kicks the banks out…", "The agency also removed…").
 */
const ACTION_REF =
  /\b(?:(?:the|this|that|these|such) (?:\w+ )?(?:move|moves|action|actions|measures?|restrictions?|designations?|decision|listing|inclusion|additions?|steps?|targets|rule|order|expansion|funds|funding|financing|grants?|loans?|awards?|package|violations?)\b|\bas a result\b|\b(?:this|that) (?:will|would|could) (?:affect|hit|hurt|raise|cut)\b|\b(?:exposure|exposed|vulnerable)\b(?! to\b)|(?:The|These|Those) (?:\w+ )?(?:companies|firms|entities) (?:\w+ )?(?:include|included|are|were)\b|\balso (?:been )?(?:removed|added|included|named|listed|designated|scrubbed|dropped|placed)\b|\b(?:list|document|update|filing|roster)s? (?:\w+ )?(?:includ(?:e|es|ed)|kept|added|removed)\b)/i;

/** A price move: not a signal even right after a political reason ("Toyota dropped 2.8%" after the tariff news). */
const PRICE_MOVE =
  /\b(?:fell|falls?|rose|rises?|slid|slides?|sank|sinks?|slump\w*|jump\w*|surg\w*|gain\w*|drop\w*|declin\w*|tumbl\w*|rall\w*|climb\w*|plung\w*|soar\w*)\b|\b(?:shares|stocks?)\b.*\b(?:down|up|lower|higher)\b/i;

/** Whether a sentence with no cue of its own points back at the action before (and is no price move). */
export function pointsBack(sentence: string): boolean {
  return ACTION_REF.test(sentence) && !PRICE_MOVE.test(sentence);
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
export function inheritAction(sentence: string, s: Span, actors: readonly Actor[], previous: Previous): Signal[] {
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
