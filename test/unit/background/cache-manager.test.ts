import { describe, expect, it } from 'vitest';
import { createCacheManager, type RebuildEvent, safeWeights } from '@/utils/background/cache-manager';
import { DEFAULT_WEIGHTS } from '@/utils/exposure/score';
import { smallDataset } from '../support/services';

describe('cache manager', () => {
  it('builds at start with the stored weights, and rebuilds only on a real change', async () => {
    const events: Omit<RebuildEvent, 'cache' | 'previous'>[] = [];
    const manager = createCacheManager(
      async () => smallDataset,
      async () => ({ jurisdiction: 0.2 }),
    );
    manager.onRebuilt(({ reasons }) => void events.push({ reasons }));
    expect((await manager.current()).weights.jurisdiction).toBe(0.2);
    await manager.setWeights({ jurisdiction: 0.2 });
    await manager.setWeights({ jurisdiction: 0.3 });
    await manager.setDataset({ ...smallDataset, asOf: '2027-01-01' });
    await manager.settled();
    expect(events).toEqual([{ reasons: ['start'] }, { reasons: ['weights'] }, { reasons: ['dataset'] }]);
    // A refresh keeps the user's weights.
    expect((await manager.current()).weights.jurisdiction).toBe(0.3);
  });

  it('keeps the last good cache when the first load fails, and recovers on a new dataset', async () => {
    const manager = createCacheManager(async () => {
      throw new Error('no data');
    });
    await expect(manager.current()).rejects.toThrow('no data');
    await manager.setDataset(smallDataset);
    expect((await manager.current()).dataset).toBe(smallDataset);
  });

  it('falls back to the defaults for invalid overrides', () => {
    expect(safeWeights({ jurisdiction: 7 })).toEqual(DEFAULT_WEIGHTS);
    expect(safeWeights(undefined)).toEqual(DEFAULT_WEIGHTS);
  });
});
