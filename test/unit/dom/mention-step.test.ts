/** The next/previous-company command skips repeats of the company the reader is on (issue 16). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stepMention } from '@/utils/dom/mention-step';

/** Steps `times` times from `at`, returning each index visited. */
const walk = (companies: string[], at: number, direction: 'next' | 'previous', times: number) => {
  const seen: number[] = [];
  for (let i = 0; i < times; i++) {
    at = stepMention(companies, at, direction);
    seen.push(at);
  }
  return seen;
};

describe('stepMention', () => {
  const page = ['nvidia', 'nvidia', 'nvidia', 'apple', 'tsmc', 'tsmc', 'nvidia'];

  it('from a repeated company, next lands on the next different company', () => {
    expect(stepMention(page, 0, 'next')).toBe(3);
    expect(stepMention(page, 1, 'next')).toBe(3);
    expect(walk(page, 0, 'next', 3)).toEqual([3, 4, 6]);
  });

  it('wraps around the page in both directions', () => {
    // From the last mention (Nvidia) the next different company is Apple, past the Nvidia run at the top.
    expect(stepMention(page, 6, 'next')).toBe(3);
    // Previous from the top skips the Nvidia at the bottom too, and lands on the start of the TSMC run.
    expect(stepMention(page, 0, 'previous')).toBe(4);
    expect(stepMention(['apple', 'nvidia'], 1, 'next')).toBe(0);
  });

  it('previous goes to the start of the run before, so next and previous undo each other', () => {
    expect(stepMention(page, 3, 'previous')).toBe(0);
    expect(stepMention(page, 6, 'previous')).toBe(4);
    expect(walk(page, 6, 'previous', 3)).toEqual([4, 3, 0]);
    expect(stepMention(page, stepMention(page, 0, 'next'), 'previous')).toBe(0);
  });

  it('a page naming one company only still moves, one mention at a time', () => {
    expect(walk(['sap', 'sap', 'sap'], 0, 'next', 3)).toEqual([1, 2, 0]);
    expect(walk(['sap', 'sap', 'sap'], 0, 'previous', 2)).toEqual([2, 1]);
    expect(stepMention(['sap'], 0, 'next')).toBe(0);
  });

  it('answers -1 when there is nothing to step from', () => {
    expect(stepMention([], 0, 'next')).toBe(-1);
    expect(stepMention(page, -1, 'next')).toBe(-1);
    expect(stepMention(page, page.length, 'previous')).toBe(-1);
  });

  it('on any page, a step changes company when there is another, and previous(next(i)) starts i’s run', () => {
    const pages = fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(pages, fc.nat(), (companies, seed) => {
        const at = seed % companies.length;
        const next = stepMention(companies, at, 'next');
        const prev = stepMention(companies, at, 'previous');
        const others = new Set(companies).size > 1;
        if (others) {
          expect(companies[next]).not.toBe(companies[at]);
          expect(companies[prev]).not.toBe(companies[at]);
          // `prev` starts a run (never mid-run), unless it is the top of the page.
          if (prev > 0) expect(companies[prev - 1]).not.toBe(companies[prev]);
        }
        // Without wrapping, next lands just after the current run: stepping back returns to that run's start.
        if (others && next > at) {
          const back = stepMention(companies, next, 'previous');
          let runStart = at;
          while (runStart > 0 && companies[runStart - 1] === companies[at]) runStart--;
          expect(back).toBe(runStart);
        }
      }),
    );
  });
});
