/**
 * Chinese and Hong Kong companies that news covers often and that are not on the 1260H or NS-CMIC lists (those are in chinese-military.ts). US-listed ADRs carry the dormant HFCAA delisting risk.
 */

import { CITE } from './citations';
import { type Curated, hkex, nasdaq, nyse, primary, sse, szse } from './dsl';
import { hfcaaDormant } from './shared-factors';

export const CHINA: Curated[] = [
  {
    id: 'li-auto',
    name: 'Li Auto Inc.',
    aliases: ['Li Auto', '理想汽车'],
    listings: [nasdaq('LI', primary), hkex('2015')],
    hq: 'CN',
    inc: 'KY',
    sector: 'Electric vehicles',
    cik: 1791706,
    factors: [hfcaaDormant(0.1, 'Li Auto')],
  },
  {
    id: 'xpeng',
    name: 'XPeng Inc.',
    aliases: ['XPeng', 'Xpeng', '小鹏汽车'],
    listings: [nyse('XPEV', primary), hkex('9868')],
    hq: 'CN',
    inc: 'KY',
    sector: 'Electric vehicles',
    cik: 1810997,
    factors: [hfcaaDormant(0.1, 'XPeng')],
  },
  {
    id: 'trip-com',
    name: 'Trip.com Group Limited',
    aliases: ['Trip.com', 'Trip.com Group', 'Ctrip', '携程'],
    listings: [nasdaq('TCOM', primary), hkex('9961')],
    hq: 'CN',
    inc: 'KY',
    sector: 'Online travel',
    cik: 1269238,
    factors: [hfcaaDormant(0.1, 'Trip.com')],
  },
  {
    id: 'bilibili',
    name: 'Bilibili Inc.',
    aliases: ['Bilibili', '哔哩哔哩'],
    listings: [nasdaq('BILI', primary), hkex('9626')],
    hq: 'CN',
    inc: 'KY',
    sector: 'Online video',
    cik: 1723690,
    factors: [hfcaaDormant(0.1, 'Bilibili')],
  },
  {
    id: 'iqiyi',
    name: 'iQIYI, Inc.',
    aliases: ['iQIYI', '爱奇艺'],
    listings: [nasdaq('IQ', primary)],
    hq: 'CN',
    inc: 'KY',
    sector: 'Online video',
    cik: 1722608,
    factors: [hfcaaDormant(0.1, 'iQIYI')],
  },
  {
    id: 'tencent-music',
    name: 'Tencent Music Entertainment Group',
    aliases: ['Tencent Music', 'Tencent Music Entertainment'],
    listings: [nyse('TME', primary), hkex('1698')],
    hq: 'CN',
    inc: 'KY',
    sector: 'Music streaming',
    cik: 1744676,
    ownership: {
      parent: 'Tencent Holdings Limited',
      parentId: 'tencent',
    },
    factors: [hfcaaDormant(0.1, 'Tencent Music')],
  },
  {
    id: 'weibo',
    name: 'Weibo Corporation',
    aliases: ['Weibo', '微博'],
    listings: [nasdaq('WB', primary), hkex('9898')],
    hq: 'CN',
    inc: 'KY',
    sector: 'Social media',
    cik: 1595761,
    factors: [hfcaaDormant(0.1, 'Weibo')],
  },
  {
    id: 'vipshop',
    name: 'Vipshop Holdings Limited',
    aliases: ['Vipshop', '唯品会'],
    listings: [nyse('VIPS', primary)],
    hq: 'CN',
    inc: 'KY',
    sector: 'E-commerce',
    cik: 1529192,
    factors: [hfcaaDormant(0.1, 'Vipshop')],
  },
  {
    id: 'zto',
    name: 'ZTO Express (Cayman) Inc.',
    aliases: ['ZTO Express', '中通快递'],
    listings: [nyse('ZTO', primary), hkex('2057')],
    hq: 'CN',
    inc: 'KY',
    sector: 'Parcel delivery',
    cik: 1677250,
    factors: [hfcaaDormant(0.1, 'ZTO Express')],
  },
  {
    id: 'h-world',
    name: 'H World Group Limited',
    aliases: ['H World', 'H World Group', 'Huazhu'],
    listings: [nasdaq('HTHT', primary), hkex('1179')],
    hq: 'CN',
    inc: 'KY',
    sector: 'Hotels',
    cik: 1483994,
    factors: [hfcaaDormant(0.1, 'H World')],
  },
  {
    id: 'ke-holdings',
    name: 'KE Holdings Inc.',
    aliases: ['KE Holdings', 'Beike', '贝壳'],
    listings: [nyse('BEKE', primary), hkex('2423')],
    hq: 'CN',
    inc: 'KY',
    sector: 'Real-estate brokerage (Beike)',
    cik: 1809587,
    factors: [hfcaaDormant(0.1, 'KE Holdings')],
  },
  {
    id: 'full-truck-alliance',
    name: 'Full Truck Alliance Co. Ltd.',
    aliases: ['Full Truck Alliance', '满帮'],
    listings: [nyse('YMM', primary)],
    hq: 'CN',
    inc: 'KY',
    sector: 'Freight matching',
    cik: 1838413,
    factors: [hfcaaDormant(0.1, 'Full Truck Alliance')],
  },
  {
    id: 'futu',
    name: 'Futu Holdings Limited',
    aliases: ['Futu Holdings', 'Futu', '富途'],
    listings: [nasdaq('FUTU', primary)],
    hq: 'CN',
    inc: 'KY',
    sector: 'Online brokerage (moomoo)',
    cik: 1754581,
    factors: [hfcaaDormant(0.1, 'Futu Holdings')],
  },
  {
    id: 'yum-china',
    name: 'Yum China Holdings, Inc.',
    aliases: ['Yum China', '百胜中国'],
    listings: [nyse('YUMC', primary), hkex('9987')],
    hq: 'CN',
    inc: 'US',
    sector: 'Restaurants (KFC, Pizza Hut in China)',
    cik: 1673358,
    factors: [hfcaaDormant(0.1, 'Yum China')],
  },
  {
    id: 'pony-ai',
    name: 'Pony AI Inc.',
    aliases: ['Pony AI', 'Pony.ai', '小马智行'],
    listings: [nasdaq('PONY', primary), hkex('2026')],
    hq: 'CN',
    inc: 'KY',
    sector: 'Robotaxis',
    cik: 1969302,
    factors: [hfcaaDormant(0.1, 'Pony AI')],
  },
  {
    id: 'weride',
    name: 'WeRide Inc.',
    aliases: ['WeRide', '文远知行'],
    listings: [nasdaq('WRD', primary), hkex('0800')],
    hq: 'CN',
    inc: 'KY',
    sector: 'Autonomous driving',
    cik: 1867729,
    factors: [hfcaaDormant(0.1, 'WeRide')],
  },
  {
    id: 'gds',
    name: 'GDS Holdings Limited',
    aliases: ['GDS Holdings', '万国数据'],
    listings: [nasdaq('GDS', primary), hkex('9698')],
    hq: 'CN',
    inc: 'KY',
    sector: 'Data centres',
    cik: 1526125,
    factors: [hfcaaDormant(0.1, 'GDS Holdings')],
  },
  {
    id: 'new-oriental',
    name: 'New Oriental Education & Technology Group Inc.',
    aliases: ['New Oriental', '新东方'],
    listings: [nyse('EDU', primary), hkex('9901')],
    hq: 'CN',
    inc: 'KY',
    sector: 'Education',
    cik: 1372920,
    factors: [hfcaaDormant(0.1, 'New Oriental')],
  },
  {
    id: 'tal-education',
    name: 'TAL Education Group',
    aliases: ['TAL Education', '好未来'],
    listings: [nyse('TAL', primary)],
    hq: 'CN',
    inc: 'KY',
    sector: 'Education',
    cik: 1499620,
    factors: [hfcaaDormant(0.1, 'TAL Education')],
  },
  {
    id: 'beone',
    name: 'BeOne Medicines Ltd.',
    aliases: ['BeOne Medicines', 'BeOne', 'BeiGene', '百济神州'],
    listings: [nasdaq('ONC', primary), hkex('6160')],
    hq: 'CN',
    inc: 'CH',
    sector: 'Oncology drugs',
    cik: 1651308,
    factors: [hfcaaDormant(0.1, 'BeOne Medicines')],
  },
  {
    id: 'zai-lab',
    name: 'Zai Lab Limited',
    aliases: ['Zai Lab', '再鼎医药'],
    listings: [nasdaq('ZLAB', primary), hkex('9688')],
    hq: 'CN',
    inc: 'KY',
    sector: 'Biopharmaceuticals',
    cik: 1704292,
    factors: [hfcaaDormant(0.1, 'Zai Lab')],
  },
  {
    id: 'miniso',
    name: 'MINISO Group Holding Limited',
    aliases: ['Miniso', 'MINISO', '名创优品'],
    listings: [nyse('MNSO', primary), hkex('9896')],
    hq: 'CN',
    inc: 'KY',
    sector: 'Variety retail',
    cik: 1815846,
    factors: [hfcaaDormant(0.1, 'Miniso')],
  },
  {
    id: 'kingsoft-cloud',
    name: 'Kingsoft Cloud Holdings Limited',
    aliases: ['Kingsoft Cloud', '金山云'],
    listings: [nasdaq('KC', primary), hkex('3896')],
    hq: 'CN',
    inc: 'KY',
    sector: 'Cloud computing',
    cik: 1795589,
    factors: [hfcaaDormant(0.1, 'Kingsoft Cloud')],
  },
  {
    id: 'meituan',
    name: 'Meituan',
    aliases: ['Meituan', '美团'],
    listings: [hkex('3690', primary)],
    hq: 'CN',
    inc: 'KY',
    sector: 'Food delivery and local services',
    jurisdiction: {
      evidence: [
        {
          title: 'Meituan: equities quote and issuer profile on HKEX',
          publisher: 'Hong Kong Exchanges and Clearing',
          url: 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=3690&sc_lang=en',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'kuaishou',
    name: 'Kuaishou Technology',
    aliases: ['Kuaishou', '快手'],
    listings: [hkex('1024', primary)],
    hq: 'CN',
    inc: 'KY',
    sector: 'Short video',
    jurisdiction: {
      evidence: [
        {
          title: 'Kuaishou Technology: equities quote and issuer profile on HKEX',
          publisher: 'Hong Kong Exchanges and Clearing',
          url: 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=1024&sc_lang=en',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'geely',
    name: 'Geely Automobile Holdings Limited',
    aliases: ['Geely', 'Geely Auto', '吉利汽车'],
    listings: [hkex('175', primary)],
    hq: 'CN',
    inc: 'KY',
    sector: 'Automobiles',
    jurisdiction: {
      evidence: [
        {
          title: 'Geely Automobile Holdings Limited: equities quote and issuer profile on HKEX',
          publisher: 'Hong Kong Exchanges and Clearing',
          url: 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=175&sc_lang=en',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'great-wall-motor',
    name: 'Great Wall Motor Company Limited',
    aliases: ['Great Wall Motor', '长城汽车'],
    listings: [hkex('2333', primary), sse('601633', { security: 'a-shares' })],
    hq: 'CN',
    sector: 'Automobiles',
    jurisdiction: {
      evidence: [
        {
          title: 'Great Wall Motor Company Limited: equities quote and issuer profile on HKEX',
          publisher: 'Hong Kong Exchanges and Clearing',
          url: 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=2333&sc_lang=en',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'ping-an',
    name: 'Ping An Insurance (Group) Company of China, Ltd.',
    aliases: ['Ping An', 'Ping An Insurance', '中国平安'],
    listings: [hkex('2318', primary), sse('601318', { security: 'a-shares' })],
    hq: 'CN',
    sector: 'Insurance and financial services',
    jurisdiction: {
      evidence: [
        {
          title: 'Ping An Insurance (Group) Company of China, Ltd.: equities quote and issuer profile on HKEX',
          publisher: 'Hong Kong Exchanges and Clearing',
          url: 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=2318&sc_lang=en',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'icbc',
    name: 'Industrial and Commercial Bank of China Limited',
    aliases: ['ICBC', 'Industrial and Commercial Bank of China', '工商银行'],
    listings: [hkex('1398', primary), sse('601398', { security: 'a-shares' })],
    hq: 'CN',
    sector: 'Banking',
    ownership: {
      stateOwned: true,
      stateOwner: 'Central Huijin Investment and the Ministry of Finance',
    },
    jurisdiction: {
      evidence: [
        {
          title: 'Industrial and Commercial Bank of China Limited: equities quote and issuer profile on HKEX',
          publisher: 'Hong Kong Exchanges and Clearing',
          url: 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=1398&sc_lang=en',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'ccb',
    name: 'China Construction Bank Corporation',
    aliases: ['China Construction Bank', '建设银行'],
    listings: [hkex('939', primary), sse('601939', { security: 'a-shares' })],
    hq: 'CN',
    sector: 'Banking',
    ownership: {
      stateOwned: true,
      stateOwner: 'Central Huijin Investment',
    },
    jurisdiction: {
      evidence: [
        {
          title: 'China Construction Bank Corporation: equities quote and issuer profile on HKEX',
          publisher: 'Hong Kong Exchanges and Clearing',
          url: 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=939&sc_lang=en',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'bank-of-china',
    name: 'Bank of China Limited',
    aliases: ['Bank of China', '中国银行'],
    listings: [hkex('3988', primary), sse('601988', { security: 'a-shares' })],
    hq: 'CN',
    sector: 'Banking',
    ownership: {
      stateOwned: true,
      stateOwner: 'Central Huijin Investment',
    },
    jurisdiction: {
      evidence: [
        {
          title: 'Bank of China Limited: equities quote and issuer profile on HKEX',
          publisher: 'Hong Kong Exchanges and Clearing',
          url: 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=3988&sc_lang=en',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'agricultural-bank',
    name: 'Agricultural Bank of China Limited',
    aliases: ['Agricultural Bank of China', '农业银行'],
    listings: [hkex('1288', primary), sse('601288', { security: 'a-shares' })],
    hq: 'CN',
    sector: 'Banking',
    ownership: {
      stateOwned: true,
      stateOwner: 'Central Huijin Investment and the Ministry of Finance',
    },
    jurisdiction: {
      evidence: [
        {
          title: 'Agricultural Bank of China Limited: equities quote and issuer profile on HKEX',
          publisher: 'Hong Kong Exchanges and Clearing',
          url: 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=1288&sc_lang=en',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'petrochina',
    name: 'PetroChina Company Limited',
    aliases: ['PetroChina', '中国石油'],
    listings: [hkex('857', primary), sse('601857', { security: 'a-shares' })],
    hq: 'CN',
    sector: 'Oil and gas',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
      parent: 'China National Petroleum Corporation (CNPC)',
    },
    jurisdiction: {
      evidence: [
        {
          title: 'PetroChina Company Limited: equities quote and issuer profile on HKEX',
          publisher: 'Hong Kong Exchanges and Clearing',
          url: 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=857&sc_lang=en',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'sinopec',
    name: 'China Petroleum & Chemical Corporation',
    aliases: ['Sinopec', 'China Petroleum & Chemical', '中国石化'],
    listings: [hkex('386', primary), sse('600028', { security: 'a-shares' })],
    hq: 'CN',
    sector: 'Oil refining and chemicals',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
      parent: 'China Petrochemical Corporation (Sinopec Group)',
    },
    jurisdiction: {
      evidence: [
        {
          title: 'China Petroleum & Chemical Corporation: equities quote and issuer profile on HKEX',
          publisher: 'Hong Kong Exchanges and Clearing',
          url: 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=386&sc_lang=en',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'china-shenhua',
    name: 'China Shenhua Energy Company Limited',
    aliases: ['China Shenhua', 'Shenhua Energy', '中国神华'],
    listings: [hkex('1088', primary), sse('601088', { security: 'a-shares' })],
    hq: 'CN',
    sector: 'Coal and power',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
      parent: 'China Energy Investment Corporation',
    },
    jurisdiction: {
      evidence: [
        {
          title: 'China Shenhua Energy Company Limited: equities quote and issuer profile on HKEX',
          publisher: 'Hong Kong Exchanges and Clearing',
          url: 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=1088&sc_lang=en',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'china-life',
    name: 'China Life Insurance Company Limited',
    aliases: ['China Life', 'China Life Insurance', '中国人寿'],
    listings: [hkex('2628', primary), sse('601628', { security: 'a-shares' })],
    hq: 'CN',
    sector: 'Insurance',
    ownership: {
      stateOwned: true,
      stateOwner: 'China Life Insurance (Group), under the Ministry of Finance',
    },
    jurisdiction: {
      evidence: [
        {
          title: 'China Life Insurance Company Limited: equities quote and issuer profile on HKEX',
          publisher: 'Hong Kong Exchanges and Clearing',
          url: 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=2628&sc_lang=en',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'midea',
    name: 'Midea Group Co., Ltd.',
    aliases: ['Midea', 'Midea Group', '美的集团'],
    listings: [hkex('300', primary), szse('000333', { security: 'a-shares' })],
    hq: 'CN',
    sector: 'Home appliances and HVAC',
    jurisdiction: {
      evidence: [
        {
          title: 'Midea Group Co., Ltd.: equities quote and issuer profile on HKEX',
          publisher: 'Hong Kong Exchanges and Clearing',
          url: 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=300&sc_lang=en',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'haier',
    name: 'Haier Smart Home Co., Ltd.',
    aliases: ['Haier', 'Haier Smart Home', '海尔智家'],
    listings: [hkex('6690', primary), sse('600690', { security: 'a-shares' })],
    hq: 'CN',
    sector: 'Home appliances',
    jurisdiction: {
      evidence: [
        {
          title: 'Haier Smart Home Co., Ltd.: equities quote and issuer profile on HKEX',
          publisher: 'Hong Kong Exchanges and Clearing',
          url: 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=6690&sc_lang=en',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'zijin',
    name: 'Zijin Mining Group Co., Ltd.',
    aliases: ['Zijin Mining', 'Zijin Mining Group', '紫金矿业'],
    listings: [hkex('2899', { primary: true, security: 'h-shares' }), sse('601899', { security: 'a-shares' })],
    hq: 'CN',
    sector: 'Gold, copper and lithium mining',
    lists: [
      {
        list: 'dhs-uflpa',
        entry: 'Xinjiang Zijin Nonferrous Metals Co., Ltd',
        subsidiary: true,
        note: 'Xinjiang Zijin Zinc Industry is listed too.',
      },
      {
        list: 'dhs-uflpa',
        entry: 'Zijin Mining Group Co., Ltd',
      },
    ],
    jurisdiction: {
      evidence: [
        {
          title: 'Zijin Mining Group Co., Ltd.: equities quote and issuer profile on HKEX',
          publisher: 'Hong Kong Exchanges and Clearing',
          url: 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=2899&sc_lang=en',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'china-tower',
    name: 'China Tower Corporation Limited',
    aliases: ['China Tower', '中国铁塔'],
    listings: [hkex('788', primary)],
    hq: 'CN',
    sector: 'Telecom towers',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
    },
    jurisdiction: {
      evidence: [
        {
          title: 'China Tower Corporation Limited: equities quote and issuer profile on HKEX',
          publisher: 'Hong Kong Exchanges and Clearing',
          url: 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=788&sc_lang=en',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'cmb',
    name: 'China Merchants Bank Co., Ltd.',
    aliases: ['China Merchants Bank', '招商银行'],
    listings: [hkex('3968', primary), sse('600036', { security: 'a-shares' })],
    hq: 'CN',
    sector: 'Banking',
    jurisdiction: {
      evidence: [
        {
          title: 'China Merchants Bank Co., Ltd.: equities quote and issuer profile on HKEX',
          publisher: 'Hong Kong Exchanges and Clearing',
          url: 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=3968&sc_lang=en',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'anta',
    name: 'ANTA Sports Products Limited',
    aliases: ['Anta Sports', 'ANTA Sports', '安踏体育'],
    listings: [hkex('2020', primary)],
    hq: 'CN',
    inc: 'KY',
    sector: 'Sportswear',
    jurisdiction: {
      evidence: [
        {
          title: 'ANTA Sports Products Limited: equities quote and issuer profile on HKEX',
          publisher: 'Hong Kong Exchanges and Clearing',
          url: 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=2020&sc_lang=en',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'li-ning',
    name: 'Li Ning Company Limited',
    aliases: ['Li Ning Company', '李宁'],
    listings: [hkex('2331', primary)],
    hq: 'CN',
    inc: 'KY',
    sector: 'Sportswear',
    jurisdiction: {
      evidence: [
        {
          title: 'Li Ning Company Limited: equities quote and issuer profile on HKEX',
          publisher: 'Hong Kong Exchanges and Clearing',
          url: 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=2331&sc_lang=en',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'pop-mart',
    name: 'Pop Mart International Group Limited',
    aliases: ['Pop Mart', '泡泡玛特'],
    listings: [hkex('9992', primary)],
    hq: 'CN',
    inc: 'KY',
    sector: 'Collectible toys',
    jurisdiction: {
      evidence: [
        {
          title: 'Pop Mart International Group Limited: equities quote and issuer profile on HKEX',
          publisher: 'Hong Kong Exchanges and Clearing',
          url: 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=9992&sc_lang=en',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'sunny-optical',
    name: 'Sunny Optical Technology (Group) Company Limited',
    aliases: ['Sunny Optical', '舜宇光学'],
    listings: [hkex('2382', primary)],
    hq: 'CN',
    inc: 'KY',
    sector: 'Camera lenses and modules',
    jurisdiction: {
      evidence: [
        {
          title: 'Sunny Optical Technology (Group) Company Limited: equities quote and issuer profile on HKEX',
          publisher: 'Hong Kong Exchanges and Clearing',
          url: 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=2382&sc_lang=en',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'hua-hong',
    name: 'Hua Hong Semiconductor Limited',
    aliases: ['Hua Hong Semiconductor', 'Hua Hong', '华虹半导体'],
    listings: [hkex('1347', primary), sse('688347', { security: 'a-shares' })],
    hq: 'CN',
    sector: 'Semiconductor foundry',
    jurisdiction: {
      evidence: [
        {
          title: 'Hua Hong Semiconductor Limited: equities quote and issuer profile on HKEX',
          publisher: 'Hong Kong Exchanges and Clearing',
          url: 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=1347&sc_lang=en',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'horizon-robotics',
    name: 'Horizon Robotics',
    aliases: ['Horizon Robotics', '地平线'],
    listings: [hkex('9660', primary)],
    hq: 'CN',
    inc: 'KY',
    sector: 'Autonomous-driving chips',
    jurisdiction: {
      evidence: [
        {
          title: 'Horizon Robotics: equities quote and issuer profile on HKEX',
          publisher: 'Hong Kong Exchanges and Clearing',
          url: 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=9660&sc_lang=en',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'cosco-shipping',
    name: 'COSCO SHIPPING Holdings Co., Ltd.',
    aliases: ['COSCO SHIPPING Holdings', 'COSCO Shipping Holdings', '中远海控'],
    listings: [hkex('1919', primary), sse('601919', { security: 'a-shares' })],
    hq: 'CN',
    sector: 'Container shipping',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
      parent: 'China COSCO SHIPPING Corporation Limited',
      parentId: 'cosco-group',
    },
    jurisdiction: {
      evidence: [
        {
          title: 'COSCO SHIPPING Holdings Co., Ltd.: equities quote and issuer profile on HKEX',
          publisher: 'Hong Kong Exchanges and Clearing',
          url: 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=1919&sc_lang=en',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'state-military-ties',
        severity: 0.3,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'Controlled by China COSCO SHIPPING Corporation, which is on the DoD 1260H list; the listed company itself is not named, but DoD contracting bars reach entities a listed company controls and its group ties are documented.',
        evidence: [CITE.dod1260h2026],
      },
    ],
  },
  {
    id: 'sinotrans',
    name: 'Sinotrans Limited',
    aliases: ['Sinotrans Limited', 'Sinotrans Ltd'],
    listings: [hkex('598', primary), sse('601598', { security: 'a-shares' })],
    hq: 'CN',
    sector: 'Freight forwarding and logistics',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
      parent: 'Sinotrans & CSC Holdings (China Merchants Group)',
    },
    jurisdiction: {
      evidence: [
        {
          title: 'Sinotrans Limited: equities quote and issuer profile on HKEX',
          publisher: 'Hong Kong Exchanges and Clearing',
          url: 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=598&sc_lang=en',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'state-military-ties',
        severity: 0.3,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'Controlled by Sinotrans & CSC Holdings, which is on the DoD 1260H list; the listed company itself is not named, but DoD contracting bars reach entities a listed company controls and its group ties are documented.',
        evidence: [CITE.dod1260h2026],
      },
    ],
  },
  {
    id: 'cgn-power',
    name: 'CGN Power Co., Ltd.',
    aliases: ['CGN Power', '中广核电力'],
    listings: [hkex('1816', primary), szse('003816', { security: 'a-shares' })],
    hq: 'CN',
    sector: 'Nuclear power generation',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
      parent: 'China General Nuclear Power Corporation',
      parentId: 'cgn',
    },
    jurisdiction: {
      evidence: [
        {
          title: 'CGN Power Co., Ltd.: equities quote and issuer profile on HKEX',
          publisher: 'Hong Kong Exchanges and Clearing',
          url: 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=1816&sc_lang=en',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'state-military-ties',
        severity: 0.3,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'Controlled by China General Nuclear Power Corporation, which is on the DoD 1260H list and the OFAC NS-CMIC list; the listed company itself is not named, but DoD contracting bars reach entities a listed company controls and its group ties are documented.',
        evidence: [
          CITE.dod1260h2026,
          {
            title: 'Non-SDN Chinese Military-Industrial Complex Companies List (NS-CMIC List)',
            publisher: 'U.S. Treasury, Office of Foreign Assets Control',
            url: 'https://ofac.treasury.gov/consolidated-sanctions-list-non-sdn-lists/ns-chinese-military-industrial-complex-companies-list-ns-cmic-list',
            date: '2026-07-09',
          },
        ],
      },
    ],
  },
  {
    id: 'moutai',
    name: 'Kweichow Moutai Co., Ltd.',
    aliases: ['Kweichow Moutai', 'Moutai', '贵州茅台'],
    listings: [sse('600519', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Spirits (baijiu)',
    ownership: {
      stateOwned: true,
      stateOwner: 'Guizhou provincial SASAC',
    },
    jurisdiction: {
      evidence: [
        {
          title:
            'Kweichow Moutai Co., Ltd.: listed-company disclosures on CNINFO, the CSRC-designated disclosure platform',
          publisher: 'CNINFO (China Securities Information)',
          url: 'https://www.cninfo.com.cn/new/index',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'iflytek',
    name: 'iFLYTEK Co., Ltd.',
    aliases: ['iFlytek', 'iFLYTEK', '科大讯飞'],
    listings: [szse('002230', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Speech recognition and AI',
    lists: [
      {
        list: 'bis-entity-list',
        entry: 'IFLYTEK',
      },
    ],
    jurisdiction: {
      evidence: [
        {
          title: 'iFLYTEK Co., Ltd.: listed-company disclosures on CNINFO, the CSRC-designated disclosure platform',
          publisher: 'CNINFO (China Securities Information)',
          url: 'https://www.cninfo.com.cn/new/index',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'cambricon',
    name: 'Cambricon Technologies Corporation Limited',
    aliases: ['Cambricon', 'Cambricon Technologies', '寒武纪'],
    listings: [sse('688256', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'AI accelerators',
    lists: [
      {
        list: 'bis-entity-list',
        entry: 'Cambricon Technologies Corporation Limited',
      },
    ],
    jurisdiction: {
      evidence: [
        {
          title:
            'Cambricon Technologies Corporation Limited: listed-company disclosures on CNINFO, the CSRC-designated disclosure platform',
          publisher: 'CNINFO (China Securities Information)',
          url: 'https://www.cninfo.com.cn/new/index',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'naura',
    name: 'NAURA Technology Group Co., Ltd.',
    aliases: ['Naura', 'NAURA', 'Naura Technology', '北方华创'],
    listings: [szse('002371', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Semiconductor equipment',
    lists: [
      {
        list: 'bis-entity-list',
        entry: 'Naura Technology Group Co., Ltd.',
      },
    ],
    jurisdiction: {
      evidence: [
        {
          title:
            'NAURA Technology Group Co., Ltd.: listed-company disclosures on CNINFO, the CSRC-designated disclosure platform',
          publisher: 'CNINFO (China Securities Information)',
          url: 'https://www.cninfo.com.cn/new/index',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'piotech',
    name: 'Piotech Inc.',
    aliases: ['Piotech', '拓荆科技'],
    listings: [sse('688072', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Semiconductor deposition equipment',
    lists: [
      {
        list: 'bis-entity-list',
        entry: 'Piotech.',
      },
    ],
    jurisdiction: {
      evidence: [
        {
          title: 'Piotech Inc.: listed-company disclosures on CNINFO, the CSRC-designated disclosure platform',
          publisher: 'CNINFO (China Securities Information)',
          url: 'https://www.cninfo.com.cn/new/index',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'amec',
    name: 'Advanced Micro-Fabrication Equipment Inc. China',
    aliases: ['AMEC', 'Advanced Micro-Fabrication Equipment', '中微公司'],
    listings: [sse('688012', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Semiconductor etch equipment',
    jurisdiction: {
      evidence: [
        {
          title:
            'Advanced Micro-Fabrication Equipment Inc. China: listed-company disclosures on CNINFO, the CSRC-designated disclosure platform',
          publisher: 'CNINFO (China Securities Information)',
          url: 'https://www.cninfo.com.cn/new/index',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'inspur-info',
    name: 'Inspur Electronic Information Industry Co., Ltd.',
    aliases: ['Inspur Information', 'IEIT Systems', '浪潮信息'],
    listings: [szse('000977', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Servers',
    ownership: {
      parent: 'Inspur Group Co., Ltd.',
      parentId: 'inspur-group',
    },
    lists: [
      {
        list: 'bis-entity-list',
        entry: 'Inspur Electronic Information Industry Co., Ltd.',
      },
    ],
    jurisdiction: {
      evidence: [
        {
          title:
            'Inspur Electronic Information Industry Co., Ltd.: listed-company disclosures on CNINFO, the CSRC-designated disclosure platform',
          publisher: 'CNINFO (China Securities Information)',
          url: 'https://www.cninfo.com.cn/new/index',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'luxshare',
    name: 'Luxshare Precision Industry Co., Ltd.',
    aliases: ['Luxshare', 'Luxshare Precision', '立讯精密'],
    listings: [szse('002475', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Electronics assembly (Apple supplier)',
    jurisdiction: {
      evidence: [
        {
          title:
            'Luxshare Precision Industry Co., Ltd.: listed-company disclosures on CNINFO, the CSRC-designated disclosure platform',
          publisher: 'CNINFO (China Securities Information)',
          url: 'https://www.cninfo.com.cn/new/index',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'goertek',
    name: 'GoerTek Inc.',
    aliases: ['GoerTek', '歌尔股份'],
    listings: [szse('002241', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Acoustic components and devices',
    jurisdiction: {
      evidence: [
        {
          title: 'GoerTek Inc.: listed-company disclosures on CNINFO, the CSRC-designated disclosure platform',
          publisher: 'CNINFO (China Securities Information)',
          url: 'https://www.cninfo.com.cn/new/index',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'longi',
    name: 'LONGi Green Energy Technology Co., Ltd.',
    aliases: ['LONGi', 'LONGi Green Energy', '隆基绿能'],
    listings: [sse('601012', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Solar wafers and modules',
    jurisdiction: {
      evidence: [
        {
          title:
            'LONGi Green Energy Technology Co., Ltd.: listed-company disclosures on CNINFO, the CSRC-designated disclosure platform',
          publisher: 'CNINFO (China Securities Information)',
          url: 'https://www.cninfo.com.cn/new/index',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'tongwei',
    name: 'Tongwei Co., Ltd.',
    aliases: ['Tongwei', '通威股份'],
    listings: [sse('600438', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Polysilicon and solar cells',
    jurisdiction: {
      evidence: [
        {
          title: 'Tongwei Co., Ltd.: listed-company disclosures on CNINFO, the CSRC-designated disclosure platform',
          publisher: 'CNINFO (China Securities Information)',
          url: 'https://www.cninfo.com.cn/new/index',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'hoshine',
    name: 'Hoshine Silicon Industry Co., Ltd.',
    aliases: ['Hoshine Silicon', '合盛硅业'],
    listings: [sse('603260', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Industrial silicon and silicones',
    lists: [
      {
        list: 'cbp-wro',
        entry: 'Hoshine Silicon Industry Co. Ltd. and Subsidiaries',
        since: '2021-06-23',
        note: 'The order covers silica-based products; CBP now enforces it through the UFLPA presumption.',
      },
      {
        list: 'dhs-uflpa',
        entry: 'Hoshine Silicon Industry (Shanshan) Co., Ltd and subsidiaries',
        subsidiary: true,
      },
      {
        list: 'bis-entity-list',
        entry: 'Hoshine Silicon Industry (Shanshan) Co., Ltd.',
        subsidiary: true,
      },
    ],
    jurisdiction: {
      evidence: [
        {
          title:
            'Hoshine Silicon Industry Co., Ltd.: listed-company disclosures on CNINFO, the CSRC-designated disclosure platform',
          publisher: 'CNINFO (China Securities Information)',
          url: 'https://www.cninfo.com.cn/new/index',
          date: '2026-11-20',
        },
      ],
    },
    factors: [],
  },
  {
    id: 'wanhua',
    name: 'Wanhua Chemical Group Co., Ltd.',
    aliases: ['Wanhua Chemical', '万华化学'],
    listings: [sse('600309', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Chemicals (MDI)',
    jurisdiction: {
      evidence: [
        {
          title:
            'Wanhua Chemical Group Co., Ltd.: listed-company disclosures on CNINFO, the CSRC-designated disclosure platform',
          publisher: 'CNINFO (China Securities Information)',
          url: 'https://www.cninfo.com.cn/new/index',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'sany',
    name: 'Sany Heavy Industry Co., Ltd.',
    aliases: ['Sany Heavy Industry', 'Sany', '三一重工'],
    listings: [sse('600031', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Construction machinery',
    jurisdiction: {
      evidence: [
        {
          title:
            'Sany Heavy Industry Co., Ltd.: listed-company disclosures on CNINFO, the CSRC-designated disclosure platform',
          publisher: 'CNINFO (China Securities Information)',
          url: 'https://www.cninfo.com.cn/new/index',
          date: '2026-11-20',
        },
      ],
    },
  },
  {
    id: 'china-cssc',
    name: 'China CSSC Holdings Limited',
    aliases: ['China CSSC Holdings', '中国船舶'],
    listings: [sse('600150', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Shipbuilding',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
      parent: 'China State Shipbuilding Corporation',
      parentId: 'cssc',
    },
    jurisdiction: {
      evidence: [
        {
          title:
            'China CSSC Holdings Limited: listed-company disclosures on CNINFO, the CSRC-designated disclosure platform',
          publisher: 'CNINFO (China Securities Information)',
          url: 'https://www.cninfo.com.cn/new/index',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'state-military-ties',
        severity: 0.3,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'Controlled by China State Shipbuilding Corporation, which is on the DoD 1260H list and the OFAC NS-CMIC list; the listed company itself is not named, but DoD contracting bars reach entities a listed company controls and its group ties are documented.',
        evidence: [
          CITE.dod1260h2026,
          {
            title: 'Non-SDN Chinese Military-Industrial Complex Companies List (NS-CMIC List)',
            publisher: 'U.S. Treasury, Office of Foreign Assets Control',
            url: 'https://ofac.treasury.gov/consolidated-sanctions-list-non-sdn-lists/ns-chinese-military-industrial-complex-companies-list-ns-cmic-list',
            date: '2026-07-09',
          },
        ],
      },
    ],
  },
  {
    id: 'yangtze-power',
    name: 'China Yangtze Power Co., Ltd.',
    aliases: ['China Yangtze Power', '长江电力'],
    listings: [sse('600900', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Hydropower',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
      parent: 'China Three Gorges Corporation',
      parentId: 'ctg',
    },
    jurisdiction: {
      evidence: [
        {
          title:
            'China Yangtze Power Co., Ltd.: listed-company disclosures on CNINFO, the CSRC-designated disclosure platform',
          publisher: 'CNINFO (China Securities Information)',
          url: 'https://www.cninfo.com.cn/new/index',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'state-military-ties',
        severity: 0.3,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'Controlled by China Three Gorges Corporation, which is on the DoD 1260H list; the listed company itself is not named, but DoD contracting bars reach entities a listed company controls and its group ties are documented.',
        evidence: [CITE.dod1260h2026],
      },
    ],
  },
  {
    id: 'cnnp',
    name: 'China National Nuclear Power Co., Ltd.',
    aliases: ['China National Nuclear Power', '中国核电'],
    listings: [sse('601985', { primary: true, security: 'a-shares' })],
    hq: 'CN',
    sector: 'Nuclear power generation',
    ownership: {
      stateOwned: true,
      stateOwner: 'SASAC',
      parent: 'China National Nuclear Corporation',
      parentId: 'cnnc',
    },
    jurisdiction: {
      evidence: [
        {
          title:
            'China National Nuclear Power Co., Ltd.: listed-company disclosures on CNINFO, the CSRC-designated disclosure platform',
          publisher: 'CNINFO (China Securities Information)',
          url: 'https://www.cninfo.com.cn/new/index',
          date: '2026-11-20',
        },
      ],
    },
    factors: [
      {
        kind: 'state-military-ties',
        severity: 0.3,
        status: 'confirmed',
        direction: 'risk',
        summary:
          'Controlled by China National Nuclear Corporation, which is on the DoD 1260H list and the OFAC NS-CMIC list; the listed company itself is not named, but DoD contracting bars reach entities a listed company controls and its group ties are documented.',
        evidence: [
          CITE.dod1260h2026,
          {
            title: 'Non-SDN Chinese Military-Industrial Complex Companies List (NS-CMIC List)',
            publisher: 'U.S. Treasury, Office of Foreign Assets Control',
            url: 'https://ofac.treasury.gov/consolidated-sanctions-list-non-sdn-lists/ns-chinese-military-industrial-complex-companies-list-ns-cmic-list',
            date: '2026-07-09',
          },
        ],
      },
    ],
  },
  {
    id: 'daqo',
    name: 'Daqo New Energy Corp.',
    aliases: ['Daqo New Energy', 'Daqo'],
    listings: [nyse('DQ', primary)],
    hq: 'CN',
    inc: 'KY',
    sector: 'Polysilicon',
    cik: 1477641,
    lists: [
      {
        list: 'dhs-uflpa',
        entry: 'Xinjiang Daqo New Energy Co., Ltd',
        subsidiary: true,
        note: 'Its polysilicon is the product concerned.',
      },
      {
        list: 'bis-entity-list',
        entry: 'Xinjiang Daqo New Energy, Co. Ltd.',
        since: '2021-06-24',
        subsidiary: true,
      },
    ],
    factors: [hfcaaDormant(0.1, 'Daqo New Energy')],
  },
];
