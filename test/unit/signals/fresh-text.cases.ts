/**
 * Generalisation check: real sentences from finance-news pages that are NOT in the corpus, labelled by hand with the
 * rules of test/fixtures/signals/README.md before the extractor was run on them (issue 15, second pass). Each case
 * gives the page it comes from. Company names are given to the extractor the way the detector would find them
 * (`mentionsOf`, every whole-word occurrence of a known surface).
 *
 * `miss` marks a case the rules still get wrong, with the reason: it runs as `it.fails`, so it fails loudly (and must
 * be moved back) the day the rules get it right.
 */
import type { Status, Topic } from '../../../utils/signals';

export const NAMES: Record<string, string> = {
  Nvidia: 'nvidia',
  AMD: 'amd',
  Alibaba: 'alibaba',
  Tencent: 'tencent',
  Meituan: 'meituan',
  'JD.com': 'jd',
  Qualcomm: 'qualcomm',
  Pinduoduo: 'pinduoduo',
  Apple: 'apple',
  Intel: 'intel',
  Google: 'google',
  'AB InBev': 'ab-inbev',
  Rosneft: 'rosneft',
  Lukoil: 'lukoil',
  'General Motors': 'gm',
  GM: 'gm',
  Ford: 'ford',
  Shein: 'shein',
  Temu: 'temu',
  AliExpress: 'aliexpress',
  'Suntech Power Holdings': 'suntech',
  'Trina Solar': 'trina-solar',
  ReneSola: 'renesola',
  'Ultium Cells': 'ultium',
  'KORE Power': 'kore-power',
  Novonix: 'novonix',
  Aerovironment: 'aerovironment',
  AeroVironment: 'aerovironment',
  'Anduril Industries': 'anduril',
  'Performance Drone Works': 'pdw',
  'AAI Corporation': 'aai',
  Textron: 'textron',
  Insitu: 'insitu',
  CATL: 'catl',
  'Samsung Electronics': 'samsung',
  Samsung: 'samsung',
  'Texas Instruments': 'texas-instruments',
  TSMC: 'tsmc',
  GlobalFoundries: 'globalfoundries',
  'Hebei Xinhai Chemical Group': 'hebei-xinhai',
  'Shandong Jincheng Petrochemical Group': 'shandong-jincheng',
  'Rizhao Shihua Crude Oil Terminal': 'rizhao-shihua',
  'Shandong Shouguang Luqing Petrochemical Co., Ltd.': 'shandong-shouguang',
  'Red Hat': 'red-hat',
  Micron: 'micron',
  BlackBerry: 'blackberry',
  Square: 'square',
  ServiceNow: 'servicenow',
  Twitter: 'twitter',
  Calix: 'calix',
  'Mercedes-Benz': 'mercedes',
  BMW: 'bmw',
  Volkswagen: 'volkswagen',
  Toyota: 'toyota',
  Huawei: 'huawei',
  'Applied Materials': 'applied-materials',
  'Xiamen Limbach': 'xiamen-limbach',
  Xiaomi: 'xiaomi',
  DJI: 'dji',
  'PDD Holdings': 'pdd',
  Hikvision: 'hikvision',
  ZTE: 'zte',
  'Hunan Goke Microelectronics': 'hunan-goke',
  'Yunchip Microelectronics': 'yunchip',
  QuantumCTek: 'quantumctek',
  Seagate: 'seagate',
  Broadcom: 'broadcom',
  'Tata Motors': 'tata-motors',
  'Asian Paints': 'asian-paints',
  'Birla Opus': 'birla-opus',
  'SK Hynix': 'sk-hynix',
  Vivo: 'vivo',
  'Gazprom Neft': 'gazprom-neft',
  Surgutneftegaz: 'surgutneftegas',
  Rusal: 'rusal',
  'Norilsk Nickel': 'norilsk',
  Evraz: 'evraz',
  Glencore: 'glencore',
  'Lockheed Martin': 'lockheed',
  Lockheed: 'lockheed',
  Boeing: 'boeing',
  'General Dynamics': 'general-dynamics',
  Quectel: 'quectel',
  'Harley-Davidson': 'harley',
  Harley: 'harley',
  Tesla: 'tesla',
  Honda: 'honda',
  Nissan: 'nissan',
  Advantest: 'advantest',
  Shiseido: 'shiseido',
  Lenovo: 'lenovo',
};

export type Expected = [entityId: string, topics: Topic[], status: Status, denied?: boolean];

export interface Case {
  url: string;
  text: string;
  /** Every signal of the text, in order; empty: the text must stay silent. */
  want: Expected[];
  /** Why the rules still miss it (runs as `it.fails`). */
  miss?: string;
}

const EC = 'export-controls';
const SP = 'state-probe';
const SU = 'state-support';
const TR = 'trade-restrictions';
const SA = 'sanctions';
const MT = 'military-ties';

export const POSITIVE: Case[] = [
  // Export controls
  {
    url: 'https://newsflash.one/2025/04/15/nvidia-says-u-s-will-restrict-sales-of-more-of-its-a-i-chips-to-china',
    text: 'US Government Restricts Nvidia AI Chip Sales to China',
    want: [['nvidia', [EC], 'confirmed']],
  },
  {
    url: 'https://newsflash.one/2025/04/15/nvidia-says-u-s-will-restrict-sales-of-more-of-its-a-i-chips-to-china',
    text: 'Previously, the U.S. administration, under President Biden, had already taken steps to curb the export of top-tier Nvidia AI chips.',
    want: [['nvidia', [EC], 'confirmed']],
  },
  {
    url: 'https://newsflash.one/2025/04/15/nvidia-says-u-s-will-restrict-sales-of-more-of-its-a-i-chips-to-china',
    text: 'Nvidia, a leading semiconductor manufacturer, responded by engineering a modified version of its premier AI chip, the H100, to comply with U.S. regulations.',
    want: [['nvidia', [EC], 'confirmed']],
  },
  {
    url: 'https://www.yodolenews.com/2025/04/16/nvidia-says-u-s-will-restrict-sales-of-more-of-its-a-i-chips-to-china/',
    text: 'Nvidia announced on Tuesday that the U.S. government had blocked the sale of some of its artificial intelligence chips to China without a license and would now require a license for future sales.',
    want: [['nvidia', [EC], 'confirmed']],
  },
  {
    url: 'https://www.yodolenews.com/2025/04/16/nvidia-says-u-s-will-restrict-sales-of-more-of-its-a-i-chips-to-china/',
    text: 'Nvidia has been battling to maintain sales to China despite increasing government restrictions.',
    miss: 'no chip, licence or export word: only “sales to China”, which ordinary sales news shares',
    want: [['nvidia', [EC], 'confirmed']],
  },
  {
    url: 'https://www.yodolenews.com/2025/04/16/nvidia-says-u-s-will-restrict-sales-of-more-of-its-a-i-chips-to-china/',
    text: 'Due to the government’s new rule, Nvidia will incur a $5.5 billion charge against its revenue in the current quarter for H20 inventory, purchase commitments, and related reserves that it cannot sell or fulfill.',
    want: [['nvidia', [EC], 'confirmed']],
  },
  {
    url: 'https://aiobserver.co/according-to-reports-a-backlog-at-commerce-department-is-holding-up-nvidias-licenses-for-its-h20-chip',
    text: 'This delay comes at a time when national security experts are urging Trump’s administration to restrict Nvidia’s sale of its H20 AI chip to China for national security reasons.',
    want: [['nvidia', [EC], 'proposed']],
  },
  {
    url: 'https://conservativeamericatoday.com/us-orders-nvidia-to-cease-sales-of-top-ai-chips-to-china/',
    text: 'U.S. officials informed Nvidia that it now needs a government license to export higher level artificial intelligence (AI) chips to China, Russia, or Hong Kong.',
    want: [['nvidia', [EC], 'confirmed']],
  },
  {
    url: 'https://indianherald.news/us-chip-policy-nvidia-amd-agrees-to-share-15-china-sales-revenue-with-washington-deal-tied-to-ai-export-license',
    text: 'Nvidia and AMD have agreed to hand over 15% of their revenues from chip sales to China to the US government, a senior US official confirmed, according to the Associated Press.',
    miss: 'the revenue-share deal is named only by what is paid, with no licence or export word',
    want: [
      ['amd', [EC], 'alleged'],
      ['nvidia', [EC], 'alleged'],
    ],
  },
  {
    url: 'https://independentxpress.de/en-es/category/economy/nvidia-and-amd-will-pay-a-15percent-technology-fee-in-the-us-to-sell-their-chips-in-china.-1464490',
    text: 'Nvidia and AMD have agreed to deliver 15% of their revenue from chip sales in China to the US government as part of an unusual agreement with the Trump administration to obtain export licenses.',
    want: [
      ['amd', [EC], 'confirmed'],
      ['nvidia', [EC], 'confirmed'],
    ],
  },
  {
    url: 'https://independentxpress.de/en-es/category/economy/nvidia-and-amd-will-pay-a-15percent-technology-fee-in-the-us-to-sell-their-chips-in-china.-1464490',
    text: "Permits have also begun for AMD's chip destined for China.",
    want: [['amd', [EC], 'confirmed']],
  },
  {
    url: 'http://www.kakiforex.com/2025/08/nvidia-amd-give-15-of-chinese-chip.html',
    text: 'US President Donald Trump halted sales of the H20 chip to China in April, but last month the US allowed Nvidia to resume sales and hopes to begin shipping it soon.',
    want: [['nvidia', [EC], 'confirmed']],
  },
  {
    url: 'https://vna.mediadesk.ai/english/bota/gjigantet-e-cipave-nvidia-dhe-amd-do-ti-paguajne-shba-ve-15-te-shitjeve-qe--i13078',
    text: 'Nvidia CEO Jensen Huang has spent months lobbying both sides to resume chip sales in China.',
    want: [['nvidia', [EC], 'confirmed']],
  },
  {
    url: 'https://www.trtworld.com:443/article/25c7203cf45e',
    text: 'In April, Washington restricted Nvidia from selling its H20 chips to China in an escalation of its tech war with Beijing, saying it would be required to have an export licence "for the indefinite future" to sell the chips to the country.',
    want: [['nvidia', [EC], 'confirmed']],
  },
  // State probes
  {
    url: 'https://news.rthk.hk/rthk/en/component/k2/1816002-20250731.htm',
    text: "China's cyberspace regulator on Thursday summoned US tech giant Nvidia over security risks concerning its H20 AI chip sold to China.",
    want: [['nvidia', [SP], 'confirmed']],
  },
  {
    url: 'https://www.business-standard.com/amp/world-news/china-summons-nvidia-h20-chip-security-risk-cac-ai-backdoor-125073100793_1.html',
    text: 'Chinese authorities have summoned Nvidia representatives over suspected security vulnerabilities in the company’s H20 artificial intelligence (AI) chips, the Cyberspace Administration of China (CAC) said in a statement released on Thursday.',
    want: [['nvidia', [SP], 'confirmed']],
  },
  {
    url: 'https://www.business-standard.com/amp/world-news/china-summons-nvidia-h20-chip-security-risk-cac-ai-backdoor-125073100793_1.html',
    text: 'The CAC said it had called in Nvidia to explain risks linked to the H20 chips’ location tracking and remote shutdown capabilities, according to a report by the South China Morning Post (SCMP).',
    want: [['nvidia', [SP], 'alleged']],
  },
  {
    url: 'https://www.business-standard.com/amp/world-news/china-summons-nvidia-h20-chip-security-risk-cac-ai-backdoor-125073100793_1.html',
    text: 'Nvidia has not yet made a public statement in response to the CAC summons.',
    want: [['nvidia', [SP], 'confirmed']],
  },
  {
    url: 'https://www.trtworld.com:443/article/25c7203cf45e',
    text: 'The Cyberspace Administration of China (CAC) summoned US chip giant Nvidia to clarify the "backdoor security risks" associated with its H20 computing chips.',
    want: [['nvidia', [SP], 'confirmed']],
  },
  {
    url: 'http://en.people.cn/n3/2025/0731/c90000-20347686.html',
    text: "China's cyberspace watchdog summons Nvidia over H20 chip security risks",
    want: [['nvidia', [SP], 'confirmed']],
  },
  {
    url: 'https://www.newsumontheweb.org/?p=694357',
    text: 'Chinese authorities summoned 11 companies including Alibaba and Tencent for talks regarding the security of voice software, as Beijing steps up scrutiny over the internet sector.',
    want: [
      ['alibaba', [SP], 'confirmed'],
      ['tencent', [SP], 'confirmed'],
    ],
  },
  {
    url: 'https://aicnbc.com/tag/samr',
    text: 'Nvidia is under investigation by China’s SAMR for potential anti-monopoly violations related to its 2020 acquisition of Mellanox.',
    want: [['nvidia', [SP], 'confirmed']],
  },
  {
    url: 'https://aicnbc.com/tag/samr',
    text: 'China’s SAMR summoned executives from Ele.me, Meituan, and JD.com, emphasizing compliance with laws like the E-Commerce and Food Safety Laws.',
    want: [
      ['jd', [SP], 'confirmed'],
      ['meituan', [SP], 'confirmed'],
    ],
  },
  {
    url: 'https://takshashila.org.in/content/blogs/20251103-china-doubles-down-on-weaponising-antitrust-regulations.html',
    text: 'In the latest instance, just a day after the export restrictions, SAMR announced that it had launched investigations into Qualcomm’s acquisition of Autotalks, an Israeli firm.',
    miss: '“after the export restrictions” is a time reference, yet it is read as a cue about Qualcomm',
    want: [['qualcomm', [SP], 'confirmed']],
  },
  {
    url: 'https://takshashila.org.in/content/blogs/20251103-china-doubles-down-on-weaponising-antitrust-regulations.html',
    text: 'Next, we can expect Qualcomm to be fined when the next round of US-China tussle heats up.',
    want: [['qualcomm', [SP], 'proposed']],
  },
  {
    url: 'https://profilbaru.com/en/State_Administration_for_Market_Regulation',
    text: 'In 2018, SAMR began a probe into Pinduoduo following the company being criticized extensively in domestic media for its selling of shanzhai and counterfeit products.',
    want: [['pinduoduo', [SP], 'confirmed']],
  },
  {
    url: 'https://epsilon.competitionpolicyinternational.com/failure-to-file-reportable-mergers-update-from-china',
    text: 'Not long after that, SAMR issued its decision against Alibaba for abuse of dominance – “from-two-choose-one,” a form of exclusive dealing – with a record fine of over RMB 18 billion (around USD 2.9 billion).',
    want: [['alibaba', [SP], 'confirmed']],
  },
  {
    url: 'https://www.taylorwessing.com/de/insights-and-events/insights/2025/02/noteworthy-article-101-and-102-tfeu-cases-before-the-cjeu-and-commission',
    text: 'In March, the Commission fined Apple more than €1.8 billion for abusing its dominant position in the market for the distribution of music streaming apps to iPhone and iPad users ("iOS users").',
    want: [['apple', [SP], 'confirmed']],
  },
  {
    url: 'https://ec.europa.eu/newsroom/comp/items/topic/6092',
    text: "In its 2023 decision, the Commission re-imposed a fine of around €376.36 million on Intel for a previously established abuse of dominant position in the market for computer chips called x86 central processing units ('CPUs').",
    want: [['intel', [SP], 'confirmed']],
  },
  {
    url: 'https://ec.europa.eu/newsroom/comp/items/topic/2389',
    text: 'In its judgment, the General Court dismissed Qualcomm’s action for annulment of a 2019 Commission decision imposing a fine of €242 million on Qualcomm for predatory pricing.',
    want: [['qualcomm', [SP], 'confirmed']],
  },
  {
    url: 'https://luther-lawfirm.com/newsroom/newsletter/detail/eu-law-news-may-june-2017',
    text: 'On 27 June 2017 the Commission fined Google €2.42bn because it allegedly abused its market dominance as a search engine by giving an illegal advantage to another Google product, its comparison shopping service.',
    want: [['google', [SP], 'alleged']],
  },
  {
    url: 'https://osservatorioantitrust.eu/en/category/antitrust-enforcement/public-antitrust-enforcement',
    text: 'On May 13th, 2019, the European Commission fined (AB InBev) more than €200 million for abusing its dominant position on the Belgian beer market by hindering cheaper imports of its Jupiler beer from the Netherlands into Belgium.',
    want: [['ab-inbev', [SP], 'confirmed']],
  },
  // Sanctions
  {
    url: 'https://www.newsghana.com.gh/trump-sanctions-russia-oil-giants-as-eu-bans-lng/',
    text: 'US Treasury Secretary Scott Bessent announced the sanctions targeting Rosneft and Lukoil, stating they aim to increase pressure on Russia’s energy sector and degrade the Kremlin’s ability to raise revenue for its war machine.',
    want: [
      ['lukoil', [SA], 'confirmed'],
      ['rosneft', [SA], 'confirmed'],
    ],
  },
  {
    url: 'https://tengele.com/search?q=Sanctions',
    text: 'The measures freeze all Rosneft and Lukoil assets in the United States and prohibit US companies from conducting business with them.',
    want: [
      ['lukoil', [SA], 'confirmed'],
      ['rosneft', [SA], 'confirmed'],
    ],
  },
  {
    url: 'https://tengele.com/search?q=Sanctions',
    text: 'The US has placed Lukoil and Rosneft on its SDN list, a registry that carries the risk of secondary sanctions for any companies that continue to work with them, potentially denying them access to US financial and commodity market services.',
    want: [
      ['lukoil', [SA], 'confirmed'],
      ['rosneft', [SA], 'confirmed'],
    ],
  },
  {
    url: 'https://logos-pres.md/?p=32414',
    text: 'Hungary, which is heavily dependent on Russian oil supplies, may also oppose Lukoil’s inclusion in the sanctions list.',
    want: [['lukoil', [SA], 'proposed']],
  },
  {
    url: 'https://stratnewsglobal.com/united-states/us-sanctions-third-chinese-teapot-refinery-and-port-over-iran-oil-deals',
    text: 'The U.S. Treasury designated the Hebei Xinhai Chemical Group refinery and three companies for operating a terminal at Dongying Port in Shandong Province.',
    want: [['hebei-xinhai', [SA], 'confirmed']],
  },
  {
    url: 'http://3.127.128.221/?p=1278181',
    text: 'The Treasury Department sanctioned the Shandong Jincheng Petrochemical Group, which it said is an independent teapot refinery in Shandong Province that has purchased millions of barrels of Iranian oil since 2023.',
    want: [['shandong-jincheng', [SA], 'confirmed']],
  },
  {
    url: 'http://3.127.128.221/?p=1278181',
    text: 'It also sanctioned China-based Rizhao Shihua Crude Oil Terminal, which operates a terminal at Lanshan port.',
    want: [['rizhao-shihua', [SA], 'confirmed']],
  },
  {
    url: 'https://english.aawsat.com/world/5124137-us-slaps-iran-related-sanctions-oil-tankers-china-%E2%80%98teapot-refinery',
    text: 'The refinery Treasury targeted for sanctions is China-based Shandong Shouguang Luqing Petrochemical Co., Ltd.',
    want: [['shandong-shouguang', [SA], 'confirmed']],
  },
  // Trade restrictions
  {
    url: 'https://www.thefiscaltimes.com/2025/05/01/GM-Warns-Trump-Tariffs-Could-Cost-It-5-Billion',
    text: 'General Motors said Thursday that the tariffs imposed by President Trump over the last few weeks could reduce its earnings by as much as $5 billion this year.',
    want: [['gm', [TR], 'confirmed']],
  },
  {
    url: 'https://www.daily8.com/en/article/1926c43f527f6c377e4fa716510f5a3a',
    text: "General Motors cut its profit forecast for 2025 on Thursday by more than 20 percent and said that the Trump administration's tariffs would increase its costs by $4 billion to $5 billion this year.",
    want: [['gm', [TR], 'confirmed']],
  },
  {
    url: 'https://cupure.com/en/news/world/gm-expects-up-to-dollar5-billion-tariff-hit-even-after-recent-relief-351147835',
    text: 'GM expects up to $5 billion tariff hit, even after recent relief',
    want: [['gm', [TR], 'confirmed']],
  },
  {
    url: 'https://cbtnews.com/?p=211135',
    text: 'Barra stated that GM anticipates that it will be able to alleviate up to 50% of potential tariffs that President Donald Trump has threatened to impose on imports from Canada and Mexico, two of the United States’ most critical trading partners.',
    want: [['gm', [TR], 'proposed']],
  },
  {
    url: 'https://cbtnews.com/?p=211135',
    text: 'GM’s substantial manufacturing footprint in Mexico, which includes lower-priced EVs and highly profitable full-size pickup, makes the company particularly vulnerable to shifts in trade policies.',
    want: [['gm', [TR], 'confirmed']],
  },
  {
    url: 'https://www.movefm.com.au/business/trump-ends-de-minimis-exemption-shein-and-temu-among-firms-hit',
    text: 'Trump ends de minimis exemption, Shein and Temu among firms hit',
    want: [
      ['shein', [TR], 'confirmed'],
      ['temu', [TR], 'confirmed'],
    ],
  },
  {
    url: 'https://www.thefinancialdistrict.com.ph/post/shein-temu-lose-business-as-u-s-de-minimis-rule-is-scrapped',
    text: 'Shein, Temu Lose Business as U.S. De Minimis Rule Is Scrapped',
    want: [
      ['shein', [TR], 'confirmed'],
      ['temu', [TR], 'confirmed'],
    ],
  },
  {
    url: 'https://www.thefinancialdistrict.com.ph/post/shein-temu-lose-business-as-u-s-de-minimis-rule-is-scrapped',
    text: 'President Donald Trump last week suspended a global trade loophole that allowed smaller parcels to enter the U.S. duty-free, cutting off a major channel used by Chinese e-commerce giants Shein and Temu.\nConsumers may now bear the cost as these platforms face higher import duties, Ramishah Maruf reported for CNN.',
    miss: '“a trade loophole … duty-free” is no cue (duty-free alone is travel retail), and the consumers’ “may” is read as hedging the duties',
    want: [
      ['shein', [TR], 'confirmed'],
      ['temu', [TR], 'confirmed'],
      ['shein', [TR], 'confirmed'],
      ['temu', [TR], 'confirmed'],
    ],
  },
  {
    url: 'https://www.theepochtimes.com/us/white-house-targets-temu-shein-by-cracking-down-on-small-package-imports-5723782',
    text: 'White House Targets Temu, Shein by Cracking Down on Small Package Imports',
    want: [
      ['shein', [TR], 'confirmed'],
      ['temu', [TR], 'confirmed'],
    ],
  },
  {
    url: 'https://inshorts.com/en/amp_news/what-is--de-minimis--trade-loophole-closed-by-trump--1743747106669',
    text: 'US President Donald Trump shut "de minimis" exemption on import tariffs, a trade loophole Shein, Temu, AliExpress used to ship packages duty-free from China.',
    want: [
      ['aliexpress', [TR], 'confirmed'],
      ['shein', [TR], 'confirmed'],
      ['temu', [TR], 'confirmed'],
    ],
  },
  {
    url: 'https://theboxhouston.com/11738539/higher-prices-ahead-for-shein-temu-and-amazon-shoppers/',
    text: 'In response, platforms like Temu and Shein had already begun stockpiling inventory in U.S. warehouses to reduce delivery times and offset the tariff impact.',
    want: [
      ['shein', [TR], 'confirmed'],
      ['temu', [TR], 'confirmed'],
    ],
  },
  {
    url: 'http://www.reuters.com/article/usa-china-solar-idUSL1E8LA7UT20121010',
    text: 'Suntech Power Holdings was hit with an anti-dumping duty of 31.73 percent and a countervailing duty of 14.78 percent.',
    want: [['suntech', [TR], 'confirmed']],
  },
  {
    url: 'http://www.reuters.com/article/usa-china-solar-idUSL1E8LA7UT20121010',
    text: 'Trina Solar received an 18.32 percent anti-dumping duty and a 15.97 percent countervailing duty.',
    want: [['trina-solar', [TR], 'confirmed']],
  },
  {
    url: 'https://azom.com/news.aspx?newsID=42027',
    text: 'Commerce set preliminary rates of 26.33 percent and 58.87 percent on solar panels assembled in China (from third-country cells made from Chinese inputs) by mandatory respondents Trina Solar and ReneSola, respectively.',
    miss: '“rates” on panels are duties only by context: no duty or tariff word in the sentence',
    want: [
      ['renesola', [TR], 'confirmed'],
      ['trina-solar', [TR], 'confirmed'],
    ],
  },
  // State support
  {
    url: 'https://www.marketscreener.com/quote/stock/LG-ENERGY-SOLUTION-LTD-132054586/news/Exclusive-U-S-Energy-Department-set-to-loan-GM-battery-joint-venture-2-5-billion-41077875/',
    text: "The conditional commitment for the loan to Ultium Cells LLC for facilities in Ohio, Tennessee, and Michigan is expected to close in the coming months and comes from the government's Advanced Technology Vehicles Manufacturing loan program, which has not funded a new loan since 2010.",
    want: [['ultium', [SU], 'proposed']],
  },
  {
    url: 'https://www.industryweek.com/the-economy/public-policy/article/21266626/doe-announces-loans-for-advanced-manufacturing-technology-vehicles-components',
    text: 'December 2022: a $2.5 billion LPO loan to Ultium Cells, the joint venture between GM and LG Energy Solution, to manufacture battery cells for electric vehicles in the United States',
    want: [['ultium', [SU], 'confirmed']],
  },
  {
    url: 'https://www.eenews.net/articles/doe-approves-850m-conditional-loan-for-battery-plant/',
    text: 'DOE’s Loan Programs Office said it signed off on the conditional commitment to help KORE Power Inc., an Idaho-based battery cell technology development company, to boost EV battery production as the nation moves to meet more rigorous clean car standards and slash emissions.',
    want: [['kore-power', [SU], 'confirmed']],
  },
  {
    url: 'https://northernminer.com/news/financing-us-energy-dept-hands-out-billions/1003874746',
    text: 'In mid-December, the U.S Department of Energy announced a conditional loan of US$755 million to battery materials and technology company Novonix to build a plant in Tennessee for manufacturing synthetic graphite, a key component in batteries for electric vehicles.',
    want: [['novonix', [SU], 'confirmed']],
  },
  {
    url: 'http://monrovia.patch.com/groups/politics-and-elections/p/monrovia-company-and-other-firms-awarded-248-million-b03d0631ad',
    text: 'The U.S. Army awarded a $248 million contract to Aerovironment and four other firms to produce unmanned aircraft systems to the military indefinitely.',
    want: [['aerovironment', [SU], 'confirmed']],
  },
  {
    url: 'http://www.vcstar.com/business/aerovironment-selected-to-compete-for-248-army',
    text: 'Monrovia-based AeroVironment Inc., which makes drones in Simi Valley, said the Army has chosen it and four other companies to compete for an unmanned aircraft systems contract worth up to $248 million.',
    want: [['aerovironment', [SU], 'proposed']],
  },
  {
    url: 'https://executivebiz.com/2024/09/army-taps-anduril-performance-drone-works-to-supply-small-uncrewed-aircraft-systems/',
    text: 'The U.S. Army has awarded Anduril Industries and Performance Drone Works a $14.4 million supply contract under Tranche 1 of the service branch’s Company-Level Small Uncrewed Aircraft System Directed Requirement, DVIDS reported Wednesday.',
    want: [
      ['anduril', [SU], 'confirmed'],
      ['pdw', [SU], 'confirmed'],
    ],
  },
  {
    url: 'https://sputniknews.com/military/201706271054996385-usa-buys-recon-drones/',
    text: 'The United States has awarded AAI Corporation $30 million for Special Operations Command (SOCOM) mid-endurance drones, the Defense Department said in a press release.',
    want: [['aai', [SU], 'confirmed']],
  },
  {
    url: 'https://www.channelnewsasia.com/business/us-finalizes-up-635-billion-chips-awards-samsung-electronics-texas-instruments-4819736',
    text: "The U.S. Commerce Department said Friday it was finalizing an award of up to $4.745 billion to South Korea's Samsung Electronics and up to $1.61 billion for Texas Instruments to expand chips production.",
    want: [
      ['samsung', [SU], 'confirmed'],
      ['texas-instruments', [SU], 'confirmed'],
    ],
  },
  {
    url: 'https://www.channelnewsasia.com/business/us-finalizes-up-635-billion-chips-awards-samsung-electronics-texas-instruments-4819736',
    text: 'The Samsung award is about $1.7 billion smaller than the preliminary award announced in April of up to $6.4 billion and reflects its revised smaller investment plans, the department said.',
    want: [['samsung', [SU], 'confirmed']],
  },
  {
    url: 'https://www.livemint.com/industry/south-korea-unveils-19-billion-package-for-chip-industry/amp-11716470854991.html',
    text: 'Last month, the U.S. granted up to $6.4 billion to Samsung to build a chip-making facility in Texas, and up to $6.6 billion to help TSMC as the world’s largest contract chip maker invests $65 billion in chip factories in Arizona, making the companies two of the biggest recipients of subsidies under the U.S. Chips Act.',
    want: [
      ['samsung', [SU], 'confirmed'],
      ['tsmc', [SU], 'confirmed'],
    ],
  },
  {
    url: 'https://www.livemint.com/industry/south-korea-unveils-19-billion-package-for-chip-industry/amp-11716470854991.html',
    text: 'Intel and GlobalFoundries earlier this year received grants under the act as well.',
    want: [
      ['globalfoundries', [SU], 'confirmed'],
      ['intel', [SU], 'confirmed'],
    ],
  },
  // Military ties
  {
    url: 'https://newsnuzzle.com/u-s-adds-tencent-to-chinese-military-companies-blacklist',
    text: 'The Pentagon on Monday labeled Tencent, the Chinese social media and gaming giant, as a Chinese military business operating in the United States, the latest action in an escalating series of retaliatory moves between the world’s two superpowers.',
    want: [['tencent', [MT], 'confirmed']],
  },
];

export const NEGATIVE: Case[] = [
  {
    url: 'https://www.internetnews.com/it-management/rim-red-hat-rock-wall-street/',
    text: 'Red Hat saw its shares rise 4%, on top of a 3% gain during the day, after the company beat earnings and sales estimates on a 54% jump in subscription revenue.',
    want: [],
  },
  {
    url: 'https://www.internetnews.com/it-management/rim-red-hat-rock-wall-street/',
    text: 'Micron, meanwhile, slipped 2% despite beating earnings and sales estimates.',
    want: [],
  },
  {
    url: 'https://www.itiger.com/news/1184522899',
    text: "BlackBerry (NYSE: BB) shares surged 5.15% in Thursday's intraday trading, building on the momentum from a strong pre-market rally.",
    want: [],
  },
  {
    url: 'https://www.itiger.com/news/1184522899',
    text: 'Adding to the positive sentiment, BlackBerry raised its annual revenue forecast, further fueling investor optimism.',
    want: [],
  },
  {
    url: 'https://staging.mercurynews.com/2016/08/03/squares-earnings-beat-expectations',
    text: 'Square forecast adjusted revenue of $167 million to $171 million in the current quarter, exceeding analysts’ average estimate of $166.3 million.',
    want: [],
  },
  {
    url: 'https://www.thestreet.com/investing/servicenow-earnings-get-boost-from-federal-business-14938135',
    text: 'ServiceNow raised its full-year 2019 subscription revenue guidance to between $3.235 billion and $3.25 billion, 35% to 36% year-over-year adjusted growth.',
    want: [],
  },
  {
    url: 'https://www.cnbc.com/2017/10/26/twitter-earnings-q3-revenue-eps-and-maus.html',
    text: 'Twitter stock rose more than 18 percent Thursday after the company posted strong earnings, beating revenue and earning per share estimates while giving higher-than-expected guidance for the fourth quarter.',
    want: [],
  },
  {
    url: 'https://www.fool.com/investing/2018/11/06/why-calix-inc-stock-jumped-today.aspx',
    text: 'Shares of network communications software company Calix (CALX -0.07%) skyrocketed Tuesday, rising as much as 25% and finishing the trading day up 24.6%.',
    want: [],
  },
  {
    url: 'https://www.thefiscaltimes.com/2025/05/01/GM-Warns-Trump-Tariffs-Could-Cost-It-5-Billion',
    text: 'GM CEO Mary Barra told CNBC that the company will rely on its existing factories in the U.S. to boost production of components that previously came from foreign sources, rather than building new facilities.',
    want: [],
  },
  {
    url: 'https://cupure.com/en/news/world/gm-expects-up-to-dollar5-billion-tariff-hit-even-after-recent-relief-351147835',
    text: 'Notably, GM said it will continue investing in the growth of its business, making no change to its planned $10 billion to $11 billion capex for the year.',
    want: [],
  },
  {
    url: 'https://malaymail.com/news/world/2025/01/07/us-adds-tencent-catl-to-list-of-chinese-military-companies/162295',
    text: 'Tencent is one of the top players in China’s expansive technology sector, operating the WeChat “super-app” with other offerings across gaming, content streaming and cloud services.',
    want: [],
  },
  {
    url: 'https://malaymail.com/news/world/2025/01/07/us-adds-tencent-catl-to-list-of-chinese-military-companies/162295',
    text: 'They have been used in models from a long line of foreign manufacturers including Mercedes-Benz, BMW, Volkswagen, Toyota, Honda and Hyundai.',
    want: [],
  },
  {
    url: 'https://malaymail.com/news/world/2025/01/07/us-adds-tencent-catl-to-list-of-chinese-military-companies/162295',
    text: "Tencent's shares plummeted more than seven percent in Hong Kong today, while CATL saw its shares in Shenzhen sink 5.2 percent.",
    want: [],
  },
  {
    url: 'https://www.yodolenews.com/2025/04/16/nvidia-says-u-s-will-restrict-sales-of-more-of-its-a-i-chips-to-china/',
    text: 'Nvidia declined to provide a statement on the matter. The company’s stock price dropped over 5 percent in after-hours trading on Tuesday.',
    want: [],
  },
  {
    url: 'https://www.yodolenews.com/2025/04/16/nvidia-says-u-s-will-restrict-sales-of-more-of-its-a-i-chips-to-china/',
    text: 'With the possibility of withdrawing from the market, Nvidia feared losing sales to Huawei, China’s top A.I. chipmaker, and facing competition globally.',
    want: [],
  },
  {
    url: 'https://www.solomonresearch.co.uk/research/sanction-shockwaves-us-sanctions-target-russias-oil-giants',
    text: 'Lukoil produces around 2% of global oil output and holds significant stakes in major international oil fields and refineries across multiple continents across the world.',
    want: [],
  },
  {
    url: 'https://www.solomonresearch.co.uk/research/sanction-shockwaves-us-sanctions-target-russias-oil-giants',
    text: 'Rosneft, a state-controlled company (4), is central to financing the Russian government’s spending and supporting Russia’s broader energy strategy.',
    want: [],
  },
  {
    url: 'https://www.channelnewsasia.com/business/us-finalizes-up-635-billion-chips-awards-samsung-electronics-texas-instruments-4819736',
    text: 'Texas Instruments has pledged to investment more than $18 billion through 2029 in two new factories in Texas and one in Utah, which are expected to create 2,000 manufacturing jobs.',
    want: [],
  },
  {
    url: 'https://www.channelnewsasia.com/business/us-finalizes-up-635-billion-chips-awards-samsung-electronics-texas-instruments-4819736',
    text: 'Samsung did not immediately comment.',
    want: [],
  },
  {
    url: 'https://www.jns.org/us-sanctions-third-chinese-oil-refinery-operating-as-irans-shadow-fleet/',
    text: 'Hebei Xinhai Chemical Group, in the Shandong Province of China, is among small, independent (“teapot”) oil refineries, according to the Treasury Department.',
    want: [],
  },
  {
    url: 'https://malaymail.com/news/world/2025/01/07/us-adds-tencent-catl-to-list-of-chinese-military-companies/162295',
    text: 'CATL is also a major firm, producing more than a third of the electric vehicle batteries sold in the world.',
    want: [],
  },
];

/**
 * A second batch, collected and labelled after the rules were widened on the batches above and run once against them
 * unchanged: it measures how the widening carries to text it was not made for.
 */
export const SECOND_BATCH: Case[] = [
  {
    url: 'https://themoneymechanics.com/?p=9985',
    text: 'Applied Materials said it expects a $710 million hit to its revenue from new restrictions on its China exports, pressuring shares of the chip manufacturing equipment maker Friday.',
    want: [['applied-materials', [EC], 'confirmed']],
  },
  {
    url: 'https://themoneymechanics.com/?p=9985',
    text: 'The Commerce Department’s Bureau of Industry and Security issued a new rule on Sept. 29 raising the number of Chinese clients Applied Materials would need a license to export to, the company said.',
    want: [['applied-materials', [EC], 'confirmed']],
  },
  {
    url: 'https://themoneymechanics.com/?p=9985',
    text: 'China accounted for more than a third of Applied Materials’ total revenue in its fiscal third quarter ended in July, making the country its biggest source of sales.',
    want: [],
  },
  {
    url: 'https://www.mitrade.com/insights/news/live-news/article-3-1269930-20251115',
    text: 'Applied Materials, a key equipment supplier closely watched by investors, is in the crosshairs as the US cracks down on companies using subsidiaries and affiliates to circumvent the restriction on sales of cutting-edge chipmaking equipment and technology to Chinese manufacturers, which led to its shares falling by 4% in after-hours trading.\nDue to the tighter restrictions, Applied Materials forecasts a $600 million loss to its 2026 revenue.',
    want: [
      ['applied-materials', [EC], 'confirmed'],
      ['applied-materials', [EC], 'confirmed'],
    ],
  },
  {
    url: 'https://finnecs.com/news/1022-amat-stock-slides-china-export-curbs-revenue-warning',
    text: 'Applied Materials Stock Slides on China Export Curbs',
    want: [['applied-materials', [EC], 'confirmed']],
  },
  {
    url: 'https://www.politico.eu/article/eu-opens-probe-into-chinese-e-commerce-platform-temu/',
    text: 'The European Commission opened a formal investigation Thursday into the Chinese e-commerce platform Temu over potential breaches of the Digital Services Act, the bloc’s rulebook aimed at limiting the spread of illegal and harmful content online.',
    want: [['temu', [SP], 'confirmed']],
  },
  {
    url: 'https://www.politico.eu/article/eu-opens-probe-into-chinese-e-commerce-platform-temu/',
    text: "A preliminary analysis found that Temu may fail to crack down on noncompliant products and address risks linked to its platform's addictive design, such as reward programs, while falling short of transparency obligations.",
    want: [],
  },
  {
    url: 'https://www.upi.com/Top_News/World-News/2024/03/14/belgium-european-commission-opens-investigation-into-aliexpress/5101710422088/',
    text: 'The European Commission announced Thursday that it is opening a formal investigation of Alibaba subsidiary AliExpress for violations of the Digital Services Act.',
    want: [['aliexpress', [SP], 'confirmed']],
  },
  {
    url: 'https://brusselstimes.com/1293341/eu-regulators-launch-investigation-into-chinese-retailer-temu',
    text: 'The European Commission has launched an investigation into online retailer Temu, over suspicions that the platform is in breach of EU regulations regarding the sale of illegal products, addictive design of the platform, purchase recommendations and data sharing.',
    want: [['temu', [SP], 'confirmed']],
  },
  {
    url: 'https://brusselstimes.com/1293341/eu-regulators-launch-investigation-into-chinese-retailer-temu',
    text: 'First launched in 2022, Temu is a global online marketplace operated by Chinese e-commerce company PDD Holdings.',
    want: [],
  },
  {
    url: 'https://thegoldenraven.org/eu-sanctions-against-chinese-entities-over-support-for-russia-in-donbas',
    text: 'Additionally, four Chinese companies, including Xiamen Limbach, face sanctions for supplying sensitive components, such as long-range drone engines and microprocessors, to the Russian military.',
    want: [['xiamen-limbach', [SA, MT], 'confirmed']],
  },
  {
    url: 'https://thegoldenraven.org/eu-sanctions-against-chinese-entities-over-support-for-russia-in-donbas',
    text: 'Xiamen Limbach is also accused of providing engine components for Iranian-made Shahed drones, used by Russian forces in Ukraine.',
    want: [['xiamen-limbach', [MT], 'alleged']],
  },
  {
    url: 'https://moneyvisa.com/apple-expects-1-1-billion-tariff-hit-in-4th-quarter-after-800-million-q3-hit-ceo-tim-cook-warns-many-factors-that-could-change',
    text: 'Cook disclosed that Apple (AAPL) absorbed roughly $800 million in tariff-related costs during the June quarter and expects that figure to climb to $1.1 billion in the September quarter, assuming no changes to current global tariff policies.',
    miss: '“expects that figure to climb” is read as an expected action, not the company’s forecast of a cost',
    want: [['apple', [TR], 'confirmed']],
  },
  {
    url: 'https://newyorktoday.net/tim-cook-says-tariffs-will-cost-apple-at-least-900m-in-april-june-quarter',
    text: 'Apple manufactures the vast majority of its iPhones in China, placing it in a difficult position in an escalating trade war between the U.S. and China.',
    want: [['apple', [TR], 'confirmed']],
  },
  {
    url: 'https://newyorktoday.net/tim-cook-says-tariffs-will-cost-apple-at-least-900m-in-april-june-quarter',
    text: 'While consumer electronics have been temporarily exempted from President Donald Trump’s proposed 125 percent reciprocal tariffs, Apple products still face a 20 percent levy—and more could be on the way.',
    miss: 'the “proposed” tariffs of the leading while-clause and the trailing “could” are read as hedging the levy Apple faces',
    want: [['apple', [TR], 'confirmed']],
  },
  {
    url: 'https://tribune.com.pk/story/2543552/apple-ceo-tim-cook-flags-900m-tariff-risk-amid-ai-china-challenges',
    text: 'Apple CEO Tim Cook has warned that US tariffs could add $900 million in costs during the third quarter, casting a shadow over otherwise strong Q2 earnings.',
    want: [['apple', [TR], 'confirmed']],
  },
  {
    url: 'https://tribune.com.pk/story/2543552/apple-ceo-tim-cook-flags-900m-tariff-risk-amid-ai-china-challenges',
    text: 'Apple reported $95.4 billion in revenue for the March quarter, up 5% year-over-year, and earnings per share of $1.65, an 8% increase.',
    want: [],
  },
  {
    url: 'https://tribune.com.pk/story/2543552/apple-ceo-tim-cook-flags-900m-tariff-risk-amid-ai-china-challenges',
    text: 'China sales declined 2.3%, as local rivals Huawei and Xiaomi gained market share.',
    want: [],
  },
  {
    url: 'http://gokawiil.com/article/94988',
    text: "Commerce Secretary Howard Lutnick said on Friday that the U.S. government has taken a 10% stake in embattle chipmaker Intel, the Trump administration's latest effort to exert control over corporate America.",
    want: [['intel', [SU], 'confirmed']],
  },
  {
    url: 'http://gokawiil.com/article/94988',
    text: 'Intel shares rose about 6% during trading on Friday.',
    want: [],
  },
  {
    url: 'http://gokawiil.com/article/94988',
    text: 'Intel, the only American company capable of making advanced chips on U.S. soil, said in a press release that the government made an $8.9 billion investment in Intel common stock, purchasing 433.3 million shares at a price of $20.47 per share, giving it a 10% stake in the company.',
    want: [['intel', [SU], 'confirmed']],
  },
  {
    url: 'http://gokawiil.com/article/94988',
    text: 'The government will also have a warrant to buy an additional 5% of Intel shares if the company is no longer majority owner of its foundry business.',
    want: [['intel', [SU], 'proposed']],
  },
  {
    url: 'https://coolpal.tech/archives/13529',
    text: 'U.S. Commerce Secretary Howard Lutnick confirmed the ambitious plan on Tuesday, revealing that federal grants previously allocated to Intel under the CHIPS and Science Act will be converted into equity, making the government one of the company’s largest shareholders.',
    miss: '“plan” as a noun is not read as a proposal; “will be converted” reads as a consequence',
    want: [['intel', [SU], 'proposed']],
  },
  {
    url: 'https://www.daily8.com/en/article/0f84ea74bb4a863010fbe9830fb38ffc',
    text: "US Commerce Secretary Howard Lutnick on Tuesday confirmed the US government is vying for a 10% stake in Intel, part of an unusual deal that would deepen the Trump administration's financial ties with the major chipmaker.",
    want: [['intel', [SU], 'proposed']],
  },
  {
    url: 'https://johnsonwkchoi.com/2024/10/19/chinese-drone-maker-dji-filed-a-lawsuit-against-the-us-department-of-defense',
    text: 'Chinese drone maker DJI filed a lawsuit against the US Department of Defense (DoD) on Saturday, challenging its inclusion on the “Chinese Military Companies” (CMC) blacklist and seeking to be removed from the list.',
    miss: '“challenging its inclusion” is now read as the denial, but no action verb reports the listing (“its inclusion on” alone stays a denied claim, alleged, as in the development set’s “its inclusion on the list was clearly a mistake”)',
    want: [['dji', [MT], 'confirmed', true]],
  },
  {
    url: 'https://www.econotimes.com/DJI-Sues-US-Defense-Department-Over-Military-Company-Designation-Citing-Financial-Harm-1691103',
    text: "The lawsuit, filed in a U.S. District Court in Washington, requests DJI’s removal from the Pentagon's list of “Chinese military companies.”",
    miss: '“The lawsuit, filed in a U.S. District Court” does not say whose: it is still read as a state probe of the company',
    want: [['dji', [MT], 'confirmed']],
  },
  {
    url: 'https://www.econotimes.com/DJI-Sues-US-Defense-Department-Over-Military-Company-Designation-Citing-Financial-Harm-1691103',
    text: 'DJI asserts that it is neither owned nor controlled by the Chinese military and that the designation has unfairly damaged its reputation.',
    want: [['dji', [MT], 'alleged', true]],
  },
  {
    url: 'https://www.econotimes.com/DJI-Sues-US-Defense-Department-Over-Military-Company-Designation-Citing-Financial-Harm-1691103',
    text: 'In related news, DJI faces additional challenges from U.S. Customs and Border Protection, which recently blocked some DJI drone imports under the Uyghur Forced Labor Prevention Act.',
    want: [['dji', [TR], 'confirmed']],
  },
  {
    url: 'https://www.econotimes.com/DJI-Sues-US-Defense-Department-Over-Military-Company-Designation-Citing-Financial-Harm-1691103',
    text: 'DJI denies using forced labor in its supply chain.',
    want: [['dji', [TR], 'alleged', true]],
  },
  {
    url: 'https://en.shiftdelete.net/dji-loses-lawsuit-against-us-government',
    text: 'A US federal judge has dismissed a lawsuit filed by China-based drone manufacturer DJI challenging its classification by the Department of Defense as a “Chinese military company.”',
    miss: 'the company’s lawsuit and “challenging its classification” are now read right (no probe; denied), but no action verb reports the classification, so the status is the denied claim’s (alleged)',
    want: [['dji', [MT], 'confirmed', true]],
  },
  {
    url: 'https://en.shiftdelete.net/dji-loses-lawsuit-against-us-government',
    text: 'DJI was previously placed on the sanctions lists of the Department of Commerce and the Department of the Treasury, and then added to the Department of Defense’s list of Chinese military companies in 2022.',
    want: [['dji', [SA, MT], 'confirmed']],
  },
];

/**
 * A third batch (2026-12-05), collected from stored finance-news pages and labelled by the README's rules before the
 * extractor ran on it, for the pass that widens the word families: Entity List and FCC blacklists, BIS penalties,
 * Korean, Japanese, Indian and Chinese regulators, UK and US sanctions, CHIPS grants, defence contracts, tariffs on
 * named companies, military-ties denials; a third of it negatives (price moves, earnings, private stakes, a rival or
 * a complainant named beside the target). Stories close to the held-out articles' were left out.
 *
 * Before the widening (rules of commit ea0afc7, run once on the labels as written): 31 of 60 cases right — 12 of 41
 * positive cases, 19 of 19 negatives (no signal on any negative; three wrong companies inside positive cases: the
 * buyer Huawei beside Seagate's penalty, the victim Samsung beside Broadcom, the losing bidder Lockheed). After it:
 * 57 of 60 (the three left are `miss` entries below); the first two batches went from 106 to 108 of 119.
 */
export const THIRD_BATCH: Case[] = [
  // Export controls and blacklists
  {
    url: 'https://www.channelnewsasia.com/business/us-restricts-exports-dozen-more-chinese-companies-2336341',
    text: 'The Commerce Department said Hangzhou Zhongke Microelectronics Co., Ltd., Hunan Goke Microelectronics, New H3C Semiconductor Technologies Co., Ltd., Xi’an Aerospace Huaxun Technology, and Yunchip Microelectronics were placed on the list for the Commerce Department\'s entity list for their "support of the military modernization of the People’s Liberation Army." They also added Hefei National Laboratory for Physical Sciences at Microscale, QuantumCTek, and Shanghai QuantumCTeck Co., Ltd. to the list for "acquiring and attempting to acquire U.S.-origin items in support of military applications."',
    want: [
      ['hunan-goke', [EC, MT], 'confirmed'],
      ['yunchip', [EC, MT], 'confirmed'],
      ['quantumctek', [EC, MT], 'confirmed'],
    ],
  },
  {
    url: 'https://www.marketscreener.com/HANGZHOU-HIKVISION-DIGITA-9015346/news/China-s-Hikvision-resolutely-opposes-U-S-blacklisting-state-media-29347225/',
    text: "The U.S. Commerce Department on Monday placed 28 Chinese public security bureaus and companies - including Hikvision - on a U.S. trade blacklist over Beijing's treatment of Uighur Muslims and other minorities.",
    want: [['hikvision', [EC], 'confirmed']],
  },
  {
    url: 'https://www.livemint.com/news/world/chinese-surveillance-gear-maker-hikvision-has-ties-to-country-s-military-report/amp-11621943901390.html',
    text: 'Chinese surveillance-gear maker Hikvision has ties to country’s military, report says\nCompany is blacklisted by the Pentagon but disputes U.S. claims of links to China’s military and research company’s findings',
    want: [
      ['hikvision', [MT], 'alleged'],
      ['hikvision', [MT], 'confirmed', true],
    ],
  },
  {
    url: 'https://www.thedefensepost.com/2021/05/25/hikvision-ties-chinese-military/',
    text: 'Video surveillance research authority IPVM revealed in a report that Hangzhou Hikvision Digital Technology, a Pentagon-blacklisted company, sold drones and accessory equipment to the People’s Liberation Army Air Force (PLAAF) in 2019.',
    want: [['hikvision', [MT], 'alleged']],
  },
  {
    url: 'https://www.thedefensepost.com/2021/05/25/hikvision-ties-chinese-military/',
    text: '“Not now, and not ever, has Hikvision conducted research and development work for Chinese military applications.',
    want: [['hikvision', [MT], 'alleged', true]],
  },
  {
    url: 'https://www.knoxvilletimes.com/news/273132931/chinese-tech-giant-responds-to-espionage-claims',
    text: "Chinese telecommunications giant Hikvision has rejected the claim that Beijing could use its products for spying, following Britain's decision to restrict the use of its security cameras at government sites.",
    miss: '“Britain’s decision to restrict the use of its security cameras at government sites” is no trade word, and Britain alone is no government actor; the denied claim reads as an allegation',
    want: [['hikvision', [MT, TR], 'confirmed', true]],
  },
  {
    url: 'https://www.knoxvilletimes.com/news/273132931/chinese-tech-giant-responds-to-espionage-claims',
    text: 'The US Federal Communication Commission (FCC), meanwhile, updated its blacklist on Friday, banning the sale or importation of surveillance gear by Hikvision, as well as Huawei, ZTE, Dahua, and Hytera.',
    want: [
      ['hikvision', [TR], 'confirmed'],
      ['huawei', [TR], 'confirmed'],
      ['zte', [TR], 'confirmed'],
    ],
  },
  {
    url: 'https://www.worldecr.com/news/seagate-slapped-with-300m-fine-for-banned-business-with-huawei/',
    text: 'The US Department of Commerce’s Bureau of Industry and Security (‘BIS’) announced that Seagate Technology Holdings Plc, the world’s largest maker of computer hard drives, will pay a $300 million civil penalty for alleged violations of export controls in selling millions of units to Huawei Technologies Co.',
    want: [['seagate', [EC, SP], 'confirmed']],
  },
  {
    url: 'https://neowin.net/amp/us-imposes-300m-fine-on-seagate-for-shipping-hdds-despite-export-ban-on-china',
    text: 'The United States has imposed a $300 million penalty on Seagate for violating tech export controls of hard disk drives (HDDs) to Huawei.',
    want: [['seagate', [EC, SP], 'confirmed']],
  },
  {
    url: 'https://cybermaterial.com/seagate-to-pay-300m-fine-for-huawei-sales',
    text: 'Seagate CEO Dave Mosley said the company chose to settle with the US government due to the risks and costs of prolonged litigation, the size of the potential penalty, and a desire to focus on current and future business challenges.',
    want: [['seagate', [SP], 'confirmed']],
  },
  // Regulators outside the US
  {
    url: 'https://globalcompetitionreview.com/regions/korea-republic-of',
    text: 'Korea’s antitrust watchdog has slapped a €150 million abuse of dominance fine on Google for preventing smartphone manufacturers from installing or developing competing mobile operating systems.',
    want: [['google', [SP], 'confirmed']],
  },
  {
    url: 'https://koreaherald.com/view.php?ACE_SEARCH=1&ud=20121206000839',
    text: 'In March, the FTC fined Samsung Electronics and two of its executive officers a combined 400 million won for hindering an investigation by antitrust regulators. It also fined Samsung Electronics 1.6 billion won in May for irregular practices in its transactions with subcontractors.',
    want: [
      ['samsung', [SP], 'confirmed'],
      ['samsung', [SP], 'confirmed'],
    ],
  },
  {
    url: 'https://globalcompetitionreview.com/organisations/korea-fair-trade-commission',
    text: 'Apple is reportedly facing scrutiny from Korean prosecutors over the fees it charges game developers, less than a year after the country’s antitrust enforcer raided its local headquarters over similar issues.',
    want: [['apple', [SP], 'alleged']],
  },
  {
    url: 'https://globalcompetitionreview.com/organisations/korea-fair-trade-commission',
    text: 'Broadcom abused its superior bargaining position over Samsung by forcing the mobile phone maker into unfair long-term contracts for telecommunications components, Korea’s Fair Trade Commission has said.',
    miss: 'the regulator is only the speaker at the end (“…, Korea’s Fair Trade Commission has said”), so the probe goes to the nearest company, the victim (“the mobile phone maker”), and the private “contracts” read as state support beside a government',
    want: [['broadcom', [SP], 'confirmed']],
  },
  {
    url: 'https://ambusinessng.com/japans-antitrust-body-orders-google-to-cease-unfair-trade-practices',
    text: 'The Japan Fair Trade Commission issued a cease and desist order against Google on Tuesday, accusing the company of unfair trade practices related to its search services on Android devices.',
    want: [['google', [SP], 'confirmed']],
  },
  {
    url: 'https://pymnts.com/cpi-posts/google-faces-cease-and-desist-order-from-japans-fair-trade-commission',
    text: 'Japan’s competition watchdog is expected to issue a ruling against Google for violating antitrust laws, according to a report from Nikkei Asia.',
    want: [['google', [SP], 'proposed']],
  },
  {
    url: 'https://www.androidpolice.com/japan-ftc-google-cease-desist-oem-app-agreements-monopoly/',
    text: "If Google doesn't stop the monopolistic behavior, explain its updated practices in detail, and provide third-party compliance oversight for five years, it could be subject to a fine (Source: Japan Fair Trade Commission via The Japan Times).",
    want: [['google', [SP], 'proposed']],
  },
  {
    url: 'https://www.cnbctv18.com/business/companies/flashback-after-tata-motors-episode-a-look-at-other-firms-under-cci-scanner-9214661.htm',
    text: 'The CCI has recently launched a probe against Tata Motors to investigate whether the automobile giant has been abusing its dominant market position.',
    want: [['tata-motors', [SP], 'confirmed']],
  },
  {
    url: 'https://www.business-standard.com/topic/cci',
    text: "Apple has moved the Delhi High Court to block India's antitrust watchdog from seeking its global financial records amid a probe into App Store practices.",
    want: [['apple', [SP], 'confirmed']],
  },
  {
    url: 'https://www.business-standard.com/industry/news/cci-to-decide-on-probe-into-asian-paints-for-abuse-of-dominant-position-125060901030_1.html',
    text: 'The Competition Commission of India (CCI) has received comments from both Birla Opus and Asian Paints on its queries, and is likely to take a decision in the next few days on whether to start an investigation against Asian Paints for abuse of dominant position alleged by the Aditya Birla group firm, which is a competitor, sources said.',
    want: [['asian-paints', [SP], 'proposed']],
  },
  {
    url: 'https://adahapebaru.blogspot.com/2018/06/china-is-investigating-foreign.html',
    text: "China's State Administration for Market Regulation is also investigating US tech firm Micron Technology (MU) and South Korea's SK Hynix, according to the Wall Street Journal.",
    want: [
      ['micron', [SP], 'alleged'],
      ['sk-hynix', [SP], 'alleged'],
    ],
  },
  {
    url: 'https://www.reuters.com/article/us-sk-hynix-china/sk-hynix-says-confirms-investigation-by-chinese-regulators-idUSKCN1J101H',
    text: 'SEOUL (Reuters) - South Korean chipmaker SK Hynix Inc said on Tuesday it was being investigated by Chinese regulators.',
    want: [['sk-hynix', [SP], 'confirmed']],
  },
  {
    url: 'https://www.reuters.com/article/us-samsung-elec-china/chinese-regulators-launch-probe-into-samsung-electronics-sk-hynix-micron-idUSKCN1J02DI',
    text: 'SEOUL (Reuters) - China has launched an investigation into South Korea’s Samsung Electronics Co Ltd and SK Hynix Inc as well as U.S. Micron Technology Inc.\nAll three companies confirmed that officials from China’s State Administration for Market Regulation had visited their offices.',
    want: [
      ['micron', [SP], 'confirmed'],
      ['samsung', [SP], 'confirmed'],
      ['sk-hynix', [SP], 'confirmed'],
      ['micron', [SP], 'confirmed'],
      ['samsung', [SP], 'confirmed'],
      ['sk-hynix', [SP], 'confirmed'],
    ],
  },
  {
    url: 'https://www.lokmattimes.com/business/ed-conducts-raids-at-44-places-in-money-laundering-case-against-vivo-related-firms-a473/',
    text: 'The Enforcement Directorate (ED) on Tuesday conducted raids at 44 places in money laundering probe against Chinese mobile manufacturing company Vivo & related firms.',
    want: [['vivo', [SP], 'confirmed']],
  },
  {
    url: 'https://www.oneindia.com/india/ed-conducts-raids-against-chinese-mobile-company-vivo-linked-firms-3429547.html',
    text: 'In May, local units of ZTE Corp. and Vivo Mobile Communications Co. were investigated for alleged financial irregularities.',
    want: [
      ['vivo', [SP], 'confirmed'],
      ['zte', [SP], 'confirmed'],
    ],
  },
  // Sanctions
  {
    url: 'https://news-pravda.com/world/2025/01/10/968424.html',
    text: 'The UK authorities have imposed blocking sanctions against one of the largest Russian oil companies, Gazprom Neft and Surgutneftegaz.',
    want: [
      ['gazprom-neft', [SA], 'confirmed'],
      ['surgutneftegas', [SA], 'confirmed'],
    ],
  },
  {
    url: 'https://therussophile.com/deripaska-goes-from-famous-russian-billionaire-to-global-outcast-in-just-three-days.html',
    text: "On Friday, the U.S. aimed its toughest sanctions at Deripaska's metals empire, banning Americans from dealing with companies including United Co. Rusal.",
    want: [['rusal', [SA], 'confirmed']],
  },
  {
    url: 'http://gawdalmighty.com/2018/04/stocks-of-rusal-collapse-50-after-u-s-sanctions/',
    text: 'The sanctions also hit Norilsk Nickel, whose shares were down 16 percent.',
    want: [['norilsk', [SA], 'confirmed']],
  },
  // State support
  {
    url: 'https://www.marketscreener.com/quote/stock/MICRON-TECHNOLOGY-INC-13639/news/Micron-Government-Finalize-6-1-Billion-Chips-Act-Grant-48559675/',
    text: 'The federal government has finalized a grant of more than $6.1 billion to help Micron Technology build three chip-making facilities, as officials race to complete a significant portion of legislation aimed at boosting U.S. chip production before President-elect Donald Trump takes office.',
    want: [['micron', [SU], 'confirmed']],
  },
  {
    url: 'https://www.marketscreener.com/quote/stock/MICRON-TECHNOLOGY-INC-13639/news/Micron-Government-Finalize-6-1-Billion-Chips-Act-Grant-48559675/',
    text: "Harris on Tuesday said the Commerce Department and Micron also have agreed to preliminary terms for an additional $275 million investment to expand Micron's Manassas, Va., plant, where the company makes dynamic random-access memory, or DRAM, chips that are widely used in the defense, aerospace, automotive and industrial sectors.",
    miss: '“agreed to preliminary terms for an … investment” with a department has no support word the rules know (investment needs a defence buyer)',
    want: [['micron', [SU], 'proposed']],
  },
  {
    url: 'https://www.marketscreener.com/quote/stock/MICRON-TECHNOLOGY-INC-13639/news/Micron-Government-Finalize-6-1-Billion-Chips-Act-Grant-48559675/',
    text: 'Trump has threatened to get rid of the Chips Act, and U.S. officials have been working to deliver billions of dollars in grants, including a recently finalized award of nearly $8 billion to Intel, before President Biden leaves office.',
    want: [['intel', [SU], 'confirmed']],
  },
  {
    url: 'https://targetednews.com/pr_disp.php?pr_id=8976973',
    text: "Today, the Biden-Harris Administration announced that the U.S. Department of Commerce awarded Samsung Electronics (Samsung) up to $4.745 billion in direct funding under the CHIPS Incentives Program's Funding Opportunity for Commercial Fabrication facilities.",
    want: [['samsung', [SU], 'confirmed']],
  },
  {
    url: 'https://www.fool.com/investing/general/2013/08/19/pentagon-awards-615-million-in-contracts.aspx',
    text: 'Lockheed Martin (LMT 1.71%) won an $18.2 million contract modification to perform modernization on Aegis Combat System-equipped guided missile cruisers and destroyers.',
    want: [['lockheed', [SU], 'confirmed']],
  },
  {
    url: 'https://thegovconnews.com/?p=16168',
    text: 'Shifting air power, the U.S. Army awarded Boeing an $876 million contract for eight CH-47F Block II Chinook helicopters.',
    want: [['boeing', [SU], 'confirmed']],
  },
  {
    url: 'https://thegovconnews.com/?p=16168',
    text: 'General Dynamics Electric Boat clinched a substantial $2.3 billion contract modification, driving forward the construction of the Columbia-class submarine program.',
    want: [['general-dynamics', [SU], 'confirmed']],
  },
  {
    url: 'https://preview.www.fool.com/investing/2025/03/24/better-buy-boeing-lockheed-martin-dividend-stock',
    text: 'On March 21, Boeing (BA -9.57%) stock closed 3.1% higher while Lockheed Martin (LMT -4.32%) tumbled 5.8%. The movements resulted from Boeing winning a contract from the Department of Defense for its new warfighter aircraft program -- a contract that Lockheed was the favorite to win.',
    want: [['boeing', [SU], 'confirmed']],
  },
  // Military ties: denials
  {
    url: 'https://newsnetdaily.com/us-adds-tencent-catl-to-list-of-chinese-companies-allegedly-helping-beijings-military-2/amp',
    text: 'A Quectel spokesperson said the company “does not work with any country’s military and will ask the Pentagon to reconsider its designation, which was clearly made in error.”',
    want: [['quectel', [MT], 'alleged', true]],
  },
  {
    url: 'https://marketglobalreview.com/tencent-and-other-chinese-companies-have-proven-ties-with-military-us-defense-department-reveals/',
    text: 'Battery manufacturer CATL issued a statement on its website asserting that it has “never engaged in any military-related business or activities.”',
    want: [['catl', [MT], 'alleged', true]],
  },
  // Tariffs on named companies
  {
    url: 'https://www.thedailybeast.com/trump-tariff-sends-harley-davidson-production-overseas',
    text: 'Harley-Davidson will move some of its production outside of the U.S. after the company was hit by tariffs from the European Union.',
    want: [['harley', [TR], 'confirmed']],
  },
  {
    url: 'https://unusual-whales.ghost.io/unusual_blog/post/canada-will-place-a-100-tariff-on-chinese-ev-imports',
    text: 'These tariffs will apply to all EVs imported from China, including those produced by Tesla, according to a Canadian government official.',
    want: [['tesla', [TR], 'alleged']],
  },
  {
    url: 'https://autospies.com/news/index.aspx?submissionid=122591',
    text: 'Before Canada said this week it was imposing a 100% duty on Chinese-made electric vehicles, Tesla approached Ottawa and asked for a lower tariff on its autos, a Canadian government source said on Wednesday.',
    want: [['tesla', [TR], 'alleged']],
  },
  // Negatives: price moves, earnings, private plans and stakes, descriptions
  {
    url: 'https://therussophile.com/deripaska-goes-from-famous-russian-billionaire-to-global-outcast-in-just-three-days.html',
    text: 'Rusal shares plunged on Monday, losing 50 percent in Hong Kong',
    want: [],
  },
  {
    url: 'http://pembrokeexpress.com/2018/04/10/shares-in-oleg-deripaskas-rusal-and-en-plunge-on-united/',
    text: 'Shares in Russian steelmaker Evraz were the biggest fallers on the FTSE 100 in London, closing 14.4% lower.',
    want: [],
  },
  {
    url: 'http://pembrokeexpress.com/2018/04/10/shares-in-oleg-deripaskas-rusal-and-en-plunge-on-united/',
    text: "Glencore is one of Rusal's biggest investors and buyers of its aluminium, and its chief executive, Ivan Glasenberg, sits on the Rusal board.",
    want: [],
  },
  {
    url: 'https://www.marketscreener.com/quote/stock/MICRON-TECHNOLOGY-INC-13639/news/Micron-Government-Finalize-6-1-Billion-Chips-Act-Grant-48559675/',
    text: 'Micron, the only U.S.-based maker of memory chips, has said it plans to plans to build a "megafab," or a collection of massive chip-producing facilities, in Clay, N.Y.',
    want: [],
  },
  {
    url: 'https://www.thestreet.com/story/12781564/1/why-lockheed-martin-lmt-stock-is-up-today.html',
    text: 'Shares of Lockheed Martin Corp. (LMT) are higher by 2.16% to $166.50 after the company reported a 5% increase in earnings per diluted share to $2.76 for the 2014 second quarter, compared to $2.64 for the year ago period.',
    want: [],
  },
  {
    url: 'https://www.cnbc.com/2017/10/24/lockheed-martin-earnings-q3-2017.html',
    text: 'Lockheed Martin raised its expectation for its full-year earnings to a range of $12.85 – $13.15 per share, up from $12.30 – $12.60.',
    want: [],
  },
  {
    url: 'http://money.cnn.com/2013/10/22/investing/lockheed-martin/index.html',
    text: 'However, Lockheed said sales were down 4% in the third quarter. The company has been hit by recent cuts in defense spending.',
    want: [],
  },
  {
    url: 'https://fidelity.com/news/article/us-markets/202503280310RTRSNEWSCOMBINED_L6N3QB08J_1',
    text: 'Automakers Toyota Motor ( TM ) slumped 4.53%, while Honda Motor ( HMC ) dropped 4.88%.',
    want: [],
  },
  {
    url: 'https://www.financetom.com/market/japans-nikkei-logs-worst-day-in-4-months-on-us-tariff-worries-automakers-slump-330116.htm',
    text: 'Honda Motor ( HMC ) fell 7.2% and Nissan Motor ( NSANF ) lost 5.63%, with strategists saying their auto production in Mexico is bigger than their Japanese peers.',
    want: [],
  },
  {
    url: 'https://ldccbank.com/japans-nikkei-falls-as-us-tariffs-and-a-stronger-yen-disrupt-the-market',
    text: 'Advantest, a producer of chip testing equipment, slumped 4.3% after US chip giant Nvidia (NASDAQ: NVDA), a client, declined overnight.',
    want: [],
  },
  {
    url: 'https://newsmaker.id/index.php/en/market-news/index/nikkei/92188-japanese-stocks-fall-on-tariff-auto-pharma-caution',
    text: 'Cosmetics maker Shiseido was a bright spot in afternoon trade, jumping as much as 13.7%, the most since 2018, after British fund Independent Franchise Partners announced a stake in the company and said it would submit a proposal.',
    want: [],
  },
  {
    url: 'https://adahapebaru.blogspot.com/2018/06/china-is-investigating-foreign.html',
    text: 'Shares in Samsung closed 0.4% lower in Seoul, while SK Hynix shed 1.8%.',
    want: [],
  },
  {
    url: 'https://ambusinessng.com/japans-antitrust-body-orders-google-to-cease-unfair-trade-practices',
    text: 'Google develops the Android operating system, but companies like Samsung and Lenovo manufacture Android devices, including smartphones and tablets.',
    want: [],
  },
  {
    url: 'https://news.videostory.com/world/20250107-chinese-tech-giants-tencent-and-catl-deny-inclusion-on-u-s-military-list',
    text: 'Tencent is one of the world’s largest technology companies, known for its popular messaging app WeChat and various other online services.',
    want: [],
  },
  {
    url: 'https://securityexpress.info/us-adds-tencent-catl-to-military-linked-list-sparking-tensions',
    text: 'Interest in CATL has grown following American automaker Ford’s announcement of plans to invest $2 billion in building a battery manufacturing facility in Michigan utilizing CATL’s technology.',
    want: [],
  },
  {
    url: 'https://securityexpress.info/us-adds-tencent-catl-to-military-linked-list-sparking-tensions',
    text: 'In the wake of these developments, Tencent’s shares fell 7% on the Hong Kong Stock Exchange, while CATL’s declined by 4%.',
    want: [],
  },
  {
    url: 'http://fox2now.com/2018/06/25/harley-davidson-will-move-some-production-out-of-us-after-retaliatory-tariffs/',
    text: 'Harley-Davidson’s stock fell 2% in premarket trading.',
    want: [],
  },
  {
    url: 'https://vindyarchives.com/news/2018/jun/25/harley-stung-tariffs-shifts-some-production-overse/',
    text: 'Harley-Davidson Inc. sold almost 40,000 motorcycles in the EU last year, its second-largest market after the United States, according to the company.',
    want: [],
  },
  {
    url: 'https://unusual-whales.ghost.io/unusual_blog/post/canada-will-place-a-100-tariff-on-chinese-ev-imports',
    text: 'Shares of Tesla, the world’s most valuable automaker, dropped by 3% following the announcement.',
    want: [],
  },
];

/**
 * Names for the fourth batch: the shared ones plus the companies it adds. Kept apart so that a new surface (Dahua,
 * Amazon, SMIC…) does not add mentions to the earlier batches' texts, whose labels were written without them.
 */
export const FOURTH_NAMES: Record<string, string> = {
  ...NAMES,
  'Dahua Technology': 'dahua',
  Dahua: 'dahua',
  'Megvii Technology': 'megvii',
  Megvii: 'megvii',
  Kelvo: 'kelvo',
  'Hesai Technology': 'hesai',
  'China Telecommunications': 'china-telecom',
  'China Telecom': 'china-telecom',
  'China Mobile': 'china-mobile',
  'Shandong Shengxing Chemical Co. Ltd.': 'shandong-shengxing',
  'Shandong Shengxing': 'shandong-shengxing',
  'Shandong Shenxing Chemical Co Ltd': 'shandong-shengxing',
  'Zhuhai Zhenrong Co.': 'zhuhai-zhenrong',
  'Semiconductor Manufacturing International Corp': 'smic',
  SMIC: 'smic',
  'China National Offshore Oil Corporation': 'cnooc',
  'China National Offshore Oil Corp': 'cnooc',
  Cnooc: 'cnooc',
  CXMT: 'cxmt',
  ChangXin: 'cxmt',
  Entegris: 'entegris',
  Microsoft: 'microsoft',
  Amazon: 'amazon',
  Moderna: 'moderna',
  Pfizer: 'pfizer',
  Raytheon: 'raytheon',
  Fluor: 'fluor',
  'ManTech International': 'mantech',
};

/**
 * A fourth batch (2026-12-05), collected from stored finance-news pages and labelled by the README's rules before the
 * extractor ran on it, to measure STATUS and TOPIC as well as the pairs: official actions reported as fact (added,
 * sanctioned, fined, awarded, exempted) against accusations and reports (alleged, “it believes”, people familiar,
 * Reuters reported), plans and threats (considering, poised to, set to, urged, proposing, “could be temporary”, “is
 * facing a fine”), denials (denied, “a mistake”, “disagreed with the ruling”), topic choice (Entity List / trade
 * blacklist = export controls, OFAC = sanctions, the Pentagon's list = military ties, the investment ban and the FCC
 * Covered List = trade restrictions, a regulator's fine = state probe, Navy and Army awards = state support) and
 * sentences mixing two; 16 of 56 negatives (price moves, “no comment”, a stock listing, a rival or a supplier beside
 * the target, a president announcing a private investment). Uses FOURTH_NAMES.
 *
 * Before (rules of commit 87f0158, run once on the labels as written; only the order of several companies in one
 * sentence was then set to the extractor's, by entity id): 28 of 56 cases fully right; 37 of 51 expected pairs found,
 * status right on 25 of those 37, topics right on 29, denial right on 35; 1 of 16 negatives gave a signal (Apple's
 * stock “with the on-again, off-again tariffs”), plus one rival (Samsung given Apple's tariff) inside a positive case.
 * After the status/topic pass: 53 of 56 (the three left are `miss` entries below); 50 of 51 pairs found, status
 * right on 48 of 50, topics on 50, denial on 50; no negative gives a signal. The first three batches stayed at 165 of
 * 179 cases.
 */
export const FOURTH_BATCH: Case[] = [
  // Export controls: official action, allegation and plan
  {
    url: 'https://jurist.org/news/2021/07/us-restricts-trade-access-to-14-chinese-entities-for-actions-in-xinjiang',
    text: 'The Chinese telecommunications company Huawei was placed on this list in 2019, which caused Huawei to stockpile about two years worth of EAR-covered products, including computer chips and telecommunications equipment.',
    want: [['huawei', [EC], 'confirmed']],
  },
  {
    url: 'https://www.freightwaves.com/news/commerce-piles-on-the-entity-list',
    text: 'According to BIS, Kelvo Inc. of Canada, which was added to the Entity List, allegedly “engaged in unlawful reexports from Canada to Russia and Armenia of items subject to the EAR and controlled on the Commerce Control List (CCL) for national security reasons.”',
    want: [['kelvo', [EC], 'alleged']],
  },
  {
    url: 'https://www.nasdaq.com/articles/exclusive-trump-administration-weighs-blacklisting-for-chinas-smic-2020-09-04',
    text: "The Trump administration is considering whether to add China's top chipmaker SMIC to a trade blacklist, a Defense Department official said, as the United States escalates its crackdown on Chinese companies.",
    want: [['smic', [EC], 'proposed']],
  },
  {
    url: 'https://www.taipeitimes.com/News/biz/archives/2020/12/23/2003749199',
    text: 'The US was yesterday set to add dozens of Chinese companies, including the nation’s top chipmaker Semiconductor Manufacturing International Corp (SMIC, 中芯), to a trade blacklist, two people familiar with the matter said on Thursday.',
    want: [['smic', [EC], 'proposed']],
  },
  {
    url: 'https://www.tomshardware.com/tech-industry/trump-administration-could-add-cxmt-and-other-chinese-chipmakers-to-ever-expanding-export-blacklist',
    text: 'The Financial Times claims the information comes from five people familiar with the matter, all of whom say the commerce department is proposing the addition of CXMT and others to the dreaded entity list.',
    want: [['cxmt', [EC], 'proposed']],
  },
  {
    url: 'https://www.republicworld.com/business/international-business/us-considers-blacklisting-cxmt-to-curb-china-s-chip-advance-report/',
    text: "Sources familiar with the matter stated that the Commerce Department's Bureau of Industry and Security is contemplating adding ChangXin to the entity list, which limits access to US technology, along with five other Chinese firms.",
    want: [['cxmt', [EC], 'proposed']],
  },
  // Military ties: lists, beliefs, accusations, denials
  {
    url: 'https://www.freightwaves.com/news/commerce-adds-28-chinese-firms-to-entity-list',
    text: 'The eight listed Chinese commercial firms — Dahua Technology, Hikvision, IFLYTEK, Megvii Technology, Sense Time, Xiamen Meiya Pico Information Co. Ltd., Yitu Technologies and Yixin Science and Technology Co. Ltd. — are alleged to provide the Chinese government with human surveillance technologies.',
    want: [
      ['dahua', [MT], 'alleged'],
      ['hikvision', [MT], 'alleged'],
      ['megvii', [MT], 'alleged'],
    ],
  },
  {
    url: 'https://patriotwise.com/the-pentagon-accuses-more-chinese-corporations-of-supporting-beijings-military/',
    text: 'In a statement to Reuters, Hesai Technology expressed disappointment at being added to the list and denied that it sold products to or had links with the Chinese military.',
    miss: 'the sentence also reports the listing (“at being added to the list”), so the rules keep the action’s status (confirmed); the label reads it as a denial-only sentence (alleged): a borderline the README’s two denial rules split on',
    want: [['hesai', [MT], 'alleged', true]],
  },
  {
    url: 'https://www.btimesonline.com/articles/134444/20200626/us-accuses-huawei-and-other-chinese-firms-of-having-links-to-chinese-military.htm',
    text: 'The US alleges that Huawei is being used as a tool by the Chinese government to spy on other countries.',
    want: [['huawei', [MT], 'alleged']],
  },
  {
    url: 'https://www.newsweek.com/pentagon-lists-companies-connected-chinese-military-including-huawei-1513239',
    text: 'The U.S. Department of Defense listed 20 companies with alleged relationships to the Chinese military, including telecommunications company Huawei, which has already been charged with racketeering by the U.S. Department of Justice.',
    miss: 'two claims with two statuses: the status comes from the cue nearest the company, the charge in the “, which” clause (a fact), not from the hedged listing (“alleged relationships”)',
    want: [['huawei', [MT, SP], 'alleged']],
  },
  {
    url: 'http://45.33.28.244:9501/t/5550902',
    text: 'Both Tencent and CATL have deemed the Defense Department\'s designation a "mistake," and threatened legal action.',
    want: [
      ['catl', [MT], 'alleged', true],
      ['tencent', [MT], 'alleged', true],
    ],
  },
  {
    url: 'https://infoshack.co.uk/pentagon-lists-20-companies-aiding-chinese-military',
    text: 'The 20 companies in the Pentagon’s list include Huawei, the Chinese telecoms equipment maker that Washington believes helps Beijing conduct cyber espionage.',
    want: [['huawei', [MT], 'alleged']],
  },
  {
    url: 'https://infoshack.co.uk/pentagon-lists-20-companies-aiding-chinese-military',
    text: 'It also names Hikvision, a company that supplies surveillance technology to detention camps in the Xinjiang province where the Chinese government has interned more than 1m ethnic Muslim Uighurs for re-education.',
    want: [['hikvision', [MT], 'confirmed']],
  },
  {
    url: 'https://www.politico.com/news/2020/11/12/trump-china-investment-ban-436333',
    text: 'The Defense Department earlier this year released a list of 31 firms it believes are tied to the Chinese military, including telecom giants Huawei and China Telecom, as well as infrastructure, energy and surveillance device firms.',
    want: [
      ['china-telecom', [MT], 'alleged'],
      ['huawei', [MT], 'alleged'],
    ],
  },
  {
    url: 'https://financialoccultist.com/2020/09/07/reports-the-us-is-considering-blacklisting-china-tech-firm-smic/',
    text: 'SMIC denies its tech is being used for military purposes.',
    want: [['smic', [MT], 'alleged', true]],
  },
  {
    url: 'https://www.bnnbloomberg.ca/u-s-to-add-china-s-smic-cnooc-to-blacklist-reuters-says-1.1529243',
    text: 'The Trump administration is poised to add four Chinese companies, including chipmaker Semiconductor Manufacturing International Corp. and energy giant China National Offshore Oil Corp., to a list of firms owned or controlled by China’s military, Reuters reported.',
    want: [
      ['cnooc', [MT], 'proposed'],
      ['smic', [MT], 'proposed'],
    ],
  },
  // Two topics in one sentence
  {
    url: 'https://todaychina.cc/12186.html',
    text: 'The executive order published last year stipulated that after November 11, 2021, U.S. investors were not allowed to purchase securities of companies blacklisted by the Department of Defense, including 35 Chinese companies such as SMIC, Hikvision and China National Offshore Oil Corporation.',
    want: [
      ['cnooc', [MT, TR], 'confirmed'],
      ['hikvision', [MT, TR], 'confirmed'],
      ['smic', [MT, TR], 'confirmed'],
    ],
  },
  {
    url: 'https://www.slashgear.com/2059566/dji-drone-ban-united-states-which-models-affected/',
    text: "Over the past couple of years, drone-maker DJI has fought against the specter of a looming ban in the U.S. over allegations of a national security threat and its perceived ties to China's defense industrial base.",
    want: [['dji', [MT, TR], 'proposed']],
  },
  // Sanctions
  {
    url: 'https://www.thestar.com/wsj/technology/2019/05/22/us-considering-expanding-blacklist-of-chinese-companies.html',
    text: 'Members of Congress have already urged the Trump administration to consider sanctions on two Chinese companies: Hangzhou Hikvision Digital Technology and Dahua Technology Co.',
    want: [
      ['dahua', [SA], 'proposed'],
      ['hikvision', [SA], 'proposed'],
    ],
  },
  {
    url: 'https://www.thethinkingconservative.com/treasury-department-sanctions-chinese-refinery-accused-of-buying-more-than-1-billion-worth-of-iranian-oil',
    text: 'The department’s Office of Foreign Assets Control (OFAC) sanctioned independent “teapot” refinery Shandong Shengxing Chemical Co. Ltd., based in Shandong Province, China.',
    want: [['shandong-shengxing', [SA], 'confirmed']],
  },
  {
    url: 'https://frominsideasia.com/us-sanctions-china-oil-refiner-shipping-companies-for-covert-business-with-iran',
    text: 'US Treasury Department’s Office of Foreign Assets Control (OFAC) designated Shandong Shenxing Chemical Co Ltd, an independent “teapot” refinery, for purchasing over US$1 billion worth of Iranian crude, according to an OFAC statement.',
    want: [['shandong-shengxing', [SA], 'confirmed']],
  },
  {
    url: 'https://emiratesvoice.com/en/amp/244/china-oil-firm-sanctioned-by-us-denies-sales-to-iran',
    text: 'Washington on Thursday said Chinese state-run Zhuhai Zhenrong Co. brokered delivery of more than $500 million in gasoline to Iran from July 2010-January 2011 and put in place sanctions barring it from doing business in the US.',
    want: [['zhuhai-zhenrong', [SA], 'confirmed']],
  },
  // Trade restrictions: exemptions, bans, threats
  {
    url: 'https://www.macrumors.com/2025/04/17/tim-cook-trump-apple-tariff-exemption/',
    text: "Cook's efforts paid off, and last weekend, the Trump administration exempted the iPhone, Mac, Apple Watch, iPad, and other electronics from the bulk of tariffs put in place on Chinese goods.",
    want: [['apple', [TR], 'confirmed']],
  },
  {
    url: 'https://www.macrumors.com/2025/04/17/tim-cook-trump-apple-tariff-exemption/',
    text: 'Apple\'s tariff exemption could be temporary, however, as the day after the announcement, Trump said that there was "no tariff exception" and that no one would be "getting off the hook."',
    want: [['apple', [TR], 'proposed']],
  },
  {
    url: 'https://www.macrumors.com/2025/04/17/tim-cook-trump-apple-tariff-exemption/',
    text: 'During the first Trump administration, Cook was able to prevent tariffs from impacting Apple devices like the iPhone and the Apple Watch by convincing Trump that the fees would give South Korean company Samsung an edge over Apple.',
    want: [['apple', [TR], 'confirmed']],
  },
  {
    url: 'https://newsfortomorrow.com/us-bans-new-foreign-drone-models-in-a-blow-to-chinese-giant-dji',
    text: 'The FCC banned the import and sale of all new drone models and critical equipment made by foreign manufacturers, including the world’s largest drone maker DJI, by adding them into a so-called “Covered List” of entities deemed to “pose an unacceptable risk to the national security of the United States.”',
    want: [['dji', [TR], 'confirmed']],
  },
  {
    url: 'https://www.slashgear.com/2059566/dji-drone-ban-united-states-which-models-affected/',
    text: 'In the wake of the decision, the FCC has put DJI and other drone brands on the Covered List, which already includes names such as Huawei, ZTE, and Kaspersky Lab.',
    want: [
      ['dji', [TR], 'confirmed'],
      ['huawei', [TR], 'confirmed'],
      ['zte', [TR], 'confirmed'],
    ],
  },
  {
    url: 'https://www.lightstalking.com/?s=drones',
    text: 'Huge news today from the US regulatory agency known as the FCC as Commissioner Brendan Carr proposed adding none other than consumer drone titan DJI to the list of “banned” products from China, citing national security concerns.',
    want: [['dji', [TR], 'proposed']],
  },
  // State probes: fines, reviews, threatened fines, denials
  {
    url: 'https://rin.pw/dji-urges-federal-agencies-to-initiate-ndaa-mandated-security-review-ahead-of-december-deadline',
    text: 'With less than a month before the deadline established by Section 1709 of the Fiscal Year 2025 National Defense Authorization Act (NDAA), drone manufacturer DJI has issued a new round of formal letters to five U.S. national security agencies, urging them to begin the Congressionally mandated security review of DJI products.',
    want: [['dji', [SP], 'proposed']],
  },
  {
    url: 'https://politico.eu/article/vestager-hits-google-with-e2-42-billion-fine',
    text: 'The European Commission issued Google a fine of €2.42 billion Tuesday for abusing a dominant position over internet search, concluding a landmark inquiry that dragged on for seven years and handing Silicon Valley its largest regulatory setback to date.',
    want: [['google', [SP], 'confirmed']],
  },
  {
    url: 'http://theoldcontinent.eu/eu-google/',
    text: 'There is a possibility more fines will be handed out to Google.',
    want: [['google', [SP], 'proposed']],
  },
  {
    url: 'http://theoldcontinent.eu/eu-google/',
    text: 'Google did say it believes the evidence is false and is surprised that the European Commission does not look at Google’s competitors Amazon and eBay.',
    miss: 'no probe word: the European Commission named beside a denial is not read as a probe, so the denial (now found) has no topic to deny',
    want: [['google', [SP], 'alleged', true]],
  },
  {
    url: 'https://www.cursor.org/business/2017/06/30/eu-fines-google.html',
    text: 'Google released a statement immediately after the fine was slapped saying that it respectfully disagreed with the ruling.',
    want: [['google', [SP], 'confirmed', true]],
  },
  {
    url: 'https://malwaretips.com/threads/eu-commission-may-fine-google-a-massive-1-1-billion.72688',
    text: 'Google is facing an antitrust fine of more than 1 billion euros ($1.1 billion) from the European Commission for allegedly abusing its dominant position in the search engine market, according to media reports on Friday.',
    want: [['google', [SP], 'proposed']],
  },
  {
    url: 'https://skillcast.com/blog/biggest-competition-law-fines-annual-report?hs_amp=true',
    text: 'Apple was fined by the European Commission for abusing its dominance in the music streaming market.',
    want: [['apple', [SP], 'confirmed']],
  },
  {
    url: 'https://www.skillcast.com/blog/biggest-competition-law-fines-2023',
    text: "Spain's Markets and Competition Commission (CNMC) has fined both Apple and Amazon for engaging in anti-competitive practices.",
    want: [
      ['amazon', [SP], 'confirmed'],
      ['apple', [SP], 'confirmed'],
    ],
  },
  {
    url: 'http://www.online-learning-info.com/biggest-competition-law-fines-2021.html',
    text: "Italy's antitrust authority has issued Google with a €102.8m (£88.7m) fine for breaching competition law by abusing its dominant position.",
    want: [['google', [SP], 'confirmed']],
  },
  // State support: awards from the armed services
  {
    url: 'https://www.fool.com/investing/general/2014/06/24/pentagon-awards-210-million-in-defense-contracts.aspx',
    text: 'Raytheon (RTN) was awarded $14.9 million delivery order to complete an engineering change proposal to retrofit an infrared marker used in existing Advanced Targeting Forward Looking Infrared pods aboard U.S. Navy F/A-18 E/F fighter jets.',
    want: [['raytheon', [SU], 'confirmed']],
  },
  {
    url: 'https://www.fool.com/investing/general/2014/06/24/pentagon-awards-210-million-in-defense-contracts.aspx',
    text: 'Fluor (FLR) was awarded a $45.1 million contract modification exercising a second option to have the company support base operations at Naval Air Station, Jacksonville, Florida; Naval Station Mayport; Bureau of Medicine and Surgery; and Blount Island Command.',
    want: [['fluor', [SU], 'confirmed']],
  },
  {
    url: 'https://www.fool.com/investing/general/2013/11/13/pentagon-awards-137-billion-in-defense-contracts-w.aspx',
    text: "ManTech International (NASDAQ:MANT) was awarded a $24.2 million option exercise from the U.S. Navy, instructing the defense contractor to continue providing warfare analysis and assessments, modeling and simulation services, and advanced concept development and acquisition analysis support for the Naval Air Systems Command's Warfare Analysis and Integration Department through next November.",
    want: [['mantech', [SU], 'confirmed']],
  },
  // Negatives: names beside list, tariff or probe talk with no state link to them
  {
    url: 'https://infoshack.co.uk/pentagon-lists-20-companies-aiding-chinese-military',
    text: 'But it also includes China Telecommunications and China Mobile, two commercial telecommunications companies in China that are both listed in New York.',
    want: [],
  },
  {
    url: 'https://www.thestar.com/wsj/technology/2019/05/22/us-considering-expanding-blacklist-of-chinese-companies.html',
    text: 'Hikvision and Dahua didn’t respond to requests for comment Wednesday.',
    want: [],
  },
  {
    url: 'https://www.thethinkingconservative.com/treasury-department-sanctions-chinese-refinery-accused-of-buying-more-than-1-billion-worth-of-iranian-oil',
    text: 'According to the department, between March 2020 and January 2023, Shandong Shengxing sent more than $800 million in wire transfers to China Oil and Petroleum Company Ltd. (COPC).',
    want: [],
  },
  {
    url: 'http://www.tellerreport.com/news/2020-11-12-usa--trump-bans-investments-in-chinese-companies-linked-to-beijing-s-military-activities.S1_K_imjtP.html',
    text: 'Two of the companies, China Mobile Communications and China Telecommunications Corp., have branches that operate on US exchanges.',
    want: [],
  },
  {
    url: 'https://eu.detroitnews.com/story/business/autos/2018/05/23/donald-trump-autos-nafta-us-autoworkers/35255937/',
    text: 'General Motors Co. and Ford Motor Co. declined comment Wednesday.',
    want: [],
  },
  {
    url: 'https://img2-cdn.newser.com/story/262164/trumps-next-target-auto-imports.html',
    text: 'Yet even General Motors and other companies that build cars in America are opposed.',
    want: [],
  },
  {
    url: 'https://img2-cdn.newser.com/story/262164/trumps-next-target-auto-imports.html',
    text: '"There is no automaker that has 100% exclusively US-sourced parts," says Brian Krinock, Toyota\'s senior vice president for North American factories.',
    want: [],
  },
  {
    url: 'https://www.macrumors.com/2025/04/17/tim-cook-trump-apple-tariff-exemption/',
    text: 'With the on-again, off-again tariffs, Apple stock has fluctuated quite a bit over the course of the last few weeks.',
    want: [],
  },
  {
    url: 'https://investingchannel.com/article/576695/markets-gain-in-volatile-session',
    text: 'Apple’s market value tops the S&P 500 at $2.51 trillion, more than 21% above No. 2 Microsoft ($2.06 trillion).',
    want: [],
  },
  {
    url: 'https://econotimes.com/Nasdaq-Hits-Record-High-Ahead-of-Fed-Rate-Cut-Decision-1720490',
    text: 'Tesla surged 7.4% after board chair Robyn Denholm dismissed concerns that CEO Elon Musk’s political activity hurt sales, emphasizing Musk’s active role at the company.',
    want: [],
  },
  {
    url: 'https://econotimes.com/Nasdaq-Hits-Record-High-Ahead-of-Fed-Rate-Cut-Decision-1720490',
    text: 'Vaccine makers struggled, with Moderna dropping 7.4% and Pfizer and Novavax losing over 3% after reports linked COVID-19 vaccines to child fatalities.',
    want: [],
  },
  {
    url: 'https://influencermagazine.uk/2025/08/us-stocks-end-higher-as-nasdaq-hits-another-record-driven-by-tech-gains-and-hopes-for-rate-cuts',
    text: 'This sudden boost came after US President Donald Trump announced on Wednesday that Apple would invest another $100 billion in the United States.',
    want: [],
  },
  {
    url: 'https://namaazone.com/en/blog/%D8%A3%D8%B3%D9%87%D9%85-apple-%D8%AA%D9%83%D8%B3%D8%A8-%D8%A3%D9%83%D8%AB%D8%B1-%D9%85%D9%86-200-%D9%85%D9%84%D9%8A%D8%A7%D8%B1-%D8%AF%D9%88%D9%84%D8%A7%D8%B1-%D9%81%D9%8A-%D9%8A%D9%88%D9%85-%D9%88%D8%A7%D8%AD%D8%AF-%D9%88%D9%85%D8%B3%D8%AA%D9%88%D9%8A%D8%A7%D8%AA-%D8%AA%D8%A7%D8%B1%D9%8A%D8%AE%D9%8A%D8%A9-%D9%84%D8%B3%D9%87%D9%85-general-motors',
    text: 'General Motors shares rose 1.3% on Tuesday to close at their highest level in more than two years after the automaker announced a $6 billion share buyback plan.',
    want: [],
  },
  {
    url: 'https://www.bnnbloomberg.ca/u-s-to-add-china-s-smic-cnooc-to-blacklist-reuters-says-1.1529243',
    text: 'Cnooc shares fell 4.8% in Hong Kong pre-market trading, while SMIC dropped 0.9%.',
    want: [],
  },
  {
    url: 'https://www.republicworld.com/business/international-business/us-considers-blacklisting-cxmt-to-curb-china-s-chip-advance-report/',
    text: 'Neither the Commerce Department, the Bureau, nor ChangXin Memory Technologies immediately responded to requests for comment from Reuters.',
    want: [],
  },
  {
    url: 'https://www.republicworld.com/business/international-business/us-considers-blacklisting-cxmt-to-curb-china-s-chip-advance-report/',
    text: "The move disrupted millions of dollars' worth of shipments of chipmaking materials and parts from at least one supplier, Entegris.",
    want: [],
  },
];

/**
 * Names for the fifth batch: the shared ones plus the companies it adds (kept apart for the reason FOURTH_NAMES is).
 */
export const FIFTH_NAMES: Record<string, string> = {
  ...NAMES,
  Sberbank: 'sberbank',
  Sovcomflot: 'sovcomflot',
  'Pasargad Steel Complex': 'pasargad',
  'Gilan Steel Complex Co': 'gilan',
  'GMI Projects Hamburg GmbH': 'gmi-hamburg',
  'World Mining Industry Co Ltd': 'world-mining',
  'En+ Group': 'en-plus',
  Gazprom: 'gazprom',
  Novatek: 'novatek',
  '3HC Semiconductors': '3hc',
  'King-Pai Technology': 'king-pai',
  'Sinno Electronics': 'sinno',
  'Xiamen Limbach': 'xiamen-limbach',
  '3M Company': '3m',
  '3M': '3m',
  'Emigrant Bank': 'emigrant',
  'Huaying Huizhou Daya Bay Petrochemical Terminal Storage': 'huaying',
  'Shandong Haiyou Petrochemical': 'shandong-haiyou',
  'Shandong Jingang Port Co, Ltd': 'shandong-jingang',
  'Shandong Baogang International Port Co, Ltd': 'shandong-baogang',
  'Hebei Xinhai': 'hebei-xinhai',
  'Shandong Shouguang Luqing Petrochemical Co. Ltd.': 'shandong-shouguang',
  Polymetal: 'polymetal',
  KFCC: 'kfcc',
  Carlyle: 'carlyle',
  'Reliance Industries Ltd': 'reliance',
  'Reliance Industries': 'reliance',
  Reliance: 'reliance',
  'Mangalore Refinery and Petrochemicals Ltd': 'mrpl',
  'HPCL-Mittal Energy Ltd': 'hpcl-mittal',
};

/**
 * A fifth batch (2026-12-05) for the SANCTIONS topic, collected from stored finance-news pages and labelled by the
 * README's rules before the extractor ran on it: OFAC, State Department, UK and EU designations in their many
 * wordings (designated, blacklisted, “hit by sanctions”, “imposed sanctions against the company”, “put on the SDN
 * list”, “subject to full blocking sanctions”, “full asset freezes”, “face sanctions”, “placed … on its list of
 * sanctioned entities”, “the teapot refinery sanctioned on May 8”, an OFAC settlement, sectoral limits with no
 * sanctions word), a proposal (“would be sanctioned”); 33 cases, 10 of them negatives (Indian refiners that buy from
 * or comply with sanctions on Rosneft and Lukoil, a would-be buyer of Lukoil's assets, “firms not under U.S.
 * sanctions”, price moves, “no comment”) and one buyer (Reliance) inside a positive. Uses FIFTH_NAMES.
 *
 * Before (rules of commit f0dd451, run once on the labels as written): 22 of 34 cases fully right; setting the order
 * of several companies in one sentence to the extractor's (by entity id) made it 27 of 34. 29 of 35 expected pairs
 * found (missed: the two subsidiaries Treasury was “also designating”, Gazprom, Rosneft and Novatek's sectoral limits
 * named with no sanctions word, Sinno Electronics at the far end of a list), status right on 28 of those 29 (En+'s
 * “would highly likely” effect read as a plan), topics and denial on 29; 2 of 11 negatives gave a signal (Reliance
 * “complying with” and rushing “to comply with” sanctions).
 * After the sanctions widening (passive and distant designations, capital-market and SWIFT bars, compliance as no
 * target; see sanctions-wording.test.ts): 31 of 34; 33 of 35 pairs, status right on 32 of 33, topics and denial on
 * 33; no negative gives a signal. The three left are `miss` entries below. The later widenings (compound adjectives,
 * sanctions on a country or a class of parties as macro talk, a counterparty described as sanctioned, targeted /
 * frozen / numbered-package cues) left these figures as they were.
 */
export const FIFTH_BATCH: Case[] = [
  // Designations and their effects
  {
    url: 'https://www.thetimes.co.uk/article/sberbank-abandons-european-arm-amid-crippling-sanctions-rp3qwqbmz',
    text: 'Sberbank, a Russian lender, has been hit by sanctions from the UK and the United States in response to the Kremlin’s decision to invade Ukraine',
    want: [['sberbank', [SA], 'confirmed']],
  },
  {
    url: 'https://tass.com/economy/1751441',
    text: 'The price of Sovcomflot shares have dropped by more than 8% on Moscow Exchange after the US Department of the Treasury imposed sanctions against the company, according to trading data.',
    want: [['sovcomflot', [SA], 'confirmed']],
  },
  {
    url: 'https://tass.com/economy/1751441',
    text: 'On February 23, 2024, the US authorities put Sovcomflot on the SDN sanctions list, which implies freezing US assets and prohibiting US persons and companies from engaging in any transactions with it.',
    want: [['sovcomflot', [SA], 'confirmed']],
  },
  {
    url: 'https://www.business-standard.com/amp/article/international/us-imposes-fresh-sanctions-on-iran-as-donald-trump-s-term-nears-end-121010501386_1.html',
    text: 'Among the 12 Iranian companies blacklisted are the Pasargad Steel Complex and the Gilan Steel Complex Co, both of which were designated under Executive Order 13871 for operating in the Iranian steel sector.',
    want: [
      ['gilan', [SA], 'confirmed'],
      ['pasargad', [SA], 'confirmed'],
    ],
  },
  {
    url: 'https://www.business-standard.com/amp/article/international/us-imposes-fresh-sanctions-on-iran-as-donald-trump-s-term-nears-end-121010501386_1.html',
    text: "The Treasury said it was also designating MIDHCO's Germany-based subsidiary GMI Projects Hamburg GmbH, its China-based World Mining Industry Co Ltd and U.K.-based GMI Projects Ltd for being owned or controlled by MIDHCO.",
    miss: 'World Mining Industry Co Ltd, after “its China-based”, is not read as a second member of the list of subsidiaries designated',
    want: [
      ['gmi-hamburg', [SA], 'confirmed'],
      ['world-mining', [SA], 'confirmed'],
    ],
  },
  {
    url: 'https://www.themoscowtimes.com/2018/04/09/shares-russian-companies-tumble-following-us-sanctions-a61092',
    text: 'En+ Group, controlled by Deripaska, warned on Monday that the new round of anti-Russian sanctions would “highly likely” adversely affect its business and prospects.',
    miss: '“would highly likely” is read as a hedge on the sanctions, not as their expected effect',
    want: [['en-plus', [SA], 'confirmed']],
  },
  {
    url: 'https://winterings.net/2018/04/06/russia_sanctions_sdn_not_ssi/',
    text: 'In the oil and gas sector, companies like Gazprom, Rosneft and Novatek have been prohibited from raising debt or equity in the US and from ordering services or technology for Arctic, offshore and shale projects from US providers.',
    want: [
      ['gazprom', [SA], 'confirmed'],
      ['novatek', [SA], 'confirmed'],
      ['rosneft', [SA], 'confirmed'],
    ],
  },
  {
    url: 'https://thegoldenraven.org/eu-sanctions-against-chinese-entities-over-support-for-russia-in-donbas',
    text: 'Additionally, four Chinese companies, including Xiamen Limbach, face sanctions for supplying sensitive components, such as long-range drone engines and microprocessors, to the Russian military.',
    want: [['xiamen-limbach', [SA, MT], 'confirmed']],
  },
  {
    url: 'https://bankingjournal.aba.com/2023/09/recent-news-from-treasurys-office-of-foreign-assets-control-september-21/',
    text: 'OFAC on Sept. 21 announced a $9,618,477 settlement with 3M Company to settle 3M’s potential civil liability for 54 apparent violations of OFAC sanctions on Iran by its subsidiary.',
    want: [['3m', [SA, SP], 'confirmed']],
  },
  {
    url: 'https://bankingjournal.aba.com/2023/09/recent-news-from-treasurys-office-of-foreign-assets-control-september-21/',
    text: 'In a separate announcement, OFAC announced a $31,867.90 settlement with Emigrant Bank to settle its potential civil liability for apparent violations of sanctions against Iran.',
    want: [['emigrant', [SA, SP], 'confirmed']],
  },
  {
    url: 'https://exportprac.com/stories/us-sanctions-russias-two-largest-oil-companies,14396?',
    text: 'Thursday, the U.S. Department of the Treasury’s Office of Foreign Assets Control (OFAC) designated Rosneft and Lukoil, Russia’s two largest oil producers, along with a broad network of their subsidiaries, under Executive Order 14024.',
    want: [
      ['lukoil', [SA], 'confirmed'],
      ['rosneft', [SA], 'confirmed'],
    ],
  },
  {
    url: 'https://exportprac.com/stories/us-sanctions-russias-two-largest-oil-companies,14396?',
    text: 'Rosneft and Lukoil are now subject to full blocking sanctions.',
    want: [
      ['lukoil', [SA], 'confirmed'],
      ['rosneft', [SA], 'confirmed'],
    ],
  },
  {
    url: 'https://www.newsbeep.com/213484',
    text: 'Russian oil giant Lukoil will sell its overseas assets, the company said late Monday, after it was hit with U.S. sanctions over the war in Ukraine.',
    want: [['lukoil', [SA], 'confirmed']],
  },
  {
    url: 'https://www.mwe.com/?p=343066',
    text: 'The UK government was the first of the three to subject Lukoil and Rosneft to full asset freezes, prohibiting any dealings with their funds or economic resources by UK persons or within the UK.',
    want: [
      ['lukoil', [SA], 'confirmed'],
      ['rosneft', [SA], 'confirmed'],
    ],
  },
  {
    url: 'https://english.aawsat.com/world/5124137-us-slaps-iran-related-sanctions-oil-tankers-china-%E2%80%98teapot-refinery',
    text: 'The State Department said it was imposing sanctions on an oil terminal in China called Huaying Huizhou Daya Bay Petrochemical Terminal Storage, for buying and storing Iranian crude oil',
    want: [['huaying', [SA], 'confirmed']],
  },
  {
    url: 'https://middleeastmonitor.com/20250321-us-slaps-iran-related-sanctions-on-oil-tankers-china-teapot-refinery/?noamp=mobile',
    text: 'In 2022, the US Treasury Department placed Shandong Haiyou Petrochemical, another Chinese teapot refiner, on its list of sanctioned entities.',
    want: [['shandong-haiyou', [SA], 'confirmed']],
  },
  {
    url: 'https://stratnewsglobal.com/united-states/us-sanctions-third-chinese-teapot-refinery-and-port-over-iran-oil-deals',
    text: 'The companies Treasury designated for operating the port terminal were Baogang (Dongying Donggang) Logistics and Warehousing Co, Ltd, Shandong Jingang Port Co, Ltd, and Shandong Baogang International Port Co, Ltd.',
    want: [
      ['shandong-baogang', [SA], 'confirmed'],
      ['shandong-jingang', [SA], 'confirmed'],
    ],
  },
  {
    url: 'https://www.integrityright.com/?p=61038',
    text: 'The sanctions were imposed on China’s Hebei Xinhai Chemical Group Co., described as a “teapot refinery,” and three port terminal operators in Shandong province.',
    want: [['hebei-xinhai', [SA], 'confirmed']],
  },
  {
    url: 'https://www.theepochtimes.com/us/us-government-sanctions-chinese-entities-engaged-in-iranian-oil-trade-5854462',
    text: 'Hebei Xinhai, the teapot refinery sanctioned on May 8, has received multiple shipments of Iranian crude oil in recent months, valued at hundreds of millions of dollars, the Treasury Department said.',
    want: [['hebei-xinhai', [SA], 'confirmed']],
  },
  {
    url: 'https://occasionaldigest.com/2025/03/20/u-s-sanctions-chinese-teapot-oil-refinery-targets-iranian-shadow-fleet',
    text: 'The Treasury Department said it sanctioned China-based Shandong Shouguang Luqing Petrochemical Co. Ltd. and its legal representative and chief executive officer, Wang Xueqing, for purchasing and refining hundreds of millions of dollars worth of Iranian crude oil.',
    want: [['shandong-shouguang', [SA], 'confirmed']],
  },
  {
    url: 'https://www.chinastrategy.org/?p=70650',
    text: 'Despite the pressure from Washington, Indian companies had continued to import oil from Russia until Trump escalated sanctions against Russian producers Rosneft and Lukoil in October.',
    want: [
      ['lukoil', [SA], 'confirmed'],
      ['rosneft', [SA], 'confirmed'],
    ],
  },
  // A proposal
  {
    url: 'https://pledgetimes.com/economy-the-eu-prepares-sanctions-against-chinese-companies-that-collaborate-with-russia-in-the-war-in-ukraine/',
    text: 'According to the outlet, these are the companies that would be sanctioned: 3HC Semiconductors and King-Pai Technology, along with five from Hong Kong, including Sinno Electronics, Sigma Technology, Asia Pacific Links, Tordan Industry, and Alpha Trading Investments.',
    miss: 'Sinno Electronics stands too far down the list from “would be sanctioned”',
    want: [
      ['3hc', [SA], 'proposed'],
      ['king-pai', [SA], 'proposed'],
      ['sinno', [SA], 'proposed'],
    ],
  },
  // A buyer beside the sanctioned sellers
  {
    url: 'https://lagatar24.com/?p=192124',
    text: 'Reliance Industries has significantly cut down on crude oil imports from Russia following the latest US sanctions targeting Russian state oil companies Rosneft and Lukoil.',
    want: [
      ['lukoil', [SA], 'confirmed'],
      ['rosneft', [SA], 'confirmed'],
    ],
  },
  // Negatives: buyers complying, a would-be acquirer, firms not sanctioned, price moves, no comment
  {
    url: 'https://oilmarketcap.com/?p=31186',
    text: 'Reliance Industries Ltd , the top Indian buyer of Russian oil, plans to adjust crude imports from Moscow to align with guidelines from the Indian government, a company spokesman said on Thursday, after the U.S. and Europe ramped up sanctions against Russia.',
    want: [],
  },
  {
    url: 'https://newsukraine.rbc.ua/news/india-s-largest-refinery-drops-russian-oil-1763682518.html',
    text: 'India’s energy giant Reliance Industries has fully halted imports of Russian oil as of 20 November, complying with international sanctions, according to Reuters.',
    want: [],
  },
  {
    url: 'https://newsukraine.rbc.ua/news/india-s-largest-refinery-drops-russian-oil-1763682518.html',
    text: 'Reliance is known to have a long-term contract with Russia’s Rosneft for the purchase of around 500,000 barrels of oil per day.',
    want: [],
  },
  {
    url: 'https://www.chinastrategy.org/?p=70650',
    text: 'India’s largest private oil refiner, Reliance Industries, has said it has stopped using Russian crude at one of its largest refineries, as it rushes to comply with US and EU sanctions.',
    want: [],
  },
  {
    url: 'https://upstox.com/news/business-news/latest-updates/will-us-sanctions-on-rosneft-lukoil-force-reliance-to-rethink-its-russian-oil-bets/article-183452',
    text: 'Reliance, India’s largest buyer of Russian crude, accounts for about half of the country’s 1.7 million barrels per day (bpd) imports from Moscow.',
    want: [],
  },
  {
    url: 'https://lagatar24.com/?p=192124',
    text: 'Other Indian refiners, including Mangalore Refinery and Petrochemicals Ltd (MRPL), have also reduced their Russian oil intake, while HPCL-Mittal Energy Ltd had already halted Russian imports earlier.',
    want: [],
  },
  {
    url: 'https://dailyguardian.eu/us-extends-lukoil-sanctions-waiver-as-russian-oil-giant-looks-to-sell-assets-politico/amp',
    text: 'U.S. private equity firm Carlyle is considering purchasing the vast international holdings, according to Reuters.',
    want: [],
  },
  {
    url: 'https://www.themoscowtimes.com/2018/04/09/shares-russian-companies-tumble-following-us-sanctions-a61092',
    text: 'Russian firms not under U.S. sanctions also took a hit in London, with steel miner Evraz and precious metals producer Polymetal down by as much as 15 percent.',
    want: [],
  },
  {
    url: 'https://www.themoscowtimes.com/2018/04/09/shares-russian-companies-tumble-following-us-sanctions-a61092',
    text: 'En+ Group and Rusal saw their shares cut in half on the Hong Kong stock exchange at closing time on Monday.',
    want: [],
  },
  {
    url: 'https://www.thetimes.co.uk/article/sberbank-abandons-european-arm-amid-crippling-sanctions-rp3qwqbmz',
    text: 'The crisis has effectively wiped out Sberbank’s London-listed depositary receipts, which are denominated in dollars and dropped by about 94 per cent to almost zero this morning.',
    want: [],
  },
  {
    url: 'https://www.business-standard.com/amp/article/international/us-imposes-fresh-sanctions-on-iran-as-donald-trump-s-term-nears-end-121010501386_1.html',
    text: 'No one at KFCC, which makes graphite electrodes, was available for comment on Wednesday.',
    want: [],
  },
];

/**
 * Names for the sixth batch: the shared ones plus the companies it adds (kept apart for the reason FOURTH_NAMES is).
 * A longer surface comes before a shorter one inside it ("Industrial and Commercial Bank of China", "Bank of China";
 * "Hangzhou Hikvision Digital Technology", the shared "Hikvision"), as the detector takes the longest match.
 */
export const SIXTH_NAMES: Record<string, string> = {
  'Triliance Petrochemical Co. Ltd.': 'triliance',
  Triliance: 'triliance',
  'Persian Gulf Petrochemical Industry Commercial Co.': 'pgpicc',
  PGPICC: 'pgpicc',
  'National Iranian Oil Company': 'nioc',
  NIOC: 'nioc',
  'National Iranian Tanker Company': 'nitc',
  NITC: 'nitc',
  'Mobin International Limited': 'mobin',
  'PJSC Mostotrest': 'mostotrest',
  Mostotrest: 'mostotrest',
  'King-Pai Technology': 'king-pai',
  Sberbank: 'sberbank',
  'Raiffeisen Bank International': 'raiffeisen',
  Raiffeisen: 'raiffeisen',
  'Colorcon Limited': 'colorcon',
  Colorcon: 'colorcon',
  'UniCredit SpA': 'unicredit',
  UniCredit: 'unicredit',
  'ZTE Corporation': 'zte',
  'Golden Lotus Oil Gas and Real Estate Joint Stock Company': 'golden-lotus',
  'Swedish Management Co.': 'swedish-management',
  'Shiraz Petrochemical Company': 'shiraz',
  'Bushehr Petrochemical Co.': 'bushehr',
  'Galileos Marine Services': 'galileos',
  'Ocean Glory Giant OGG SA': 'ocean-glory',
  'China Concord Petroleum Company': 'china-concord',
  'Almanac Ship Management LLC': 'almanac',
  'Sea Route Ship Management FZE': 'sea-route',
  'International Business Machines': 'ibm',
  Rustakt: 'rustakt',
  'Ningbo Peak Cloud Import and Export': 'ningbo-peak-cloud',
  'Ural Civil Aviation Plant': 'ucap',
  'Technopole Company': 'technopole',
  'Iran Air': 'iran-air',
  'Global Training Solutions Limited': 'global-training',
  'Smartech Future Limited': 'smartech',
  Baidu: 'baidu',
  'Huawei Technologies Co.': 'huawei',
  'Huawei Technologies': 'huawei',
  'Semiconductor Manufacturing International Corp.': 'smic',
  SMIC: 'smic',
  DeepSeek: 'deepseek',
  'Tencent Holdings': 'tencent',
  SenseTime: 'sensetime',
  BYD: 'byd',
  'IDG Capital': 'idg',
  'Aviation Industry Corporation of China': 'avic',
  AVIC: 'avic',
  'Hangzhou Hikvision Digital Technology': 'hikvision',
  'China Mobile': 'china-mobile',
  'Alibaba Group Holding': 'alibaba',
  'WuXi AppTec': 'wuxi-apptec',
  'RoboSense Technology': 'robosense',
  'Yangtze Memory Technologies': 'ymtc',
  'ChangXin Memory Technologies': 'cxmt',
  'Industrial and Commercial Bank of China': 'icbc',
  ICBC: 'icbc',
  'China Construction Bank': 'ccb',
  'Bank of China': 'bank-of-china',
  'Chouzhou Commercial Bank': 'chouzhou',
  'TotalEnergies SE': 'totalenergies',
  'Augment Investments': 'augment',
  'Kismet Capital Group': 'kismet',
  'Elbrus Services': 'elbrus',
  'BP Plc': 'bp',
  BP: 'bp',
  'Goldman Sachs': 'goldman',
  Amazon: 'amazon',
  Walmart: 'walmart',
  Airbus: 'airbus',
  ExxonMobil: 'exxon',
  Shell: 'shell',
  Mastercard: 'mastercard',
  Visa: 'visa',
  'Levi Strauss': 'levi',
  // The shared names last, so that a longer surface here wins over a shorter shared one inside it.
  ...NAMES,
};

/**
 * A sixth batch (2026-12-05) for the held-out weak spots, collected from stored pages of many publishers and
 * labelled by the README's rules before the extractor ran on it: SANCTIONS wording (OFAC designations “pursuant to”
 * an order far from the verb, “designated” with the authority only as “the department” or not named, “U.S.-designated”,
 * “sanctioned entities include”, “faced sanctions”, “penalized for”, an OFAC inquiry, OFSI penalties, settlements,
 * restrictions “by measures taken by the US Treasury”), MILITARY TIES (1260H additions, removals and the list named
 * only as “the list” or “the withdrawn document”, PLA and defence end use, spying and surveillance concerns, a
 * supplier to a sanctioned drone maker, denials by lawsuit and by “civilian use”), and 14 close NEGATIVES: a company
 * beside sanctions on someone else (its owner, Russia, sanctioned banks), sanctions-driven exits and write-downs of
 * companies not themselves targeted, buyers not on the sanctions list, a market wrap, “surveillance products” as a
 * product, tariff talk on a sector or left out of guidance, “no comment”. Uses SIXTH_NAMES.
 *
 * Before (rules of commit cd918d4, run once on the labels as written, 58 cases of which 13 negatives): 23 of 58
 * cases fully right; 50 of 76 expected pairs found, status right on 39 of those 50, topics on 40, denial on 45; 4 of
 * 13 negatives gave a signal (Rusal beside its owner's listing, a bank halting Russian business “due to … the
 * sanctions”, Amazon beside tariff talk on e-commerce, Levi's guidance that leaves tariffs out).
 * (Those pair figures matched each label to the first signal of its company; counted pair by pair, and with SIXTH_NAMES
 * then ordered so that the longest name wins as in the detector — “Hangzhou Hikvision Digital Technology” —, the same
 * rules give 24 of 58 cases, 49 of 76 pairs, status 39, topics 39, denial 44.)
 * After the sixth pass (sanctions-wording.test.ts, military-wording.test.ts, status-topic.test.ts, widening.test.ts),
 * counted pair by pair: 53 of 58; 73 of 76 pairs, status right on 73 of 73, topics on 70, denial on 73; no negative
 * gives a signal. The five left are `miss` entries below. The first five batches stayed at 165 of 179, 53 of 56 and
 * 31 of 34 cases.
 */
export const SIXTH_BATCH: Case[] = [
  // Sanctions: OFAC designations and their wordings
  {
    url: 'https://www.thompsonhinesmartrade.com/2022/09/ofac-sanctions-facilitators-of-iranian-oil-sales/',
    text: 'OFAC targeted the network, which includes a myriad of front companies in the United Arab Emirates, Hong Kong, and India, not only for concealing the origin of the Iranian shipments, but also for enabling two sanctioned Iranian brokers, Triliance Petrochemical Co. Ltd. (Triliance) and Persian Gulf Petrochemical Industry Commercial Co. (PGPICC), to transfer funds and ship Iranian petrochemicals and petroleum.',
    want: [
      ['pgpicc', [SA], 'confirmed'],
      ['triliance', [SA], 'confirmed'],
    ],
  },
  {
    url: 'https://www.thompsonhinesmartrade.com/2022/09/ofac-sanctions-facilitators-of-iranian-oil-sales/',
    text: 'In fact, in 2020, E.O. 13846 was the basis for designating Triliance for “having materially assisted, sponsored, or provided financial, material, or technological support for, or goods or services in support of” an Iranian oil company sanctioned even earlier by OFAC. PGPICC, meanwhile, was designated a year prior, in 2019, pursuant to E.O. 13382.',
    want: [
      ['triliance', [SA], 'confirmed'],
      ['pgpicc', [SA], 'confirmed'],
    ],
  },
  {
    url: 'https://complianceconcourse.willkie.com/?p=1431',
    text: 'The Office of Foreign Assets Control of the US Department of the Treasury has designated the Iranian Ministry of Petroleum, the National Iranian Oil Company (NIOC), and the National Iranian Tanker Company (NITC) pursuant to Executive Order 13224 for their support of the Islamic Revolutionary Guard Corps-Qods Force, a designated entity.',
    want: [
      ['nioc', [SA], 'confirmed'],
      ['nitc', [SA], 'confirmed'],
    ],
  },
  {
    url: 'https://complianceconcourse.willkie.com/?p=1431',
    text: 'OFAC has also designated Mobin International Limited, a UAE-based company, pursuant to Executive Order 13224 for entering into an agreement with a designated Venezuelan state-owned oil company and for its support of a NIOC subsidiary in the charter of vessels to transport tens of thousands of tons of gasoline to Venezuela.',
    want: [['mobin', [SA], 'confirmed']],
  },
  {
    url: 'https://www.lexology.com/library/detail.aspx?g=c42feaa3-55f3-447d-95c5-ed756c7f979d',
    text: 'In parallel with the above-described designations, OFAC issued General License No. 10, which temporarily authorizes certain transactions that are ordinarily incident and necessary to divest or transfer to a non-U.S. person holdings in PJSC Mostotrest, one of the Russian construction companies designated on the SDN List.',
    want: [['mostotrest', [SA], 'confirmed']],
  },
  {
    url: 'https://maritime-executive.com/article/us-designates-more-companies-and-20-ships-in-crackdown-on-iranian-oil',
    text: 'The department also designated Vietnam-based company Golden Lotus Oil Gas and Real Estate Joint Stock Company, saying that it knowingly engaged in a significant transaction for the transport of petroleum products from Iran.',
    want: [['golden-lotus', [SA], 'confirmed']],
  },
  {
    url: 'https://maritime-executive.com/article/us-designates-more-companies-and-20-ships-in-crackdown-on-iranian-oil',
    text: 'United Arab Emirates-based Swedish Management Co. was also designated along with the Shiraz Petrochemical Company and Bushehr Petrochemical Co. both for also knowingly engaging in a significant transaction for the sale of petrochemical products from Iran.',
    want: [
      ['bushehr', [SA], 'confirmed'],
      ['shiraz', [SA], 'confirmed'],
      ['swedish-management', [SA], 'confirmed'],
    ],
  },
  {
    url: 'https://worldecr.com/?p=2035650',
    text: 'Sanctioned entities include UAE-based Galileos Marine Services, Panama-based Ocean Glory Giant OGG SA, and multiple companies in China, India and other countries.',
    want: [
      ['galileos', [SA], 'confirmed'],
      ['ocean-glory', [SA], 'confirmed'],
    ],
  },
  {
    url: 'https://worldecr.com/?p=2035650',
    text: 'Among the designated vessels, the Marshall Islands-flagged JAYA ‘has carried hundreds of thousands of metric tons of Iranian crude oil on behalf of U.S.-designated China Concord Petroleum Company,’ while the Panama-flagged MASAL transported ‘more than a million barrels of Iranian crude oil’ for sanctioned entities including the National Iranian Oil Company.',
    want: [
      ['china-concord', [SA], 'confirmed'],
      ['nioc', [SA], 'confirmed'],
    ],
  },
  {
    url: 'https://regtechtimes.com/?p=55715',
    miss: '“was penalized for”, right after a sentence on sanctions, is read as a penalty (a state probe), not as the sanctions that sentence names',
    text: 'Similarly, Almanac Ship Management LLC, managing the Berenice Pride, faced sanctions for allegedly carrying Iranian oil products during the same period. Sea Route Ship Management FZE was penalized for managing the vessel Astra, engaged in transporting petrochemical products from Iran, in late November 2021.',
    want: [
      ['almanac', [SA], 'confirmed'],
      ['sea-route', [SA], 'confirmed'],
    ],
  },
  {
    url: 'https://www.asiafinancial.com/eu-plans-sanctions-on-7-chinese-firms-aiding-russias-war-ft',
    text: 'Some companies like King-Pai Technology have already been placed under sanctions by the United States, which said it was a China-based supplier for multiple entities in Russia’s military-industrial complex.',
    want: [['king-pai', [SA, MT], 'confirmed']],
  },
  {
    url: 'https://newtimes.ru/articles/detail/252572/gpt:en',
    text: 'The end user was the company "Rustakt," a Moscow drone manufacturer sanctioned by the EU in December 2024.',
    want: [['rustakt', [SA], 'confirmed']],
  },
  {
    url: 'https://www.devdiscourse.com/article/headlines/3672196-oil-prices-surge-amid-new-us-sanctions-on-russia',
    text: "The sanctions specifically targeted key Russian suppliers, Rosneft and Lukoil, with the U.S. indicating its readiness to take further measures. Wall Street indexes responded positively, with energy stocks leading the S&P 500's sector gains. Despite some lackluster earnings reports, such as International Business Machines seeing a slowdown in its cloud software segment, the energy sector's performance was a bright spot. Meanwhile, shares of Tesla dipped due to a continued streak of profit misses.",
    want: [
      ['lukoil', [SA], 'confirmed'],
      ['rosneft', [SA], 'confirmed'],
    ],
  },
  // Sanctions: UK, EU and the effects on a bank
  {
    url: 'https://worldecr.com/news/western-companies-pull-out-of-russia-sanctions-struck-sberbank-leaves-eu',
    text: 'Sberbank was sanctioned by the UK’s Office of Financial Sanctions Implementation (‘OFSI’) on 1 March. In late February, transactions with the bank were restricted by measures taken by the US Treasury.',
    want: [
      ['sberbank', [SA], 'confirmed'],
      ['sberbank', [SA], 'confirmed'],
    ],
  },
  {
    url: 'https://worldecr.com/news/western-companies-pull-out-of-russia-sanctions-struck-sberbank-leaves-eu',
    miss: 'the sanctions are in the “after …” clause, which names no company, so they reach no one',
    text: 'The EU subsidiary of Russia’s largest bank, Sberbank, has been forced out of the European Union, after a run on deposits spurred by sanctions.',
    want: [['sberbank', [SA], 'confirmed']],
  },
  // Sanctions enforcement: inquiries, penalties, settlements
  {
    url: 'https://thenyjournals.com/index.php/2023/02/17/exclusive-u-s-sanctions-authority-probes-raiffeisen-on-russia',
    text: 'The United States’ sanctions authority has launched in inquiry into Raiffeisen Bank International over its business related to Russia, increasing scrutiny of the Austrian lender that plays a critical role in the Russian economy.',
    want: [['raiffeisen', [SA, SP], 'confirmed']],
  },
  {
    url: 'https://indexinvestingnews.com/?p=67015',
    text: 'OFAC had asked Raiffeisen for details of its exposure in Russia, the partially occupied Donbas, Ukraine and Syria, including about the transactions and activity of certain clients, a source told Reuters.',
    want: [['raiffeisen', [SA, SP], 'alleged']],
  },
  {
    url: 'https://www.mondaq.com/uk/export-controls-trade-investment-sanctions/1695336/sanctions-tracker',
    text: 'A monetary penalty of £152,750 was imposed on Colorcon Limited ("Colorcon") in respect of a breach of the Russia sanctions regime involving the making of payments to non-designated employees and service providers of Colorcon\'s Moscow office to accounts held with designated banks.',
    want: [['colorcon', [SA, SP], 'confirmed']],
  },
  {
    url: 'https://iranintl.com/en/202309222947',
    text: 'In one of the largest such settlements, Italy’s top bank UniCredit SpA and two subsidiaries agreed in April 2019 to pay $1.3 billion to US authorities to settle probes of violations of US sanctions on Iran and other countries.',
    want: [['unicredit', [SA, SP], 'confirmed']],
  },
  {
    url: 'https://iranintl.com/en/202309222947',
    text: 'In 2017, ZTE Corporation agreed to enter a guilty plea and pay a $892 million penalty to the US for conspiring to illegally ship US-origin items to Iran.',
    want: [['zte', [EC, SP], 'confirmed']],
  },
  // Export controls with a military reason
  {
    url: 'https://brief.kharon.com/updates/us-commerce-department-adds-24-to-entity-list/',
    text: 'It added two companies for procuring U.S.-origin items for Technopole Company, a Moscow-based firm placed on the Entity List in 2016 for operating in the Russian arms sector.',
    want: [['technopole', [EC, MT], 'confirmed']],
  },
  {
    url: 'https://freightwaves.com/?p=255242',
    text: 'The ERC, for example, determined that Iran Air, which was added to the Entity List on March 16, transports “military-related equipment” for Iran’s Islamic Revolutionary Guard Corps (IRGC) and Ministry of Defense and Armed Forces Logistics (MODAFL).',
    want: [['iran-air', [EC, MT], 'confirmed']],
  },
  {
    url: 'https://bis.gov/press-release/department-commerce-announces-additions-entity-list-safeguard-national-security',
    text: 'The additions under the destination of the PRC include Global Training Solutions Limited and Smartech Future Limited due to their connections with an Entity List party and the training of the PRC military.',
    want: [
      ['global-training', [EC, MT], 'confirmed'],
      ['smartech', [EC, MT], 'confirmed'],
    ],
  },
  {
    url: 'https://www.newsindiatimes.com/trump-administration-moves-against-chinese-telecom-firms-citing-national-security/',
    text: 'And it follows the Federal Communications Commission’s barring last year of state-owned China Mobile from operating in the United States, as well as the Commerce Department’s blacklisting of Huawei Technologies, discouraging U.S. companies from doing business with the telecom equipment-maker.',
    want: [
      ['china-mobile', [TR], 'confirmed'],
      ['huawei', [EC], 'confirmed'],
    ],
  },
  {
    url: 'https://www.derechos.org/privacy/doc/usa2.html',
    miss: '“a United States blacklist” is read as the Treasury’s (sanctions): the export-control reason (“ability to buy American technology”) is in the sentence before',
    text: "The Trump administration is considering limits to a Chinese video surveillance giant's ability to buy American technology, people familiar with the matter said, the latest attempt to counter Beijing's global economic ambitions. The move would effectively place the company, Hikvision, on a United States blacklist.",
    want: [['hikvision', [EC], 'proposed']],
  },
  // Military ties: defence end use, the 1260H list, spying
  {
    url: 'https://thegoldenraven.org/eu-sanctions-against-chinese-entities-over-support-for-russia-in-donbas',
    text: 'Xiamen Limbach is also accused of providing engine components for Iranian-made Shahed drones, used by Russian forces in Ukraine.',
    want: [['xiamen-limbach', [MT], 'alleged']],
  },
  {
    url: 'https://babel.ua/en/news/121125-the-telegraph-china-sold-over-60-million-worth-of-drone-parts-to-russia-in-2-years',
    miss: '“producing combat drones” is no military cue (a weapons word alone would also fire on US contractors’ deals, which are state support), and the supplier of a sanctioned drone maker gets nothing',
    text: 'In just three months of 2023, the Chinese company Ningbo Peak Cloud Import and Export shipped £3 million worth of aircraft and aircraft engines to Russiaʼs Ural Civil Aviation Plant, which is under sanctions for producing combat drones, including the Forpost.',
    want: [
      ['ningbo-peak-cloud', [MT], 'confirmed'],
      ['ucap', [SA, MT], 'confirmed'],
    ],
  },
  {
    url: 'https://twt-assets.washtimes.com/news/2026/feb/13/pentagon-publishes-withdraws-new-list-chinese-military-companies',
    text: 'The temporarily published list of Chinese military companies, required under a 2021 defense policy law, included two of China’s largest tech companies — Alibaba and Baidu.',
    want: [
      ['alibaba', [MT], 'confirmed'],
      ['baidu', [MT], 'confirmed'],
    ],
  },
  {
    url: 'https://twt-assets.washtimes.com/news/2026/feb/13/pentagon-publishes-withdraws-new-list-chinese-military-companies',
    text: 'The new list kept Huawei Technologies, the major telecommunications company that has sold equipment with the potential for electronic spying to American utilities. Also remaining on the list is the major Chinese chipmaker Semiconductor Manufacturing International Corp. (SMIC) and 12 subsidiaries.',
    want: [
      ['huawei', [MT], 'confirmed'],
      ['smic', [MT], 'confirmed'],
    ],
  },
  {
    url: 'https://econotimes.com/US-Lawmakers-Urge-Pentagon-to-Blacklist-More-Chinese-Tech-Firms-Over-Military-Ties-1729221',
    text: 'According to Reuters, a senior U.S. official said earlier this year that DeepSeek had aided China’s military and worked to bypass U.S. export controls.',
    want: [['deepseek', [EC, MT], 'alleged']],
  },
  {
    url: 'https://tacticalgearnews.com/tactical-news/blacklist-blowout-pentagon-expands-list-of-chinese-companies-for-allegedly-military-ties-sofrep-news-team',
    text: 'This updated list, mandated under the “Section 1260H” of US law, includes major players like Tencent Holdings, CATL, SenseTime, and several others.',
    want: [
      ['catl', [MT], 'confirmed'],
      ['sensetime', [MT], 'confirmed'],
      ['tencent', [MT], 'confirmed'],
    ],
  },
  {
    url: 'http://app005.ftchinese.com/story/001110131/ce',
    text: 'The Pentagon recently added Alibaba and other high-profile Chinese companies, including the world’s largest electric-vehicle manufacturer BYD, to the so-called 1260H list.',
    want: [
      ['alibaba', [MT], 'confirmed'],
      ['byd', [MT], 'confirmed'],
    ],
  },
  {
    url: 'https://www.washingtonexaminer.com/policy/defense/4457721/government-withdraws-published-companies-ties-chinese-military',
    text: 'The list is formally known as Section 1260H. The withdrawn document included new companies Alibaba Group Holding, Baidu, BYD, WuXi AppTec and RoboSense Technology while memory chip manufactures Yangtze Memory Technologies and ChangXin Memory Technologies were removed.',
    want: [
      ['alibaba', [MT], 'confirmed'],
      ['baidu', [MT], 'confirmed'],
      ['byd', [MT], 'confirmed'],
      ['cxmt', [MT], 'confirmed'],
      ['robosense', [MT], 'confirmed'],
      ['wuxi-apptec', [MT], 'confirmed'],
      ['ymtc', [MT], 'confirmed'],
    ],
  },
  {
    url: 'https://www.asiafinancial.com/us-cuts-china-chip-firm-from-military-ties-list-after-lawsuit',
    text: 'The US Defense Department also removed IDG Capital, one of China’s largest venture capital and private equity firms from the list, which was scheduled for publication on Wednesday.',
    want: [['idg', [MT], 'confirmed']],
  },
  {
    url: 'https://www.asiafinancial.com/us-cuts-china-chip-firm-from-military-ties-list-after-lawsuit',
    text: 'IDG Capital, which was also added to the list in February, did not sue but has previously said it has no association with the Chinese military and does not belong on that list. The list includes entities that have been targeted by US trade sanctions in recent years, including Huawei Technologies and state-owned aerospace and defence manufacturing conglomerate Aviation Industry Corporation of China (AVIC).',
    want: [
      ['idg', [MT], 'confirmed', true],
      ['avic', [SA, MT], 'confirmed'],
      ['huawei', [SA, MT], 'confirmed'],
    ],
  },
  {
    url: 'https://www.livemint.com/market/live-blog/market-live-live-blog-sensex-nifty-live-today-25-06-2020-nifty-nse-bse-news-updates-11593138794718.html',
    text: 'The Pentagon has put out a list of 20 companies it says are owned or controlled by China’s military, which might could possibly invite US sanctions on them, news reports have said. The list put out on Thursday includes companies like Huawei Technologies Co. and Hangzhou Hikvision Digital Technology, the reports said.',
    want: [
      ['hikvision', [MT], 'alleged'],
      ['huawei', [MT], 'alleged'],
    ],
  },
  {
    url: 'https://noqreport.com/2021/05/31/chinese-military-firms-challenge-pentagon-to-reverse-trumps-investment-ban/',
    text: 'The Department of Defense in May officially removed China’s Xiaomi , the world’s third-largest smartphone vendor, from its investment blacklist.',
    want: [['xiaomi', [MT, TR], 'confirmed']],
  },
  {
    url: 'https://sputnikglobe.com/20210313/chinas-xiaomi-says-will-keep-requesting-us-court-to-remove-military-company-designation-1082330379.html',
    text: 'In a written statement, Xiaomi highlighted that it is a "widely held, publicly traded, independently managed" company that offers products only for civilian and commercial use. This statement comes after the US Department of Defenсe and Treasury restricted the US investing in the company by accusing Xiaomi of having ties to the Chinese military on Friday.',
    want: [
      ['xiaomi', [MT], 'alleged', true],
      ['xiaomi', [MT, TR], 'confirmed'],
    ],
  },
  {
    url: 'http://app005.ftchinese.com/story/001110131/ce',
    text: 'Alibaba has asked a US court to order the Pentagon to remove it from a list of groups it says have Chinese military ties, days after Beijing took retaliatory action against the defence department’s decision. The Chinese ecommerce giant told a California district court in a lawsuit that the Pentagon had not provided “substantial evidence” to justify its inclusion on a “Chinese military companies” blacklist.',
    want: [
      ['alibaba', [MT], 'alleged', true],
      ['alibaba', [MT], 'alleged', true],
    ],
  },
  {
    url: 'https://poal.co/s/LawAndLegalMatters/781262',
    text: 'Last October, dronemaker DJI sued the US Department of Defense, arguing it should no longer face the stigma of being listed as a “Chinese Military Company” and continue to risk business as a result.',
    want: [['dji', [MT], 'confirmed', true]],
  },
  {
    url: 'https://poal.co/s/LawAndLegalMatters/781262',
    miss: '“do and do not belong on the list” negates the list cues, and DJI stands in the other clause',
    text: 'While US District Court judge Paul Friedman “cannot conclude” that DJI is “indirectly owned by the Chinese Communist Party,” he found that the DoD has broad discretion to decide which companies do and do not belong on the list of Chinese military companies.',
    want: [['dji', [MT], 'confirmed']],
  },
  {
    url: 'https://iblnews.es/drones-in-focus-amid-u-s-china-war-on-data-harvesting/',
    text: 'Critics of Shenzhen-based SZ DJI TechnologyCo. warn the world’s top producer of drones may be channeling reams of sensitive data to Chinese intelligence agencies on everything from critical infrastructure like bridges and dams to personal information such as heart rates and facial recognition.',
    want: [['dji', [MT], 'alleged']],
  },
  {
    url: 'https://pjmedia.com/blog/are-telecom-companies-helping-china-spy-on-america/',
    text: 'The Wall Street Journal reported last fall that Huawei’s telecommunications equipment in Iran had added surveillance capabilities, something the company denied.',
    want: [['huawei', [MT], 'alleged', true]],
  },
  {
    url: 'https://onestoptrendingnews.com/2020/04/12/u-s-security-agencies-want-another-chinese-mobile-firm-kicked-out-of-the-states/',
    text: 'Huawei and ZTE, both of which produce phones and networking equipment, are considered national security threats in the U.S.',
    want: [
      ['huawei', [MT], 'confirmed'],
      ['zte', [MT], 'confirmed'],
    ],
  },
  // Negatives that look close
  {
    url: 'https://www.sequoialegal.com/news-and-resources/2018/5/7/to-sanction-or-not-to-sanction-that-is-the-question-how-congressional-action-could-affect-your-business',
    text: 'State-owned Sberbank, often seen as a barometer of the wider economy, fell 17 percent in Moscow and aluminum giant Rusal lost over half its value in Hong Kong after its main owner Oleg Deripaska was named on the sanctions list.',
    want: [],
  },
  {
    url: 'https://complianceconcourse.willkie.com/?p=1431',
    text: 'NIOC is responsible for the transportation of crude oil exports from Iran, and its subsidiary, NITC, supplies tankers to transport the oil.',
    want: [],
  },
  {
    url: 'https://unn.ua/en/news/several-of-chinas-largest-banks-have-stopped-accepting-payments-from-russia',
    text: 'Payments from Russian sanctioned banks are no longer accepted by the three largest banks in China: Industrial and Commercial Bank of China (ICBC), China Construction Bank and Bank of China.',
    want: [],
  },
  {
    url: 'https://kyivindependent.com/russian-media-chinas-3-biggest-banks-stop-accepting-payments-from-russia',
    text: 'Earlier this month, China’s Chouzhou Commercial Bank announced that it is halting all operations in Russia and Belarus due to complications caused by the sanctions.',
    want: [],
  },
  {
    url: 'https://www.kampungbloggers.com/business-losses-from-russia-top-59-billion-as-sanctions-hit/',
    text: 'Even some companies that are retaining a presence in Russia are writing down assets. The French energy giant TotalEnergies SE took a $4.1 billion charge in April on the value of its natural-gas reserves, citing the impact of Western sanctions targeting Russia.',
    want: [],
  },
  {
    url: 'https://www.kampungbloggers.com/business-losses-from-russia-top-59-billion-as-sanctions-hit/',
    text: 'BP’s $25.5 billion accounting charge on its Russian holdings include writing off $13.5 billion of shares in oil producer Rosneft.',
    want: [],
  },
  {
    url: 'https://good-time-invest.com/blog/henkel-uber-duracell-and-continental-leave-russia',
    text: 'For approximately €600 million, the business was sold to a consortium of several companies: Augment Investments, Kismet Capital Group and Elbrus Services. It is worth noting that each of these companies is not included in the sanctions list of Western countries.',
    want: [],
  },
  {
    url: 'https://excellentpix.com/coca-cola-imperial-brands-join-firms-halting-russia-operations.html',
    text: 'Russia’s largest foreign investor, BP Plc, led the way with its surprise announcement on Feb. 27 that it would exit its 20% stake in state-controlled Rosneft, a move that could result in a $25 billion write-off and cut the company’s global oil and gas production by a third.',
    want: [],
  },
  {
    url: 'https://worldecr.com/news/western-companies-pull-out-of-russia-sanctions-struck-sberbank-leaves-eu',
    text: 'Meanwhile, a number of high-profile western companies, anticipating potential sanctions restrictions and reputation issues, or simply acting on their morals, are severing ties with the Russian market. Boeing, Airbus, ExxonMobil, BP, Shell, Mastercard, Visa and others have all announced that they have suspended all or part of their involvements with Russian parties.',
    want: [],
  },
  {
    url: 'https://www.complianceweek.com/risk-management/banks-face-complex-compliance-risks-as-they-attempt-to-exit-russia/31465.article',
    text: 'Goldman Sachs on March 10 was the first major U.S. bank to announce its plans to exit Russia, noting it has market exposure in the country of approximately $1 billion as of December.',
    want: [],
  },
  {
    url: 'http://yuzb.net/en/2019/05/23/chinas-biggest-surveillance-company-could-be-next-on-the-white-houses-hit-list',
    text: 'Hikvision has denied playing any part in human rights abuses against the Uyghurs, emphasizing that it makes surveillance products but has no control over how its clients, including the Chinese government, choose to use them.',
    want: [],
  },
  {
    url: 'https://www.inkl.com/news/what-apple-amazon-gm-and-other-companies-are-saying-about-trump-tariffs',
    text: 'A major question was the Trump tariff impact on e-commerce, where Amazon is dominant even as it faces off with old rivals like Walmart and new ones from China like PDD Holdings’ Temu and Alibaba.',
    want: [],
  },
  {
    url: 'https://international.schwab.com/story/tariff-two-step-what-to-watch-as-earnings-begin',
    text: 'On Monday, for instance, Levi Strauss (LEVI) reported results and kept revenue and earnings guidance unchanged for fiscal 2025. However, the company said its guidance "does not reflect any impact from the recently announced tariffs."',
    want: [],
  },
  {
    url: 'https://www.thenationalnews.com/news/us/2026/02/13/alibaba-and-byd-briefly-added-to-pentagons-chinese-military-companies-list',
    text: 'Alibaba and BYD were placed on what is known as the 1260H list, which is an annually updated roster of “Chinese military companies” that operate directly or indirectly in the US. Alibaba did not respond to The National’s request for comment.',
    want: [
      ['alibaba', [MT], 'confirmed'],
      ['byd', [MT], 'confirmed'],
    ],
  },
];
