/**
 * Text and the detector's mentions in, signals out: one per (company, sentence) whose topic cues are about that
 * company. `extractSignals` reads a whole text; `extractSignalsFor` only the paragraphs around one company's
 * mentions, which is what runs when its card first opens.
 */
import type { Mention } from '../detect/types';
import { attribute, denier } from './attribute';
import { splitClauses } from './clauses';
import { findDenials, findTopicCues, isNegated, statusOf } from './cues';
import { findActors } from './references';
import { segmentSentences } from './segment';
import { type Signal, type Span, type Status, TOPICS, type Topic } from './types';

/** Every signal of `text`, in text order (then by entity id). `mentions` are the detector's, in text order. */
export function extractSignals(text: string, mentions: readonly Mention[]): Signal[] {
  return signalsOf(text, segmentSentences(text), sorted(mentions));
}

/**
 * The signals of one company: the same as `extractSignals(text, mentions)` filtered to `entityId`, computed from
 * the paragraphs around its mentions only (each with the paragraph before, for references, and the one after).
 */
export function extractSignalsFor(text: string, mentions: readonly Mention[], entityId: string): Signal[] {
  const all = sorted(mentions);
  const result: Signal[] = [];
  for (const w of windowsAround(
    text,
    all.filter((m) => m.entityId === entityId),
  )) {
    const sentences = segmentSentences(text, w.start, w.end);
    // The window's first sentence lacks the sentence before it: it is there only as the previous one of the next.
    const firstUsable = w.start === 0 ? 0 : 1;
    const own = signalsOf(text, sentences, all, firstUsable).filter((s) => s.entityId === entityId);
    result.push(...own);
  }
  return result;
}

function sorted(mentions: readonly Mention[]): Mention[] {
  return [...mentions].sort((a, b) => a.start - b.start);
}

/** Line-bounded ranges: from the paragraph before each mention's to the one after it, merged. */
function windowsAround(text: string, mentions: readonly Mention[]): Span[] {
  const windows: Span[] = [];
  for (const m of mentions) {
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    const start = lineStart === 0 ? 0 : text.lastIndexOf('\n', lineStart - 2) + 1;
    const lineEnd = indexOrEnd(text, m.end);
    const end = lineEnd === text.length ? lineEnd : indexOrEnd(text, lineEnd + 1);
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

function indexOrEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
}

function signalsOf(text: string, sentences: readonly Span[], mentions: readonly Mention[], from = 0): Signal[] {
  const signals: Signal[] = [];
  let cursor = 0;
  let previous: Mention[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    while (cursor < mentions.length && mentions[cursor]!.start < s.start) cursor++;
    const inside: Mention[] = [];
    for (let j = cursor; j < mentions.length && mentions[j]!.end <= s.end; j++) inside.push(mentions[j]!);
    if (i >= from) signals.push(...sentenceSignals(text, s, inside, previous));
    previous = inside;
  }
  return signals;
}

interface Finding {
  topics: Set<Topic>;
  negated: Set<Topic>;
  status: Status;
  distance: number;
}

/** The signals of one sentence. */
function sentenceSignals(text: string, s: Span, mentions: readonly Mention[], previous: readonly Mention[]): Signal[] {
  const sentence = text.slice(s.start, s.end);
  const cues = findTopicCues(sentence);
  if (cues.length === 0) return [];
  const actors = findActors(sentence, s.start, mentions, previous);
  if (actors.length === 0) return [];
  const clauses = splitClauses(sentence);
  const clauseOf = (offset: number) => clauses.find((c) => offset < c.end) ?? clauses[clauses.length - 1]!;
  const findings = new Map<string, Finding>();
  for (const cue of cues) {
    const { actors: about, distance } = attribute(sentence, clauseOf(cue.start), actors, cue);
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
  const deniers = new Set(findDenials(sentence).flatMap((d) => denier(clauseOf(d.start), actors, d)?.entityIds ?? []));
  const signals: Signal[] = [];
  for (const [entityId, f] of [...findings].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const denied = deniers.has(entityId);
    // A negated cue is dropped ("was not sanctioned"), unless the company is the one saying it: a denial.
    const topics = TOPICS.filter((t) => f.topics.has(t) || (denied && f.negated.has(t)));
    if (topics.length === 0) continue;
    signals.push({ entityId, start: s.start, end: s.end, sentence, topics, status: f.status, denied });
  }
  return signals;
}
