/** The card's checklist (components/card/checklist.ts): every criterion, found / none on record / not assessed. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CRITERIA, checklistOf } from '@/components/card/checklist';
import { cardViewOf } from '@/utils/background/entity-cache';
import { parseDataset } from '@/utils/exposure/schema';
import { scoreEntity } from '@/utils/exposure/score';
import type { CardView, FactorView } from '@/utils/messaging/views';

const dataset = parseDataset(JSON.parse(readFileSync('public/data/dataset.json', 'utf8')));
const views = dataset.entities.map((e) => cardViewOf(e, scoreEntity(e), dataset, false));

const factor = (kind: FactorView['kind'], points: number, status: FactorView['status'] = 'confirmed'): FactorView => ({
  kind,
  status,
  direction: 'risk',
  severity: 0.5,
  summary: `${kind} summary`,
  points,
  evidence: [],
});

const view = (more: Partial<CardView>): CardView => ({
  entityId: 'x',
  name: 'X',
  listings: [],
  private: false,
  score: 0,
  band: 'Low',
  assessed: true,
  risks: [],
  tailwinds: [],
  asOf: '2026-12-01',
  sources: ['test'],
  inWatchlist: false,
  ...more,
});

describe('the checklist over every company of the embedded dataset', () => {
  it(`has the ${CRITERIA.length} criteria in order, and the found points add up to the score shown`, () => {
    expect(views.length).toBeGreaterThan(400);
    for (const v of views) {
      const checks = checklistOf(v);
      expect(checks.map((c) => c.kind)).toEqual(CRITERIA.map((c) => c.kind));
      const tenths = checks.reduce((s, c) => s + Math.round(c.points * 10), 0);
      for (const c of checks) expect(Math.round(c.points * 10) / 10, v.entityId).toBe(c.points);
      expect(tenths, v.entityId).toBe(Math.round(v.score * 10));
    }
  });

  it('puts every risk factor under exactly one criterion, and marks found exactly the kinds on record', () => {
    for (const v of views) {
      const checks = checklistOf(v);
      expect(checks.flatMap((c) => c.factors).length, v.entityId).toBe(v.risks.length);
      const kinds = new Set(v.risks.map((r) => r.kind));
      for (const c of checks) expect(c.result === 'found', `${v.entityId} ${c.kind}`).toBe(kinds.has(c.kind));
    }
  });

  it('never says "not assessed" on a curated company (nothing on record reads "none on record")', () => {
    const curated = views.filter((v) => v.assessed && v.coverage !== 'listing');
    expect(curated.length).toBe(views.length);
    for (const v of curated) expect(checklistOf(v).filter((c) => c.result === 'not-assessed')).toEqual([]);
  });
});

describe('the checklist of one card', () => {
  it('sums the points of several factors of one kind, and shows the best-established status', () => {
    const checks = checklistOf(
      view({
        score: 60,
        risks: [
          factor('restricted-listing', 40, 'alleged'),
          factor('restricted-listing', 15, 'proposed'),
          factor('jurisdiction', 5),
        ],
      }),
    );
    expect(checks[0]).toMatchObject({ kind: 'restricted-listing', result: 'found', points: 55, status: 'proposed' });
    expect(checks[1]).toMatchObject({ kind: 'jurisdiction', result: 'found', points: 5, status: 'confirmed' });
    expect(checks.slice(2).every((c) => c.result === 'not-found' && c.points === 0 && !c.status)).toBe(true);
  });

  it('a listing-only company: its country and the screened lists were checked, nothing else was', () => {
    const checks = checklistOf(
      view({
        coverage: 'listing',
        hq: 'JP',
        score: 5,
        risks: [factor('jurisdiction', 5)],
        screenedOffline: ['OFAC SDN list', 'DoD 1260H list'],
      }),
    );
    expect(checks.map((c) => c.result)).toEqual([
      'not-found',
      'found',
      'not-assessed',
      'not-assessed',
      'not-assessed',
      'not-assessed',
      'not-assessed',
    ]);
  });

  it('lists count as checked only when some list was actually screened', () => {
    const unscreened = view({ coverage: 'listing', hq: 'JP', risks: [factor('jurisdiction', 5)] });
    expect(checklistOf(unscreened)[0]?.result).toBe('not-assessed');
    expect(checklistOf({ ...unscreened, screened: [] })[0]?.result).toBe('not-assessed');
    expect(checklistOf({ ...unscreened, screened: ['OFAC sanctions lists'] })[0]?.result).toBe('not-found');
  });

  it('a company not assessed at all: only a screened list can be "not found"; nothing is found', () => {
    const bare = view({ assessed: false, coverage: 'listing', screenedOffline: ['OFAC SDN list'] });
    expect(checklistOf(bare).map((c) => c.result)).toEqual([
      'not-found',
      'not-assessed',
      'not-assessed',
      'not-assessed',
      'not-assessed',
      'not-assessed',
      'not-assessed',
    ]);
    // A curated company with no factor at all (its country known) is not assessed either: no "none on record".
    const curatedBare = view({ assessed: false, hq: 'US' });
    expect(checklistOf(curatedBare).every((c) => c.result === 'not-assessed')).toBe(true);
  });
});
