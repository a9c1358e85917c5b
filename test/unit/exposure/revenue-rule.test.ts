import { describe, expect, it } from 'vitest';
import { buildDataset, toEntity } from '../../../scripts/dataset/build';
import { revenue } from '../../../scripts/dataset/curation/dsl';
import { isHomeRegion, revenueRegionClass, revenueSeverity } from '../../../utils/exposure/revenue-rule';

describe('the revenue rule (docs/methodology.md)', () => {
  it('weights China 1.5, Russia 2, Taiwan 1 and caps at 1', () => {
    expect(revenueSeverity({ share: 0.46, region: 'China (including Hong Kong)' })).toBe(0.69);
    expect(revenueSeverity({ share: 0.155, region: 'Greater China (mainland China, Hong Kong, Taiwan)' })).toBe(0.23);
    expect(revenueSeverity({ share: 0.1, region: 'Russia' })).toBe(0.2);
    expect(revenueSeverity({ share: 0.2, region: 'Taiwan' })).toBe(0.2);
    expect(revenueSeverity({ share: 0.8, region: 'Macao' })).toBe(1);
  });

  it('knows home revenue, which the build refuses as exposure (TSMC in Taiwan, HSBC’s Hong Kong is not home)', () => {
    expect(isHomeRegion('Taiwan', 'TW')).toBe(true);
    expect(isHomeRegion('China (including Hong Kong)', 'HK')).toBe(true);
    expect(isHomeRegion('Hong Kong', 'GB')).toBe(false);
    expect(isHomeRegion('Greater China', 'US')).toBe(false);
    const factor = revenue(0.09, 'Taiwan', 'reported', 'FY2024', 'Taiwan brought in 9% of revenue.', []);
    const company = { id: 'tw-co', name: 'TW Co', hq: 'TW', sector: 'Chips', cik: 1, factors: [factor] };
    expect(() => toEntity(company)).toThrow(/tw-co: revenue from "Taiwan" is home revenue/);
    expect(() => toEntity({ ...company, hq: 'US' })).not.toThrow();
  });

  it('refuses a region it does not cover instead of scoring it 0', () => {
    expect(() => revenueRegionClass('Europe')).toThrow(/not covered/);
  });

  it('sets the severity of every revenue factor in the dataset', () => {
    const factors = buildDataset().entities.flatMap((e) => e.factors.filter((f) => f.kind === 'revenue-exposure'));
    expect(factors.length).toBeGreaterThan(0);
    for (const f of factors) expect(f.severity, f.summary).toBe(revenueSeverity(f.revenue!));
  });

  it('cite the filing (SEC EDGAR or the company itself), dated, with the fiscal year and basis', () => {
    for (const e of buildDataset().entities) {
      for (const f of e.factors.filter((x) => x.kind === 'revenue-exposure')) {
        expect(['reported', 'estimated'], f.summary).toContain(f.revenue!.basis);
        expect(f.revenue!.fiscalYear, f.summary).toMatch(/^FY\d{4}$/);
        expect(f.revenue!.share, f.summary).toBeGreaterThan(0);
        expect(f.revenue!.share, f.summary).toBeLessThanOrEqual(1);
        const official = f.evidence.filter(
          (ev) => /^https:\/\/www\.sec\.gov\//.test(ev.url) || ev.publisher === e.name,
        );
        expect(official.length, `${e.name}: ${f.summary}`).toBeGreaterThan(0);
        for (const ev of official) expect(ev.date, ev.title).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });
});

describe('trade-exposure factors', () => {
  /** Official publishers of trade acts, or the company's own SEC filing. */
  const OFFICIAL_HOSTS =
    /^https:\/\/(www\.)?(govinfo\.gov|federalregister\.gov|ustr\.gov|cbp\.gov|sec\.gov|eur-lex\.europa\.eu|mofcom\.gov\.cn|english\.mofcom\.gov\.cn)\//;

  it('cite the official act or the company filing, and say since when', () => {
    const factors = buildDataset().entities.flatMap((e) => e.factors.filter((f) => f.kind === 'trade-exposure'));
    expect(factors.length).toBeGreaterThanOrEqual(5);
    for (const f of factors) {
      expect(
        f.evidence.some((e) => OFFICIAL_HOSTS.test(e.url)),
        f.summary,
      ).toBe(true);
      expect(f.direction).toBe('risk');
      expect(f.severity, f.summary).toBeLessThanOrEqual(0.5);
    }
  });
});
