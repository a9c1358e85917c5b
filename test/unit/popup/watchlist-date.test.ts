import { describe, expect, it } from 'vitest';
import { formatAdded } from '@/components/popup/WatchlistItem';

describe('the date a company was added, in the popup', () => {
  it('never throws, even for a date JavaScript cannot represent (addedAt 1e20)', () => {
    expect(formatAdded(Date.UTC(2025, 10, 13))).toMatch(/2025/);
    expect(formatAdded(1e20)).toBe('on an unknown date');
    expect(formatAdded(Number.NaN)).toBe('on an unknown date');
  });
});
