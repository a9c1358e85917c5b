/**
 * Depth (issue 14), continued: factors beyond the country for curated companies that otherwise carry only a
 * jurisdiction factor, merged by id through `withExposure` like ./depth.ts (whose severity scales apply here too).
 * Every fact cites its official publisher and was read there, or in a copy that names it (a news agency carrying a
 * ministry's announcement, a wire service carrying a department's release); a fact without one is left out.
 *
 * Severity of `national-security-tailwind`, on depth.ts's scale: 0.2 a grant or purchase agreement small next to the
 * company; 0.4 a large sole-source contract; 0.6 a government equity stake. A grant that is only proposed (a
 * non-binding preliminary memorandum of terms) keeps its scale value and carries status `proposed`.
 */
import type { Factor } from '../../../utils/exposure/schema';
import { ev, risk, tailwind } from './dsl';

// ── Citations, each written once ──

/** Trilogy Metals' news release of 2025-10-06, filed as Exhibit 99.1 to its current report. */
const TRILOGY_DOW_INVESTMENT = ev(
  'Trilogy Metals Inc.: Exhibit 99.1, "Trilogy Metals Announces Strategic Investment by US Federal Government" (news release of 2025-10-06)',
  'U.S. Securities and Exchange Commission (EDGAR)',
  'https://www.sec.gov/Archives/edgar/data/1543418/000127956925001094/ex991.htm',
  '2025-10-06',
);

/** MOFCOM announcement No. 27 of 2025 as the ETNet news agency reported it, naming the four US producers. */
const MOFCOM_ANALOG_CHIPS_ETNET = ev(
  '商務部公告：對原產於美國的進口相關模擬芯片進行反傾銷立案調查 (MOFCOM anti-dumping investigation of certain US analog chips, ETNet report from Beijing)',
  "Ministry of Commerce of the People's Republic of China, as reported by ETNet News Agency (經濟通通訊社)",
  'https://www.etnet.com.hk/www/tc/stocks/ah_news_detail.php?newsid=ETN350915442',
  '2025-09-15',
);

/** The same announcement as the state newspaper Global Times carried it (period, end date, products). */
const MOFCOM_ANALOG_CHIPS_GT = ev(
  'China launches anti-dumping probe into certain analog IC chips imported from the US (MOFCOM statement)',
  "Ministry of Commerce of the People's Republic of China, as carried by Global Times",
  'https://www.globaltimes.cn/page/202509/1343413.shtml',
  '2025-09-13',
);

/** Commerce Department release of 2024-06-26 (Entegris PMT), as EIN Presswire republished it. */
const COMMERCE_ENTEGRIS_PMT = ev(
  'Biden-Harris Administration Announces Preliminary Terms with Entegris to Onshore Supply Chain Materials for Leading-Edge Chip Production',
  'U.S. Department of Commerce (release republished by EIN Presswire)',
  'https://www.einpresswire.com/article/722983261/biden-harris-administration-announces-preliminary-terms-with-entegris-to-onshore-supply-chain-materials-for-leading-edge-chip-production',
  '2024-06-26',
);

/** Commerce Department release of 2024-12-06 (Coherent, SkyWater and X-Fab PMTs), as EIN Presswire republished it. */
const COMMERCE_COHERENT_PMT = ev(
  'Biden-Harris Administration Announce Preliminary Terms with Coherent, SkyWater, and X-Fab to Advance U.S. Supply Chain Security',
  'U.S. Department of Commerce (release republished by EIN Presswire)',
  'https://www.einpresswire.com/article/766791974/biden-harris-administration-announce-preliminary-terms-with-coherent-skywater-and-x-fab-to-advance-u-s-supply-chain-security',
  '2024-12-06',
);

/** GlobalFoundries' release on its final CHIPS award, as I-Connect007 carried it on 2024-11-22. */
const GF_CHIPS_AWARD = ev(
  'GlobalFoundries, U.S. Department of Commerce Announce Award Agreement on CHIPS Act Funding for Essential Chip Manufacturing',
  'GlobalFoundries Inc. (release carried by I-Connect007)',
  'https://iconnect007.com/article/143132/globalfoundries-us-department-of-commerce-announce-award-agreement-on-chips-act-funding-for-essential-chip-manufacturing/143129/pcb',
  '2024-11-22',
);

/** Factors to add, by the id of a company curated elsewhere. */
export const DEPTH_US_EUROPE: Readonly<Record<string, Factor[]>> = {
  'trilogy-metals': [
    tailwind(
      0.6, // a government equity stake of about 10%, with warrants for more
      'In October 2025 the US Department of War agreed to invest about $35.6 million to take roughly 10% of Trilogy Metals, with warrants for more once the Ambler Road is built and a board seat for three years. The deal was still subject to conditions when announced, including a foreign-ownership review.',
      [TRILOGY_DOW_INVESTMENT],
      { status: 'proposed', since: '2025-10-06' },
    ),
  ],
  onsemi: [
    risk(
      'regulatory-action',
      0.1, // an open anti-dumping probe by a government
      "In September 2025 China's commerce ministry opened an anti-dumping investigation into US interface and gate-driver chips made on 40nm or older processes, naming onsemi among the four US producers with Texas Instruments, Analog Devices and Broadcom; it is due to end by September 2026 and could bring duties on those chips in China. Status not rechecked since 2025-09-15.",
      [MOFCOM_ANALOG_CHIPS_ETNET, MOFCOM_ANALOG_CHIPS_GT],
      { since: '2025-09-13' },
    ),
  ],
  entegris: [
    tailwind(
      0.2, // a proposed grant for one plant, small next to the company
      'In June 2024 the Commerce Department agreed preliminary terms to give Entegris up to $75 million under the CHIPS Act toward a new plant in Colorado Springs that would make materials for leading-edge chips in the US.',
      [COMMERCE_ENTEGRIS_PMT],
      { status: 'proposed', since: '2024-06-26' },
    ),
  ],
  coherent: [
    tailwind(
      0.2, // a proposed grant for one plant, small next to the company
      'In December 2024 the Commerce Department agreed preliminary terms to give Coherent up to $33 million under the CHIPS Act to expand its indium phosphide chip line in Sherman, Texas, which it tied to supply-chain security.',
      [COMMERCE_COHERENT_PMT],
      { status: 'proposed', since: '2024-12-06' },
    ),
  ],
  globalfoundries: [
    tailwind(
      0.2, // a grant for its US plants, not a contract or a stake
      'In November 2024 the Commerce Department awarded GlobalFoundries up to $1.5 billion in direct CHIPS Act funding for its chip plants in New York and Vermont, after preliminary terms signed in February 2024; the company links its chips to US supply-chain and national security.',
      [GF_CHIPS_AWARD],
      { since: '2024-11-22' },
    ),
  ],
};
