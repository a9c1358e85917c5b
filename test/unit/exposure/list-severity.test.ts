/** Severity by legal consequence (docs/methodology.md): the order is the documented one, and the build applies it. */
import { describe, expect, it } from 'vitest';
import {
  isPartialLicenceRequirement,
  LIST_CONSEQUENCES,
  listSeverity,
  RESTRICTED_LIST_META,
} from '@/utils/exposure/restricted-lists';
import { RESTRICTED_LISTS } from '@/utils/exposure/schema';
import { buildDataset } from '../../../scripts/dataset/build';
import { CURATED } from '../../../scripts/dataset/curation';

describe('severity by legal consequence', () => {
  it('a heavier consequence never weighs less than a lighter one', () => {
    const rank = (l: (typeof RESTRICTED_LISTS)[number]) =>
      LIST_CONSEQUENCES.indexOf(RESTRICTED_LIST_META[l].consequence);
    for (const a of RESTRICTED_LISTS)
      for (const b of RESTRICTED_LISTS)
        if (rank(a) < rank(b))
          expect(RESTRICTED_LIST_META[a].severity, `${a} above ${b}`).toBeGreaterThan(RESTRICTED_LIST_META[b].severity);
  });

  it('a partial entry counts less than a full one; a subsidiary’s entry counts half', () => {
    expect(listSeverity('bis-entity-list', { partial: true })).toBeLessThan(listSeverity('bis-entity-list'));
    expect(listSeverity('ofac-sdn', { subsidiary: true })).toBe(0.5);
    for (const l of RESTRICTED_LISTS) expect(listSeverity(l, { partial: true })).toBeLessThanOrEqual(listSeverity(l));
  });

  it('reads the Entity List licence requirement', () => {
    expect(isPartialLicenceRequirement('For all items subject to the EAR. (See § 744.11 of the EAR)')).toBe(false);
    expect(isPartialLicenceRequirement('All items subject to the EAR. (See § 744.11 of the EAR)')).toBe(false);
    expect(
      isPartialLicenceRequirement(
        'For all items subject to the EAR when used in projects specified in § 746.8(a)(4) of the EAR',
      ),
    ).toBe(true);
    expect(isPartialLicenceRequirement('All items subject to the EAR except for: —crude oil')).toBe(true);
  });

  it('every listing factor the build writes carries the rule’s severity for its list and scope', () => {
    const refs = new Map(CURATED.flatMap((c) => (c.lists ?? []).map((r) => [`${c.id}|${r.list}|${r.entry}`, r])));
    let n = 0;
    for (const e of buildDataset().entities)
      for (const f of e.factors) {
        if (f.kind !== 'restricted-listing') continue;
        const r = refs.get(`${e.id}|${f.list}|${f.listEntry}`)!;
        expect(f.severity, `${e.id} ${f.list}`).toBe(listSeverity(r.list, r));
        n++;
      }
    expect(n).toBeGreaterThan(200);
  });
});
