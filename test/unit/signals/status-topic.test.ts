/**
 * The rules added for the fourth fresh batch (2026-12-05, status and topic), each on sentences written for this test —
 * not the batch's own — with the near misses each rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { signals, topicsOf } from './signal';

const EC = 'export-controls';
const TR = 'trade-restrictions';
const SP = 'state-probe';
const MT = 'military-ties';
const SU = 'state-support';

describe('status: plans, beliefs and fines faced', () => {
  it('reads an action being contemplated, proposed or set to happen as proposed', () => {
    expect(signals('The Commerce Department is contemplating adding Huawei to the Entity List.')).toEqual([
      ['huawei', [EC], 'proposed', false],
    ]);
    expect(signals('Officials are proposing the addition of Baidu to the Entity List.')).toEqual([
      ['baidu', [EC], 'proposed', false],
    ]);
    expect(signals('Washington was set to add Alibaba to a trade blacklist on Friday.')).toEqual([
      ['alibaba', [EC], 'proposed', false],
    ]);
    expect(signals('There is a possibility of new fines being handed out to Apple.')).toEqual([
      ['apple', [SP], 'proposed', false],
    ]);
  });

  it('keeps the action taken, and "set" as a verb, confirmed', () => {
    expect(signals('Washington added Alibaba to a trade blacklist on Friday.')).toEqual([
      ['alibaba', [EC], 'confirmed', false],
    ]);
    expect(signals('The Commerce Department set new limits on Nvidia chip exports.')).toEqual([
      ['nvidia', [EC], 'confirmed', false],
    ]);
  });

  it('reads a fine faced as not imposed yet, and a fine imposed as a fact', () => {
    expect(signals('Microsoft is facing a fine of up to 10% of its turnover from Brussels.')).toEqual([
      ['microsoft', [SP], 'proposed', false],
    ]);
    expect(signals('Microsoft was fined by Brussels last year.')).toEqual([['microsoft', [SP], 'confirmed', false]]);
  });

  it('reads what a government believes as an allegation, not what a company believes', () => {
    expect(
      signals('The Pentagon released a list of firms it believes support the Chinese military, including Tencent.'),
    ).toEqual([['tencent', [MT], 'alleged', false]]);
    expect(signals('Nvidia said it did not believe the export rules would hurt its sales.')).not.toContainEqual(
      expect.arrayContaining(['alleged']),
    );
  });

  it('does not read the work an award pays for as a hedge on the award', () => {
    expect(
      signals('Intel was awarded a $20 million Air Force contract to complete a design proposal for secure chips.'),
    ).toEqual([['intel', [SU], 'confirmed', false]]);
    expect(signals('Intel could be awarded an Air Force contract.')).toEqual([['intel', [SU], 'proposed', false]]);
  });
});

describe('topics: words the lexicons missed, and words that overreached', () => {
  it('reads a naval buyer, the EAR, a security review and a criminal charge', () => {
    expect(topicsOf('Tesla was awarded a contract to supply batteries to Naval Station Norfolk.', 'tesla')).toEqual([
      SU,
    ]);
    expect(topicsOf('Huawei has been barred from receiving items subject to the EAR since 2019.', 'huawei')).toEqual([
      EC,
    ]);
    expect(topicsOf('U.S. agencies began a security review of Tesla’s data practices.', 'tesla')).toEqual([SP]);
    expect(topicsOf('Huawei was charged with bank fraud by the Justice Department.', 'huawei')).toEqual([SP]);
  });

  it('leaves the same words alone without a state or in lower case', () => {
    expect(signals('Tesla signed a contract to supply batteries to a utility.')).toEqual([]);
    expect(signals('Apple’s new EARbuds sold out, and Apple said its ear buds will return.')).toEqual([]);
    expect(signals('Tesla completed a security review of its own code.')).toEqual([]);
    expect(signals('Tesla charged ahead with its new Supercharger network.')).toEqual([]);
  });

  it('tells an import ban from an export ban', () => {
    expect(topicsOf('The FCC banned the import and sale of Huawei routers.', 'huawei')).toEqual([TR]);
    expect(topicsOf('Washington banned the sale of Nvidia chips to China.', 'nvidia')).toEqual([EC]);
  });

  it('reads the FCC Covered List and a ban in a country as trade restrictions', () => {
    expect(signals('Huawei remains on the Covered List.')).toEqual([['huawei', [TR], 'confirmed', false]]);
    expect(topicsOf('Huawei phones have been under a ban in the U.S. since 2019.', 'huawei')).toEqual([TR]);
  });

  it('reads an investment ban by its effect', () => {
    expect(topicsOf('Americans are no longer allowed to buy shares of Tencent under the order.', 'tencent')).toEqual([
      TR,
    ]);
    expect(signals('Investors are allowed to buy shares of Tencent again.')).toEqual([]);
  });

  it('does not read the ground a government gives for its ban as a military tie of the company', () => {
    expect(topicsOf('The FCC proposed banning Huawei gear, citing national security concerns.', 'huawei')).toEqual([
      TR,
    ]);
    expect(topicsOf('Officials raised national security concerns about Huawei gear.', 'huawei')).toEqual([MT]);
  });

  it('reads tariffs as the weather of a price move, and a crackdown on a class of firms, as macro talk', () => {
    expect(signals('Amid the tariffs, Apple stock swung wildly.')).toEqual([]);
    expect(signals('Alibaba fell 4%, as Beijing widened its crackdown on tech companies.')).toEqual([]);
    // Aimed at the company, they count.
    expect(topicsOf('Apple stock fell amid tariffs on iPhones made in China.', 'apple')).toEqual([TR]);
    expect(topicsOf('Beijing widened its crackdown on Alibaba.', 'alibaba')).toEqual([SP]);
  });
});

describe('attribution: lists, relatives, rivals and a government’s "its"', () => {
  it('keeps a list across names the detector does not know and across a legal form’s dot', () => {
    expect(signals('The list names Alibaba, SenseTime, Megvii, Baidu and Tencent as surveillance suppliers.')).toEqual([
      ['alibaba', [MT], 'confirmed', false],
      ['baidu', [MT], 'confirmed', false],
      ['tencent', [MT], 'confirmed', false],
    ]);
    expect(signals('The Treasury sanctioned Rusal Corp. and Huawei last year.')).toEqual([
      ['huawei', ['sanctions'], 'confirmed', false],
      ['rusal', ['sanctions'], 'confirmed', false],
    ]);
  });

  it('gives the members named after ", which includes" the list’s topic', () => {
    expect(signals('Regulators expanded the Entity List, which now includes Tencent and Baidu.')).toEqual([
      ['baidu', [EC], 'confirmed', false],
      ['tencent', [EC], 'confirmed', false],
    ]);
    expect(signals('Analysts updated their watch list, which includes Tencent and Baidu.')).toEqual([]);
  });

  it('reads ", which" after a name with its legal form and place', () => {
    expect(
      signals(
        'According to the department, Baidu Inc. of Beijing, which was added to the Entity List, allegedly shipped chips to Russia.',
      ),
    ).toEqual([['baidu', [EC], 'alleged', false]]);
  });

  it('does not give a tariff to the rival it gives an edge to', () => {
    expect(signals('The tariffs on Chinese phones would give Samsung an edge over Huawei.')).toEqual([
      ['huawei', [TR], 'confirmed', false],
    ]);
  });

  it('reads "its" after a government as the government’s', () => {
    expect(signals('Toyota rose 2%, while the government extended its investigation into parts suppliers.')).toEqual(
      [],
    );
    expect(signals('The government extended its investigation into Toyota.')).toEqual([
      ['toyota', [SP], 'confirmed', false],
    ]);
    // After a preposition or a copula, "its" is the company's again.
    expect(signals('Tesla won a contract from the Department of Defense for its new battery packs.')).toEqual([
      ['tesla', [SU], 'confirmed', false],
    ]);
    expect(signals('Shares of Intel rose. The government is now its largest shareholder.')).toEqual([
      ['intel', [SU], 'confirmed', false],
    ]);
  });
});

describe('denials: a designation deemed a mistake, a ruling disagreed with, evidence called false', () => {
  it('reads each as the company denying', () => {
    expect(signals('Tencent deemed the Pentagon’s designation a “mistake”.')).toEqual([
      ['tencent', [MT], 'alleged', true],
    ]);
    expect(signals('Huawei said the evidence of espionage is false.')).toEqual([['huawei', [MT], 'alleged', true]]);
    // The fine reported beside the denial keeps its status.
    expect(signals('Google disagreed with the ruling after the fine was slapped by Brussels.')).toEqual([
      ['google', [SP], 'confirmed', true],
    ]);
  });

  it('leaves the same verbs alone with no claim to deny', () => {
    expect(signals('Tencent called the launch a success.')).toEqual([]);
    expect(signals('Google disagreed with the analysts about the cost of the fine it paid.')).not.toContainEqual(
      expect.arrayContaining([true]),
    );
  });
});

describe('who is speaking or suing: legislators, the company’s own suit, its own compliance', () => {
  it('reads what legislators say as an allegation, and an official action as a fact', () => {
    expect(signals('Lawmakers said Huawei has ties to the Chinese military.')).toEqual([
      ['huawei', [MT], 'alleged', false],
    ]);
    expect(signals('The Pentagon said Huawei has ties to the Chinese military.')).toEqual([
      ['huawei', [MT], 'confirmed', false],
    ]);
  });

  it('does not read the company suing the government as a probe of it', () => {
    expect(
      topicsOf('Huawei sued the Defense Department over its designation as a military company.', 'huawei'),
    ).toEqual([MT]);
    expect(
      topicsOf('A judge dismissed a lawsuit filed by drone maker Autel Robotics over the Pentagon list.', 'autel'),
    ).toEqual([MT]);
    // The government's suit is one.
    expect(topicsOf('The Justice Department sued Google over its ad technology.', 'google')).toEqual([SP]);
  });

  it('reads the company challenging its designation, or saying it complies with all rules, as a denial', () => {
    expect(signals('Hesai Technology is challenging its designation in court.')).toEqual([]);
    expect(signals('Hesai Technology is challenging its designation as a Chinese military company in court.')).toEqual([
      ['hesai', [MT], 'alleged', true],
    ]);
    expect(signals('Nvidia said it complies with all applicable export control laws.')).toEqual([
      ['nvidia', [EC], 'alleged', true],
    ]);
    // Chips designed to fit the rules are an export-control fact, not a denial.
    expect(signals('Nvidia designed the chip to comply with U.S. export rules.')).toEqual([
      ['nvidia', [EC], 'confirmed', false],
    ]);
  });

  it('does not read the company seeking to undo a listing as a planned state action', () => {
    expect(
      signals('Autel Robotics is seeking to be removed from the Pentagon’s list of Chinese military companies.'),
    ).toEqual([['autel', [MT], 'confirmed', false]]);
    expect(signals('The Pentagon is seeking to add Autel Robotics to its list of Chinese military companies.')).toEqual(
      [['autel', [MT], 'proposed', false]],
    );
  });
});

describe('status: the record as a source, "will be", and consequences of an action taken', () => {
  it('reads the acting authority as the record, and its unnamed officials as a report', () => {
    expect(signals('According to the Treasury, Huawei was sanctioned for selling to Iran.')).toEqual([
      ['huawei', ['sanctions'], 'confirmed', false],
    ]);
    expect(signals('Huawei was added to the Entity List, according to the Pentagon.')).toEqual([
      ['huawei', [EC], 'confirmed', false],
    ]);
    expect(signals('According to a Commerce Department official, Huawei was added to the Entity List.')).toEqual([
      ['huawei', [EC], 'alleged', false],
    ]);
    expect(signals('According to people familiar with the matter, Huawei was sanctioned.')).toEqual([
      ['huawei', ['sanctions'], 'alleged', false],
    ]);
  });

  it('reads an action that "will be" taken as proposed', () => {
    expect(signals('Huawei will be added to the Entity List next week.')).toEqual([
      ['huawei', [EC], 'proposed', false],
    ]);
    expect(signals('Huawei was added to the Entity List last week.')).toEqual([['huawei', [EC], 'confirmed', false]]);
  });

  it('reads a modal after an action taken as its consequence', () => {
    expect(signals('Huawei, which was sanctioned in 2022, could lose its buyers in India.')).toEqual([
      ['huawei', ['sanctions'], 'confirmed', false],
    ]);
    expect(signals('Nvidia faces export curbs that could cost it billions.')).toEqual([
      ['nvidia', [EC], 'confirmed', false],
    ]);
    // A threatened action stays a threat, whatever follows it.
    expect(signals('Trump threatened tariffs that could hit Toyota.')).toEqual([['toyota', [TR], 'proposed', false]]);
    expect(signals('Huawei could face sanctions.')).toEqual([['huawei', ['sanctions'], 'proposed', false]]);
  });

  it('reads the company’s own intention as no state plan', () => {
    expect(signals('Tesla said it intends to fulfil the Army contract on time.')).toEqual([
      ['tesla', [SU], 'confirmed', false],
    ]);
    expect(signals('The Army intends to award Tesla a battery contract.')).toEqual([
      ['tesla', [SU], 'proposed', false],
    ]);
  });
});

describe('topics added for the sixth fresh batch: blacklisting by Commerce, US-origin items, market bars, inquiries', () => {
  it('reads the Commerce Department’s blacklisting as export controls, the Treasury’s as sanctions', () => {
    expect(
      topicsOf('The Commerce Department’s blacklisting of Huawei cut it off from American chips.', 'huawei'),
    ).toEqual([EC]);
    expect(topicsOf('The Treasury’s blacklisting of Rusal Corp froze its assets.', 'rusal')).toEqual(['sanctions']);
  });

  it('reads US-origin items as export controls, and leaves US-made parts alone', () => {
    expect(signals('The Commerce Department fined Alibaba for reexporting US-origin items to Iran.')).toEqual([
      ['alibaba', [EC, SP], 'confirmed', false],
    ]);
    expect(signals('Tesla buys US-made parts for its Berlin plant.')).toEqual([]);
  });

  it('reads an investment blacklist as a trade restriction that keeps the Pentagon’s military tie', () => {
    expect(signals('The Pentagon removed Alibaba from its investment blacklist.')).toEqual([
      ['alibaba', [MT, TR], 'confirmed', false],
    ]);
    expect(topicsOf('The Pentagon approved a $400 million investment in MP Materials.', 'mp-materials')).toEqual([SU]);
  });

  it('reads a bar from operating in the US as a trade restriction, not a company’s own bar', () => {
    expect(signals('Regulators barred Huawei from operating in the United States.')).toEqual([
      ['huawei', [TR], 'confirmed', false],
    ]);
    expect(signals('Tesla barred reporters from its plant.')).toEqual([]);
  });

  it('reads an authority’s request for documents, a guilty plea and a penalty paid to the US as a probe', () => {
    expect(signals('The SEC asked Tesla for documents about its self-driving software.')).toEqual([
      ['tesla', [SP], 'confirmed', false],
    ]);
    expect(signals('Huawei pleaded guilty to bank fraud in a US court.')).toEqual([
      ['huawei', [SP], 'confirmed', false],
    ]);
    expect(signals('Alibaba agreed to pay a $2 million penalty to the US.')).toEqual([
      ['alibaba', [SP], 'confirmed', false],
    ]);
    // A company asking its suppliers, and a suit not brought, are no probe.
    expect(signals('Tesla asked suppliers for details of their costs.')).toEqual([]);
    expect(signals('Tesla did not sue the regulator.')).toEqual([]);
  });
});

describe('status added for the sixth fresh batch', () => {
  it('reads possible conduct (“may be sending”) and an outlet’s report (“reported on Monday that”) as alleged', () => {
    expect(signals('Critics warn Huawei may be sending user data to Chinese intelligence agencies.')).toEqual([
      ['huawei', [MT], 'alleged', false],
    ]);
    expect(signals('The Financial Times reported on Monday that Alibaba had been added to the Entity List.')).toEqual([
      ['alibaba', [EC], 'alleged', false],
    ]);
    // A state's possible action stays a plan, and the company's own report a fact.
    expect(signals('The Pentagon may add Huawei to its list.')).toEqual([['huawei', [MT], 'proposed', false]]);
    expect(
      signals('Apple posted record sales. The company reported on Monday that tariffs would cost it $900 million.'),
    ).toEqual([['apple', [TR], 'confirmed', false]]);
  });

  it('reads “are considered … threats” as a standing, “is considering” and “considered for” as plans', () => {
    expect(signals('Huawei and Tencent are considered national security threats by the FCC.')).toEqual([
      ['huawei', [MT], 'confirmed', false],
      ['tencent', [MT], 'confirmed', false],
    ]);
    expect(signals('The Commerce Department is considering adding Huawei to the Entity List.')).toEqual([
      ['huawei', [EC], 'proposed', false],
    ]);
    expect(signals('Huawei is being considered for the Entity List.')).toEqual([['huawei', [EC], 'proposed', false]]);
  });

  it('reads “the potential for” as a capability, “potential sanctions” as a hedge', () => {
    expect(signals('The Pentagon kept Huawei, which sold gear with the potential for spying.')).toEqual([
      ['huawei', [MT], 'confirmed', false],
    ]);
    expect(signals('Huawei faces potential sanctions.')).toEqual([['huawei', ['sanctions'], 'proposed', false]]);
  });

  it('reads “would effectively place” as a plan and “will effectively cut” after restrictions as their effect', () => {
    expect(signals('The move would effectively place Huawei on the Entity List.')).toEqual([
      ['huawei', [EC], 'proposed', false],
    ]);
    expect(signals('The restrictions will effectively cut Huawei off from US chips.')).toEqual([
      ['huawei', [EC], 'confirmed', false],
    ]);
  });

  it('reads a modal in the company’s argument in court as its denial, not a plan', () => {
    expect(signals('Alibaba sued the Defense Department, arguing it should be removed from the list.')).toEqual([
      ['alibaba', [MT], 'alleged', true],
    ]);
  });
});

describe('macro talk and negation added for the sixth fresh batch', () => {
  it('leaves tariffs on a sector and guidance that leaves tariffs out alone', () => {
    expect(signals('Apple said the tariff impact on retail would be modest.')).toEqual([]);
    expect(signals('Apple said its guidance does not reflect any impact from the new tariffs.')).toEqual([]);
  });

  it('leaves fears of curbs or tariffs and sanctions on a class of banks as a price move’s weather', () => {
    for (const text of [
      'Nvidia fell 3% on fears of new export curbs.',
      'Tesla and Apple fell as investors weighed the risk of new tariffs.',
      'Apple led the Nasdaq lower amid worries about tariffs on China.',
      'Alibaba rose 2% even as Washington weighed sanctions on Chinese banks.',
    ])
      expect(signals(text)).toEqual([]);
    // Positive controls: a threat aimed at the company's own chips, and tariffs on its own products.
    expect(signals('Nvidia faces the threat of export curbs on its H20 chips.')).toEqual([
      ['nvidia', [EC], 'proposed', false],
    ]);
    expect(signals('Apple fell on fears of tariffs on Apple products.')).toEqual([['apple', [TR], 'confirmed', false]]);
  });

  it('still reads the tariff impact on the company itself and guidance that counts it', () => {
    expect(signals('Apple said the tariff impact on its iPhone costs was $900 million.')).toEqual([
      ['apple', [TR], 'confirmed', false],
    ]);
    expect(signals('Apple said its guidance reflects a $900 million impact from the new tariffs.')).toEqual([
      ['apple', [TR], 'confirmed', false],
    ]);
  });
});
