/**
 * The military-ties wordings added for the sixth fresh batch (2026-12-05), each on sentences written for this test —
 * not the batch's own — with the near misses each rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { extractSignals } from '../../../utils/signals';
import { mentionsOf } from './mentions';

const NAMES: Record<string, string> = {
  Alibaba: 'alibaba',
  BYD: 'byd',
  Tencent: 'tencent',
  DJI: 'dji',
  Hikvision: 'hikvision',
  Xiaomi: 'xiaomi',
  'Lockheed Martin': 'lockheed',
  'Morgan Stanley': 'morgan-stanley',
};

const signals = (text: string) =>
  extractSignals(text, mentionsOf(text, NAMES)).map((s) => [s.entityId, s.topics, s.status, s.denied]);

const MT = 'military-ties';

describe('military ties: a foreign state’s arms industry', () => {
  it('reads a supplier to Russia’s military-industrial complex and a firm in the Iranian weapons programme', () => {
    expect(
      signals('The Treasury sanctioned Alibaba for supplying electronics to Russia’s military-industrial complex.'),
    ).toEqual([['alibaba', ['sanctions', MT], 'confirmed', false]]);
    expect(signals('BIS added Tencent to the Entity List for supporting the Iranian weapons program.')).toEqual([
      ['tencent', ['export-controls', MT], 'confirmed', false],
    ]);
  });

  it('leaves Europe’s “military-industrial sector” in an analyst’s note alone', () => {
    expect(signals('Analysts at Morgan Stanley said the military-industrial sector in Europe is booming.')).toEqual([]);
  });

  it('leaves a US contractor’s defence work a state support, not a military tie', () => {
    const found = signals('The Army awarded Lockheed Martin a contract to strengthen the US defense industrial base.');
    expect(found.map(([id]) => id)).toEqual(['lockheed']);
    expect(found[0]![1]).not.toContain(MT);
  });
});

describe('military ties: denials by the company', () => {
  it('reads “only for civilian use” as a denial that names its own topic', () => {
    expect(signals('DJI said its drones are only for civilian use.')).toEqual([['dji', [MT], 'alleged', true]]);
    // Not a denial, and no tie: a product described.
    expect(signals('DJI sells drones for civilian use in Europe.')).toEqual([]);
  });

  it('reads “has no association with” and “it does not belong on the list”', () => {
    expect(signals('Hikvision has no association with the Chinese military, it said.')).toEqual([
      ['hikvision', [MT], 'alleged', true],
    ]);
    expect(signals('The Pentagon added Hikvision to its list. Hikvision said it does not belong on the list.')).toEqual(
      [
        ['hikvision', [MT], 'confirmed', false],
        ['hikvision', [MT], 'alleged', true],
      ],
    );
  });

  it('reads a suit against the listing as the company’s denial, and only the suer’s', () => {
    expect(signals('Xiaomi sued the Defense Department over its listing as a Chinese military company.')).toEqual([
      ['xiaomi', [MT], 'alleged', true],
    ]);
    expect(signals('DJI asked a federal court to order the Pentagon to remove it from the list.')).toEqual([
      ['dji', [MT], 'alleged', true],
    ]);
    // The government suing the company: a probe, and no denial of the company's.
    expect(signals('The Justice Department sued Xiaomi over its listing as a Chinese military company.')).toEqual([
      ['xiaomi', [MT, 'state-probe'], 'confirmed', false],
    ]);
  });
});

describe('military ties: the list named by a dash or as “the document”', () => {
  it('gives the list to the names after a lone dash, not to a clause after one', () => {
    expect(
      signals(
        'The Pentagon list of Chinese military companies, published on Friday, included two carmakers — BYD and Tencent.',
      ),
    ).toEqual([
      ['byd', [MT], 'confirmed', false],
      ['tencent', [MT], 'confirmed', false],
    ]);
    expect(signals('The Pentagon added BYD to its list — Tencent shares rose 3%.')).toEqual([
      ['byd', [MT], 'confirmed', false],
    ]);
  });

  it('gives “the document included…” the topics of the list named just before, and nothing after a report', () => {
    expect(signals('The Pentagon list is known as Section 1260H. The document included Tencent and BYD.')).toEqual([
      ['byd', [MT], 'confirmed', false],
      ['tencent', [MT], 'confirmed', false],
    ]);
    expect(signals('The quarterly report was published on Friday. The document included Tencent and BYD.')).toEqual([]);
  });
});

describe('military ties: “has denied” is the company’s, a review’s finding is a report', () => {
  it('reads “Huawei has denied that …” as a denial, and an authority that “has denied” requests as a ruling', () => {
    const names = { ...NAMES, Huawei: 'huawei' };
    const of = (text: string) =>
      extractSignals(text, mentionsOf(text, names)).map((s) => [s.entityId, s.topics, s.status, s.denied]);
    expect(of('Huawei has denied that it spies for Beijing.')).toEqual([['huawei', [MT], 'alleged', true]]);
    expect(of('The Commerce Department has denied Huawei’s licence requests.')).toEqual([
      ['huawei', ['export-controls'], 'confirmed', false],
    ]);
  });

  it('reads “a Reuters review found” as a report, not the record', () => {
    const text = 'The PLA uses Tencent cloud servers, a Reuters review found.';
    expect(signals(text)).toEqual([['tencent', [MT], 'alleged', false]]);
  });
});
