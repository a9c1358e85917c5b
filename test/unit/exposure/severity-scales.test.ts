import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset, toEntity } from '../../../scripts/dataset/build';
import { risk } from '../../../scripts/dataset/curation/dsl';
import { offScale, SEVERITY_SCALES, scaleOf } from '../../../scripts/dataset/lib/severity-scales';
import { FACTOR_KINDS } from '../../../utils/exposure/kinds';

const METHODOLOGY = readFileSync(resolve(__dirname, '../../../docs/methodology.md'), 'utf8');

describe('curator scales (docs/methodology.md, "Curator scales")', () => {
  it('puts every judged severity in the dataset on its kind’s scale', () => {
    const judged = buildDataset().entities.flatMap((e) =>
      e.factors.filter((f) => scaleOf(f.kind)).map((f) => ({ id: e.id, f })),
    );
    // Positive control: the dataset has judged factors of every scaled kind.
    expect(new Set(judged.map((j) => j.f.kind))).toEqual(new Set(Object.keys(SEVERITY_SCALES)));
    for (const { id, f } of judged) expect(offScale(f.kind, f.severity), `${id}: ${f.summary}`).toBeUndefined();
  });

  it('leaves rule-made severities (lists, country, revenue) to their rules', () => {
    const ruled = FACTOR_KINDS.filter((k) => !scaleOf(k));
    expect(ruled.sort()).toEqual(['jurisdiction', 'restricted-listing', 'revenue-exposure']);
  });

  it('fails the build on a value between steps, naming the company', () => {
    const factor = risk('regulatory-action', 0.25, 'A made-up export rule for the test.', []);
    const company = { id: 'test-co', name: 'Test Co', hq: 'US', sector: 'Test', cik: 1, factors: [factor] };
    expect(() => toEntity(company)).toThrow(/test-co: regulatory-action severity 0.25 is not on the curator scale/);
    expect(() => toEntity({ ...company, factors: [{ ...factor, severity: 0.3 }] })).not.toThrow();
  });

  it('publishes each step in the methodology table, exactly as the code has it', () => {
    for (const [kind, steps] of Object.entries(SEVERITY_SCALES))
      for (const s of steps) expect(METHODOLOGY).toContain(`| \`${kind}\` | ${s.severity} | ${s.meaning} |`);
  });
});
