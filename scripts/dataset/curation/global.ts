/**
 * Large non-US issuers that news quotes by their home-market code as often as by their US one ("Toyota Motor Corp
 * (NYSE: TM, TYO: 7203)", "<7203.T>", "HSBC Holdings (00005.HK)"). Only the computed jurisdiction factor: no
 * foreign-state exposure identified beyond their home country's.
 */
import { type Curated, hkex, lse, nyse, tyo } from './dsl';

export const GLOBAL: Curated[] = [
  {
    id: 'toyota',
    name: 'Toyota Motor Corporation',
    aliases: ['Toyota', 'Toyota Motor', 'Toyota Motor Corp', 'トヨタ自動車'],
    listings: [tyo('7203', { primary: true, isin: 'JP3633400001' }), nyse('TM')],
    hq: 'JP',
    inc: 'JP',
    sector: 'Automobiles',
    cik: 1094517,
  },
  {
    id: 'honda',
    name: 'Honda Motor Co., Ltd.',
    aliases: ['Honda', 'Honda Motor', 'Honda Motor Co', '本田技研工業'],
    listings: [tyo('7267', { primary: true, isin: 'JP3854600008' }), nyse('HMC')],
    hq: 'JP',
    inc: 'JP',
    sector: 'Automobiles and motorcycles',
    cik: 715153,
  },
  {
    id: 'hsbc',
    name: 'HSBC Holdings plc',
    aliases: ['HSBC Holdings', '汇丰控股'],
    listings: [lse('HSBA', { primary: true, isin: 'GB0005405286' }), hkex('5'), nyse('HSBC')],
    hq: 'GB',
    inc: 'GB',
    sector: 'Banking',
    cik: 1089113,
  },
];
