import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMentionRegistry, type MentionRegistry } from '@/utils/dom/highlights';
import { BURST_THRESHOLD, createPageScanner, type Scheduler, SLICE_MS, topmost } from '@/utils/dom/scanner';
import { installHighlightShim } from '../support/highlight-shim';
import { fixtureMatcher } from '../support/page-fixture';

const matcher = fixtureMatcher();

/** A scheduler with a clock the test controls: each `now()` call advances it, to exercise slicing. */
function testScheduler(msPerCall = 0): Scheduler & { yields: number } {
  let clock = 0;
  const s = {
    yields: 0,
    yield: () => {
      s.yields++;
      return new Promise<void>((r) => setTimeout(r, 0));
    },
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) as unknown as number,
    clearTimeout: (id: number) => clearTimeout(id),
    now: () => (clock += msPerCall),
  };
  return s;
}

const surfaces = (r: MentionRegistry) => r.ordered().map((m) => m.mention.surface);
const settle = () => new Promise((r) => setTimeout(r, 250));

beforeAll(() => installHighlightShim());
beforeEach(() => {
  document.body.innerHTML = '';
  CSS.highlights.clear();
});

describe('page scanner', () => {
  it('scans the whole page', async () => {
    document.body.innerHTML = '<h1>Alibaba</h1><p>MP Materials (NYSE: MP)</p><footer>$BABA</footer>';
    const registry = createMentionRegistry(document, { viewportOnly: false });
    await createPageScanner({ doc: document, matcher, registry, scheduler: testScheduler() }).scanAll();
    expect(surfaces(registry)).toEqual(['Alibaba', 'MP Materials', 'MP', '$BABA']);
  });

  it('yields between slices on long pages and reads every run once', async () => {
    document.body.innerHTML = Array.from({ length: 200 }, (_, i) => `<p>Item ${i}: Alibaba</p>`).join('');
    const registry = createMentionRegistry(document, { viewportOnly: false });
    const scheduler = testScheduler(1);
    const scanner = createPageScanner({ doc: document, matcher, registry, scheduler });
    await scanner.scanAll();
    expect(registry.size).toBe(200);
    expect(scheduler.yields).toBeGreaterThan(10);
    expect(scanner.stats.longestSliceMs).toBeLessThanOrEqual(SLICE_MS + 2);
  });

  it('picks up added content and text edits, and forgets removed text', async () => {
    document.body.innerHTML = '<p id="p">Nothing here</p>';
    const registry = createMentionRegistry(document, { viewportOnly: false });
    const scanner = createPageScanner({ doc: document, matcher, registry, scheduler: testScheduler() });
    scanner.observe();
    await scanner.scanAll();
    expect(registry.size).toBe(0);

    const p = document.getElementById('p') as HTMLElement;
    (p.firstChild as Text).data = 'Now Alibaba';
    const more = document.createElement('p');
    more.innerHTML = 'and <b>MP</b> Materials';
    document.body.append(more);
    await settle();
    expect(surfaces(registry)).toEqual(['Alibaba', 'MP Materials']);

    more.remove();
    (p.firstChild as Text).data = 'Nothing again';
    await settle();
    expect(registry.size).toBe(0);
    scanner.stop();
  });

  it('leaves the marks of a small block alone when a change beside them keeps its mentions (a quote bar)', async () => {
    document.body.innerHTML =
      '<div id="bar"><span>Alibaba <b id="a">100.00</b></span> <span>MP Materials <b id="t">50.00</b></span></div>';
    const registry = createMentionRegistry(document, { viewportOnly: false });
    const updates: number[] = [];
    const scanner = createPageScanner({
      doc: document,
      matcher,
      registry,
      scheduler: testScheduler(),
      onUpdated: (u) => updates.push(u.mentions),
    });
    scanner.observe();
    await scanner.scanAll();
    const before = registry.ordered();
    expect(before.map((m) => m.mention.surface)).toEqual(['Alibaba', 'MP Materials']);
    const painted = CSS.highlights.get('geolens-mention') as Highlight;
    const ranges = [...painted];
    (document.getElementById('a') as HTMLElement).textContent = '101.25';
    (document.getElementById('t') as HTMLElement).textContent = '49.80';
    await settle();
    // The flush ran (positive control), and kept the same mention objects and the same painted ranges.
    expect(updates).toHaveLength(1);
    expect(registry.ordered()).toEqual(before);
    expect([...painted]).toEqual(ranges);
    // A change to a name does replace its mention.
    (document.querySelector('#bar span') as HTMLElement).firstChild!.textContent = 'MP Materials ';
    await settle();
    expect(surfaces(registry)).toEqual(['MP Materials', 'MP Materials']);
    expect(registry.ordered()[0]).not.toBe(before[0]);
  });

  it('does not double-count when text changes several times before the flush', async () => {
    document.body.innerHTML = '<p id="p">Alibaba</p>';
    const registry = createMentionRegistry(document, { viewportOnly: false });
    const scanner = createPageScanner({ doc: document, matcher, registry, scheduler: testScheduler() });
    scanner.observe();
    await scanner.scanAll();
    const t = document.getElementById('p')?.firstChild as Text;
    for (const s of ['Alibaba!', 'Alibaba and Alibaba', 'Alibaba and MP Materials']) t.data = s;
    await settle();
    expect(surfaces(registry)).toEqual(['Alibaba', 'MP Materials']);
    scanner.stop();
  });

  it('falls back to one full rescan on a burst of mutations', async () => {
    const registry = createMentionRegistry(document, { viewportOnly: false });
    const scanner = createPageScanner({ doc: document, matcher, registry, scheduler: testScheduler() });
    scanner.observe();
    await scanner.scanAll();
    const frag = document.createDocumentFragment();
    for (let i = 0; i <= BURST_THRESHOLD; i++) {
      const p = document.createElement('p');
      p.textContent = i % 100 === 0 ? 'Alibaba' : 'filler';
      document.body.append(p);
    }
    document.body.append(frag);
    await settle();
    expect(registry.size).toBe(Math.floor(BURST_THRESHOLD / 100) + 1);
    scanner.stop();
  });

  it('stops observing when stopped', async () => {
    const registry = createMentionRegistry(document, { viewportOnly: false });
    const scanner = createPageScanner({ doc: document, matcher, registry, scheduler: testScheduler() });
    scanner.observe();
    scanner.stop();
    document.body.innerHTML = '<p>Alibaba</p>';
    await settle();
    expect(registry.size).toBe(0);
  });
});

describe('topmost', () => {
  it('drops nodes whose ancestor is also queued', () => {
    document.body.innerHTML = '<div id="a"><p id="b"><b id="c">x</b></p></div><p id="d"></p>';
    const byId = (id: string) => document.getElementById(id) as HTMLElement;
    expect(topmost([byId('c'), byId('a'), byId('b'), byId('d')])).toEqual([byId('a'), byId('d')]);
  });
});
