/** General rules found by the corpus with the listed universe (issue 13): each with the real text that showed it. */
import { describe, expect, it } from 'vitest';
import { stripLegalForm } from '@/utils/detect/dictionary';
import { compileMatcher, createMatchContext } from '@/utils/detect/matcher';
import type { DictionaryEntry } from '@/utils/detect/types';

const entries: DictionaryEntry[] = [
  { entityId: 'shenzhen-intl', names: [], looseNames: ['Shenzhen International', 'Shenzhen'], tickers: [] },
  { entityId: 'gpt', names: [], tickers: [{ symbol: 'GPT', exchange: 'ASX' }] },
  { entityId: 'nvidia', names: ['Nvidia'], tickers: [{ symbol: 'NVDA', exchange: 'NASDAQ' }] },
];
const find = (text: string) =>
  compileMatcher(entries)
    .find(text, { context: createMatchContext() })
    .map((m) => m.surface);

describe('general detection rules', () => {
  it('a one-word upper-case place opening a line before a region and a date is a dateline', () => {
    expect(find('SHENZHEN, China, March 22, 2022 /PRNewswire/ -- results')).toEqual([]);
    expect(find('Shares of Shenzhen rose.')).toEqual(['Shenzhen']);
  });

  it('a hyphen joined to a symbol is a model or an offset, not a price move, unless a percent follows', () => {
    expect(find('performance comparable to GPT-5.2 and Gemini 3 Pro')).toEqual([]);
    expect(find('Updated Jul 02, 2025 | 8:31 PM GMT-04')).toEqual([]);
    expect(find('Movers: NVDA -1.2%, GPT -0.5%')).toEqual(['NVDA', 'GPT']);
    expect(find('NVDA-1.2% today')).toEqual(['NVDA']);
  });

  it('continental legal forms are dropped like Inc. and plc', () => {
    expect(stripLegalForm('Deutsche Bank Aktiengesellschaft')).toBe('Deutsche Bank');
    expect(stripLegalForm('Nordea Bank Abp')).toBe('Nordea Bank');
    expect(stripLegalForm('Eni S.p.A.')).toBe('Eni');
    expect(stripLegalForm('Merck KGaA')).toBe('Merck');
  });
});
