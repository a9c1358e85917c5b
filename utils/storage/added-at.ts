/**
 * The range a watchlist entry's `addedAt` (epoch ms) must fall in. Outside it a date is a typo or an attack, and far
 * outside it (beyond ±8.64e15) `new Date(…).toISOString()` and `Intl.DateTimeFormat#format` throw RangeError, which
 * used to break every export and the popup. Files and messages outside the range are refused; a stored value outside
 * it is repaired on read (the entry is kept). Pure: imported by the file parsers, the message schemas and storage.
 */

/** 2000-01-01T00:00:00Z: older than any GeoLens, so an earlier date is not a real "added" date. */
export const MIN_ADDED_AT = Date.UTC(2000, 0, 1);
/** A day of clock skew between devices is tolerated; later than that is not a real "added" date either. */
export const ADDED_AT_AHEAD_MS = 86_400_000;

export function maxAddedAt(now = Date.now()): number {
  return now + ADDED_AT_AHEAD_MS;
}

/** An integer epoch-ms date from 2000-01-01 to a day from now. */
export function isValidAddedAt(value: unknown, now = Date.now()): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_ADDED_AT && value <= maxAddedAt(now);
}

/** The nearest valid date: too early → 2000-01-01, too late or not a number → now. */
export function repairAddedAt(value: unknown, now = Date.now()): number {
  if (isValidAddedAt(value, now)) return value;
  if (typeof value === 'number' && Number.isFinite(value) && value < MIN_ADDED_AT) return MIN_ADDED_AT;
  return Math.trunc(now);
}

/** `new Date(ms).toISOString()`, or `undefined` instead of a RangeError for a date JavaScript cannot represent. */
export function isoDate(ms: number): string | undefined {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
