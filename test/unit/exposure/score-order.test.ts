/**
 * Rules and orders the score must keep (docs/methodology.md, "Country-risk table" and "Score"): asserted as orders,
 * not exact numbers, so that a new year of data or a revised list severity does not break them unless it breaks the rule.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryRisk } from '@/utils/exposure/country-risk';
import { COUNTRY_RISK } from '@/utils/exposure/country-risk-table';
import type { Entity } from '@/utils/exposure/schema';
import { scoreEntity } from '@/utils/exposure/score';
import { buildDataset } from '../../../scripts/dataset/build';
import { COVERAGE_FILE, renderCoverageFile } from '../../../scripts/dataset/coverage';
import { referenceRows } from '../../../scripts/dataset/lib/reference-scores';

const dataset = buildDataset();
const byId = new Map(dataset.entities.map((e) => [e.id, e]));
const score = (e: Pick<Entity, 'factors'>) => scoreEntity(e).raw;
const onlyCountry = (e: Entity) => e.factors.every((f) => f.kind === 'jurisdiction');
const listedOn = (e: Entity, list: string) => e.factors.some((f) => f.kind === 'restricted-listing' && f.list === list);

describe('country-risk table', () => {
  it('counts conflict: Taiwan, Israel and Ukraine sit above the quiet democracies', () => {
    for (const high of ['TW', 'IL', 'UA'])
      for (const low of ['US', 'JP', 'KR', 'DE', 'GB', 'NL', 'CH'])
        expect(countryRisk(high), `${high} > ${low}`).toBeGreaterThan(countryRisk(low));
  });
  it('keeps sanctioned states on top', () => {
    expect(countryRisk('RU')).toBeGreaterThan(countryRisk('CN'));
    expect(countryRisk('IR')).toBeGreaterThan(countryRisk('CN'));
    expect(countryRisk('KP')).toBeGreaterThan(countryRisk('CN'));
  });
  it('is a noisy-OR: no channel is diluted, so risk is at least the strongest weighted channel', () => {
    for (const [code, [risk, sanctions, governance, conflict]] of Object.entries(COUNTRY_RISK)) {
      const g = governance ?? 0.5;
      const strongest = Math.max(0.5 * sanctions, 0.7 * (conflict ?? g), 0.3 * g);
      expect(risk, code).toBeGreaterThanOrEqual(strongest - 0.01);
    }
  });
});

describe('score order of reference companies', () => {
  const curated = dataset.entities.filter((e) => !e.private);
  const countryOnly = curated.filter(onlyCountry);

  it('an SDN-blocked company scores above every company known only by its country', () => {
    const sdn = curated.filter((e) => listedOn(e, 'ofac-sdn'));
    expect(sdn.length).toBeGreaterThan(0);
    const top = Math.max(...countryOnly.map(score));
    for (const e of sdn) expect(score(e), e.id).toBeGreaterThan(top);
  });

  it('adding a blocking (SDN) listing raises a company more than a 1260H listing does', () => {
    const base = byId.get('tencent')!.factors.filter((f) => f.kind !== 'restricted-listing');
    const factors = dataset.entities.flatMap((e) => e.factors);
    const sdn = factors.find((f) => f.list === 'ofac-sdn')!;
    const h1260 = factors.find((f) => f.list === 'dod-1260h')!;
    expect(score({ factors: [...base, sdn] })).toBeGreaterThan(score({ factors: [...base, h1260] }));
  });

  it('TSMC is not below US and Japanese companies only because of the country table', () => {
    const tsmc = byId.get('tsmc')!;
    const tw = tsmc.factors.find((f) => f.kind === 'jurisdiction')!;
    for (const e of countryOnly.filter((x) => ['US', 'JP', 'KR', 'NL', 'DE', 'GB'].includes(x.hq)))
      expect(tw.severity, e.id).toBeGreaterThan(e.factors[0]!.severity);
    expect(score(tsmc)).toBeGreaterThan(Math.max(...countryOnly.filter((e) => e.hq === 'US').map(score)));
  });

  it('no two of the 40 reference companies share a score unless their risk factors are the same (issue 14)', () => {
    const rows = referenceRows(dataset.entities).filter((r) => r.score !== undefined);
    expect(rows.length).toBe(40);
    const riskKey = (r: (typeof rows)[number]) =>
      r.factors
        .filter((f) => f.direction !== 'tailwind')
        .map((f) => `${f.kind}:${f.list ?? ''}:${f.severity}:${f.status}`)
        .sort()
        .join('|');
    for (const a of rows)
      for (const b of rows)
        if (a !== b && a.score === b.score)
          expect(riskKey(a), `${a.company.name} and ${b.company.name} share ${a.score}`).toBe(riskKey(b));
  });

  it('the score rounds once: the points of the risk factors add up to the unrounded score', () => {
    for (const e of dataset.entities) {
      const s = scoreEntity(e);
      const points = s.risks.reduce((a, r) => a + r.points, 0);
      expect(points).toBeCloseTo(s.raw, 6);
      expect(s.score).toBe(Math.round(s.raw * 10) / 10);
    }
  });
});

describe('docs/coverage.md', () => {
  it('holds the analyst table that scripts/dataset/coverage.ts generates', () => {
    const current = readFileSync(COVERAGE_FILE, 'utf8');
    expect(current).toBe(renderCoverageFile(current));
  });
});
