/** The popup's counts of "In this article" sentences: worked out in idle time, finished on demand. */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMentionRegistry } from '@/utils/dom/highlights';
import { createPageSignals } from '@/utils/dom/page-signals';
import { createSignalCounts, IDLE_TIMEOUT_MS } from '@/utils/dom/signal-counts';
import { collectRuns } from '@/utils/dom/text-runs';
import { extractSignalsFor } from '@/utils/signals';
import { installHighlightShim } from '../support/highlight-shim';
import { fixtureMatcher } from '../support/page-fixture';

const matcher = fixtureMatcher();

beforeAll(() => installHighlightShim());
beforeEach(() => {
  document.body.innerHTML =
    '<p>The Treasury sanctioned Alibaba on Monday.</p><p>MP Materials shares rose 3% on strong results.</p>';
  CSS.highlights.clear();
});

function setup() {
  const registry = createMentionRegistry(document, { viewportOnly: false });
  for (const run of collectRuns(document.body)) registry.addRun(run, matcher.find(run.text));
  const signals = createPageSignals(registry, document, {
    engine: () => ({ extractSignalsFor }),
    load: async () => undefined,
  });
  const idle: { fn: (d: IdleDeadline) => void; timeout: number }[] = [];
  const counts = createSignalCounts(registry, signals, {
    requestIdleCallback: (fn, { timeout }) => idle.push({ fn, timeout }),
    yield: () => Promise.resolve(),
  });
  return { counts, idle, signals };
}

const deadline = (ms: number, didTimeout = false): IdleDeadline => ({ didTimeout, timeRemaining: () => ms });

describe('signal counts', () => {
  it('does nothing until the browser is idle, then counts every company with sentences', () => {
    const { counts, idle, signals } = setup();
    counts.schedule();
    expect(idle).toHaveLength(1);
    expect(idle[0]?.timeout).toBe(IDLE_TIMEOUT_MS);
    expect(signals.isCached('alibaba')).toBe(false);
    // Each callback works for a short slice at most; a cold engine may need a few.
    for (let i = 0; i < 20 && idle.length > 0; i++) idle.shift()?.fn(deadline(50));
    expect(signals.isCached('alibaba')).toBe(true);
    expect(idle).toHaveLength(0);
  });

  it('stops when the idle period runs out, and asks for another', () => {
    const { counts, idle } = setup();
    counts.schedule();
    idle.shift()?.fn(deadline(0));
    expect(idle).toHaveLength(1);
    for (let i = 0; i < 20 && idle.length > 0; i++) idle.shift()?.fn(deadline(50));
    expect(idle).toHaveLength(0);
  });

  it('answers a popup that asks before the idle work is done', async () => {
    const { counts } = setup();
    counts.schedule();
    expect(await counts.counts()).toEqual({ alibaba: 1 });
    counts.clear();
    expect(await counts.counts()).toEqual({});
  });
});

describe('signal counts on a timed-out idle callback', () => {
  it('still makes progress (a timed-out deadline has no time remaining)', () => {
    const { counts, idle, signals } = setup();
    counts.schedule();
    for (let i = 0; i < 20 && idle.length > 0; i++) idle.shift()?.fn(deadline(0, true));
    expect(signals.isCached('alibaba')).toBe(true);
    expect(idle).toHaveLength(0);
  });
});
