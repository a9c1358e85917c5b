/**
 * Entity List entries limited to some items or uses count at the list's partial severity wherever GeoLens meets them:
 * the Consolidated Screening List (live), the nsfreg files (build and tests) and the listed universe.
 */
import { describe, expect, it } from 'vitest';
import { RESTRICTED_LIST_META } from '@/utils/exposure/restricted-lists';
import { parseCsl } from '@/utils/sources/csl';
import { createUniverseFactors } from '@/utils/sources/universe-factors';
import type { UniverseCompany } from '@/utils/sources/universe-format';
import { nsfregRecords } from '../../../scripts/dataset/lib/nsfreg';

const EL = RESTRICTED_LIST_META['bis-entity-list'];
const HEADER =
  '_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids';
const elRow = (id: string, name: string, requirement: string) =>
  `${id},Entity List (EL) - Bureau of Industry and Security,,Entity,,${name},,"1 Road, Moscow, RU",,2020-01-01,,Y,"${requirement}",Presumption of denial.,,,,,,,,,,,,,,,`;

describe('Entity List scope', () => {
  it('CSL: a limited licence requirement marks the record partial; "all items" does not', () => {
    const csv = [
      HEADER,
      elRow('a', 'Full Scope Co', 'For all items subject to the EAR.'),
      elRow(
        'b',
        'Deepwater Oil Co',
        'For all items subject to the EAR when used in projects specified in § 746.8(a)(4).',
      ),
      elRow('c', 'Listed Items Co', 'For items listed on the CCL.'),
    ].join('\n');
    const byName = new Map(parseCsl(csv).records.map((r) => [r.name, r]));
    expect(byName.get('Full Scope Co')?.partial).toBeUndefined();
    expect(byName.get('Deepwater Oil Co')?.partial).toBe(true);
    expect(byName.get('Listed Items Co')?.partial).toBe(true);
  });

  it('nsfreg: the Federal Register requirement in `notes` decides, for the Entity List only', () => {
    const file = {
      entities: [
        { name: 'Full Co', notes: 'For all items subject to the EAR. (See § 744.11(b))' },
        {
          name: 'Lukoil, OAO (a.k.a. Lukoil',
          notes: 'For all items subject to the EAR when used in projects in § 746.8(a)(4)',
        },
      ],
    };
    const el = nsfregRecords(file, 'bis-entity-list');
    expect(el.map((r) => Boolean(r.partial))).toEqual([false, true]);
    expect(nsfregRecords(file, 'dhs-uflpa').some((r) => r.partial)).toBe(false);
  });

  it('universe: a partial hit scores the partial severity and says so; a full hit the full one', () => {
    const factors = createUniverseFactors([], '2026-12-01');
    const row = (lists: UniverseCompany[8]): UniverseCompany => [
      'x-moex-test',
      'Test',
      'RU',
      'Energy',
      0,
      ['MOEX:TEST'],
      [],
      0,
      lists,
    ];
    const [partial] = factors.of(row([['bis-entity-list', 'Lukoil, OAO (a.k.a. Lukoil', '', 1]]));
    expect(partial).toMatchObject({ severity: EL.partialSeverity, list: 'bis-entity-list' });
    expect(partial!.summary).toContain('as “Lukoil, OAO” (an entry limited to some items or uses)');
    const [full] = factors.of(row([['bis-entity-list', 'Full Co', '']]));
    expect(full!.severity).toBe(EL.severity);
    expect(full!.summary).not.toContain('limited');
    expect(EL.partialSeverity).toBeLessThan(EL.severity);
  });
});
