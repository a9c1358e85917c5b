import { describe, expect, it } from 'vitest';
import { countryRisk, jurisdictionSeverity, UNKNOWN_COUNTRY_RISK } from '@/utils/exposure/country-risk';
import { parseDataset } from '@/utils/exposure/schema';
import { scoreEntity } from '@/utils/exposure/score';
import { buildDataset, renderDataset } from '../../../scripts/dataset/build';
import { COUNTRY_RISK_FILES, renderCountryRiskModule } from '../../../scripts/dataset/build-country-risk';
import { CURATED } from '../../../scripts/dataset/curation';
import { renderJsonSchema } from '../../../scripts/dataset/export-json-schema';
import { missingSharedData, requireSharedData, skipWithoutSharedData } from '../../../scripts/lib/shared-data';
import { readRepoFile, readRepoJson } from '../support/fixtures';

describe('generated files are up to date', () => {
  it('public/data/dataset.json is what scripts/dataset/build.ts produces', () => {
    expect(readRepoFile('public/data/dataset.json')).toBe(renderDataset());
  });

  it('docs/geolens-feed.schema.json is what scripts/dataset/export-json-schema.ts produces', () => {
    expect(readRepoFile('docs/geolens-feed.schema.json')).toBe(renderJsonSchema());
  });

  const missing = missingSharedData(COUNTRY_RISK_FILES);
  // Skipped locally without ../shared/data: the table is computed from those files, which the project does not
  // ship. Never skipped under CI=true.
  it.skipIf(skipWithoutSharedData('country-risk test', missing))(
    'utils/exposure/country-risk-table.ts is what build-country-risk.ts computes',
    () => {
      requireSharedData(missing);
      expect(readRepoFile('utils/exposure/country-risk-table.ts')).toBe(renderCountryRiskModule());
    },
  );
});

describe('country risk', () => {
  it('orders the obvious cases', () => {
    expect(countryRisk('RU')).toBeGreaterThan(countryRisk('CN'));
    expect(countryRisk('CN')).toBeGreaterThan(countryRisk('TW'));
    expect(countryRisk('TW')).toBeGreaterThan(countryRisk('US'));
    expect(countryRisk('IR')).toBeGreaterThan(0.8);
    expect(countryRisk('ZZ')).toBe(UNKNOWN_COUNTRY_RISK);
  });
  it('counts an offshore incorporation at half weight', () => {
    expect(jurisdictionSeverity('US', 'KY')).toBe(countryRisk('US'));
    expect(jurisdictionSeverity('US', 'RU')).toBeCloseTo(countryRisk('RU') / 2, 2);
  });
});

describe('the embedded dataset', () => {
  const dataset = buildDataset();
  const byId = new Map(dataset.entities.map((e) => [e.id, e]));
  const score = (id: string) => scoreEntity(byId.get(id)!);

  it('has at least 400 entities and keeps the seed ids', () => {
    expect(dataset.entities.length).toBeGreaterThanOrEqual(400);
    for (const id of [
      'alibaba',
      'mp-materials',
      'jpmorgan',
      'metrostar',
      'veritas-capital',
      'tencent',
      'huawei',
      'dji',
    ])
      expect(byId.has(id)).toBe(true);
  });

  it('scores the demo companies sensibly, with the reasons visible', () => {
    const alibaba = score('alibaba');
    expect(alibaba.band).toBe('High');
    expect(alibaba.risks.map((r) => r.factor.kind)).toEqual(
      expect.arrayContaining(['restricted-listing', 'state-military-ties']),
    );
    expect(alibaba.risks.find((r) => r.factor.kind === 'state-military-ties')?.factor.status).toBe('alleged');
    expect(alibaba.risks.find((r) => r.factor.list === 'dod-1260h')?.factor.status).toBe('confirmed');
    const mp = score('mp-materials');
    expect(['Low', 'Guarded']).toContain(mp.band); // US country risk 0.29 since the table counts conflict (WGI political stability)
    expect(mp.tailwinds[0]?.factor.kind).toBe('national-security-tailwind');
    expect(score('sberbank').band).toBe('Severe');
    expect(score('microsoft').band).toBe('Low');
  });

  it('keeps aliases to names: no bare tickers, no ambiguous words', () => {
    const tickers = new Set(dataset.entities.flatMap((e) => e.listings.map((l) => l.ticker)));
    // Companies whose own name is also their ticker: BYD, and BNY (its name since 2024, its ticker since 2025).
    const namedAsTicker = new Set(['BYD', 'BNY']);
    for (const e of dataset.entities) {
      for (const a of e.aliases) {
        expect(tickers.has(a) && /^[A-Z]{1,5}$/.test(a) && !namedAsTicker.has(a) ? `${e.id}: ${a}` : '').toBe('');
        expect(e.ambiguousNames).not.toContain(a);
      }
    }
    expect(byId.get('apple')?.aliases).not.toContain('Apple');
    expect(byId.get('target')?.aliases).not.toContain('Target');
  });

  it('cites a source for each brand alias it documents', () => {
    for (const c of CURATED)
      for (const [alias, evidence] of Object.entries(c.aliasEvidence ?? {})) {
        expect(c.aliases, `${c.id}: ${alias}`).toContain(alias);
        expect(evidence.length, `${c.id}: ${alias}`).toBeGreaterThan(0);
        for (const e of evidence) {
          expect(e.url).toMatch(/^https:\/\//);
          expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }
    expect(byId.get('bytedance')?.aliases).toContain('TikTok');
  });

  it('says where each revenue share comes from and for which year', () => {
    for (const e of dataset.entities)
      for (const f of e.factors.filter((x) => x.kind === 'revenue-exposure')) {
        expect(f.revenue?.basis).toMatch(/reported|estimated/);
        expect(f.revenue?.fiscalYear).toMatch(/FY\d{4}/);
      }
  });

  it('reads the committed JSON as a valid feed', () => {
    expect(parseDataset(readRepoJson('public/data/dataset.json')).entities.length).toBe(dataset.entities.length);
  });
});
