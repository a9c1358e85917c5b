/**
 * The sanctions wordings added for the fifth fresh batch (2026-12-05), each on sentences written for this test — not
 * the batch's own — with the near misses each rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { signals, topicsOf } from './signal';

const SA = 'sanctions';

describe('sanctions: designations in the passive and at a distance', () => {
  it('reads a designation under an executive order, and the designating authority a few words back', () => {
    expect(signals('Rusal Corp was designated under Executive Order 13662 in April 2018.')).toEqual([
      ['rusal', [SA], 'confirmed', false],
    ]);
    expect(signals('The State Department said it was now designating Rusal Corp.')).toEqual([
      ['rusal', [SA], 'confirmed', false],
    ]);
    expect(signals('OFSI added Rusal Corp to its consolidated list.')).toEqual([['rusal', [SA], 'confirmed', false]]);
  });

  it('leaves other designations alone: the investment-ban order, a ministry, an authority far from the verb', () => {
    expect(
      topicsOf('Huawei was designated under Executive Order 13959 along with dozens of other firms.', 'huawei'),
    ).toEqual(['trade-restrictions']);
    expect(signals('Tencent was designated by the ministry as a key platform.')).toEqual([]);
    expect(
      signals('The State Department said on Tuesday that it had appointed a new envoy, designating Rusal Corp.'),
    ).toEqual([]);
  });
});

describe('sanctions: what they do, named with no sanctions word', () => {
  it('reads a bar on raising debt and a cut from SWIFT', () => {
    expect(signals('Rusal Corp has been barred from raising new debt in Western markets.')).toEqual([
      ['rusal', [SA], 'confirmed', false],
    ]);
    expect(signals('Rusal Corp was cut off from the SWIFT messaging system.')).toEqual([
      ['rusal', [SA], 'confirmed', false],
    ]);
  });

  it('leaves a sales bar and ordinary borrowing alone', () => {
    // Positive control: the sentence is read (it has a signal), just not a sanctions one.
    expect(topicsOf('Tesla was barred from selling cars in the state.', 'tesla').length).toBeGreaterThan(0);
    expect(topicsOf('Tesla was barred from selling cars in the state.', 'tesla')).not.toContain(SA);
    expect(signals('JPMorgan raised new debt at a record low cost.')).toEqual([]);
  });
});

describe('sanctions: a company complying with them is not their target', () => {
  it('gives nothing to the company that complies or adheres', () => {
    expect(signals('Goldman Sachs said it is complying with sanctions and winding down its Moscow business.')).toEqual(
      [],
    );
    expect(signals('Alibaba adheres to international sanctions, a spokesman said.')).toEqual([]);
  });

  it('still gives the sanctions to the target named beside the one complying, and keeps "complies with all"', () => {
    expect(signals('JPMorgan halted the trades to comply with U.S. sanctions on Rusal Corp.')).toEqual([
      ['rusal', [SA], 'confirmed', false],
    ]);
    expect(
      signals('Tencent, which is complying with the sanctions, said Rusal Corp had been sanctioned in 2018.'),
    ).toEqual([['rusal', [SA], 'confirmed', false]]);
    expect(signals('Huawei said it complies with all applicable sanctions laws.')).toEqual([
      ['huawei', [SA], 'alleged', true],
    ]);
  });
});
