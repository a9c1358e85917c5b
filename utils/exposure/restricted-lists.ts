/**
 * What each restricted-party list means in law, and how much a listing weighs. One table, used by the dataset build
 * (every listing on the same list gets the same severity and wording) and published in docs/methodology.md.
 *
 * Severity follows the legal consequence (docs/methodology.md, "Severity by legal consequence"):
 * blocking (1.0, 0.9 outside the US) > securities ban (0.85) > financing restriction (0.7) > export licensing
 * (0.6 full, 0.45 limited to some items or projects) > procurement bars (0.4) > import presumptions (0.3) ;
 * China's lists are reverse exposure (0.15–0.25). A listing held by a subsidiary, not by the company, counts half.
 */
import type { Evidence, RestrictedList } from './schema';

/** The legal consequences a list can carry, heaviest first: the order of docs/methodology.md. */
export const LIST_CONSEQUENCES = [
  'blocking',
  'securities-ban',
  'financing-restriction',
  'export-licensing',
  'procurement-bar',
  'import-presumption',
  'reverse-exposure',
] as const;
export type ListConsequence = (typeof LIST_CONSEQUENCES)[number];

export interface ListMeta {
  /** Short label for the card, e.g. "DoD 1260H list". */
  label: string;
  /** The legal consequence a listing carries; orders the severities. */
  consequence: ListConsequence;
  /** Severity of a `restricted-listing` factor on this list when the entry is in full force, 0–1. */
  severity: number;
  /**
   * Severity when the entry's own terms limit it to some items, projects or uses (an Entity List entry "for all items
   * subject to the EAR when used in projects specified in § 746.8(a)(4)"); absent when a list has no such entries.
   */
  partialSeverity?: number;
  /** What a listing does, in one clause. */
  effect: string;
  /** The official publication of the current list. */
  official: Evidence;
}

export const RESTRICTED_LIST_META: Readonly<Record<RestrictedList, ListMeta>> = {
  'ofac-sdn': {
    label: 'OFAC SDN list',
    consequence: 'blocking',
    severity: 1,
    effect:
      'blocking sanctions: its property under US jurisdiction is frozen and US persons may not deal with it, nor with entities it owns 50% or more of',
    official: {
      title: 'Specially Designated Nationals and Blocked Persons List (SDN), publication of 2026-08-20',
      publisher: 'U.S. Treasury, Office of Foreign Assets Control',
      url: 'https://sanctionssearch.ofac.treas.gov/',
      date: '2026-08-20',
    },
  },
  'ofac-ns-cmic': {
    label: 'OFAC NS-CMIC list',
    consequence: 'securities-ban',
    severity: 0.85,
    effect:
      'US persons may not buy or sell its publicly traded securities, or securities derived from them (Executive Order 14032)',
    official: {
      title: 'Non-SDN Chinese Military-Industrial Complex Companies List (NS-CMIC List)',
      publisher: 'U.S. Treasury, Office of Foreign Assets Control',
      url: 'https://ofac.treasury.gov/consolidated-sanctions-list-non-sdn-lists/ns-chinese-military-industrial-complex-companies-list-ns-cmic-list',
      date: '2026-07-09',
    },
  },
  'eu-sanctions': {
    label: 'EU sanctions',
    consequence: 'blocking',
    severity: 0.9,
    effect: 'EU restrictive measures: asset freeze or sectoral restrictions binding on EU persons',
    official: {
      title: 'Consolidated list of persons, groups and entities subject to EU financial sanctions',
      publisher: 'European Union (EU Sanctions Map / Official Journal)',
      url: 'https://www.sanctionsmap.eu/',
      date: '2026-08-19',
    },
  },
  'uk-sanctions': {
    label: 'UK sanctions',
    consequence: 'blocking',
    severity: 0.9,
    effect: 'UK asset freeze or sectoral restrictions binding on UK persons',
    official: {
      title: 'UK sanctions list',
      publisher: 'UK Foreign, Commonwealth & Development Office',
      url: 'https://www.gov.uk/government/publications/the-uk-sanctions-list',
      date: '2026-08-20',
    },
  },
  'dod-1260h': {
    label: 'DoD 1260H list',
    consequence: 'procurement-bar',
    severity: 0.4,
    effect:
      'the Defense Department may not contract with it directly from June 30, 2026, nor buy goods or services containing its products from June 30, 2027 (NDAA FY2024 §805); a listing is not a sanction on investors',
    official: {
      title:
        'Entities Identified as Chinese Military Companies Operating in the United States in Accordance with Section 1260H (2026 list)',
      publisher: 'U.S. Department of War (Defense)',
      url: 'https://media.defense.gov/2026/Jun/08/2003945537/-1/-1/1/ENTITIES-IDENTIFIED-AS-CHINESE-MILITARY-COMPANIES-OPERATING-IN-THE-UNITED-STATES-IN-ACCORDANCE-WITH-SECTION-1260H.PDF',
      date: '2026-06-08',
    },
  },
  'bis-entity-list': {
    label: 'BIS Entity List',
    consequence: 'export-licensing',
    severity: 0.6,
    partialSeverity: 0.45,
    effect:
      'exports, re-exports and transfers to it of items subject to the EAR need a Commerce licence, usually reviewed with a presumption of denial',
    official: {
      title: 'Entity List, Supplement No. 4 to 15 CFR Part 744',
      publisher: 'U.S. Commerce Department, Bureau of Industry and Security (eCFR)',
      url: 'https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744#Supplement-No.-4-to-Part-744',
      date: '2026-07-09',
    },
  },
  'bis-meu': {
    label: 'BIS Military End-User list',
    consequence: 'export-licensing',
    severity: 0.45,
    effect:
      'exports of the items in Supplement 2 to Part 744 need a Commerce licence because it is a military end user',
    official: {
      title: "'Military End-User' (MEU) List, Supplement No. 7 to 15 CFR Part 744",
      publisher: 'U.S. Commerce Department, Bureau of Industry and Security (eCFR)',
      url: 'https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%207%20to%20Part%20744',
      date: '2026-07-09',
    },
  },
  'dhs-uflpa': {
    label: 'DHS UFLPA Entity List',
    consequence: 'import-presumption',
    severity: 0.3,
    effect:
      'goods it makes are presumed made with forced labour and are barred from US import unless the importer rebuts the presumption',
    official: {
      title: 'Uyghur Forced Labor Prevention Act Entity List',
      publisher: 'U.S. Department of Homeland Security',
      url: 'https://www.dhs.gov/uflpa-entity-list',
      date: '2026-07-09',
    },
  },
  'fcc-covered': {
    label: 'FCC Covered List',
    consequence: 'procurement-bar',
    severity: 0.4,
    effect:
      'its communications equipment or services are deemed a US national-security risk: no new FCC equipment authorisations, and federal subsidies may not buy them',
    official: {
      title: 'List of Equipment and Services Covered by Section 2 of the Secure Networks Act',
      publisher: 'Federal Communications Commission',
      url: 'https://www.fcc.gov/supplychain/coveredlist',
      date: '2026-07-07',
    },
  },
  'ofac-directive': {
    label: 'OFAC sectoral directive (non-SDN)',
    consequence: 'financing-restriction',
    severity: 0.7,
    effect:
      'US persons may not deal in its new debt or equity, or provide the services the directive names (Executive Order 14024 directives); its property is not blocked',
    official: {
      title: 'Consolidated Sanctions List (non-SDN lists), Russia-related directives under E.O. 14024',
      publisher: 'U.S. Treasury, Office of Foreign Assets Control',
      url: 'https://ofac.treasury.gov/consolidated-sanctions-list-non-sdn-lists',
      date: '2026-08-20',
    },
  },
  'ndaa-procurement': {
    label: 'NDAA procurement ban',
    consequence: 'procurement-bar',
    severity: 0.4,
    effect:
      'an Act of Congress names it and bars the federal government (or the Defense Department) from buying the products the section names, from the date it sets',
    official: {
      title:
        'National Defense Authorization Acts: FY2019 §889 (Pub. L. 115-232), FY2023 §5949 (Pub. L. 117-263), FY2024 §154 (Pub. L. 118-31)',
      publisher: 'U.S. Congress (congress.gov)',
      url: 'https://www.congress.gov/bill/117th-congress/house-bill/7776/text',
      date: '2022-12-23',
    },
  },
  'cbp-wro': {
    label: 'CBP withhold-release order',
    consequence: 'import-presumption',
    severity: 0.3,
    effect:
      'US Customs detains the goods the order names at the border unless the importer shows they were not made with forced labour (19 U.S.C. § 1307)',
    official: {
      title: 'Withhold Release Orders and Findings List',
      publisher: 'U.S. Customs and Border Protection',
      url: 'https://www.cbp.gov/trade/forced-labor/withhold-release-orders-and-findings',
      date: '2026-07-09',
    },
  },
  'cn-export-control': {
    label: 'Chinese export-control list',
    consequence: 'reverse-exposure',
    severity: 0.2,
    effect:
      "China's Ministry of Commerce bars exports of Chinese dual-use items to it (Export Control Law, art. 18): a foreign company targeted by Beijing, not a US restriction",
    official: {
      title: 'MOFCOM announcements adding entities to the export-control list (管控名单)',
      publisher: 'Ministry of Commerce of the People’s Republic of China',
      url: 'https://www.mofcom.gov.cn/zcfb/blgg/index.html',
      date: '2026-07-24',
    },
  },
  'cn-unreliable-entity': {
    label: 'Chinese Unreliable Entity List',
    consequence: 'reverse-exposure',
    severity: 0.25,
    effect:
      "China's Ministry of Commerce may bar it from trade with China and from new investment there (Provisions on the Unreliable Entity List): a foreign company targeted by Beijing, not a US restriction",
    official: {
      title: 'MOFCOM announcements of the Unreliable Entity List working mechanism',
      publisher: 'Ministry of Commerce of the People’s Republic of China',
      url: 'https://www.mofcom.gov.cn/zcfb/blgg/index.html',
      date: '2025-10-09',
    },
  },
  'cn-countermeasures': {
    label: 'Chinese countermeasure list',
    consequence: 'reverse-exposure',
    severity: 0.15,
    effect:
      "China's Foreign Ministry freezes its property in China and bars dealings with it there (Anti-Foreign Sanctions Law, art. 6): a foreign company targeted by Beijing, not a US restriction",
    official: {
      title: 'Foreign Ministry decisions on countermeasures (反制措施决定)',
      publisher: 'Ministry of Foreign Affairs of the People’s Republic of China',
      url: 'https://www.mfa.gov.cn/wjb_673085/zfxxgk_674865/gknrlb/fzcqdcs/',
      date: '2025-12-26',
    },
  },
};

/** How a listing reaches the company: its own entry, in full or limited scope, or an entry of a subsidiary it owns. */
export interface ListingScope {
  /** The entry's own terms limit it to some items, projects or uses. */
  partial?: boolean;
  /** The entry names a subsidiary, not the company itself. */
  subsidiary?: boolean;
}

/**
 * The severity of a listing, by the documented rule: the list's severity, or its `partialSeverity` for an entry
 * limited in scope; halved when the entry is a subsidiary's (the legal effect falls on the subsidiary, and through it
 * on the group's business, not on the company itself). Two decimals.
 */
export function listSeverity(list: RestrictedList, scope: ListingScope = {}): number {
  const meta = RESTRICTED_LIST_META[list];
  const base = scope.partial ? (meta.partialSeverity ?? meta.severity) : meta.severity;
  return Math.round((scope.subsidiary ? base / 2 : base) * 100) / 100;
}

/**
 * Whether an Entity List entry's licence requirement (nsfreg's `notes`, as the Federal Register prints it) is limited
 * to some items or uses: "For all items subject to the EAR" alone is a full entry; "… when used in projects specified
 * in § 746.8(a)(4)", "items … except", "for items listed on the CCL" and the like are partial.
 */
export function isPartialLicenceRequirement(requirement: string): boolean {
  const r = requirement.replace(/\s+/g, ' ').trim();
  if (!r) return false;
  const full = /^(?:for )?all items subject to the EAR\b/i.test(r);
  const limited =
    /\bwhen used\b|\bexcept\b|\bexcluding\b|\bother than\b|\bECCNs?\b|\bCCL\b|\b0Y521\b|\blisted on\b|\bin support of\b/i.test(
      r,
    );
  return !full || limited;
}
