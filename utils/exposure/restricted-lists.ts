/**
 * What each restricted-party list means in law, and how much a listing weighs. One table, used by the dataset build
 * (every listing on the same list gets the same severity and wording) and published in docs/methodology.md.
 */
import type { Evidence, RestrictedList } from './schema';

export interface ListMeta {
  /** Short label for the card, e.g. "DoD 1260H list". */
  label: string;
  /** Severity of a `restricted-listing` factor on this list, 0–1. */
  severity: number;
  /** What a listing does, in one clause. */
  effect: string;
  /** The official publication of the current list. */
  official: Evidence;
}

export const RESTRICTED_LIST_META: Readonly<Record<RestrictedList, ListMeta>> = {
  'ofac-sdn': {
    label: 'OFAC SDN list',
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
    severity: 0.8,
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
    severity: 0.8,
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
    severity: 0.5,
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
    severity: 0.5,
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
    severity: 0.4,
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
    severity: 0.5,
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
};
