/**
 * Sentence segmentation: `Intl.Segmenter` (ICU's sentence rules), then repair of the false breaks ICU makes after
 * abbreviations, initials and dotted tickers (see ./abbreviations.ts).
 */
import { ALWAYS_JOINED, BEFORE_NUMBER, SENTENCE_STARTERS, USUALLY_JOINED } from './abbreviations';
import type { Span } from './types';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The sentences of `text[from, to)`, as offsets into `text`, trimmed of white space; empty ones are dropped. ICU
 * always breaks at a line break, and repair never joins across one, so a range that starts and ends at line
 * boundaries is segmented exactly as the whole text would be.
 */
export function segmentSentences(text: string, from = 0, to = text.length): Span[] {
  const raw: Span[] = [];
  for (const s of segmenter.segment(text.slice(from, to))) {
    const start = from + s.index;
    const span = { start, end: start + s.segment.length };
    const last = raw[raw.length - 1];
    if (last && isFalseBreak(text, last.end, span.end)) last.end = span.end;
    else raw.push(span);
  }
  return raw.map((s) => trim(text, s)).filter((s) => s.end > s.start);
}

/** Whether ICU's break at `at` (the end of one segment, the next ending at `nextEnd`) falls inside a sentence. */
function isFalseBreak(text: string, at: number, nextEnd: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  if (/\n\s*$/.test(before)) return false;
  // No space at the break: a dot inside a token, as in "9988.HK" (ICU breaks "digit. Capital"). Not after "。".
  if (!/\s$/.test(before)) return /\.$/.test(before) && /^[A-Za-z0-9]/.test(text.slice(at, at + 1));
  const token = /(?:^|[\s("'“‘])([^\s("'“‘]+)\s+$/.exec(before)?.[1];
  if (!token) return false;
  const raw = /^\S+/.exec(text.slice(at, nextEnd))?.[0] ?? '';
  const next = raw.replace(/^[("'“‘]+/, '');
  const nextWord = next.replace(/[^A-Za-z].*$/, '');
  if (ALWAYS_JOINED.has(token)) return true;
  if (BEFORE_NUMBER.has(token)) return /^\d/.test(next);
  // An opening quote starts a quoted sentence: 'on his platform, X. "To be clear, …'.
  if (USUALLY_JOINED.has(token) || isInitials(token))
    return !SENTENCE_STARTERS.has(nextWord) && /^[A-Z0-9]/.test(next) && !/^["“]/.test(raw);
  return false;
}

/** "U.S.", "U.K.", "J.P.", "F." (a middle initial). */
function isInitials(token: string): boolean {
  return /^(?:[A-Z]\.)+$/.test(token);
}

function trim(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
