/**
 * The factors a listed-universe company carries: its country (a `jurisdiction` factor from the country-risk table)
 * and each official list the universe build resolved it to (`restricted-listing`). Nothing else is known about it,
 * which the card says (coverage `listing`).
 *
 * ~15,000 companies: factors and evidence are shared wherever they do not depend on the company (one jurisdiction
 * factor per country and source, one summary string per country), so the merged view holds no per-company copies.
 */

import { countryRiskPhrase, jurisdictionSeverity } from '../exposure/country-risk';
import { countryInSentence } from '../exposure/labels';
import { listSeverity, RESTRICTED_LIST_META } from '../exposure/restricted-lists';
import type { Evidence, Factor, RestrictedList } from '../exposure/schema';
import type { UniverseCompany, UniverseSource } from './universe-format';

/**
 * The official lists the universe build resolves against every company (docs/entity-resolution.md), as
 * scripts/dataset/universe/lists.ts reads them: OFAC SDN and non-SDN, and nsfreg's US lists. A listing-only card
 * names these as screened, so this must stay in step with that file; the EU and UK lists are not resolved there and
 * are not claimed.
 */
export const UNIVERSE_SCREENED_LISTS: readonly RestrictedList[] = [
  'ofac-sdn',
  'ofac-ns-cmic',
  'dod-1260h',
  'bis-entity-list',
  'bis-meu',
  'dhs-uflpa',
  'fcc-covered',
];

const EDGAR_TITLE = 'SEC EDGAR company record (business address, state or country of incorporation)';
const EDGAR_PUBLISHER = 'U.S. Securities and Exchange Commission';

/** The company's SEC EDGAR page, where its business address and country are filed. */
export function edgarUrl(cik: number): string {
  return `https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=${String(cik).padStart(10, '0')}`;
}

export interface UniverseFactors {
  /** The company's factors: its list hits, then its country (none when neither is known). */
  of(row: UniverseCompany): Factor[];
}

export function createUniverseFactors(sources: readonly UniverseSource[], asOf: string): UniverseFactors {
  const sourceEvidence: Evidence[][] = sources.map((s) => [
    { title: `${s.name}: listing and headquarters country`, publisher: s.publisher, url: s.url, date: s.asOf },
  ]);
  const summaries = new Map<string, string>();
  const byCountry = new Map<string, Factor>();

  const summaryOf = (hq: string) => {
    let s = summaries.get(hq);
    if (!s) {
      s = `Listed company headquartered in ${countryInSentence(hq)}: ${countryRiskPhrase(hq)}.`;
      summaries.set(hq, s);
    }
    return s;
  };
  const jurisdiction = (hq: string, evidence: Evidence[]): Factor => ({
    kind: 'jurisdiction',
    severity: jurisdictionSeverity(hq),
    status: 'confirmed',
    direction: 'risk',
    summary: summaryOf(hq),
    evidence,
  });

  function jurisdictionOf(row: UniverseCompany): Factor {
    const [, , hq, , source, , , cik] = row;
    if (cik)
      return jurisdiction(hq, [{ title: EDGAR_TITLE, publisher: EDGAR_PUBLISHER, url: edgarUrl(cik), date: asOf }]);
    const key = `${hq}|${source}`;
    let f = byCountry.get(key);
    if (!f) {
      f = jurisdiction(hq, sourceEvidence[source]!);
      byCountry.set(key, f);
    }
    return f;
  }

  return {
    of(row) {
      const [, , hq, , , , , , lists] = row;
      const out: Factor[] = (lists ?? []).map(([list, entry, since, partial]) => {
        const meta = RESTRICTED_LIST_META[list];
        const scope = partial ? ' (an entry limited to some items or uses)' : '';
        return {
          kind: 'restricted-listing',
          severity: listSeverity(list, { partial: partial === 1 }),
          status: 'confirmed',
          direction: 'risk',
          // A list file may cut an entry inside its alias bracket ("Lukoil, OAO (a.k.a. Lukoil"): quote the name before it.
          summary: `On the ${meta.label} as “${entry.replace(/\s*\([^)]*$/, '')}”${scope}: ${meta.effect}.`,
          list,
          listEntry: entry,
          ...(since ? { since } : {}),
          // The list's official publication, one shared object per list (RESTRICTED_LIST_META).
          evidence: [meta.official],
        };
      });
      if (hq) out.push(jurisdictionOf(row));
      return out;
    },
  };
}
