/**
 * Score history per watched company, for "change since the previous refresh" and the popup's sparkline. A point is
 * recorded when the company is added and whenever the scores are rebuilt from a new dataset version or new weights
 * (the point's `k` names that build, so a service-worker restart on the same data records nothing). Local only:
 * it is derived data, and sync storage is too small for it.
 *
 * Version 1: `local:scoreHistory` = `{ [entityId]: [at, score, key][] }`, oldest first, at most
 * {@link MAX_HISTORY_POINTS} per company.
 */
import { storage } from 'wxt/utils/storage';
import { checkStoredItem, type Problem } from './issues';

export const HISTORY_VERSION = 1;
/** Enough for a readable sparkline and a few months of daily refreshes, small enough to never matter. */
export const MAX_HISTORY_POINTS = 30;

export type HistoryPoint = [at: number, score: number, key: string];
export type ScoreHistory = Record<string, HistoryPoint[]>;

export const historyItem = storage.defineItem<ScoreHistory>('local:scoreHistory', {
  fallback: {},
  version: HISTORY_VERSION,
});

function isPoint(p: unknown): p is HistoryPoint {
  return (
    Array.isArray(p) &&
    p.length === 3 &&
    Number.isFinite(p[0]) &&
    typeof p[1] === 'number' &&
    p[1] >= 0 &&
    p[1] <= 100 &&
    typeof p[2] === 'string'
  );
}

/** Keeps every valid point; drops (and reports) the rest. */
export function repairHistory(raw: unknown): { value: ScoreHistory; problems: Problem[] } {
  const problems: Problem[] = [];
  const value: ScoreHistory = {};
  if (raw == null) return { value, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ message: 'the score history is not an object; starting a new one', raw });
    return { value, problems };
  }
  for (const [id, points] of Object.entries(raw)) {
    if (!Array.isArray(points)) {
      problems.push({ message: `the score history of "${id}" is not a list; dropped`, raw: points });
      continue;
    }
    const valid = points.filter(isPoint);
    if (valid.length !== points.length) {
      problems.push({ message: `dropped ${points.length - valid.length} unreadable history point(s) of "${id}"` });
    }
    value[id] = valid.sort((a, b) => a[0] - b[0]).slice(-MAX_HISTORY_POINTS);
  }
  return { value, problems };
}

export async function loadHistory(): Promise<ScoreHistory> {
  return repairHistory(await historyItem.getValue()).value;
}

/** Run by the background at start: reports what a corrupt history lost and writes the repaired value back. */
export async function checkStoredHistory(): Promise<void> {
  await checkStoredItem('history', historyItem, repairHistory);
}

/**
 * Adds a point per company unless its latest point already comes from the same build (`key`); returns the new
 * history. Pure.
 */
export function withPoints(
  history: ScoreHistory,
  scores: ReadonlyMap<string, number>,
  key: string,
  at: number,
): ScoreHistory {
  const next: ScoreHistory = { ...history };
  for (const [id, score] of scores) {
    const points = next[id] ?? [];
    const last = points[points.length - 1];
    if (last && last[2] === key) continue;
    next[id] = [...points, [at, score, key] as HistoryPoint].slice(-MAX_HISTORY_POINTS);
  }
  return next;
}

/**
 * The score before the latest refresh: the most recent point from a build other than `currentKey`. `undefined`
 * when the company has only been scored by the current build.
 */
export function previousScore(points: readonly HistoryPoint[], currentKey: string): number | undefined {
  for (let i = points.length - 1; i >= 0; i--) {
    const p = points[i] as HistoryPoint;
    if (p[2] !== currentKey) return p[1];
  }
  return undefined;
}
