/**
 * What signal extraction works with: text and the detector's mentions in, (company, sentence) signals out. Nothing
 * here touches the DOM (issue 15, "In this article").
 */

/** Topics, most severe first: a signal's `topics` are sorted in this order. */
export const TOPICS = [
  'sanctions',
  'export-controls',
  'military-ties',
  'trade-restrictions',
  'state-probe',
  'state-support',
] as const;
export type Topic = (typeof TOPICS)[number];

/**
 * `confirmed`: reported as fact or an official action; `alleged`: an accusation or a report from unnamed sources;
 * `proposed`: considered, planned or threatened, not taken.
 */
export type Status = 'confirmed' | 'alleged' | 'proposed';

/** A half-open range of UTF-16 offsets into the text. */
export interface Span {
  start: number;
  end: number;
}

/** One sentence that says something about one company concerning one or more topics. */
export interface Signal extends Span {
  entityId: string;
  /** The whole sentence, `text.slice(start, end)` (trimmed of surrounding white space). */
  sentence: string;
  /** Never empty; most severe first (see {@link TOPICS}). */
  topics: Topic[];
  status: Status;
  /** The sentence reports the company denying it. */
  denied: boolean;
}
