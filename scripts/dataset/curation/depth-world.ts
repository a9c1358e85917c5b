/**
 * Depth outside the US (issue 14): factors beyond the country for non-US companies curated elsewhere that otherwise
 * carry only a jurisdiction factor. Merged by id through `withExposure` (scripts/dataset/curation/index.ts), like
 * depth.ts, which keeps the US companies; the two files stay with their editors.
 *
 * Every fact was read in a stored copy of the official publisher's page (the company's own investor pages, a
 * regulator's announcement as the state news agency carried it, the Federal Register); a fact without one is left out.
 * Names on the official lists in ../shared/data are not written here: the list code applies them.
 *
 * Severity of `state-military-ties` for state ownership, on one scale:
 * - 0.05 a stake held by a democratic home state: governance influence, not a link to an adversarial state;
 * - 0.2  control by the Chinese central state (Central Huijin, the Ministry of Finance, SASAC) without a listing:
 *        the company answers to Beijing's policy, but no measure restricts dealing with it.
 *
 * Severity of `regulatory-action`, on depth.ts's scale:
 * - 0.05 a measure no longer in force, or one in force that binds only a past deal and none of today's business;
 * - 0.1  a settled enforcement penalty for past conduct, with compliance obligations that continue.
 */
import type { Factor } from '../../../utils/exposure/schema';
import { ev, risk } from './dsl';

// ── Citations, each written once ──

/** ICBC's investor page: top ten shareholders on its register at 2024-12-31. */
const ICBC_SHAREHOLDERS = ev(
  'Industrial and Commercial Bank of China: Shareholding Structure (top ten ordinary shareholders, register at 31 December 2024)',
  'Industrial and Commercial Bank of China Limited',
  'https://www.icbc-ltd.com/en/column/1438058343720960071.html',
  '2024-12-31',
);

/** SAMR's decision of 2021-10-08 on Meituan, as the state news agency Xinhua released it. */
const SAMR_MEITUAN_PENALTY = ev(
  '市场监管总局依法对美团在中国境内网络餐饮外卖平台服务市场实施“二选一”垄断行为作出行政处罚 (SAMR penalty decision on Meituan, Xinhua release)',
  'State Administration for Market Regulation, released by Xinhua News Agency (Guangming Online copy)',
  'https://tech.gmw.cn/2021-10/08/content_35216735.htm',
  '2021-10-08',
);

/** The presidential order of 2016-12-02 under section 721 of the Defense Production Act (81 FR 88607). */
const ORDER_AIXTRON = ev(
  'Order of December 2, 2016: Regarding the Proposed Acquisition of a Controlling Interest in Aixtron SE by Grand Chip Investment GmbH (Federal Register Vol. 81, No. 235, 88607, document 2016-29494)',
  'Office of the Federal Register (National Archives), Presidential Documents; Justia copy',
  'https://regulations.justia.com/regulations/fedreg/2016/12/07/2016-29494.html',
  '2016-12-07',
);

/** Safran's investor page on its capital structure (figures at 2021-04-30). */
const SAFRAN_CAPITAL = ev(
  'Safran: Capital structure and voting rights (investor page, figures at 30 April 2021)',
  'Safran',
  'https://www.safran-group.com/finance/safran-share/capital-structure-and-voting-rights',
  '2021-04-30',
);

/** Factors to add, by the id of a company curated elsewhere. */
export const DEPTH_WORLD: Readonly<Record<string, Factor[]>> = {
  icbc: [
    risk(
      'state-military-ties',
      0.3, // control by a state body of a high-risk country (curator scale)
      "China's state controls ICBC: at the end of 2024 Central Huijin Investment held 34.79% of its shares and the Ministry of Finance 31.14%, by the bank's own shareholder register.",
      [ICBC_SHAREHOLDERS],
    ),
  ],
  meituan: [
    risk(
      'regulatory-action',
      0.1, // settled penalty for past conduct, with three years of compliance reports owed to SAMR
      "In October 2021 China's market regulator (SAMR) fined Meituan 3.442 billion yuan, 3% of its 2020 sales in China, for forcing restaurants on its delivery platform to deal with it alone, and required three years of compliance reports. The fine is settled; status not rechecked since 2021-10-08.",
      [SAMR_MEITUAN_PENALTY],
      { since: '2021-10-08' },
    ),
  ],
  aixtron: [
    risk(
      'regulatory-action',
      0.05, // binds only the 2016 bidders, none of today's business
      "A US presidential order of December 2016 barred a Chinese-backed fund from buying Aixtron's US business, finding that the deal might threaten US national security. It is in force since 2016-12-02 and binds only that buyer group.",
      [ORDER_AIXTRON],
      { since: '2016-12-02' },
    ),
  ],
  safran: [
    risk(
      'state-military-ties',
      0.05, // a democratic home state's stake: governance influence only
      "The French State is one of Safran's shareholders, beside its employees and the public, by the company's own investor page.",
      [SAFRAN_CAPITAL],
    ),
  ],
};
