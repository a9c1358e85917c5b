/**
 * GeoLens's user-timing entries (geolens:scan, geolens:update, geolens:card-open, geolens:card-signals,
 * geolens:signal-counts): visible in DevTools' Performance panel and read by `npm run bench` and the E2E tests.
 *
 * The page's performance timeline is shared with the page's own scripts, which are hostile: an entry there would tell
 * any of them that GeoLens is installed, how many companies it marked, and when the reader opened a card. So only the
 * development and test builds (the ones that run on local pages) write them; a store build writes nothing.
 */
import { LOCAL_PAGES_BUILD } from '@/utils/sites';

/** Records `name` from `start` to `end`, keeping only the latest entry of that name (a page open for hours). */
export function measureLatest(
  name: string,
  start: number,
  end: number,
  detail?: unknown,
  enabled: boolean = LOCAL_PAGES_BUILD,
): void {
  if (!enabled) return;
  performance.clearMeasures(name);
  performance.measure(name, { start, end, detail });
}
