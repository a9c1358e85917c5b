import { describe, expect, it } from 'vitest';
import { sourceSummary } from '@/components/popup/DataStatus';
import type { SourceStatus } from '@/utils/messaging/views';

const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);
const source = (over: Partial<SourceStatus>): SourceStatus => ({
  id: 'sec',
  name: 'SEC company tickers',
  publisher: 'SEC',
  description: '',
  licence: '',
  enabled: true,
  url: '',
  defaultUrl: '',
  urlHint: '',
  key: 'none',
  hasKey: false,
  cadenceHours: 24,
  datasets: [],
  origins: [],
  entityCount: 0,
  refreshing: false,
  ...over,
});

describe('popup data status', () => {
  it('gives the embedded snapshot its size and date', () => {
    expect(sourceSummary(source({ id: 'embedded', entityCount: 434, asOf: '2026-11-24' }), NOW)).toBe(
      '434 companies · as of 24\u00a0Nov\u00a02026',
    );
  });

  it('keeps a date it cannot read as it is', () => {
    expect(sourceSummary(source({ id: 'embedded', entityCount: 1, asOf: 'soon' }), NOW)).toBe('1 company · as of soon');
  });

  it('gives a healthy source its size and freshness', () => {
    expect(sourceSummary(source({ entityCount: 10218, lastSuccess: NOW - 2 * 3600_000 }), NOW)).toBe(
      '10,218 entries · updated 2 h ago',
    );
  });

  it('says a failed refresh keeps the last good data, and when that data is from', () => {
    const text = sourceSummary(
      source({
        entityCount: 6,
        error: 'Could not reach 127.0.0.1',
        lastAttempt: NOW - 60_000,
        lastSuccess: NOW - 7200_000,
      }),
      NOW,
    );
    expect(text).toBe('refresh failed 1 min ago; using data from 2 h ago');
  });

  it('says when a failing source has no data at all, and when one is still downloading', () => {
    expect(sourceSummary(source({ error: 'HTTP 500' }), NOW)).toBe('no data yet');
    expect(sourceSummary(source({}), NOW)).toBe('waiting for the first download');
    expect(sourceSummary(source({ refreshing: true, lastSuccess: NOW }), NOW)).toBe('refreshing…');
  });

  it('says a refresh is held back for confirmation, and that the data in use stays', () => {
    const held = { at: NOW - 60_000, count: 1, previous: 5, dropped: 4, examples: ['Acme'] };
    expect(sourceSummary(source({ entityCount: 5, lastSuccess: NOW - 120_000, held }), NOW)).toBe(
      '5 entries · updated 2 min ago; a newer download would drop 4 of them and waits for you in options',
    );
  });
});
