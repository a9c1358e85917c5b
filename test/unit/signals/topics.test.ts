/** Each topic's cues, with inflections, and the conditions generic cues need. */
import { describe, expect, it } from 'vitest';
import { topicsOf } from './signal';

describe('topic cues', () => {
  it.each([
    ['sanctions', 'The Treasury sanctioned Rusal Corp in April.'],
    ['sanctions', 'OFAC added Rusal Corp to the SDN list.'],
    ['sanctions', 'The EU froze the assets of Rusal Corp.'],
    ['export-controls', 'Huawei was added to the Entity List in 2019.'],
    ['export-controls', 'The Commerce Department granted Nvidia licenses to ship H20 chips.'],
    ['export-controls', 'New chip curbs hit Nvidia hard.'],
    ['export-controls', 'Washington restricted sales of advanced chips by Nvidia to China.'],
    ['military-ties', 'The Pentagon listed Alibaba as a Chinese military company.'],
    ['military-ties', 'Huawei denied links to the People’s Liberation Army.'],
    ['military-ties', 'Hesai Technology was named on the 1260H list.'],
    ['military-ties', 'Officials suspect Huawei of espionage.'],
    ['trade-restrictions', 'Toyota faces 25% tariffs on cars it ships from Mexico.'],
    ['trade-restrictions', 'Lawmakers threatened to delist Alibaba under the HFCAA.'],
    ['trade-restrictions', 'The government banned imports of Huawei phones.'],
    ['trade-restrictions', 'Treasury put Huawei on the NS-CMIC list.'],
    ['state-probe', 'China’s SAMR opened an antitrust probe into Nvidia.'],
    ['state-probe', 'Regulators fined Alibaba $2.8 billion.'],
    ['state-probe', 'CFIUS is reviewing the deal for Intel.'],
    ['state-support', 'The Pentagon will take a $400 million stake in MP Materials.'],
    ['state-support', 'Intel received $8 billion in CHIPS Act grants from the government.'],
    ['state-support', 'MP Materials won a defense contract.'],
  ])('%s: %s', (topic, text) => {
    const entity = /Rusal|Huawei|Alibaba|Nvidia|Hesai|Toyota|Intel|MP Materials/.exec(text)![0];
    const id = { Rusal: 'rusal', Huawei: 'huawei', Hesai: 'hesai', 'MP Materials': 'mp-materials' }[entity];
    expect(topicsOf(text, id ?? entity.toLowerCase())).toContain(topic);
  });

  it('sorts topics by severity', () => {
    const text = 'Huawei, on the Entity List, was also sanctioned and hit with tariffs.';
    expect(topicsOf(text, 'huawei')).toEqual(['sanctions', 'export-controls', 'trade-restrictions']);
  });

  it('reads a longer cue as one: an export ban is not also a product ban, the NS-CMIC list not a military tie', () => {
    expect(topicsOf('The government imposed an export ban on Nvidia.', 'nvidia')).toEqual(['export-controls']);
    expect(topicsOf('Huawei is on the Non-SDN Chinese Military-Industrial Complex list.', 'huawei')).toEqual([
      'trade-restrictions',
    ]);
  });

  it('needs a government for generic words: a class action or a private contract is not a signal', () => {
    expect(topicsOf('A law firm is investigating claims on behalf of investors of Alibaba.', 'alibaba')).toEqual([]);
    expect(topicsOf('Apple signed a contract with a supplier.', 'apple')).toEqual([]);
    expect(topicsOf('Alibaba is investigating a data leak.', 'alibaba')).toEqual([]);
    expect(topicsOf('The SEC is investigating Alibaba.', 'alibaba')).toEqual(['state-probe']);
    expect(topicsOf('Hesai Technology said it intends to file a lawsuit against the Pentagon.', 'hesai')).not.toContain(
      'state-probe',
    );
  });

  it('does not read "non-military" as military', () => {
    expect(topicsOf('Toyota makes non-military vehicles.', 'toyota')).toEqual([]);
  });
});

describe('macro talk', () => {
  it('reads "the defense and military sectors" as an industry, not a military tie', () => {
    expect(topicsOf('Intel, a chip firm that sells into the defense and military sectors, rose 3%.', 'intel')).toEqual(
      [],
    );
    expect(topicsOf('Intel supplies the military with chips.', 'intel')).toEqual(['military-ties']);
  });
});

describe('duties and summonses, with a state', () => {
  it('reads them as a tariff and a probe', () => {
    expect(topicsOf('The EU imposed duties on Toyota cars made in Japan.', 'toyota')).toEqual(['trade-restrictions']);
    expect(topicsOf('Chinese regulators summoned Nvidia over its chips.', 'nvidia')).toEqual(['state-probe']);
  });

  it('not without one', () => {
    expect(topicsOf('Toyota said its new chief takes up his duties in May.', 'toyota')).toEqual([]);
    expect(topicsOf('Nvidia summoned its suppliers to a meeting.', 'nvidia')).toEqual([]);
  });
});

describe('a stake', () => {
  it("is state support when a state takes it, not a company's own holding", () => {
    expect(topicsOf('The government took a 10% stake in Intel.', 'intel')).toEqual(['state-support']);
    expect(topicsOf('The government approved a refinery in which Rusal Corp holds a 49% stake.', 'rusal')).toEqual([]);
  });
});

describe('a state blocking a company from shipping', () => {
  it('is an export control, with a state only', () => {
    expect(topicsOf('The Dutch government blocked Intel from shipping its machines to China.', 'intel')).toEqual([
      'export-controls',
    ]);
    expect(topicsOf('A strike stopped Intel from shipping its machines to China.', 'intel')).toEqual([]);
  });
});
