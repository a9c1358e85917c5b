/**
 * The word families and patterns added for the third fresh batch (2026-12-05), each on sentences written for this
 * test — not the batch's own — with the near misses each rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { signals, topicsOf } from './signal';

describe('regulators outside the US', () => {
  it.each([
    'India’s Competition Commission ordered Google to change its Play Store billing.',
    'The Japan Fair Trade Commission told Apple to open its app store to rival payment systems.',
    'Korea’s antitrust regulator said Google had abused its market position.',
    'The Enforcement Directorate searched offices linked to Huawei in Delhi.',
    'The CCI has opened a probe into Samsung’s online sales.',
  ])('names the probe: %s', (text) => {
    const id = /Google|Apple|Huawei|Samsung/.exec(text)![0].toLowerCase();
    expect(topicsOf(text, id)).toEqual(['state-probe']);
  });

  it('gives the probe to the company probed, not to a complainant in another sentence part', () => {
    expect(
      signals(
        'The Competition Commission has heard from Apple and is likely to decide whether to investigate Samsung for abuse of dominance.',
      ),
    ).toEqual([['samsung', ['state-probe'], 'proposed', false]]);
  });

  it('reads a passive probe without an authority, and its stated reason as no hedge', () => {
    expect(signals('Units of Huawei were raided last year over alleged tax evasion.')).toEqual([
      ['huawei', ['state-probe'], 'confirmed', false],
    ]);
    expect(signals('Huawei was investigated for alleged bribery in Algeria.')).toEqual([
      ['huawei', ['state-probe'], 'confirmed', false],
    ]);
  });

  it('takes the government from the sentence before when a pronoun is the subject', () => {
    expect(signals('The FTC fined Google in 2021. It also fined Apple for the same practice.')).toEqual([
      ['google', ['state-probe'], 'confirmed', false],
      ['apple', ['state-probe'], 'confirmed', false],
    ]);
    // No government anywhere: a company's own fines are no probe.
    expect(signals('Tesla charges late fees. It also fined drivers for unpaid tolls.')).toEqual([]);
  });

  it('reads a fine by another name, and a country acting', () => {
    expect(topicsOf('Regulators slapped Google with a record fine.', 'google')).toEqual(['state-probe']);
    expect(topicsOf('Britain has fined Huawei for misleading its telecoms regulator.', 'huawei')).toEqual([
      'state-probe',
    ]);
    expect(signals('Alibaba could be subject to a fine if the watchdog finds a breach.')).toEqual([
      ['alibaba', ['state-probe'], 'proposed', false],
    ]);
  });

  it('does not read the fees a company charges as a levy', () => {
    expect(topicsOf('Regulators are investigating the fees Apple charges app developers.', 'apple')).toEqual([
      'state-probe',
    ]);
    expect(signals('Senators asked about the app store fees Apple collects.')).toEqual([]);
  });
});

describe('product bans, blacklists, US-technology bars', () => {
  it('reads an import ban as a trade restriction, not an export control, for every company of the list', () => {
    expect(
      signals('The government banned the sale or importation of telecom gear by Huawei, as well as Tencent and BYD.'),
    ).toEqual([
      ['byd', ['trade-restrictions'], 'confirmed', false],
      ['huawei', ['trade-restrictions'], 'confirmed', false],
      ['tencent', ['trade-restrictions'], 'confirmed', false],
    ]);
  });

  it('reads the FCC’s list as a product ban, not a sanctions list', () => {
    expect(topicsOf('The FCC added Huawei to its covered list last year.', 'huawei')).toEqual(['trade-restrictions']);
    // A bare blacklist with no trade or defence word stays a sanctions designation.
    expect(topicsOf('The Treasury blacklisted Rusal Corp in 2018.', 'rusal')).toEqual(['sanctions']);
  });

  it('reads a bar on buying US technology as an export control', () => {
    expect(topicsOf('The rule bars Huawei from buying U.S. components without a licence.', 'huawei')).toEqual([
      'export-controls',
    ]);
    expect(signals('Huawei was barred from the stage at the trade show.')).toEqual([]);
  });

  it('reads surveillance gear as a product, not a military tie', () => {
    expect(signals('Hesai Technology sells surveillance cameras in Europe.')).toEqual([]);
    expect(topicsOf('Officials fear Hesai Technology could enable surveillance by Beijing.', 'hesai')).toEqual([
      'military-ties',
    ]);
  });

  it('carries the list of the sentence before to "the list"', () => {
    expect(
      signals('The Commerce Department put Huawei on the Entity List. It later added Tencent to the list as well.'),
    ).toEqual([
      ['huawei', ['export-controls'], 'confirmed', false],
      ['tencent', ['export-controls'], 'confirmed', false],
    ]);
    // A shopping list is no list of the sentence before when that named no list topic.
    expect(signals('Apple raised prices in May. It added three phones to the list of discounts.')).toEqual([]);
  });
});

describe('state support by new words', () => {
  it('reads a grant (the noun) and a weapons contract', () => {
    expect(topicsOf('The government finalized a $2 billion grant to Samsung for its Texas fab.', 'samsung')).toEqual([
      'state-support',
    ]);
    expect(topicsOf('Huawei won a contract to supply radars for guided missile frigates.', 'huawei')).toEqual([
      'state-support',
    ]);
    // The verb is no grant: a licence or a rate granted is not a subsidy.
    expect(topicsOf('The EU agreed to grant Tesla an individual duty rate.', 'tesla')).not.toContain('state-support');
    // A private contract with no government or weapons word.
    expect(signals('Samsung won a contract to supply screens to Apple.')).toEqual([]);
  });

  it('reads an order won from a military or for weapons, not demand talk', () => {
    expect(topicsOf('Samsung won an order from the Navy for radar chips.', 'samsung')).toEqual(['state-support']);
    expect(topicsOf('Samsung received a €2 billion ammunition order.', 'samsung')).toEqual(['state-support']);
    expect(topicsOf('Intel won an order for 155mm artillery rounds.', 'intel')).toEqual(['state-support']);
    expect(signals('Samsung shares rose after the missile maker reported strong orders.')).toEqual([]);
    expect(signals('Samsung booked record missile orders this quarter.')).toEqual([]);
    expect(signals('Tesla won an order for 500 trucks from PepsiCo.')).toEqual([]);
    expect(signals('Tesla said orders for its cars were strong despite tanks of fuel costing more.')).toEqual([]);
  });

  it('reads "the department" as a government, not a company’s department', () => {
    expect(topicsOf('Samsung’s award was cut by $1 billion, the department said.', 'samsung')).toEqual([
      'state-support',
    ]);
    expect(signals('Samsung’s award for best design was announced, the sales department said.')).toEqual([]);
  });

  it('leaves a rival that lost the contract out', () => {
    expect(
      signals('Samsung won a Pentagon contract for missile parts, a contract that Intel was the favorite to win.'),
    ).toEqual([['samsung', ['state-support'], 'confirmed', false]]);
  });
});

describe('a nation’s forces', () => {
  it('reads supplying them as a military tie, not the war itself', () => {
    expect(topicsOf('Huawei radios were supplied to Russian forces through a distributor.', 'huawei')).toEqual([
      'military-ties',
    ]);
    expect(signals('Tesla shares fell after Russian forces invaded Ukraine.')).toEqual([]);
    expect(signals('Market forces drove Tesla’s prices down.')).toEqual([]);
  });
});

describe('status and denial patterns', () => {
  it('reads a report and an unnamed government source as allegations', () => {
    expect(signals('Huawei has ties to the Chinese military, report says')).toEqual([
      ['huawei', ['military-ties'], 'alleged', false],
    ]);
    expect(signals('Researchers revealed in a report that Huawei sold drones to the PLA.')).toEqual([
      ['huawei', ['military-ties'], 'alleged', false],
    ]);
    expect(signals('Tesla asked for a lower tariff on its cars, a senior government source said.')[0]?.[2]).toBe(
      'alleged',
    );
  });

  it('reads a penalty for alleged violations as the penalty, confirmed', () => {
    expect(
      signals('The Commerce Department imposed a penalty on Samsung for alleged export control violations.'),
    ).toEqual([['samsung', ['export-controls', 'state-probe'], 'confirmed', false]]);
  });

  it('ends a hedge’s clause at ", and officials…", not inside a list', () => {
    expect(
      signals('Trump has threatened to scrap the program, and U.S. officials finalized a $2 billion loan to Tesla.'),
    ).toEqual([['tesla', ['state-support'], 'confirmed', false]]);
    expect(signals('The Pentagon could add Alibaba, Tencent, and Baidu to its list.').map((s) => s[2])).toEqual([
      'proposed',
      'proposed',
      'proposed',
    ]);
  });

  it('lets "potential" hedge only the words after it', () => {
    expect(signals('Intel settled with the government to avoid a potential penalty.')[0]?.[2]).toBe('confirmed');
    expect(signals('Intel faces a potential penalty from the government.')[0]?.[2]).toBe('proposed');
  });

  it('reads "whether to" and "likely to" as a decision not yet taken', () => {
    // Before "alleged" (the sources): the decision is not taken.
    expect(signals('Regulators will decide whether to investigate Alibaba, sources said.')[0]?.[2]).toBe('proposed');
    expect(signals('Alibaba is likely to be added to the Entity List next week.')[0]?.[2]).toBe('proposed');
  });

  it('reads a company saying what it never did as a denial', () => {
    expect(signals('Autel Robotics said it has “never supplied any military customer.”')).toEqual([
      ['autel', ['military-ties'], 'alleged', true],
    ]);
    expect(signals('Never, at any time, has Huawei supplied equipment to the armed forces.')).toEqual([
      ['huawei', ['military-ties'], 'alleged', true],
    ]);
    // Not every "does not" is a denial: no military is named, so the export curbs are what the sentence says.
    expect(
      signals('Nvidia said the export curbs would hit revenue, while it does not sell products in Russia.'),
    ).toEqual([['nvidia', ['export-controls'], 'confirmed', false]]);
    expect(signals('Huawei said it does not work on weekends.')).toEqual([]);
  });

  it('keeps the action’s status beside a company disputing the claims', () => {
    expect(
      signals('Hesai Technology is blacklisted by the Pentagon but disputes U.S. claims of military links.'),
    ).toEqual([['hesai', ['military-ties'], 'confirmed', true]]);
  });

  it('joins a list across a country’s name ("and South Korea’s Samsung")', () => {
    expect(signals('China is investigating Nvidia Holdings and South Korea’s Samsung, regulators said.')).toEqual([
      ['nvidia', ['state-probe'], 'confirmed', false],
      ['samsung', ['state-probe'], 'confirmed', false],
    ]);
  });

  it('reads a bare "Company" heading line as the company named on the line before', () => {
    expect(signals('Chinese drone maker Autel Robotics\nCompany is blacklisted by the Pentagon')).toEqual([
      ['autel', ['military-ties'], 'confirmed', false],
    ]);
  });

  it('leaves the complainant out of the probe it asked for', () => {
    expect(
      signals(
        'The European Commission opened an antitrust probe after a complaint by streaming service Tesla against Apple.',
      ).map((s) => s[0]),
    ).toEqual(['apple']);
  });

  it('leaves the buyer out when a seller is the one penalised', () => {
    expect(
      signals('The Commerce Department fined Intel for selling chips to Huawei without a licence.').map((s) => s[0]),
    ).toEqual(['intel']);
  });
});

describe('lists widened for the sixth fresh batch', () => {
  it('joins a member described as “X-based”, “and other … companies, including”, and a six-word description', () => {
    expect(signals('OFAC sanctioned Rusal Corp, Cyprus-based Alibaba and Tencent.').map(([id]) => id)).toEqual([
      'alibaba',
      'rusal',
      'tencent',
    ]);
    expect(
      signals(
        'The Pentagon added Alibaba and other large Chinese companies, including the country’s biggest carmaker BYD, to its list.',
      ).map(([id]) => id),
    ).toEqual(['alibaba', 'byd']);
    expect(
      signals('The Pentagon list includes Huawei and the state-owned aerospace and defence manufacturer BYD.').map(
        ([id]) => id,
      ),
    ).toEqual(['byd', 'huawei']);
  });

  it('leaves a company after a clause of other words out of the list', () => {
    expect(
      signals(
        'The Pentagon added Alibaba to its list, and analysts at four big banks upgraded the shares of Tencent.',
      ).map(([id]) => id),
    ).toEqual(['alibaba']);
  });
});

describe('a new subject after ", and" ends the list', () => {
  it('leaves out the company that starts its own clause, and keeps a list with a serial comma', () => {
    expect(signals('OFAC designated Rusal Corp, a unit of the big conglomerate, and Tesla rose.')).toEqual([
      ['rusal', ['sanctions'], 'confirmed', false],
    ]);
    expect(signals('The Treasury sanctioned Rusal Corp, Alibaba, and Tencent.').map(([id]) => id)).toEqual([
      'alibaba',
      'rusal',
      'tencent',
    ]);
  });
});

describe('the one an action would benefit is a side party', () => {
  it('gives the Entity List to the company added, not to the one it would benefit', () => {
    expect(signals('Goldman Sachs analysts said Huawei’s addition to the Entity List would benefit Apple.')).toEqual([
      ['huawei', ['export-controls'], 'confirmed', false],
    ]);
  });
});

describe('the company right after the cue is its object', () => {
  it('keeps the sanctions on the company sanctioned even when described as another’s supplier', () => {
    expect(signals('Tesla rose 4% as the Treasury sanctioned Rusal Corp, a supplier of aluminium to Tesla.')).toEqual([
      ['rusal', ['sanctions'], 'confirmed', false],
    ]);
    // The described supplier with no cue before it stays a side party.
    expect(signals('Tesla, which buys from Rusal Corp, a supplier of aluminium, was fined by regulators.')).toEqual([
      ['tesla', ['state-probe'], 'confirmed', false],
    ]);
  });
});

describe('a role right after a name, and a government sanctioning a class of firms', () => {
  it('gives the fine to “Apple rival Samsung”’s Samsung, not to Apple', () => {
    expect(signals('Apple rival Samsung was fined by Korea’s Fair Trade Commission.')).toEqual([
      ['samsung', ['state-probe'], 'confirmed', false],
    ]);
  });

  it('gives nothing to a partner of a firm in a sanctioned class, and the sanctions to a member named', () => {
    expect(
      signals(
        'JPMorgan exited its joint venture with Rusal Corp after Western governments sanctioned Russian metals firms.',
      ),
    ).toEqual([]);
    expect(signals('The Treasury sanctioned Russian metals firms including Rusal Corp.')).toEqual([
      ['rusal', ['sanctions'], 'confirmed', false],
    ]);
  });
});
