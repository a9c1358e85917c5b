/**
 * Properties of the matcher on random and adversarial text: never throws, offsets slice to the surface, mentions
 * are in order and never overlap, the same input always gives the same output — with and without `before`/`after`
 * windows and a page context.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher, createMatchContext } from '@/utils/detect/matcher';
import type { DictionaryEntry, Mention } from '@/utils/detect/types';

const entries: DictionaryEntry[] = [
  {
    entityId: 'alibaba',
    names: ['Alibaba', 'Alibaba Group', '阿里巴巴'],
    tickers: [
      { symbol: 'BABA', exchange: 'NYSE' },
      { symbol: '9988', exchange: 'HKEX' },
    ],
  },
  {
    entityId: 'tme',
    names: ['Tencent Music'],
    tickers: [
      { symbol: 'TME', exchange: 'NYSE' },
      { symbol: '1698', exchange: 'HKEX' },
    ],
  },
  { entityId: 'tencent', names: ['Tencent'], tickers: [{ symbol: '700', exchange: 'HKEX' }] },
  {
    entityId: 'eve',
    names: ['Eve Holding'],
    tickers: [
      { symbol: 'EVEX', exchange: 'NYSE' },
      { symbol: 'EVEXW', exchange: 'NYSE' },
    ],
  },
  { entityId: 'apple', names: [], cautiousNames: ['Apple'], tickers: [{ symbol: 'AAPL', exchange: 'NASDAQ' }] },
  { entityId: 'target', names: [], contextualNames: ['Target'], tickers: [{ symbol: 'TGT', exchange: 'NYSE' }] },
  { entityId: 'toyota', names: [], looseNames: ['TOYOTA MOTOR'], tickers: [{ symbol: 'TM', exchange: 'NYSE' }] },
  { entityId: 'brk', names: ['Berkshire Hathaway'], tickers: [{ symbol: 'BRK-B', exchange: 'NYSE' }] },
  { entityId: 'now', names: ['ServiceNow'], tickers: [{ symbol: 'NOW', exchange: 'NYSE', bare: false }] },
];
const matcher = compileMatcher(entries);

const pieces = [
  'Alibaba',
  'Alibaba Group',
  '阿里巴巴',
  'Tencent',
  'Tencent Music',
  'Apple',
  'Target',
  'Toyota Motor',
  'TOYOTA',
  'Berkshire',
  'Hathaway',
  'ServiceNow',
  'BABA',
  'TME',
  'EVEX',
  'EVEXW',
  'AAPL',
  'NOW',
  'TM',
  '$BABA',
  '$BRK.B',
  '$5',
  '9988',
  '9988.HK',
  'BABA-US',
  '(',
  ')',
  '（',
  '）',
  'NYSE',
  'NYSE:',
  'HKEX:',
  'NASDAQ',
  ':',
  ',',
  ' and ',
  ' ',
  '  ',
  '\n',
  '.',
  "'s",
  '’s',
  '-',
  '–',
  '@',
  'https://',
  'www.',
  '/',
  'Inc.',
  'Corp',
  'Ltd',
  'Co.,',
  'the ',
  'shares',
  'rose',
  '3%',
  '"',
  '“',
  '”',
  'Ω',
  '😀',
  '\u0000',
  '\ud800',
  'É',
  'ß',
];
const texts = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join('')),
);

function checkMentions(text: string, found: Mention[]): void {
  let last = 0;
  for (const m of found) {
    expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(m.start).toBeGreaterThanOrEqual(last);
    expect(m.end).toBeGreaterThan(m.start);
    last = m.end;
  }
}

describe('matcher properties', () => {
  it('never throws; offsets slice to the surface; in order; no overlaps; deterministic', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const a = matcher.find(text);
        checkMentions(text, a);
        expect(matcher.find(text)).toEqual(a);
      }),
      { numRuns: 1500 },
    );
  });

  it('keeps the same properties with before/after windows and a page context', () => {
    fc.assert(
      fc.property(texts, texts, texts, (before, text, after) => {
        const run = () => matcher.find(text, { before, after, context: createMatchContext() });
        const a = run();
        checkMentions(text, a);
        expect(run()).toEqual(a);
      }),
      { numRuns: 800 },
    );
  });

  it('tolerates input that is not a string', () => {
    expect(matcher.find(undefined as unknown as string)).toEqual([]);
    expect(matcher.find(42 as unknown as string)).toEqual([]);
  });
});
