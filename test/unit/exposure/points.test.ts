/**
 * Points that add up (issue 16): the whole points the card shows beside each factor add up to the score it shows,
 * for every entity of the embedded dataset and every company of the listed universe.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '@/utils/exposure/schema';
import { apportion, scoreEntity } from '@/utils/exposure/score';
import { createUniverseFactors } from '@/utils/sources/universe-factors';
import { parseUniverse } from '@/utils/sources/universe-format';

const dataset = parseDataset(JSON.parse(readFileSync('public/data/dataset.json', 'utf8')));
const universe = parseUniverse(JSON.parse(readFileSync('public/data/universe.json', 'utf8')));

function checkAddsUp(id: string, factors: Parameters<typeof scoreEntity>[0]['factors']): void {
  const s = scoreEntity({ factors });
  const shownTenths = s.risks.map((r) => Math.round(r.shownPoints * 10));
  for (const [i, r] of s.risks.entries()) expect(shownTenths[i]! / 10, id).toBe(r.shownPoints); // tenths exactly
  expect(
    shownTenths.reduce((a, b) => a + b, 0),
    id,
  ).toBe(Math.round(s.score * 10));
  expect(Math.round(s.score * 10) / 10, id).toBe(s.score);
  for (const r of s.risks) expect(Math.abs(r.shownPoints - r.points), id).toBeLessThan(0.1);
}

describe('points that add up', () => {
  it('apportions by largest remainder: floors, then the largest remainders, ties to the earlier value', () => {
    expect(apportion([6.5], 7)).toEqual([7]);
    expect(apportion([2.6, 2.6], 5)).toEqual([3, 2]);
    expect(apportion([8.4, 5.3, 5.3], 19)).toEqual([9, 5, 5]);
    expect(apportion([14.5], 15)).toEqual([15]);
    expect(apportion([], 0)).toEqual([]);
  });

  it('adds up to the shown score for every curated entity (and a one-factor card shows the score itself)', () => {
    expect(dataset.entities.length).toBeGreaterThan(400);
    for (const e of dataset.entities) checkAddsUp(e.id, e.factors);
    // The cases: Visa "6 Low" beside "+7" before; MP Materials 19 from +8 +6 +6. A one-factor card's
    // factor shows the score itself.
    const visa = scoreEntity(dataset.entities.find((e) => e.id === 'visa')!);
    if (visa.risks.length === 1) expect(visa.risks[0]!.shownPoints).toBe(visa.score);
  });

  it('adds up for every company of the listed universe', () => {
    const factors = createUniverseFactors(universe.sources, universe.asOf);
    expect(universe.companies.length).toBeGreaterThan(10_000);
    for (const row of universe.companies) checkAddsUp(row[0], factors.of(row));
  });
});
