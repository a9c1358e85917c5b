/** Status (hedges), negation and denial, each limited to its clause. */
import { describe, expect, it } from 'vitest';
import { extractSignals } from '../../../utils/signals';
import { mentionsOf } from './mentions';
import { signals } from './signal';

describe('status', () => {
  it.each([
    ['The Pentagon added Alibaba to its list of Chinese military companies.', 'confirmed'],
    ['A memo accuses Alibaba of helping the military.', 'alleged'],
    ['Huawei allegedly supplied the military.', 'alleged'],
    ['Nvidia reportedly faces a new antitrust probe by regulators.', 'alleged'],
    ['Alibaba has military ties, according to people familiar with the matter.', 'alleged'],
    ['Washington is considering sanctions on Huawei.', 'proposed'],
    ['The Commerce Department plans to add Huawei to the Entity List.', 'proposed'],
    ['Trump threatened tariffs on Toyota.', 'proposed'],
    ['The U.S. may impose tariffs on Toyota.', 'proposed'],
    ['A draft rule would restrict exports by Nvidia.', 'proposed'],
    ['Officials are weighing whether to sanction Huawei.', 'proposed'],
  ])('%s → %s', (text, status) => {
    expect(signals(text)[0]?.[2]).toBe(status);
  });

  it('ranks an allegation over a weak hedge', () => {
    expect(signals('Huawei may have hidden its potential ties to the military.')[0]?.[2]).toBe('alleged');
    expect(signals('Huawei has potential ties to the military.')[0]?.[2]).toBe('proposed');
  });

  it('reads "May" as the month, not a hedge', () => {
    expect(signals('In May the government sanctioned Huawei.')[0]?.[2]).toBe('confirmed');
  });

  it('limits a hedge to its clause', () => {
    const text =
      'The Pentagon added Alibaba to the list of Chinese military companies, while analysts said Baidu could rebound.';
    expect(signals(text)).toEqual([['alibaba', ['military-ties'], 'confirmed', false]]);
    expect(signals('Huawei was sanctioned; analysts say Huawei may recover.')[0]?.[2]).toBe('confirmed');
  });
});

describe('status of reported, demanded and conditional actions', () => {
  it.each([
    // A report's source, and the outlet's account of what a company said, are hedges…
    ['The new export rule covers chips sold by Intel, according to the Wall Street Journal.', 'alleged'],
    ['A newspaper cited Huawei as saying the sanctions cut its sales.', 'alleged'],
    // …the record itself and the company's own statement are not.
    ['The new export rule covers chips sold by Intel, according to a Commerce Department filing.', 'confirmed'],
    ['Huawei said the sanctions cut its sales.', 'confirmed'],
    // A modal saying what a taken action does is a fact; one qualifying the action is not.
    ['Nvidia said the export restrictions could cut its revenue.', 'confirmed'],
    ['Nvidia said the export restrictions could be widened to its gaming chips.', 'proposed'],
    // The company's own forecast about a taken action is no proposal; a forecast of the action is.
    [
      'Huawei was sanctioned in May. The company said it does not expect the new round of Treasury sanctions to hurt sales.',
      'confirmed',
    ],
    ['Analysts expect Washington to sanction Huawei.', 'proposed'],
    // "would" on the action itself, a demand and a condition are proposals.
    ['Under the plan the Commerce Department would add Huawei to the Entity List.', 'proposed'],
    ['Senators asked the Commerce Department to revoke export licences for Huawei.', 'proposed'],
    ['The Commerce Department revoked export licences for Huawei.', 'confirmed'],
    ['Toyota is most exposed if Washington imposes tariffs, according to people familiar with the plan.', 'proposed'],
    ['Toyota is exposed to tariffs, according to analysts.', 'alleged'],
    // The reason given for an action taken does not make the action an allegation.
    ['The Commerce Department added Huawei to the Entity List, accusing it of helping the military.', 'confirmed'],
  ])('%s → %s', (text, status) => {
    expect(signals(text).at(-1)?.[2]).toBe(status);
  });
});

describe('denial as a mistake, or as not being a military supplier', () => {
  const action = 'The Pentagon added Tencent to its list of Chinese military companies. ';
  it.each([
    'Tencent said its inclusion on the list was clearly a mistake.',
    "It added: 'We are not a military supplier.'",
  ])('%s', (denial) => {
    expect(signals(action + denial)[1]).toEqual(['tencent', ['military-ties'], 'alleged', true]);
  });

  it('reads "distortions" and "misrepresentations" as a denial of the action before', () => {
    const letter = 'Senators asked the Commerce Department to revoke export licences for Huawei. ';
    expect(signals(`${letter}Huawei said the letter was full of distortions.`)[1]).toEqual([
      'huawei',
      ['export-controls'],
      'alleged',
      true,
    ]);
    // With no action before, there is nothing to deny.
    expect(signals('Huawei said the letter was full of distortions.')).toEqual([]);
  });

  it('leaves a mistake said of something else alone', () => {
    expect(signals(`${action}Analysts said the sell-off was a mistake.`)).toEqual([
      ['tencent', ['military-ties'], 'confirmed', false],
    ]);
  });
});

describe('a ruling is not a denial', () => {
  it.each([
    'Nvidia said the Commerce Department denied its request for an export licence.',
    "Intel said a rival's protest of its Pentagon contract has been denied.",
  ])('%s', (text) => {
    expect(signals(text)[0]?.[3]).toBe(false);
    expect(signals(text)[0]?.[2]).toBe('confirmed');
  });

  it('still reads the company denying', () => {
    expect(signals('Nvidia denied the report that it sold chips to the military.')[0]?.[3]).toBe(true);
  });

  it('reads "potentially worth" as a contract value, not a hedge', () => {
    expect(signals('The Army awarded Intel a contract potentially worth $2 billion.')[0]?.[2]).toBe('confirmed');
    expect(signals('Intel could win an Army contract.')[0]?.[2]).toBe('proposed');
  });
});

describe('negation', () => {
  it.each([
    'Alibaba is not on the Entity List.',
    'Toyota was not sanctioned.',
    'There is no evidence of military ties at Baidu, the report said of Baidu.',
    'Nvidia has never been subject to export controls.',
  ])('drops a negated cue: %s', (text) => {
    expect(signals(text)).toEqual([]);
  });

  it('reads "could not" as a threat, not a negation', () => {
    expect(signals('Trump said Intel could not take a majority stake without the government.')[0]?.[2]).toBe(
      'proposed',
    );
  });

  it('ends a negation at a comma: the condition is negated, not the tariff', () => {
    expect(
      signals('If the plants do not move home, a levy of 30% will be charged to Toyota by the government.'),
    ).toEqual([['toyota', ['trade-restrictions'], 'proposed', false]]);
    // Negative: the same tariff, negated within its phrase.
    expect(signals('Toyota does not face the tariff on Mexican cars.')).toEqual([]);
  });

  it('limits negation to a few words before the cue, in its clause', () => {
    expect(signals('Huawei did not comment; it was sanctioned in 2019.')[0]?.[1]).toEqual(['sanctions']);
  });
});

describe('denial', () => {
  it('marks the sentence from the issue alleged and denied', () => {
    const text =
      'A memo from the administration accuses Alibaba of providing the Chinese military with access to customer data; Alibaba called the claims completely false.';
    expect(signals(text)).toEqual([['alibaba', ['military-ties'], 'alleged', true]]);
  });

  it.each([
    'Huawei denies any links to the military.',
    'Huawei rejected the claims of espionage.',
    'Huawei says it has no ties to the military.',
  ])('denied: %s', (text) => {
    expect(signals(text)[0]?.[3]).toBe(true);
  });

  it('keeps a negated cue when the company is the one saying it; what it denies stands as an allegation', () => {
    const text = 'Alibaba said that it "is not a Chinese military company."';
    expect(signals(text)).toEqual([['alibaba', ['military-ties'], 'alleged', true]]);
  });

  it('keeps the status of an official action reported with the denial', () => {
    const text =
      'The Pentagon added Hesai Technology to its list, and Hesai Technology denied it is a military company.';
    expect(signals(text)).toEqual([['hesai', ['military-ties'], 'confirmed', true]]);
  });

  it('gives a denial with no topic of its own the topics of the sentence before', () => {
    const text = 'The Pentagon added Baidu to its list of Chinese military companies. Baidu issued a strong denial.';
    expect(signals(text)).toEqual([
      ['baidu', ['military-ties'], 'confirmed', false],
      ['baidu', ['military-ties'], 'alleged', true],
    ]);
  });

  it('is the company’s denial, not another’s', () => {
    const text = 'Regulators denied Alibaba a licence; the Pentagon added Baidu to its Chinese military company list.';
    expect(signals(text).find((s) => s[0] === 'baidu')?.[3]).toBe(false);
  });
});

describe('context from the sentences before', () => {
  it('reads a bare blacklist as the Pentagon’s next to a defence buyer, else as a designation', () => {
    expect(signals('The Pentagon put Huawei on its blacklist.')[0]?.[1]).toEqual(['military-ties']);
    expect(signals('The Treasury blacklisted Rusal Corp.')[0]?.[1]).toEqual(['sanctions']);
    expect(signals('Washington put Huawei on an economic blacklist.')[0]?.[1]).toEqual(['export-controls']);
  });

  it('gives a sentence that points back at the action the previous sentence’s topics', () => {
    const text = 'The Commerce Department added Huawei to the Entity List. The companies include BYD and Baidu.';
    expect(signals(text)).toEqual([
      ['huawei', ['export-controls'], 'confirmed', false],
      ['baidu', ['export-controls'], 'confirmed', false],
      ['byd', ['export-controls'], 'confirmed', false],
    ]);
  });

  it('takes the topics of the previous sentence’s cues even when they name no company', () => {
    const text = 'U.S. hits Russian banks with sanctions. Among the targets were Rusal Corp and Huawei.';
    expect(signals(text)).toEqual([
      ['huawei', ['sanctions'], 'confirmed', false],
      ['rusal', ['sanctions'], 'confirmed', false],
    ]);
    const removed = 'The Pentagon updated its list. The agency also removed Huawei.';
    expect(signals(removed)).toEqual([['huawei', ['military-ties'], 'confirmed', false]]);
  });

  it('does not for a price move after the action', () => {
    const text = 'Treasury sanctioned Rusal Corp. The move sent Rusal Corp shares down 20%.';
    expect(signals(text)).toHaveLength(1);
  });

  it('finds what a denial denies up to three sentences back', () => {
    const text =
      'The Pentagon added Baidu to its list of Chinese military companies. Shares fell. Baidu issued a denial.';
    expect(signals(text).map((s) => s[3])).toEqual([false, true]);
  });

  it('reads Chinese copy: the 1260H list, the enumeration comma, hedges', () => {
    const text = '美国国防部将阿里巴巴、百度等企业列入1260H清单，指控其涉嫌协助中国军方。';
    const found = extractSignals(text, mentionsOf(text, { 阿里巴巴: 'alibaba', 百度: 'baidu' }));
    expect(found.map((s) => [s.entityId, s.topics, s.status])).toEqual([
      ['alibaba', ['military-ties'], 'alleged'],
      ['baidu', ['military-ties'], 'alleged'],
    ]);
  });
});

describe('a denial answers the allegation before it', () => {
  it('marks the earlier allegation of the same company denied (the demo page: memo, then "called the allegations false")', () => {
    const text =
      'Shares of Alibaba fell after a memo that alleges the company gave the People’s Liberation Army access to customer data. Alibaba has called the allegations false.';
    expect(signals(text)).toEqual([
      ['alibaba', ['military-ties'], 'alleged', true],
      ['alibaba', ['military-ties'], 'alleged', true],
    ]);
  });

  it('leaves an official action and another company’s allegation as they are', () => {
    const text =
      'The Pentagon added Baidu to its list of Chinese military companies. A memo alleges Alibaba helped the military. Alibaba denied it.';
    const got = signals(text);
    expect(got[0]).toEqual(['baidu', ['military-ties'], 'confirmed', false]);
    expect(got.filter((s) => s[0] === 'alibaba').every((s) => s[3] === true)).toBe(true);
  });
});
