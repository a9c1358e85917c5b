/**
 * What the card's "In this article" section shows of a company's page signals (issue 15): at most three sentences,
 * the most severe topics first, each trimmed around the company. Pure, so the rules are unit-tested
 * (test/unit/card/in-article.test.ts).
 */
import { type Status, TOPICS, type Topic } from '@/utils/signals/types';

/** One sentence as the card shows it. Text only: rendered as text, never parsed as HTML. */
export interface SignalItem {
  id: string;
  text: string;
  topics: readonly Topic[];
  status: Status;
  denied: boolean;
}

/** What the section needs of a page signal (utils/dom/page-signals.ts). */
export interface SignalSource {
  id: string;
  signal: { sentence: string; topics: readonly Topic[]; status: Status; denied: boolean };
  foci?: readonly { start: number; end: number }[];
}

/** Sentences shown at most. */
export const MAX_SIGNALS = 3;
/** Characters of a sentence shown at most (before the ellipses). */
export const MAX_SENTENCE_CHARS = 160;

export const TOPIC_LABELS: Readonly<Record<Topic, string>> = {
  sanctions: 'Sanctions',
  'export-controls': 'Export controls',
  'military-ties': 'Military ties',
  'trade-restrictions': 'Trade restrictions',
  'state-probe': 'State probe',
  'state-support': 'State support',
};

export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  confirmed: 'Confirmed',
  alleged: 'Alleged',
  proposed: 'Proposed',
};

/** A signal's severity rank: its most severe topic's place in TOPICS (topics are sorted most severe first). */
function rank(topics: readonly Topic[]): number {
  return Math.min(...topics.map((t) => TOPICS.indexOf(t)));
}

/**
 * The sentences to show: most severe topic first, then page order (`signals` come in page order; the sort is
 * stable); the same sentence text only once.
 */
export function signalItems(signals: readonly SignalSource[], max = MAX_SIGNALS): SignalItem[] {
  const ordered = [...signals].sort((a, b) => rank(a.signal.topics) - rank(b.signal.topics));
  const seen = new Set<string>();
  const items: SignalItem[] = [];
  for (const s of ordered) {
    const text = trimAround(s.signal.sentence, s.foci);
    if (seen.has(text)) continue;
    seen.add(text);
    items.push({ id: s.id, text, topics: s.signal.topics, status: s.signal.status, denied: s.signal.denied });
    if (items.length === max) break;
  }
  return items;
}

/** A half-open range of offsets. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Words that refer back to the company in its own sentence ("…, that alleges the company gave…"). The engine's
 * attribution is richer; this only finds where the sentence says what it says about the company, to keep that part.
 */
const REFERENCE =
  /\b(?:the|this) (?:company|firm|group|business|conglomerate|giant|retailer|platform|chipmaker|carmaker|automaker|miner|bank|lender|operator|manufacturer|maker|supplier|contractor|producer)\b/gi;
/** Characters kept before the company in a cut sentence, at most. */
const LEAD = 40;
const ELLIPSIS = '…';

/**
 * The sentence with its white space collapsed, cut to about `max` characters at word boundaries, with an ellipsis
 * where text was cut. What is kept: the company's first mention (`foci`, offsets into `sentence`) and, when the
 * sentence refers back to it further on ("the company"), the words around that reference — with an ellipsis between
 * the two when they are far apart. Without a mention the sentence's start is kept.
 */
export function trimAround(sentence: string, foci: readonly Span[] = [], max = MAX_SENTENCE_CHARS): string {
  const { text, map } = collapse(sentence);
  if (text.length <= max) return text;
  const spans = foci
    .map((f) => ({ start: map(f.start), end: map(f.end - 1) + 1 }))
    .filter((f) => f.end > f.start)
    .sort((a, b) => a.start - b.start);
  const first = spans[0] ?? { start: 0, end: 0 };
  const refs = [...spans];
  for (const m of text.matchAll(REFERENCE)) refs.push({ start: m.index, end: m.index + m[0].length });
  const last = refs
    .filter((r) => r.start >= first.end)
    .sort((a, b) => a.start - b.start)
    .at(-1);
  if (!last || last.end - first.start <= max - LEAD) return window(text, first.start, last?.end ?? first.end, max);
  // Two pieces: the company's name, then what the sentence says about it further on.
  const head = window(text, first.start, first.end, Math.min(max, Math.max(first.end - first.start + 12, 48)), 1);
  const tail = window(text, last.start, last.end, Math.max(40, max - head.length - 1), 1 / 4);
  return `${head.replace(/…$/, '')} ${ELLIPSIS} ${tail.replace(/^…/, '')}`;
}

/** `text` with every run of white space made one space and the ends trimmed; `map` takes an offset of the original. */
function collapse(sentence: string): { text: string; map(offset: number): number } {
  const at: number[] = [];
  let text = '';
  let space = false;
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i] as string;
    if (/\s/.test(ch)) {
      space = true;
      at.push(text.length);
      continue;
    }
    if (space && text.length > 0) text += ' ';
    space = false;
    at.push(text.length);
    text += ch;
  }
  return { text, map: (offset) => at[Math.max(0, Math.min(offset, at.length - 1))] ?? 0 };
}

/**
 * About `max` characters of `text` around `[from, to)`, `before` of the spare room before it (a sentence is read
 * forwards), cut at word boundaries, with ellipses where text was cut.
 */
function window(text: string, from: number, to: number, max: number, before = 1 / 3): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - (to - from));
  let start = Math.max(0, from - Math.min(LEAD, Math.floor(room * before)));
  let end = Math.min(text.length, start + max);
  start = Math.max(0, Math.min(start, end - max));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < from) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > Math.max(start, to)) end = space;
  }
  const body = text.slice(start, end).replace(/[\s,;:(]+$/, '');
  return `${start > 0 ? ELLIPSIS : ''}${body}${end < text.length ? ELLIPSIS : ''}`;
}
