/** Attribution: named companies, references back, multi-company sentences, and what is not a signal. */
import { describe, expect, it } from 'vitest';
import { extractSignals, extractSignalsFor } from '../../../utils/signals';
import { mentionsOf } from './mentions';
import { NAMES, signals } from './signal';

describe('referring back', () => {
  it.each([
    'Alibaba reported results. The company was later added to the Entity List.',
    'Alibaba reported results. The firm was later added to the Entity List.',
    'Alibaba reported results. The e-commerce giant was later added to the Entity List.',
    'Alibaba reported results. It was later added to the Entity List.',
    'Alibaba reported results. Regulators fined the group, citing its data practices.',
    'Alibaba reported results. Its cloud unit was added to the Entity List.',
  ])('%s', (text) => {
    const found = signals(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.[0]).toBe('alibaba');
  });

  it('reaches only the sentence right after the naming one', () => {
    expect(signals('Alibaba reported results. Sales rose. The company was added to the Entity List.')).toEqual([]);
  });

  it('takes a short name from the naming sentence', () => {
    const text = 'Hesai Technology Co. makes lidar. Hesai was added to the 1260H list.';
    expect(signals(text)).toEqual([['hesai', ['military-ties'], 'confirmed', false]]);
  });

  it('gives a plural reference to every company of the previous sentence', () => {
    const text = 'Alibaba and Baidu fell. Both companies were added to the Pentagon list.';
    expect(signals(text).map((s) => s[0])).toEqual(['alibaba', 'baidu']);
  });

  it('does not read an expletive "it" as the company', () => {
    expect(signals('Alibaba rose. It is unclear whether sanctions will follow.')).toEqual([]);
  });

  it('reports the whole sentence with its offsets', () => {
    const text = 'Alibaba reported results.  The company was added to the Entity List.\n';
    const [s] = extractSignals(text, mentionsOf(text, NAMES));
    expect(s).toMatchObject({ entityId: 'alibaba', sentence: 'The company was added to the Entity List.' });
    expect(text.slice(s!.start, s!.end)).toBe(s!.sentence);
  });
});

describe('several companies in a sentence', () => {
  it('gives a cue to the nearest company in its clause', () => {
    const text = 'Toyota shares rose, while Huawei was added to the Entity List.';
    expect(signals(text)).toEqual([['huawei', ['export-controls'], 'confirmed', false]]);
  });

  it('gives a cue to every company of a list', () => {
    const text = 'The Pentagon added Alibaba, Baidu and BYD to its list of Chinese military companies.';
    expect(signals(text).map((s) => s[0])).toEqual(['alibaba', 'baidu', 'byd']);
  });

  it('keeps each company to its own cues', () => {
    const text = 'Huawei was sanctioned; Intel won a government contract.';
    expect(signals(text)).toEqual([
      ['huawei', ['sanctions'], 'confirmed', false],
      ['intel', ['state-support'], 'confirmed', false],
    ]);
  });
});

describe('not signals', () => {
  it.each([
    'Alibaba shares fell 3% in Hong Kong.',
    'Nvidia reported record quarterly revenue of $30 billion, beating estimates.',
    'Apple launched a new iPhone on Tuesday.',
    'Toyota rose 2%, as investors shrugged off worries about tariffs.',
    'Stocks slid amid fears of a trade war; Toyota was flat.',
  ])('%s', (text) => {
    expect(signals(text)).toEqual([]);
  });
});

describe('extractSignalsFor', () => {
  it('equals the whole-text result filtered to one company', () => {
    const text = [
      'Markets were mixed.',
      'Alibaba reported results. It was added to the Entity List.',
      'Huawei was sanctioned.',
      'Toyota rose. The company faces tariffs.',
      'Later, the Pentagon added Alibaba and Baidu to its Chinese military company list.',
      'Both companies denied it.',
      '',
      'Alibaba was fined by regulators.',
      '',
      '',
      'It later denied wrongdoing, the company said.',
    ].join('\n');
    const mentions = mentionsOf(text, NAMES);
    for (const id of ['alibaba', 'baidu', 'huawei', 'toyota']) {
      expect(extractSignalsFor(text, mentions, id)).toEqual(
        extractSignals(text, mentions).filter((s) => s.entityId === id),
      );
    }
    // "It was added…", "…added Alibaba and Baidu…", and the denial after it.
    expect(extractSignalsFor(text, mentions, 'alibaba')).toHaveLength(5);
  });

  it('reads a text that starts with a line break', () => {
    const text = '\n\nThe Pentagon put Huawei on its list.';
    expect(extractSignalsFor(text, mentionsOf(text, NAMES), 'huawei')).toHaveLength(1);
  });
});

describe('a pronoun with an unnamed company before it in its sentence', () => {
  it('refers to that company, not to the one the sentence before names', () => {
    expect(
      signals(
        'Shares of Alibaba fell on Monday. Meanwhile, a chipmaker with the government as its largest shareholder rallied.',
      ),
    ).toEqual([]);
    expect(signals('Toyota shares fell. Several carmakers expect tariffs to squeeze their margins.')).toEqual([]);
  });

  it('refers to a subject the detector does not know as a company', () => {
    expect(
      signals('Rusal Corp shares fell.\nThe United Kingdom has imposed its toughest sanctions on Russia.'),
    ).toEqual([]);
  });

  it('still refers back when the sentence holds no such company', () => {
    expect(signals('Shares of Intel rose on Monday. The government is now its largest shareholder.')).toEqual([
      ['intel', ['state-support'], 'confirmed', false],
    ]);
    expect(signals('Toyota and BYD shares fell. They expect tariffs to squeeze their margins.')).toEqual([
      ['byd', ['trade-restrictions'], 'proposed', false],
      ['toyota', ['trade-restrictions'], 'proposed', false],
    ]);
  });
});

describe('", which" after a name', () => {
  it('refers to that company', () => {
    expect(signals('Intel (INTC), which won an Army contract last year, said sales rose.')).toEqual([
      ['intel', ['state-support'], 'confirmed', false],
    ]);
  });

  it('refers to nothing after an unnamed company', () => {
    expect(signals('A rival, which won the Army contract, is private; Intel lost.')).toEqual([]);
  });
});

describe('"the business" refers back', () => {
  it('like "the company"', () => {
    expect(signals('Toyota posted record sales. Executives said tariffs remain a burden for the business.')).toEqual([
      ['toyota', ['trade-restrictions'], 'confirmed', false],
    ]);
    // Negative: "the sector" is the industry, not the company.
    expect(signals('Toyota posted record sales. Executives said tariffs remain a burden for the sector.')).toEqual([]);
  });
});

describe('pointing back at an action across one sentence', () => {
  const action = 'The Pentagon added Alibaba to its list of Chinese military companies. ';
  it('takes the action of the sentence before the one before', () => {
    const text = `${action}Analysts expect a reaction from Beijing. The designation of Baidu, meanwhile, surprised investors.`;
    expect(signals(text)).toEqual([
      ['alibaba', ['military-ties'], 'confirmed', false],
      ['baidu', ['military-ties'], 'confirmed', false],
    ]);
  });

  it('not across two', () => {
    const text = `${action}Analysts expect a reaction. Investors were calm. The designation of Baidu surprised them.`;
    expect(signals(text).map((s) => s[0])).toEqual(['alibaba']);
  });
});

describe('what a sentence may point back with', () => {
  it.each([
    [
      'The Pentagon pledged a $400 million loan to MP Materials. The funds will help MP Materials build a plant, with output expected in 2027.',
      ['mp-materials', ['state-support'], 'confirmed', false],
    ],
    [
      'The Commerce Department banned sales of H20 chips to China. As a result, Nvidia expects a $5 billion charge.',
      ['nvidia', ['export-controls'], 'confirmed', false],
    ],
    [
      'The Commerce Department is considering new export curbs. This proposed expansion could hit Huawei.',
      ['huawei', ['export-controls'], 'proposed', false],
    ],
  ])('%s', (text, signal) => {
    // The last sentence's signal (the first sentence of the loan case has its own).
    expect(signals(text).slice(text.startsWith('The Pentagon') ? 1 : 0)).toEqual([signal]);
  });

  it('with "the violations" after a sanctions case', () => {
    const text =
      'OFAC reached a settlement over sanctions breaches at Rusal Corp. The violations involved sales by Rusal Corp to a trader.';
    expect(signals(text)[1]?.[0]).toBe('rusal');
    expect(signals(text)[1]?.[1]).toContain('sanctions');
  });

  it('not with a price move', () => {
    expect(signals('The Commerce Department banned sales of H20 chips to China. As a result, Nvidia fell 3%.')).toEqual(
      [],
    );
  });
});

describe('a heading between a name and a reference', () => {
  it('is skipped', () => {
    expect(
      signals('Alibaba reported results.\nTable of Contents\nThe company was later added to the Entity List.'),
    ).toEqual([['alibaba', ['export-controls'], 'confirmed', false]]);
  });

  it('unlike a sentence', () => {
    expect(
      signals('Alibaba reported results.\nMarkets were calm.\nThe company was later added to the Entity List.'),
    ).toEqual([]);
  });
});

describe('a clause with no subject of its own', () => {
  it('has the subject of the clause before', () => {
    expect(
      signals('Apple builds most iPhones in China, but has moved output to India to avoid the new tariffs.'),
    ).toEqual([['apple', ['trade-restrictions'], 'confirmed', false]]);
  });

  it('unless it names its own', () => {
    expect(signals('Apple builds most iPhones in China, but Toyota was hit by the new tariffs.')).toEqual([
      ['toyota', ['trade-restrictions'], 'confirmed', false],
    ]);
  });
});

describe('exposure and effects of the action before', () => {
  const action = 'Washington imposed a 25% tariff on imported cars. ';
  it.each([
    [`${action}Toyota and BYD are less exposed, building most cars locally.`, ['byd', 'toyota']],
    [`${action}Toyota said this will affect the cost of its parts.`, ['toyota']],
  ])('%s', (text, ids) => {
    expect(signals(text).map((s) => s[0])).toEqual(ids);
  });

  it('leaves out an analyst closing the sentence as its source', () => {
    expect(signals(`${action}One carmaker is less exposed than its rivals, JPMorgan said.`)).toEqual([]);
  });

  it('not exposure to something else', () => {
    expect(signals(`${action}JPMorgan said its exposure to the region was limited.`)).toEqual([]);
  });

  it('needs an action before', () => {
    expect(signals('Toyota and BYD are less exposed to the yen, building most cars locally.')).toEqual([]);
  });
});

describe('", with …" opens a clause of its own', () => {
  it('so a price move after it takes no cue from before', () => {
    expect(signals('Stocks rose as investors bet the trade war would cool, with Apple up 2% and Intel up 1%.')).toEqual(
      [],
    );
  });

  it('while the clause before keeps its company', () => {
    expect(signals('Washington imposed tariffs on Toyota, with effect from May.')).toEqual([
      ['toyota', ['trade-restrictions'], 'confirmed', false],
    ]);
  });
});
