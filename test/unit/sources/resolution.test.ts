import { describe, expect, it } from 'vitest';
import { countryCodeOf, nameKeys, normalizeName } from '@/utils/sources/names';
import { parseRemarks } from '@/utils/sources/ofac';
import { createResolver, emptyStats, type ResolvableEntity, resolveRecords } from '@/utils/sources/resolution';
import type { ListRecord } from '@/utils/sources/types';

const company = (e: Partial<ResolvableEntity> & Pick<ResolvableEntity, 'id' | 'name'>): ResolvableEntity => ({
  aliases: [],
  listings: [],
  ...e,
});
const entry = (r: Partial<ListRecord> & Pick<ListRecord, 'name'>): ListRecord => ({
  list: 'ofac-sdn',
  aliases: [],
  countries: [],
  ...r,
});

const alphabet = company({ id: 'alphabet', name: 'Alphabet Inc.', aliases: ['Alphabet', 'Google'], hq: 'US' });
const telecom = company({
  id: 'china-telecom',
  name: 'China Telecom Corporation Limited',
  aliases: ['China Telecom'],
  hq: 'CN',
  listings: [
    { ticker: '0728', exchange: 'HKEX', isin: 'CNE1000002V2' },
    { ticker: '601728', exchange: 'SSE' },
  ],
});

describe('names', () => {
  it('normalises legal forms, punctuation, case, accents and SEC tags, never resemblance', () => {
    expect(normalizeName('Alphabet Inc.')).toBe('alphabet');
    expect(normalizeName('ALPHABET INTERNATIONAL DMCC')).toBe('alphabet international dmcc');
    expect(normalizeName('Nestlé S.A.')).toBe(normalizeName('NESTLE SA'));
    expect(normalizeName('HUDSON TECHNOLOGIES INC /NY')).toBe('hudson technologies');
    expect(normalizeName('PUBLIC JOINT STOCK COMPANY ROSBANK')).toBe('rosbank');
    expect(normalizeName('AT&T Inc.')).toBe('at and t');
  });

  it('takes names from brackets, but not places', () => {
    expect([...nameKeys('Semiconductor Manufacturing International Corporation (SMIC)')]).toEqual([
      'semiconductor manufacturing international',
      'smic',
    ]);
    expect([...nameKeys('China Unicom (Hong Kong) Limited')]).toEqual(['china unicom hong kong']);
  });

  it('reads countries as the lists print them', () => {
    expect(countryCodeOf('China')).toBe('CN');
    expect(countryCodeOf('Korea, North')).toBe('KP');
    expect(countryCodeOf('Turkey')).toBe('TR');
    expect(countryCodeOf('Hong Kong')).toBe('HK');
    expect(countryCodeOf('cn')).toBe('CN');
    expect(countryCodeOf('Atlantis')).toBeUndefined();
  });

  it('reads NS-CMIC remarks: tickers with markets, ISINs, aliases, the linked group, the listing date', () => {
    expect(
      parseRemarks(
        "Equity Ticker CHA US; alt. Equity Ticker 0728 HK; ISIN CNE1000002V2; alt. ISIN US1694261033; Listing Date (CMIC) 03 Jun 2021; a.k.a. 'CT'; Linked To: CHINA TELECOMMUNICATIONS CORPORATION.",
      ),
    ).toEqual({
      tickers: [
        { symbol: 'CHA', market: 'US' },
        { symbol: '0728', market: 'HK' },
      ],
      isins: ['CNE1000002V2', 'US1694261033'],
      aliases: ['CT'],
      parent: 'CHINA TELECOMMUNICATIONS CORPORATION',
      since: '2021-06-03',
    });
  });
});

describe('entity resolution', () => {
  it('never gives Alphabet Inc. the listing of Alphabet International DMCC', () => {
    const links = resolveRecords([alphabet], [entry({ name: 'ALPHABET INTERNATIONAL DMCC', countries: ['AE'] })]);
    expect(links).toEqual([]);
  });

  it('links by ISIN, then by ticker on the entry’s market, before any name', () => {
    const r = createResolver([telecom]);
    expect(r.resolve(entry({ name: 'X', isins: ['CNE1000002V2'] }))[0]).toMatchObject({ method: 'isin' });
    const byTicker = r.resolve(entry({ name: 'CHINA TELECOM CORP', tickers: [{ symbol: '728', market: 'HK' }] }));
    expect(byTicker[0]).toMatchObject({ method: 'ticker', via: '728 HK' });
  });

  it('a reused ticker does not link a different company', () => {
    const newcomer = company({ id: 'sec-1', name: 'CHAMPION HOMES', listings: [{ ticker: 'CHA', exchange: 'NYSE' }] });
    const r = createResolver([newcomer]);
    expect(
      r.resolve(entry({ name: 'CHINA TELECOM CORPORATION LIMITED', tickers: [{ symbol: 'CHA', market: 'US' }] })),
    ).toEqual([]);
  });

  it('names must be equal, distinctive, and agree on the country; no country means no name link', () => {
    const crown = company({ id: 'crown', name: 'Crown Resorts Limited', hq: 'AU' });
    const sec = company({ id: 'sec-2', name: 'HUDSON TECHNOLOGIES INC /NY' });
    const r = createResolver([crown, sec, telecom]);
    expect(r.resolve(entry({ name: 'CROWN RESORTS CO LTD', countries: ['KH'] }))).toEqual([]);
    expect(r.resolve(entry({ name: 'CROWN RESORTS CO LTD' }))).toEqual([]);
    expect(
      r.resolve(entry({ name: 'Anvik Technologies', aliases: ['Hudson Technologies'], countries: ['MY'] })),
    ).toEqual([]);
    expect(r.resolve(entry({ name: 'China Telecom Corp. Ltd', countries: ['CN'] }))[0]).toMatchObject({
      method: 'name',
    });
  });

  it('a city dropped from the entry’s name does not reach another firm with the shorter name', () => {
    const iray = company({ id: 'iray', name: 'iRay Technology Company Limited', hq: 'CN' });
    const r = createResolver([iray]);
    expect(
      r.resolve(
        entry({ name: 'YANTAI IRAY TECHNOLOGY CO LTD', aliases: ['IRAY TECHNOLOGY CO LTD'], countries: ['CN'] }),
      ),
    ).toEqual([]);
  });

  it('an ambiguous name links nobody', () => {
    const a = company({ id: 'a', name: 'Polar Star Trading LLC', hq: 'RU' });
    const b = company({ id: 'b', name: 'Polar Star Trading', hq: 'RU' });
    const stats = emptyStats();
    expect(resolveRecords([a, b], [entry({ name: 'POLAR STAR TRADING', countries: ['RU'] })], stats)).toEqual([]);
    expect(stats.ambiguous).toBe(1);
  });

  it('a parent’s listing reaches subsidiaries only where the list’s rules say so', () => {
    const parent = company({ id: 'p', name: 'Acme Holdings PJSC', hq: 'RU' });
    const child = company({ id: 'c', name: 'Acme Trading LLC', hq: 'RU', ownership: { parentId: 'p' } });
    const grandchild = company({ id: 'g', name: 'Acme Retail LLC', hq: 'RU', ownership: { parentId: 'c' } });
    const all = [parent, child, grandchild];
    const sdn = resolveRecords(all, [entry({ name: 'ACME HOLDINGS', countries: ['RU'] })]);
    expect(sdn.map((l) => [l.entityId, l.method])).toEqual([
      ['p', 'name'],
      ['c', 'parent'],
      ['g', 'parent'],
    ]);
    const meu = resolveRecords(all, [entry({ list: 'bis-meu', name: 'ACME HOLDINGS', countries: ['RU'] })]);
    expect(meu.map((l) => l.entityId)).toEqual(['p']);
    const cmic = resolveRecords(all, [entry({ list: 'ofac-ns-cmic', name: 'ACME HOLDINGS', countries: ['RU'] })]);
    expect(cmic.map((l) => l.entityId)).toEqual(['p']);
  });

  it('ordinary-word names never resolve ("Apple" on a list is not Apple Inc.)', () => {
    const apple = company({ id: 'apple', name: 'Apple Inc.', aliases: ['Apple'], ambiguousNames: ['Apple'], hq: 'US' });
    expect(resolveRecords([apple], [entry({ name: 'APPLE', countries: ['US'] })])).toEqual([]);
  });
});
