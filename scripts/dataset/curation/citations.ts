/**
 * Evidence cited on many cards, written once and referenced by key (`CITE.pcaobChinaAccess2022`), so that a
 * corrected title, date or link reaches every card that cites it. One-off evidence stays inline with its entry.
 */
import type { Evidence } from '../../../utils/exposure/schema';

export const CITE = {
  /** The PCAOB's December 2022 determination that it could again inspect audit firms in mainland China and Hong Kong (the HFCAA factor). */
  pcaobChinaAccess2022: {
    title: 'PCAOB Secures Complete Access to Inspect, Investigate Chinese Firms for First Time in History',
    publisher: 'Public Company Accounting Oversight Board (PCAOB)',
    url: 'https://pcaobus.org/news-events/news-releases/news-release-detail/pcaob-secures-complete-access-to-inspect-investigate-chinese-firms-for-first-time-in-history',
    date: '2022-12-15',
  },
  /** Yale CELI's list of companies that stayed in or left Russia after the 2022 invasion. */
  yaleRussiaList: {
    title: 'Over 400 companies have withdrawn from Russia, but some remain (Yale CELI list, updated continuously)',
    publisher: 'Yale School of Management, Chief Executive Leadership Institute',
    url: 'https://som.yale.edu/story/2022/over-400-companies-have-withdrawn-russia-some-remain',
    date: '2022-03-17',
  },
  /** BIS's October 2022 rule on advanced computing and chip-making items for China. */
  bisAdvancedComputing2022: {
    title:
      'Implementation of Additional Export Controls: Certain Advanced Computing and Semiconductor Manufacturing Items; Supercomputer and Semiconductor End Use; Entity List Modification (87 FR 62186)',
    publisher: 'Federal Register (U.S. Commerce Department, BIS)',
    url: 'https://www.federalregister.gov/d/2022-21658',
    date: '2022-10-13',
  },
  /** BIS's October 2023 rule expanding controls on chip-making equipment. */
  bisChipTools2023: {
    title: 'Export Controls on Semiconductor Manufacturing Items (interim final rule)',
    publisher: 'Federal Register (U.S. Commerce Department, BIS)',
    url: 'https://www.federalregister.gov/d/2023-23049',
    date: '2023-10-25',
  },
  /** DoD's 2026 list of Chinese military companies (section 1260H), as published. */
  dod1260h2026: {
    title:
      'Entities Identified as Chinese Military Companies Operating in the United States in Accordance with Section 1260H (2026 list)',
    publisher: 'U.S. Department of War (Defense)',
    url: 'https://media.defense.gov/2026/Jun/08/2003945537/-1/-1/1/ENTITIES-IDENTIFIED-AS-CHINESE-MILITARY-COMPANIES-OPERATING-IN-THE-UNITED-STATES-IN-ACCORDANCE-WITH-SECTION-1260H.PDF',
    date: '2026-06-08',
  },
  /** FAS on the July 2025 DoD–MP Materials deal. */
  fasMpPartnership: {
    title: 'Unpacking the Department of Defense and MP Materials Critical Minerals Partnership',
    publisher: 'Federation of American Scientists',
    url: 'https://fas.org/publication/unpacking-dod-and-mp-partnership',
    date: '2025-07-15',
  },
  /** The FY2019 NDAA (section 889: the federal ban on Huawei, ZTE, Hikvision and Dahua equipment). */
  ndaa2019: {
    title: 'John S. McCain National Defense Authorization Act for Fiscal Year 2019 (Pub. L. 115-232), Section 889',
    publisher: 'U.S. Congress',
    url: 'https://www.congress.gov/115/plaws/publ232/PLAW-115publ232.pdf',
    date: '2018-08-13',
  },
  /** MOFCOM's 2025 announcement adding 28 US entities to China's export-control list. */
  mofcomExportControl28: {
    title: 'MOFCOM announcement adding 28 U.S. entities to the export-control list',
    publisher: "Ministry of Commerce of the People's Republic of China",
    url: 'https://www.mofcom.gov.cn/zcfb/blgg/gg/2025nswbgg/art/2025/art_9b966e20a6934cc6b4fa2cf777626854.html',
    date: '2025-01-02',
  },
  /** The FY2023 NDAA (section 5949: federal agencies may not buy products with SMIC, YMTC or CXMT chips from December 2027). */
  ndaa2023: {
    title:
      'James M. Inhofe National Defense Authorization Act for Fiscal Year 2023 (H.R. 7776, enrolled), Section 5949',
    publisher: 'U.S. Congress',
    url: 'https://www.congress.gov/117/bills/hr7776/BILLS-117hr7776enr.pdf',
    date: '2022-12-23',
  },
  /** The FY2024 NDAA (section 154: DoD may not buy batteries from CATL, BYD and four others from October 2027). */
  ndaa2024: {
    title: 'National Defense Authorization Act for Fiscal Year 2024 (Pub. L. 118-31), Section 154',
    publisher: 'U.S. Congress',
    url: 'https://www.congress.gov/118/plaws/publ31/PLAW-118publ31.pdf',
    date: '2023-12-22',
  },
  /** MOFCOM's 2025-03-04 announcement adding 15 US entities to China's export-control list. */
  mofcomExportControl15: {
    title: 'MOFCOM announcement adding 15 U.S. entities to the export-control list',
    publisher: "Ministry of Commerce of the People's Republic of China",
    url: 'https://www.mofcom.gov.cn/zcfb/blgg/gg/2025/art/2025/art_67b1b070edcb42e2ad9b8860c15f3b12.html',
    date: '2025-03-04',
  },
  /** MOFCOM's 2026-06-22 announcement adding US entities (MP Materials, USA Rare Earth) to the export-control list. */
  mofcomExportControl2026: {
    title: 'MOFCOM announcement adding U.S. entities to the export-control list',
    publisher: "Ministry of Commerce of the People's Republic of China",
    url: 'https://www.mofcom.gov.cn/zwgk/zcfb/art/2026/art_dfa9cc5c1e004d7fbb86f83d249e7986.html',
    date: '2026-06-22',
  },
  /** The Foreign Ministry's 2024-05-22 countermeasures against US military-industrial companies and executives. */
  mfaCountermeasures20240522: {
    title: 'Foreign ministry decision on countermeasures against U.S. military-industrial companies and executives',
    publisher: "Ministry of Foreign Affairs of the People's Republic of China",
    url: 'https://www.mfa.gov.cn/web/wjb_673085/zfxxgk_674865/gknrlb/fzcqdcs/202405/t20240522_11309756.shtml',
    date: '2024-05-22',
  },
} satisfies Record<string, Evidence>;
