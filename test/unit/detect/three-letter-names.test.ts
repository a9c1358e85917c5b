/**
 * A company whose whole name is three letters ("Kia Corporation", "Eni S.p.A.", "Aon plc", "Kao Corporation") was
 * never matched by name: one-word names under four letters were all dropped as too word-like. Found on the sixth blind
 * corpus batch (a Kospi close); tested here on other text.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, createMatchContext } from '@/utils/detect/matcher';
import { secNameVariants } from '@/utils/detect/sec-listings';

describe('three-letter company names', () => {
  it('keeps a whole three-letter name that is no word, given name, place or index, as a name needing a cue', () => {
    expect(secNameVariants('Kia Corporation')).toEqual({ contextualNames: ['Kia'] });
    expect(secNameVariants('Eni S.p.A.')).toEqual({ contextualNames: ['Eni'] });
    expect(secNameVariants('Aon plc')).toEqual({ contextualNames: ['Aon'] });
    // Words, given names and the index stay dropped.
    expect(secNameVariants('Box Inc.')).toEqual({});
    expect(secNameVariants('Dow Inc.')).toEqual({});
    expect(secNameVariants('Sea Ltd')).toEqual({});
  });

  it('matches it with a cue, never as a bare word at a sentence start or after a determiner', () => {
    const matcher = compileMatcher(
      ['Kia Corporation', 'Eni S.p.A.'].map((legal, i) => ({
        entityId: `e${i}`,
        names: [],
        tickers: [],
        ...secNameVariants(legal),
      })),
    );
    const find = (text: string) =>
      matcher.find(text, { context: createMatchContext() }).map((m) => `${m.surface}=${m.entityId}`);
    expect(find('Italian energy group Eni said on Friday it would sell a stake in its biofuels arm.')).toEqual([
      'Eni=e1',
    ]);
    expect(find('Hyundai Motor edged up, while its affiliate Kia rose 1.2 percent to 98,000 won.')).toEqual(['Kia=e0']);
    expect(find('Kia Corp. and Eni SpA were among the gainers.')).toEqual(['Kia Corp.=e0', 'Eni SpA=e1']);
    expect(find('Kia ora, said the guide. The Eni was a folk tale.')).toEqual([]);
  });
});
