/**
 * Side parties (utils/signals/roles.ts): a lender, rival, partner or a report's source named in a sentence is not the
 * company the sentence is about; and a description right before a name is not a reference back.
 */
import { describe, expect, it } from 'vitest';
import { signals } from './signal';

describe('side parties', () => {
  it('leaves out every lender of a list, not only the first', () => {
    const text = 'MP Materials gets a credit line from JPMorgan and Goldman Sachs next to the Pentagon loan.';
    expect(signals(text)).toEqual([['mp-materials', ['state-support'], 'confirmed', false]]);
  });

  it('leaves out a partner named beside the company under scrutiny', () => {
    expect(
      signals("Beijing is examining Tencent's music deals with partners such as Apple in an antitrust probe."),
    ).toEqual([['tencent', ['state-probe'], 'confirmed', false]]);
    // Control: the same company, as the one probed, is kept.
    expect(signals('Regulators opened an antitrust probe into Apple.')).toEqual([
      ['apple', ['state-probe'], 'confirmed', false],
    ]);
  });

  it('keeps a company in a side role when no other company is there to take the cue', () => {
    expect(signals('Washington imposed sanctions on rivals such as Huawei.')).toEqual([
      ['huawei', ['sanctions'], 'confirmed', false],
    ]);
  });

  it('never refers back to the source of a report', () => {
    const text =
      'The export rule covers chips sold by Nvidia and Intel, according to the New York Times. ' +
      'Both companies said the export rule would cut their sales.';
    const second = signals(text).filter((_, i) => i >= 2);
    expect(second.map((s) => s[0])).toEqual(['intel', 'nvidia']);
  });
});

describe('descriptions before a name', () => {
  it('reads "the list also included drone maker X" as naming X, not as "the … maker" referring back', () => {
    const text =
      'The Pentagon added Tencent to its list of Chinese military companies. ' +
      'The list also included drone maker Autel Robotics.';
    expect(signals(text).map((s) => s[0])).toEqual(['tencent', 'autel']);
  });

  it('still reads "the Shenzhen-based drone maker" as a reference back', () => {
    const text = 'Autel Robotics shares fell. The Shenzhen-based drone maker was added to the Entity List.';
    expect(signals(text)).toEqual([['autel', ['export-controls'], 'confirmed', false]]);
  });
});

describe('exceptions', () => {
  it.each([
    'Shares of Toyota and other carmakers fell after the tariffs, with BYD the exception.',
    'Tariffs hit Toyota and every other carmaker except BYD.',
  ])('leave the excepted company out: %s', (text) => {
    expect(signals(text).map((s) => s[0])).toEqual(['toyota']);
  });
});

describe('side parties in a sentence pointing back at an action', () => {
  const fine = 'The European Commission fined Google for abusing its dominance. ';
  it('leaves out a rival named as such', () => {
    expect(signals(`${fine}Microsoft, a rival, welcomed the decision.`).map((s) => s[0])).toEqual(['google']);
    expect(signals(`${fine}Google said it would appeal the decision.`).map((s) => s[0])).toEqual(['google', 'google']);
  });

  it('leaves out the analysts\' bank, and gives "exposed" only a restriction', () => {
    const tariff = 'Washington imposed a 25% tariff on imported cars. ';
    const contract = 'The Pentagon awarded Intel a $3 billion contract. ';
    const exposed = 'Analysts at Morgan Stanley said Tesla was the least exposed.';
    expect(signals(tariff + exposed)).toEqual([['tesla', ['trade-restrictions'], 'confirmed', false]]);
    expect(signals(contract + exposed).map((s) => s[0])).toEqual(['intel']);
  });
});
