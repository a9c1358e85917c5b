/**
 * A user-timing entry, visible in DevTools' Performance panel and read by `npm run bench` (geolens:scan,
 * geolens:update, geolens:card-open). Only the latest entry of each name is kept, so a page open for hours does not
 * accumulate them.
 */
export function measureLatest(name: string, start: number, end: number, detail?: unknown): void {
  performance.clearMeasures(name);
  performance.measure(name, { start, end, detail });
}
