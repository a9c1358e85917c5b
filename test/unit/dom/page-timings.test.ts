/** GeoLens's user timings: written by development and test builds only, never by a store build (page scripts read them). */
import { beforeEach, describe, expect, it } from 'vitest';
import { measureLatest } from '@/utils/dom/page-timings';
import { LOCAL_PAGES_BUILD } from '@/utils/sites';

beforeEach(() => performance.clearMeasures());

describe('page timings', () => {
  it('a store build (as the unit tests see it) leaves nothing in the page’s performance timeline', () => {
    expect(LOCAL_PAGES_BUILD).toBe(false);
    measureLatest('geolens:scan', 0, 1, { mentions: 3 });
    expect(performance.getEntriesByName('geolens:scan')).toHaveLength(0);
    expect(performance.getEntriesByType('measure')).toHaveLength(0);
  });

  it('a development or test build keeps the latest entry of each name, with its detail', () => {
    measureLatest('geolens:scan', 0, 1, { mentions: 3 }, true);
    measureLatest('geolens:scan', 1, 2, { mentions: 5 }, true);
    const entries = performance.getEntriesByName('geolens:scan') as PerformanceMeasure[];
    expect(entries).toHaveLength(1);
    expect(entries[0]?.detail).toEqual({ mentions: 5 });
  });
});
