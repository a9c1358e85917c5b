import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/dataset/build';
import { textProblems } from '../../../scripts/dataset/lib/text-quality';
import { countryRiskLevel } from '../../../utils/exposure/country-risk';
import { countryInSentence } from '../../../utils/exposure/labels';

const dataset = buildDataset();

/** A regulatory factor says whether the measure binds today, or when its status was last checked. */
const IN_FORCE =
  /\b(?:In force|in force|Dormant|dormant|Lifted|lifted|Suspended|suspended|Pending|pending)\b|[Ss]tatus not rechecked since \d{4}/;

describe('card text of the built dataset', () => {
  it('every factor summary reads as plain sentences', () => {
    const bad = dataset.entities.flatMap((e) =>
      e.factors.flatMap((f) => textProblems(f.summary).map((p) => `${e.id} (${f.kind}): ${p}`)),
    );
    expect(bad).toEqual([]);
  });

  it('every regulatory-action factor says whether it is in force today', () => {
    const silent = dataset.entities.flatMap((e) =>
      e.factors.filter((f) => f.kind === 'regulatory-action' && !IN_FORCE.test(f.summary)).map(() => e.id),
    );
    expect(silent).toEqual([]);
  });
});

describe('country risk in plain words (issue 16)', () => {
  it('names the level and what the value measures, with the country as a sentence has it', () => {
    expect(countryRiskLevel(0.05)).toBe('very low');
    expect(countryRiskLevel(0.29)).toBe('moderate');
    expect(countryRiskLevel(0.64)).toBe('high');
    expect(countryInSentence('US')).toBe('the United States');
    expect(countryInSentence('JP')).toBe('Japan');
    const jurisdictions = buildDataset().entities.flatMap((e) => e.factors.filter((f) => f.kind === 'jurisdiction'));
    expect(jurisdictions.length).toBeGreaterThan(400);
    for (const f of jurisdictions) {
      expect(f.summary).not.toMatch(/GeoLens table|\(0–1\):/);
      expect(f.summary).toMatch(
        /(?:very low|low|moderate|elevated|high|very high) country risk \(0\.\d\d on GeoLens's 0–1 scale of conflict, sanctions and governance\)/,
      );
    }
  });
});

describe('textProblems', () => {
  it.each([
    ['tP-Link is directly affiliated with the PLA(2)(B)(i)(I)).', 'statute fragment'],
    ['It received help through efforts initiated, granted, or created by, or.', 'cut mid-clause'],
    ['Added to its export-control control list.', 'doubled word'],
    ['It is listed (since 2024.', 'unbalanced parentheses'],
    ['Listed. tP-Link is affiliated.', 'lower-case'],
    ['Section 889 of the FY2019 NDAA bars it.', 'statute citation'],
  ])('flags %s', (text, problem) => {
    expect(textProblems(text).join('; ')).toContain(problem);
  });

  it.each([
    'A 2018 US law (NDAA FY2019 §889) bars federal agencies from using its equipment. In force since August 2020.',
    'iQIYI is audited in Hong Kong.',
    'Apple Inc. sells iPhones in China.',
  ])('accepts %s', (text) => {
    expect(textProblems(text)).toEqual([]);
  });
});

describe('takeaways', () => {
  it('every company has one line of at most 90 characters that reads cleanly', () => {
    const bad = dataset.entities.flatMap((e) => {
      const t = e.takeaway ?? '';
      const problems = textProblems(`${t}.`).filter((p) => p !== 'does not end a sentence');
      return t.length === 0 || t.length > 90 || problems.length ? [`${e.id}: ${t} ${problems.join('; ')}`] : [];
    });
    expect(bad).toEqual([]);
  });

  it('leads with the most severe list entry, then the strongest other factor, with "denied" where stated', () => {
    const byId = new Map(dataset.entities.map((e) => [e.id, e.takeaway]));
    expect(byId.get('alibaba')).toBe("On the Pentagon's Chinese-military-company list; alleged military ties, denied");
    expect(byId.get('sberbank')).toMatch(/^Under US blocking sanctions \(SDN\)/);
    expect(byId.get('pdd')).toBe('China country risk; lost the US de minimis duty exemption');
    expect(byId.get('bytedance')).toMatch(/TikTok/); // curated line
    // Trade exposure is named too: a car importer under the Section 232 tariff.
    expect(byId.get('general-motors')).toMatch(/US car tariffs/);
    // A Russian company under the US securities ban is not "still in business in Russia"; a company that suspended
    // its Russian business is legacy exposure.
    expect(byId.get('magnit')).toBe('Russia country risk; US investors barred from buying its shares');
    expect(byId.get('mastercard')).toMatch(/legacy Russia exposure/);
  });
});
