import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACTOR_KINDS, FACTOR_STATUSES, type Factor } from '@/utils/exposure/schema';
import { bandOf, DEFAULT_WEIGHTS, mergeWeights, STATUS_CONFIDENCE, scoreEntity } from '@/utils/exposure/score';

const evidence = [{ title: 't', publisher: 'p', url: 'https://example.org/', date: '2026-01-01' }];
const factor = (over: Partial<Factor>): Factor => ({
  kind: 'jurisdiction',
  severity: 0.5,
  status: 'confirmed',
  direction: 'risk',
  summary: 's',
  evidence,
  ...over,
});

const riskFactor = fc
  .record({
    kind: fc.constantFrom(...FACTOR_KINDS.filter((k) => k !== 'national-security-tailwind')),
    severity: fc.double({ min: 0, max: 1, noNaN: true }),
    status: fc.constantFrom(...FACTOR_STATUSES),
  })
  .map((f) => factor(f));
const anyFactor = fc
  .tuple(riskFactor, fc.constantFrom('risk' as const, 'tailwind' as const))
  .map(([f, direction]) => ({ ...f, direction }));
const rawScore = (factors: Factor[]) => scoreEntity({ factors }).risks.reduce((s, r) => s + r.points, 0);

describe('bands', () => {
  it.each([
    [0, 'Low'],
    [19, 'Low'],
    [20, 'Guarded'],
    [39, 'Guarded'],
    [40, 'Elevated'],
    [59, 'Elevated'],
    [60, 'High'],
    [79, 'High'],
    [80, 'Severe'],
    [100, 'Severe'],
  ])('%i is %s', (score, band) => expect(bandOf(score)).toBe(band));
});

describe('scoreEntity', () => {
  it('is 0 and Low with no factors', () => {
    expect(scoreEntity({ factors: [] })).toMatchObject({ score: 0, band: 'Low', risks: [], tailwinds: [] });
  });

  it('is the noisy-OR of weight × severity × confidence', () => {
    const f = [
      factor({ kind: 'restricted-listing', severity: 0.5 }),
      factor({ kind: 'state-military-ties', severity: 0.8, status: 'alleged' }),
    ];
    const p1 = DEFAULT_WEIGHTS['restricted-listing'] * 0.5;
    const p2 = DEFAULT_WEIGHTS['state-military-ties'] * 0.8 * STATUS_CONFIDENCE.alleged;
    expect(scoreEntity({ factors: f }).score).toBe(Math.round(1000 * (1 - (1 - p1) * (1 - p2))) / 10);
  });

  it('never subtracts tailwinds', () => {
    const risks = [factor({ severity: 0.6 })];
    const withTailwind = [...risks, factor({ kind: 'national-security-tailwind', direction: 'tailwind', severity: 1 })];
    expect(scoreEntity({ factors: withTailwind }).score).toBe(scoreEntity({ factors: risks }).score);
    expect(scoreEntity({ factors: withTailwind }).tailwinds).toHaveLength(1);
  });

  it('lets one severe confirmed factor dominate several small ones', () => {
    const severe = factor({ kind: 'restricted-listing', severity: 1 });
    const small = Array.from({ length: 4 }, () => factor({ severity: 0.1 }));
    const result = scoreEntity({ factors: [...small, severe] });
    expect(result.band).toBe('Severe');
    expect(result.risks[0]?.factor).toBe(severe);
    expect(result.risks[0]?.points).toBeGreaterThan(90);
  });

  it('property: bounded 0–100, contributions add up to the score', () => {
    fc.assert(
      fc.property(fc.array(anyFactor, { maxLength: 12 }), (factors) => {
        const r = scoreEntity({ factors });
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        expect(Math.abs(rawScore(factors) - r.score)).toBeLessThanOrEqual(0.5 + 1e-9);
        for (const item of r.risks) expect(item.points).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('property: adding a risk factor never lowers the score', () => {
    fc.assert(
      fc.property(fc.array(anyFactor, { maxLength: 10 }), riskFactor, (factors, extra) => {
        expect(rawScore([...factors, extra])).toBeGreaterThanOrEqual(rawScore(factors) - 1e-9);
      }),
    );
  });

  it('property: monotone in severity and in confidence', () => {
    fc.assert(
      fc.property(
        fc.array(riskFactor, { maxLength: 6 }),
        riskFactor,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (rest, f, bump) => {
          const higher = { ...f, severity: Math.min(1, f.severity + bump * (1 - f.severity)) };
          expect(rawScore([...rest, higher])).toBeGreaterThanOrEqual(rawScore([...rest, f]) - 1e-9);
          const confirmed = { ...f, status: 'confirmed' as const };
          expect(rawScore([...rest, confirmed])).toBeGreaterThanOrEqual(rawScore([...rest, f]) - 1e-9);
        },
      ),
    );
  });

  it('honours custom weights', () => {
    const f = [factor({ kind: 'jurisdiction', severity: 1 })];
    expect(scoreEntity({ factors: f }, { ...DEFAULT_WEIGHTS, jurisdiction: 0 }).score).toBe(0);
    expect(scoreEntity({ factors: f }, { ...DEFAULT_WEIGHTS, jurisdiction: 1 }).score).toBe(100);
  });
});

describe('weights as data', () => {
  it('merges user overrides over the defaults', () => {
    const w = mergeWeights({ jurisdiction: 0.2 });
    expect(w.jurisdiction).toBe(0.2);
    expect(w['restricted-listing']).toBe(DEFAULT_WEIGHTS['restricted-listing']);
    expect(mergeWeights(undefined)).toEqual(DEFAULT_WEIGHTS);
  });
  it.each([
    [{ jurisdiction: 2 }, /jurisdiction/],
    [{ jurisdiction: 'high' }, /jurisdiction/],
    [{ vibes: 0.5 }, /vibes|Unrecognized/i],
    ['nope', /root/],
  ])('rejects %j, naming the field', (bad, message) => {
    expect(() => mergeWeights(bad)).toThrow(RangeError);
    expect(() => mergeWeights(bad)).toThrow(message);
  });

  it('property: a severe confirmed factor outweighs any number of weak ones of the same kind', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), (n) => {
        const severe = factor({ kind: 'restricted-listing', severity: 1 });
        const weak = Array.from({ length: n }, () => factor({ kind: 'jurisdiction', severity: 0.05 }));
        const r = scoreEntity({ factors: [...weak, severe] });
        expect(r.risks[0]?.factor).toBe(severe);
        expect(r.score).toBeGreaterThanOrEqual(99);
      }),
    );
  });

  it('property: lowering a weight never raises the score', () => {
    fc.assert(
      fc.property(fc.array(riskFactor, { maxLength: 8 }), fc.double({ min: 0, max: 1, noNaN: true }), (fs, w) => {
        const lower = mergeWeights({ 'supply-chain': w * DEFAULT_WEIGHTS['supply-chain'] });
        const a = scoreEntity({ factors: fs }, lower).risks.reduce((s, r) => s + r.points, 0);
        expect(a).toBeLessThanOrEqual(rawScore(fs) + 1e-9);
      }),
    );
  });
});
