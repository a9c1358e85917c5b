/**
 * Text and the detector's mentions in, signals out: one per (company, sentence) whose topic cues are about that
 * company. `extractSignals` reads a whole text; `extractSignalsFor` only the paragraphs around one company's
 * mentions, which is what runs when its card first opens.
 */
import type { Mention } from '../detect/types';
import { segmentSentences } from './segment';
import { sentenceSignals } from './sentence';
import type { Signal, Span, Topic } from './types';

/** Every signal of `text`, in text order (then by entity id). `mentions` are the detector's, in text order. */
export function extractSignals(text: string, mentions: readonly Mention[]): Signal[] {
  return signalsOf(text, segmentSentences(text), sorted(mentions));
}

/**
 * The signals of one company: the same as `extractSignals(text, mentions)` filtered to `entityId`, computed from
 * the lines around its mentions only (see {@link windowsAround}).
 */
export function extractSignalsFor(text: string, mentions: readonly Mention[], entityId: string): Signal[] {
  const all = sorted(mentions);
  const result: Signal[] = [];
  for (const w of windowsAround(
    text,
    all.filter((m) => m.entityId === entityId),
  )) {
    const sentences = segmentSentences(text, w.start, w.end);
    result.push(...signalsOf(text, sentences, all, w.emitFrom).filter((s) => s.entityId === entityId));
  }
  return result;
}

function sorted(mentions: readonly Mention[]): Mention[] {
  return [...mentions].sort((a, b) => a.start - b.start);
}

/**
 * Lines to read before a mention's line: a sentence's signals depend on the sentence before (references, cue
 * conditions) and on the last signals up to three sentences back (an inherited denial), whose own depend on the
 * sentence before them — four lines of text always cover it.
 */
const LINES_BEFORE = 4;

/** How far back a denial may look for what it denies: "Baidu issued an equally strong denial" two sentences on. */
const RECENT_SENTENCES = 3;

/**
 * Line-bounded ranges around the mentions, merged: from four non-empty lines before each mention's line (read, not
 * reported) to the first non-empty line after it (where "the company" may refer back). `emitFrom`: where reported
 * sentences start.
 */
function windowsAround(text: string, mentions: readonly Mention[]): (Span & { emitFrom: number })[] {
  const windows: (Span & { emitFrom: number })[] = [];
  for (const m of mentions) {
    const emitFrom = text.lastIndexOf('\n', m.start - 1) + 1;
    const start = linesBack(text, emitFrom, LINES_BEFORE);
    const end = lineForward(text, m.end);
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end, emitFrom });
  }
  return windows;
}

/** The start of the `n`-th non-empty line before the line starting at `lineStart`. */
function linesBack(text: string, lineStart: number, n: number): number {
  let start = lineStart;
  for (let seen = 0; seen < n && start > 0; ) {
    // (lastIndexOf reads a negative position as 0, which would find the text's first line break again.)
    const prev = start < 2 ? 0 : text.lastIndexOf('\n', start - 2) + 1;
    if (text.slice(prev, start - 1).trim() !== '') seen++;
    start = prev;
  }
  return start;
}

/** The end of the first non-empty line after the line containing `from`. */
function lineForward(text: string, from: number): number {
  let end = indexOrEnd(text, from);
  while (end < text.length) {
    const next = indexOrEnd(text, end + 1);
    const blank = text.slice(end + 1, next).trim() === '';
    end = next;
    if (!blank) break;
  }
  return end;
}

function indexOrEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
}

/** A short line with no closing punctuation: a heading, a table-of-contents line. */
function isHeading(text: string, s: Span): boolean {
  const line = text.slice(s.start, s.end);
  return (
    !/[.!?。！？:”"’)]$/.test(line) && line.split(/\s+/).length <= 6 && /^[^\S\n]*\n/.test(text.slice(s.end, s.end + 3))
  );
}

/** Signals of the sentences, in order; those starting before `emitFrom` are read only as context. */
function signalsOf(text: string, sentences: readonly Span[], mentions: readonly Mention[], emitFrom = 0): Signal[] {
  const signals: Signal[] = [];
  let cursor = 0;
  let previous: Mention[] = [];
  let prevSpan: Span | undefined;
  let prevSignals: Signal[] = [];
  let prevTopics: Topic[] = [];
  let stale = false;
  let recent: { signals: Signal[]; age: number } = { signals: [], age: 0 };
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    while (cursor < mentions.length && mentions[cursor]!.start < s.start) cursor++;
    const inside: Mention[] = [];
    for (let j = cursor; j < mentions.length && mentions[j]!.end <= s.end; j++) inside.push(mentions[j]!);
    const before = {
      mentions: previous,
      span: prevSpan,
      signals: prevSignals,
      topics: prevTopics,
      recent: recent.signals,
    };
    const { signals: own, topics } = sentenceSignals(text, s, inside, before);
    if (s.start >= emitFrom) signals.push(...own);
    // A heading with no company ("Table of Contents") between a name and "the company" is skipped.
    if (inside.length > 0 || !isHeading(text, s)) {
      previous = inside;
      prevSpan = s;
    }
    prevSignals = own;
    // One sentence with no cue may stand between an action and a sentence pointing back at it ("…are assisting the
    // armed forces. Their inclusion will provoke Beijing. The inclusion of BYD on this list…").
    prevTopics = topics.length > 0 || stale ? topics : prevTopics;
    stale = topics.length === 0 && !stale;
    recent = own.length > 0 ? { signals: own, age: 0 } : { signals: recent.signals, age: recent.age + 1 };
    if (recent.age >= RECENT_SENTENCES) recent = { signals: [], age: 0 };
  }
  return signals;
}
