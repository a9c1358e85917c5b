/** Sentence segmentation: ICU's breaks, repaired after abbreviations, initials and dotted tickers. */
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../utils/signals';

const sentences = (text: string) => segmentSentences(text).map((s) => text.slice(s.start, s.end));

describe('segmentSentences', () => {
  it.each([
    ['The U.S. Commerce Department added Huawei Technologies Co. Ltd. to the Entity List.'],
    ['Apple Inc. Chief Executive Tim Cook met Mr. Trump on Jan. 5 in Washington.'],
    ['TSMC, the No. 1 chipmaker, said the U.K. Government would not act.'],
    ['Shares of Alibaba (9988.HK) fell, Nvidia (NVDA.O) rose and Berkshire (BRK.B) was flat.'],
    ['John F. Kennedy and J.P. Morgan were named.'],
    ['Hesai Technology Co., Ltd. (Nasdaq: HSAI) responded on Feb. 7.'],
  ])('keeps %j as one sentence', (text) => {
    expect(sentences(text)).toEqual([text]);
  });

  it('breaks before an opening quote after initials or an abbreviation', () => {
    expect(
      sentences('Musk posted on X. "To be clear, this is costly." Sales rose at Apple Inc. "We did well," he said.'),
    ).toEqual([
      'Musk posted on X.',
      '"To be clear, this is costly."',
      'Sales rose at Apple Inc.',
      '"We did well," he said.',
    ]);
    // Without the quote, a capital after initials is still the rest of the name.
    expect(sentences('Shares of J.P. Morgan rose.')).toEqual(['Shares of J.P. Morgan rose.']);
  });

  it('still breaks where a sentence ends after an abbreviation', () => {
    expect(sentences('It sells in the U.S. The company said so. He said: "No." Then he left.')).toEqual([
      'It sells in the U.S.',
      'The company said so.',
      'He said: "No."',
      'Then he left.',
    ]);
    expect(sentences('Shares of BYD Co. The stock fell.')).toEqual(['Shares of BYD Co.', 'The stock fell.']);
  });

  it('breaks at every line break, so a headline without a full stop is a sentence', () => {
    expect(sentences('Alibaba added to blacklist\nShares fell. They rose later.')).toEqual([
      'Alibaba added to blacklist',
      'Shares fell.',
      'They rose later.',
    ]);
  });

  it('gives offsets into the text, trimmed, also for a range', () => {
    const text = 'One.\n  Two is here.  Three.\nFour.';
    const from = text.indexOf('\n') + 1;
    const spans = segmentSentences(text, from, text.lastIndexOf('\n'));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Two is here.', 'Three.']);
  });
});
