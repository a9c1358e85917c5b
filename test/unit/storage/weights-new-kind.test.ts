import { describe, expect, it } from 'vitest';
import { FACTOR_KINDS } from '@/utils/exposure/kinds';
import { FACTOR_KIND_LABELS } from '@/utils/exposure/labels';
import { DEFAULT_WEIGHTS, mergeWeights } from '@/utils/exposure/score';
import { checkSettings, defaultSettings } from '@/utils/storage/settings';

describe('a factor kind added after settings were saved (trade-exposure)', () => {
  it('has a label and a default weight like every kind', () => {
    for (const kind of FACTOR_KINDS) {
      expect(FACTOR_KIND_LABELS[kind], kind).toBeTruthy();
      expect(DEFAULT_WEIGHTS[kind], kind).toBeGreaterThan(0);
    }
    expect(DEFAULT_WEIGHTS['trade-exposure']).toBe(0.6);
  });

  it('old stored weights still load, and the new kind takes its default', () => {
    const stored = { ...defaultSettings(), weights: { jurisdiction: 0.3, 'revenue-exposure': 0.4 } };
    const { value, problems } = checkSettings(stored);
    expect(problems).toEqual([]);
    expect(value.weights).toEqual({ jurisdiction: 0.3, 'revenue-exposure': 0.4 });
    expect(mergeWeights(value.weights)['trade-exposure']).toBe(DEFAULT_WEIGHTS['trade-exposure']);
  });

  it('a stored override for the new kind is kept', () => {
    const { value } = checkSettings({ ...defaultSettings(), weights: { 'trade-exposure': 0.2 } });
    expect(mergeWeights(value.weights)['trade-exposure']).toBe(0.2);
  });
});
