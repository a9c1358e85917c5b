/**
 * The 150 revenue targets (scripts/dataset/revenue-targets.ts): derived by the written rule from the corpus, the
 * reference companies and the US listings' market values. Needs the shared data: skipped locally without it, a
 * failure under CI=true.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REVENUE_UNDISCLOSED } from '../../../scripts/dataset/curation/revenue';
import {
  REVENUE_TARGET_COUNT,
  REVENUE_TARGETS_FILE,
  renderRevenueTargets,
  revenueTargets,
} from '../../../scripts/dataset/revenue-targets';
import { missingSharedData, SHARED_FILES, skipWithoutSharedData } from '../../../scripts/lib/shared-data';

const skip = skipWithoutSharedData('revenue targets', missingSharedData([SHARED_FILES.usListings]));

describe.skipIf(skip)('the revenue targets', () => {
  const targets = revenueTargets();

  it('are 150 distinct companies, none headquartered where the rule’s regions are home', () => {
    expect(targets).toHaveLength(REVENUE_TARGET_COUNT);
    expect(new Set(targets.map((t) => t.id)).size).toBe(REVENUE_TARGET_COUNT);
    for (const t of targets) expect(['CN', 'HK', 'MO', 'RU', 'BY', ''], t.id).not.toContain(t.hq);
  });

  it('put the reference companies first, then the corpus, then market value', () => {
    const order = targets.map((t) => t.why);
    expect(order.indexOf('corpus')).toBeGreaterThan(order.lastIndexOf('reference'));
    expect(order.indexOf('market-value')).toBeGreaterThan(order.lastIndexOf('corpus'));
    const ids = targets.map((t) => t.id);
    for (const id of ['apple', 'microsoft', 'tsmc', 'toyota', 'caterpillar']) expect(ids).toContain(id);
    // Chinese reference companies are left out: their home revenue is their jurisdiction.
    for (const id of ['alibaba', 'byd', 'tencent']) expect(ids).not.toContain(id);
    expect(targets.find((t) => t.id === 'mp-materials')?.why).toBe('corpus');
  });

  it('equals the committed list (npm run dataset:revenue-targets:check)', () => {
    expect(readFileSync(REVENUE_TARGETS_FILE, 'utf8')).toBe(renderRevenueTargets(targets));
  });

  it('record an undisclosed filing only for a target', () => {
    const ids = new Set(targets.map((t) => t.id));
    for (const id of Object.keys(REVENUE_UNDISCLOSED)) expect(ids, id).toContain(id);
  });
});
