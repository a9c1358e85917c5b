/** Words for the data-sources section: times, counts and states as a reader wants them. */
import type { SourceStatus } from '@/utils/messaging/views';

/** "3 min ago", "yesterday 14:05", or a date. */
export function when(ms: number | undefined, now = Date.now()): string {
  if (!ms) return 'never';
  const s = Math.round((now - ms) / 1000);
  if (s < 0) return new Date(ms).toLocaleString();
  if (s < 60) return 'just now';
  if (s < 3600) return `${Math.round(s / 60)} min ago`;
  if (s < 86_400) return `${Math.round(s / 3600)} h ago`;
  return new Date(ms).toLocaleString();
}

export function stateOf(s: SourceStatus): string {
  if (s.refreshing) return 'Refreshing…';
  if (!s.enabled) return 'Off';
  if (s.error) return s.lastSuccess ? 'Error (last good data in use)' : 'Error';
  if (s.held) return 'Refresh held back (last good data in use)';
  if (!s.lastSuccess && s.id !== 'embedded') return 'Waiting for the first download';
  return 'Active';
}

export const CADENCES: readonly { hours: number; label: string }[] = [
  { hours: 6, label: 'every 6 hours' },
  { hours: 12, label: 'every 12 hours' },
  { hours: 24, label: 'daily' },
  { hours: 72, label: 'every 3 days' },
  { hours: 168, label: 'weekly' },
];
