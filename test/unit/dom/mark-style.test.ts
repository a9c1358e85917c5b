import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMentionRegistry, HIGHLIGHT_NAME } from '@/utils/dom/highlights';
import { createTierLookup, markRules, tierHighlightName, tierOfBandDigit } from '@/utils/dom/mark-style';
import { collectRuns } from '@/utils/dom/text-runs';
import { installHighlightShim, rangeText } from '../support/highlight-shim';
import { fixtureMatcher } from '../support/page-fixture';

const matcher = fixtureMatcher();
beforeAll(() => installHighlightShim());
beforeEach(() => {
  document.body.innerHTML = '';
  CSS.highlights.clear();
});

describe('band tiers', () => {
  it('maps band digits to tiers: Low and Guarded low, Elevated, High and Severe high, the rest unrated', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map(tierOfBandDigit)).toEqual([
      'unrated',
      'low',
      'low',
      'elevated',
      'high',
      'high',
      'unrated',
    ]);
  });

  it('looks entity ids up in the dictionary order, and reads every company as unrated without bands', () => {
    const lookup = createTierLookup('alibaba\nmp-materials\nvisa', '503');
    expect(['alibaba', 'mp-materials', 'visa', 'unknown'].map((entityId) => lookup({ entityId }))).toEqual([
      'high',
      'unrated',
      'elevated',
      'unrated',
    ]);
    expect(createTierLookup('alibaba', undefined)({ entityId: 'alibaba' })).toBe('unrated');
  });

  it('reads a mention’s tier by the matcher’s entity index when it has one (no map of ids built)', () => {
    const lookup = createTierLookup('alibaba\nmp-materials\nvisa', '503');
    // The index wins over the id: it is where the band digits are.
    expect(lookup({ entityId: 'ignored', entityIndex: 0 })).toBe('high');
    expect(lookup({ entityId: 'ignored', entityIndex: 2 })).toBe('elevated');
    expect(lookup({ entityId: 'visa', entityIndex: 9 })).toBe('elevated'); // out of range: by id
    const matched = matcher.find('Alibaba said');
    expect(matched[0]?.entityIndex).toBeTypeOf('number');
  });

  it('draws the underline style with overlays (underlines, and tints for long pages), the active mark with no decoration', () => {
    const underline = markRules('underline');
    expect(underline).toMatch(/geolens-band-low\) \{ text-decoration: underline dotted/);
    expect(underline).toMatch(/geolens-band-high\) \{ text-decoration: underline solid/);
    expect(underline).toMatch(/geolens-tint-high\) \{ background-color/);
    expect(underline.split('\n').filter((r) => r.includes('geolens-tint'))).not.toContainEqual(
      expect.stringContaining('text-decoration'),
    );
    expect(underline).not.toContain(`::highlight(${HIGHLIGHT_NAME})`);
    expect(markRules('background')).toContain(`::highlight(${HIGHLIGHT_NAME})`);
    expect(markRules('background')).not.toContain('geolens-band');
    const active = underline.split('\n').find((r) => r.includes('mention-active'));
    expect(active).toBeDefined();
    expect(active).not.toContain('text-decoration');
  });
});

describe('band overlays in the registry', () => {
  const overlay = (tier: 'low' | 'high' | 'unrated') =>
    [...(CSS.highlights.get(tierHighlightName(tier)) as unknown as Set<AbstractRange>)].map(rangeText);

  it('puts each painted mention in its tier’s overlay, and moves them out and back as the setting changes', () => {
    document.body.innerHTML = '<p>Alibaba and MP Materials, then Berkshire Hathaway.</p>';
    const tiers: Record<string, 'high' | 'low'> = { alibaba: 'high', 'mp-materials': 'low' };
    const registry = createMentionRegistry(document, {
      viewportOnly: false,
      bandMarks: true,
      tierOf: ({ entityId }) => tiers[entityId] ?? 'unrated',
    });
    for (const run of collectRuns(document.body)) registry.addRun(run, matcher.find(run.text));
    registry.commit();
    expect(overlay('high')).toEqual(['Alibaba']);
    expect(overlay('low')).toEqual(['MP Materials']);
    expect(overlay('unrated')).toEqual(['Berkshire Hathaway']);
    // Every painted mention stays in geolens-mention, whatever its tier.
    expect((CSS.highlights.get(HIGHLIGHT_NAME) as unknown as Set<AbstractRange>).size).toBe(3);
    registry.setBandMarks(false);
    expect(overlay('high')).toEqual([]);
    expect(overlay('unrated')).toEqual(['Alibaba', 'MP Materials', 'Berkshire Hathaway']);
    registry.setBandMarks(true);
    expect(overlay('high')).toEqual(['Alibaba']);
    registry.setStyle('background');
    expect(overlay('low')).toEqual([]);
    registry.setStyle('underline');
    expect(overlay('low')).toEqual(['MP Materials']);
    registry.dispose();
    expect([...CSS.highlights.keys()]).toEqual([]);
  });
});
