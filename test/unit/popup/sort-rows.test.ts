import { describe, expect, it } from 'vitest';
import { sortRows } from '@/components/popup/sort-rows';
import type { WatchlistRow } from '@/utils/messaging/views';

const row = (entityId: string, score: number | undefined, scoreAtAdd: number, addedAt: number): WatchlistRow => ({
  entityId,
  name: entityId,
  shortName: entityId,
  known: score !== undefined,
  ...(score === undefined ? {} : { score, band: 'Low' as const }),
  scoreAtAdd,
  addedAt,
  history: [],
});

const ROWS = [
  row('bravo', 40, 50, 3),
  row('alpha', 70, 20, 1),
  row('ghost', undefined, 90, 4),
  row('charlie', 40, 10, 2),
];
const order = (sort: Parameters<typeof sortRows>[1]) => sortRows(ROWS, sort).map((r) => r.entityId);

describe('sortRows', () => {
  it('orders by score, name, change since added and date added; unscored last where it matters', () => {
    expect(order('score')).toEqual(['alpha', 'bravo', 'charlie', 'ghost']);
    expect(order('name')).toEqual(['alpha', 'bravo', 'charlie', 'ghost']);
    expect(order('change')).toEqual(['alpha', 'charlie', 'bravo', 'ghost']);
    expect(order('added')).toEqual(['ghost', 'bravo', 'charlie', 'alpha']);
  });
});
