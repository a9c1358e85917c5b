/**
 * Payloads of the calls a content script answers (sent by the background to one tab), checked by hand: the content
 * script carries no zod, whose schemas cost every page load milliseconds of cold code to build (issue 17). The zod
 * schemas of the same payloads (`contentPayloadSchemas` in ./payloads.ts, for the background's checks) must accept
 * exactly what these accept: test/unit/messaging/content-payloads.test.ts.
 */

export type MentionDirection = 'next' | 'previous';

export interface FocusMentionPayload {
  direction: MentionDirection;
}

const invalid = (call: string, why: string) => new Error(`Invalid payload for "${call}": ${why}`);

/** `{ direction: 'next' | 'previous' }`, extra fields dropped, or throws. */
export function checkFocusMention(data: unknown): FocusMentionPayload {
  const direction = data && typeof data === 'object' ? (data as { direction?: unknown }).direction : undefined;
  if (direction !== 'next' && direction !== 'previous') throw invalid('focusMention', 'expected a direction');
  return { direction };
}

/** No payload at all, or throws. */
export function checkGetPageSignals(data: unknown): undefined {
  if (data !== undefined) throw invalid('getPageSignals', 'expected no payload');
  return undefined;
}
