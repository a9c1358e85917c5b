/**
 * Two page-level rules found on the sixth blind corpus batch (articles 156–168), tested here on other text: an
 * abbreviation the text defines for a company after its full name, and a one-word company name used as a person's
 * surname after a title.
 */
import { describe, expect, it } from 'vitest';
import { abbreviates } from '@/utils/detect/defined-abbreviations';
import { compileMatcher, createMatchContext } from '@/utils/detect/matcher';
import type { DictionaryEntry } from '@/utils/detect/types';

const entries: DictionaryEntry[] = [
  {
    entityId: 'raiffeisen',
    names: ['Raiffeisen Bank International'],
    looseNames: ['Raiffeisen'],
    tickers: [{ symbol: 'RBI', exchange: 'VIENNA' }],
  },
  { entityId: 'hal', names: ['Hindustan Aeronautics'], tickers: [{ symbol: 'HAL', exchange: 'NSE' }] },
  { entityId: 'globalfoundries', names: ['GlobalFoundries'], tickers: [{ symbol: 'GFS', exchange: 'NASDAQ' }] },
  {
    entityId: 'apple',
    names: ['Apple Inc'],
    cautiousNames: ['Apple'],
    tickers: [{ symbol: 'AAPL', exchange: 'NASDAQ' }],
  },
  { entityId: 'ares', names: ['Ares Management'], tickers: [{ symbol: 'ARES', exchange: 'NYSE' }] },
  { entityId: 'friedman', names: ['Friedman Industries'], cautiousNames: ['Friedman'], tickers: [] },
  { entityId: 'kemper', names: ['Kemper Corporation'], cautiousNames: ['Kemper'], tickers: [] },
];
const matcher = compileMatcher(entries);
const find = (text: string, context = createMatchContext()) =>
  matcher.find(text, { context }).map((m) => `${m.surface}=${m.entityId}`);

describe('abbreviations a text defines for a company', () => {
  it('reads the letters as capitals of the name, in order, from its first', () => {
    expect(abbreviates('RBI', 'Raiffeisen Bank International')).toBe(true);
    expect(abbreviates('GF', 'GlobalFoundries')).toBe(true);
    expect(abbreviates('SMIC', 'Semiconductor Manufacturing International Corp')).toBe(true);
    expect(abbreviates('AAPL', 'Apple Inc')).toBe(false);
    expect(abbreviates('US', 'Ares Management')).toBe(false);
    expect(abbreviates('BI', 'Raiffeisen Bank International')).toBe(false);
  });

  it('matches the abbreviation after its definition, even one too ambiguous to match alone', () => {
    const text =
      'The lender Hindustan Aeronautics (HAL) won the contract. HAL will build 97 jets, and RBI said nothing. ' +
      'Raiffeisen Bank International (RBI) was told to cut its Russian unit. The CEO of RBI answered on Monday.';
    expect(find(text)).toEqual([
      'Hindustan Aeronautics=hal',
      'HAL=hal',
      'HAL=hal',
      'Raiffeisen Bank International=raiffeisen',
      'RBI=raiffeisen',
      'RBI=raiffeisen',
    ]);
  });

  it('holds for the rest of the page, not for a page that never defined it', () => {
    const page = createMatchContext();
    expect(find('GlobalFoundries (GF) will add a fab in Malta, New York.', page)).toEqual([
      'GlobalFoundries=globalfoundries',
      'GF=globalfoundries',
    ]);
    expect(find('Shares of GF rose after the award was finalised.', page)).toEqual(['GF=globalfoundries']);
    expect(find('Shares of GF rose after the award was finalised.')).toEqual([]);
  });

  it('does not take a ticker, a country or lower-case words in parentheses as a definition', () => {
    expect(find('Apple Inc (AAPL) and Ares Management (US) reported. The US market and aapl fell.')).toEqual([
      'Apple Inc=apple',
      'AAPL=apple',
      'Ares Management=ares',
    ]);
  });
});

describe('a company name used as a surname', () => {
  it('is a person after a title, or a title and a given name, and stays one on the page', () => {
    const page = createMatchContext();
    expect(
      find('Chief Judge Paul Friedman dismissed the suit. Friedman wrote that the agency had acted lawfully.', page),
    ).toEqual([]);
    expect(find('Friedman added that an appeal was possible.', page)).toEqual([]);
    expect(find('Insurance analyst Mr. Kemper declined to comment.')).toEqual([]);
    expect(find('Senator Kemper voted against the bill.')).toEqual([]);
  });

  it('is still the company without a title, or once the page named the company strongly', () => {
    expect(find('Friedman rose 4% after the steel processor raised its dividend.')).toEqual(['Friedman=friedman']);
    expect(find('Kemper Corporation said Kemper would exit the market.')).toEqual([
      'Kemper Corporation=kemper',
      'Kemper=kemper',
    ]);
    // A title still makes the surname a person's: the company named before does not change who the judge is.
    expect(find('Friedman Industries cut prices. Judge Paul Friedman was not involved. Friedman shares rose.')).toEqual(
      ['Friedman Industries=friedman', 'Friedman=friedman'],
    );
  });
});
