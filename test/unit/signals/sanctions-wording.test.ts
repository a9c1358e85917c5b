/**
 * The sanctions wordings added for the fifth fresh batch (2026-12-05), each on sentences written for this test — not
 * the batch's own — with the near misses each rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { extractSignals } from '../../../utils/signals';
import { mentionsOf } from './mentions';
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

describe('sanctions: compound adjectives', () => {
  it('reads "US-sanctioned", "Western-sanctioned" and "sanctions-hit" before a name', () => {
    for (const text of [
      'Shares of sanctions-hit Rusal Corp rose 5% in Hong Kong.',
      'The US-sanctioned Rusal Corp said output rose in the third quarter.',
      'Western-sanctioned Rusal Corp said output rose.',
    ])
      expect(signals(text)).toEqual([['rusal', [SA], 'confirmed', false]]);
  });

  it('leaves "non-sanctioned" alone', () => {
    expect(signals('Tencent bought aluminium from non-sanctioned suppliers.')).toEqual([]);
  });
});

describe('sanctions on a country or on a class the company deals with', () => {
  it('gives nothing to a company beside sanctions on Russia or dealing with sanctioned parties', () => {
    for (const text of [
      'JPMorgan said the sanctions on Russia would weigh on its trading revenue.',
      'Sanctions on Russia sent aluminium prices higher, lifting Alibaba shares.',
      'Tesla shares fell as the EU agreed a new sanctions package against Russia.',
      'Microsoft said it would stop selling software to sanctioned Russian companies.',
      'JPMorgan froze accounts linked to sanctioned oligarchs.',
      'Goldman Sachs helped clients unwind positions in sanctioned Russian bonds.',
    ])
      expect(signals(text)).toEqual([]);
  });

  it('still reads the company hit by them, named as a target, or on a list of sanctioned entities', () => {
    for (const text of [
      'Rusal Corp was hit by Western sanctions on Russia after the invasion.',
      'Rusal Corp has been subject to sanctions against Russia since 2022.',
      'Britain announced sanctions on Russia, targeting Rusal Corp.',
      'The Treasury placed Rusal Corp on its list of sanctioned entities.',
      'Rusal Corp was among the sanctioned companies.',
    ])
      expect(signals(text)).toEqual([['rusal', [SA], 'confirmed', false]]);
  });
});

describe('sanctions: a counterparty described as sanctioned', () => {
  it('gives the sanctions to the seller the appositive describes, not to the buyer', () => {
    expect(signals('Huawei buys aluminium from Rusal Corp, a sanctioned Russian producer.')).toEqual([
      ['rusal', [SA], 'confirmed', false],
    ]);
    expect(signals('Tesla buys aluminium from Rusal Corp, a US-sanctioned producer.')).toEqual([
      ['rusal', [SA], 'confirmed', false],
    ]);
  });

  it('leaves a counterparty with a plain description and country-wide sanctions silent', () => {
    expect(signals('Tesla buys aluminium from Rusal Corp, a Russian producer, despite sanctions on Russia.')).toEqual(
      [],
    );
  });
});

describe('sanctions: targeted, frozen, and the EU’s numbered packages', () => {
  it('reads the authority targeting a company, assets frozen with a place between, and a numbered package', () => {
    for (const text of [
      'The Treasury targeted Rusal Corp and two of its subsidiaries.',
      'Rusal Corp was targeted by the US Treasury in 2018.',
      'The EU’s 14th package lists Rusal Corp among 61 entities.',
      'The EU’s fourteenth sanctions package lists Rusal Corp.',
      'Rusal Corp’s assets in the UK were frozen on Thursday.',
    ])
      expect(signals(text)).toEqual([['rusal', [SA], 'confirmed', false]]);
  });

  it('leaves the nouns and other packages alone', () => {
    for (const text of [
      'Tesla’s assets rose 10% while Huawei was frozen out of the market.',
      'The Treasury’s own targets for the deficit were missed, Alibaba said.',
      'The EU’s recovery package will fund Tesla’s new plant.',
    ])
      expect(signals(text)).toEqual([]);
  });
});

/** The companies of a few sixth-pass tests that the shared helper does not know. */
const IRAN_NAMES: Record<string, string> = {
  'Iran Shipping Lines': 'irisl',
  IRISL: 'irisl',
  'National Iranian Oil Company': 'nioc',
  NIOC: 'nioc',
};
const iranSignals = (text: string) =>
  extractSignals(text, mentionsOf(text, IRAN_NAMES)).map((s) => [s.entityId, s.topics, s.status, s.denied]);

describe('sanctions: designations with the authority unnamed or far from the verb (sixth pass)', () => {
  it('reads the order a few words after the verb, the bare verb, “along with” and “U.S.-designated”', () => {
    for (const text of [
      'Rusal Corp was designated last year, in April, pursuant to Executive Order 13662.',
      'Rusal Corp was also designated for shipping metal to Iran.',
      'The department also designated Rusal Corp for shipping Iranian oil.',
      'The tanker carried crude on behalf of U.S.-designated Rusal Corp.',
    ])
      expect(signals(text)).toEqual([['rusal', [SA], 'confirmed', false]]);
    expect(signals('Rusal Corp was designated along with Alibaba and Tencent for shipping Iranian oil.')).toEqual([
      ['alibaba', [SA], 'confirmed', false],
      ['rusal', [SA], 'confirmed', false],
      ['tencent', [SA], 'confirmed', false],
    ]);
  });

  it('leaves a designation “as” something, “a” something, “for sale”, “to lead”, and a company rallying “along with” another', () => {
    expect(signals('Tencent was designated as a key platform operator.')).toEqual([]);
    expect(signals('Rusal Corp was designated a strategic enterprise by Moscow.')).toEqual([]);
    expect(signals('The Nvidia chip was designated for sale in China only.')).toEqual([]);
    expect(signals('Goldman Sachs was also designated to lead the share sale.')).toEqual([]);
    expect(
      signals('Rusal Corp was designated on Monday for selling Iranian oil, and Alibaba rallied along with Tencent.'),
    ).toEqual([['rusal', [SA], 'confirmed', false]]);
  });

  it('keeps “, and the” inside a list of long names, and a clause break before “and the Treasury said”', () => {
    expect(
      iranSignals(
        'OFAC designated the Iran Shipping Lines (IRISL), and the National Iranian Oil Company (NIOC) under Executive Order 13846.',
      ),
    ).toEqual([
      ['irisl', [SA], 'confirmed', false],
      ['nioc', [SA], 'confirmed', false],
    ]);
    expect(signals('OFAC designated Rusal Corp, and the Treasury said Tesla would be spared.')).toEqual([
      ['rusal', [SA], 'confirmed', false],
    ]);
  });
});

describe('sanctions: the Treasury’s measures, a breach of sanctions on a country, sanctions faced (sixth pass)', () => {
  it('reads each as a sanctions signal on the company', () => {
    expect(signals('Payments to Rusal Corp were restricted by measures taken by the US Treasury.')).toEqual([
      ['rusal', [SA], 'confirmed', false],
    ]);
    expect(signals('JPMorgan agreed to pay $5 million to settle apparent violations of US sanctions on Cuba.')).toEqual(
      [['jpmorgan', [SA], 'confirmed', false]],
    );
    // "for allegedly …": the reason given for sanctions imposed, which stay a fact.
    expect(signals('Rusal Corp faced sanctions for allegedly shipping metal to Iran.')).toEqual([
      ['rusal', [SA], 'confirmed', false],
    ]);
  });

  it('leaves a state budget’s measures and country-wide sanctions as the weather alone', () => {
    expect(signals('Tesla said the measures taken by the state treasury would cut its costs.')).toEqual([]);
    expect(signals('Tesla said the sanctions on Russia would weigh on its revenue.')).toEqual([]);
  });
});

describe('sanctions: a class with its members named, a cause, a company’s owner (sixth pass)', () => {
  it('gives a named member of “sanctioned entities including …” the sanctions', () => {
    expect(signals('The ships carried oil for sanctioned entities including Rusal Corp.')).toEqual([
      ['rusal', [SA], 'confirmed', false],
    ]);
    expect(signals('JPMorgan stopped dealing with sanctioned entities last year.')).toEqual([]);
  });

  it('leaves a company’s own exit “due to” sanctions alone, not sanctions imposed on it', () => {
    expect(
      signals('Goldman Sachs halted its Moscow trading desk due to complications caused by the sanctions.'),
    ).toEqual([]);
    expect(signals('Rusal Corp closed its Swiss office due to the sanctions imposed on it in April.')).toEqual([
      ['rusal', [SA], 'confirmed', false],
    ]);
  });

  it('gives the sanctions to the owner named after the company, not to the company', () => {
    expect(signals('Tesla fell 3% after its chief executive was named on a sanctions list.')).toEqual([]);
    expect(signals('Rusal Corp and its chief executive were named on the sanctions list.')).toEqual([
      ['rusal', [SA], 'confirmed', false],
    ]);
  });

  it('resolves “the bank” to the lender named in the sentence before', () => {
    expect(signals('JPMorgan reported record profits. Transactions with the bank were later frozen by OFAC.')).toEqual([
      ['jpmorgan', [SA], 'confirmed', false],
    ]);
  });
});

describe('sanctions: the company calling them unjustified or unlawful denies them (sixth pass)', () => {
  it('reads the company’s word as a denial, and the Treasury’s action as a fact', () => {
    expect(signals('Rusal Corp said the sanctions were unjustified and would be challenged.')).toEqual([
      ['rusal', [SA], 'alleged', true],
    ]);
    expect(signals('The Treasury said the sanctions on Rusal Corp were justified.')).toEqual([
      ['rusal', [SA], 'confirmed', false],
    ]);
  });
});
