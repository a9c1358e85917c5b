/**
 * "In this article" on the DOM side (utils/dom/page-signals.ts, block-runs.ts): which runs are read around a
 * company's mentions, and how a sentence's offsets map back to the page's text nodes.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { flatText, neighbourRun, rangeIn, runAround } from '@/utils/dom/block-runs';
import { createMentionRegistry } from '@/utils/dom/highlights';
import { computeSignals, createPageSignals, type EngineSource, signalSteps } from '@/utils/dom/page-signals';
import { collectRuns } from '@/utils/dom/text-runs';
import { extractSignalsFor } from '@/utils/signals';
import type { SignalsEngine } from '@/utils/signals/global';
import { installHighlightShim, rangeText } from '../support/highlight-shim';
import { fixtureMatcher } from '../support/page-fixture';

const matcher = fixtureMatcher();
const engine: SignalsEngine = { extractSignalsFor };
/** The engine already loaded (the content script gets it injected by the background on first use). */
const loaded: EngineSource = { engine: () => engine, load: async () => undefined };

beforeAll(() => installHighlightShim());
beforeEach(() => {
  document.body.innerHTML = '';
  CSS.highlights.clear();
});

function markAll() {
  const registry = createMentionRegistry(document, { viewportOnly: false });
  for (const run of collectRuns(document.body)) registry.addRun(run, matcher.find(run.text));
  registry.commit();
  return registry;
}

function textNode(needle: string): Text {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.includes(needle)) return n as Text;
  throw new Error(`no text node with "${needle}"`);
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('runs around a node', () => {
  it('is the run the page walk makes: the block’s text across inline elements, stopping at code and nested blocks', () => {
    document.body.innerHTML =
      '<div>Intro <b>text</b><p>Shares of <b>Alibaba</b> fell, <a href="#">it said</a>.<code>x = 1</code> After code.</p>After.</div>';
    const run = runAround(textNode('Alibaba'));
    expect(run.text).toBe('Shares of Alibaba fell, it said.');
    expect(run.nodes).toHaveLength(5);
    expect(runAround(textNode('After code')).text).toBe(' After code.');
    expect(runAround(textNode('Intro')).text).toBe('Intro text');
    expect(runAround(textNode('After.')).text).toBe('After.');
    // The same runs as the page walk, for every run.
    for (const r of collectRuns(document.body)) expect(runAround(r.nodes[0] as Text).text).toBe(r.text);
  });

  it('finds the runs before and after, past white space and skipped elements', () => {
    document.body.innerHTML =
      '<h1>Headline</h1>\n  <p>First.</p> <pre>skipped</pre> <p>Second <i>one</i>.</p><footer><p>Last</p></footer>';
    const second = runAround(textNode('Second'));
    expect(neighbourRun(second, 'previous')?.text).toBe('First.');
    expect(neighbourRun(second, 'next')?.text).toBe('Last');
    expect(neighbourRun(runAround(textNode('Headline')), 'previous')).toBeUndefined();
    expect(neighbourRun(runAround(textNode('Last')), 'next')).toBeUndefined();
  });

  it('maps offsets of the run’s text to a range over the right text nodes', () => {
    document.body.innerHTML = '<p>One. Shares of <b>MP</b> Materials rose. <a href="#">Three</a> four.</p>';
    const run = runAround(textNode('Shares'));
    const start = run.text.indexOf('Shares');
    const end = run.text.indexOf('rose.') + 'rose.'.length;
    const range = rangeIn(run, start, end);
    expect(rangeText(range)).toBe('Shares of MP Materials rose.');
    expect(range.startContainer).toBe(textNode('Shares'));
    expect(range.endContainer).toBe(textNode('Materials'));
    // An end at a node boundary stays in the earlier node; a start there moves to the later one.
    const three = rangeIn(run, run.text.indexOf('Three'), run.text.indexOf('Three') + 5);
    expect(three.startContainer).toBe(textNode('Three'));
    expect(rangeText(three)).toBe('Three');
  });

  it('makes the HTML source’s line breaks spaces, keeping every offset', () => {
    document.body.innerHTML = '<p>Alibaba was\n   added to the\r\nlist.</p>';
    const run = runAround(textNode('Alibaba'));
    expect(flatText(run)).toHaveLength(run.text.length);
    expect(flatText(run)).not.toMatch(/[\n\r]/);
  });
});

describe('a company’s signals on the page', () => {
  const ARTICLE = `
    <h1>Alibaba slides on memo</h1>
    <p>Markets were mixed.</p>
    <p>Shares of <b>Alibaba</b> fell after a memo that alleges the company gave China’s
       People’s <a href="#">Liberation Army</a> access to customer data. Alibaba has called the allegations false.</p>
    <p>The company was added to the Entity List last year, the Commerce Department said.</p>
    <p>Elsewhere, MP Materials rose on the Pentagon’s $400 million investment in the company.</p>
    <p>Nothing else here.</p>`;

  it('finds the sentences and keeps a range over each, in the page’s own nodes', () => {
    document.body.innerHTML = ARTICLE;
    const registry = markAll();
    const { signals } = computeSignals(registry, 'alibaba', engine);
    const memo = signals.find((s) => s.signal.sentence.includes('Liberation'));
    expect(memo?.signal.status).toBe('alleged');
    expect(memo?.signal.topics).toContain('military-ties');
    expect(flat(rangeText(memo!.range))).toBe(
      'Shares of Alibaba fell after a memo that alleges the company gave China’s People’s Liberation Army access to customer data.',
    );
    // The company's own mention in the sentence, relative to the sentence, for trimming.
    expect(memo?.foci.map((f) => memo.signal.sentence.slice(f.start, f.end))).toEqual(['Alibaba']);
    // The next paragraph refers back ("The company") to the paragraph that named it.
    const list = signals.find((s) => s.signal.sentence.includes('Entity List'));
    expect(list?.signal.topics).toContain('export-controls');
    expect(rangeText(list!.range)).toBe(
      'The company was added to the Entity List last year, the Commerce Department said.',
    );
    // Nothing about MP Materials is Alibaba's.
    expect(signals.some((s) => s.signal.sentence.includes('MP Materials'))).toBe(false);
    expect(computeSignals(registry, 'mp-materials', engine).signals.map((s) => s.signal.topics)).toEqual([
      ['state-support'],
    ]);
  });

  it('gives no signal to a company the page ties to nothing, and leaves the DOM as it was', () => {
    document.body.innerHTML = '<p>Alibaba shares rose 3% on strong cloud revenue.</p><p>Analysts were upbeat.</p>';
    const html = document.body.innerHTML;
    const registry = markAll();
    expect(computeSignals(registry, 'alibaba', engine).signals).toEqual([]);
    expect(document.body.innerHTML).toBe(html);
  });

  it('works one run at a time, so that the work can be sliced, and keeps each sentence once, in page order', () => {
    document.body.innerHTML =
      '<p>A.</p><p>Alibaba was sanctioned by the Treasury.</p><p>The company was added to the Entity List. Alibaba said so.</p><p>D.</p>';
    const registry = markAll();
    const steps = signalSteps(registry, 'alibaba', engine);
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    // Two runs hold Alibaba's mentions: two steps.
    expect(yields).toBe(2);
    const sentences = r.value.signals.map((s) => rangeText(s.range));
    expect(sentences).toEqual(['Alibaba was sanctioned by the Treasury.', 'The company was added to the Entity List.']);
    expect(r.value.signals.map((s) => s.id)).toEqual(['alibaba:0', 'alibaba:1']);
  });

  it('goes on where it stopped when asked to stop early', () => {
    document.body.innerHTML = '<p>Alibaba was sanctioned.</p><p>X.</p><p>Alibaba was fined by regulators.</p>';
    const registry = markAll();
    const page = createPageSignals(registry, document, loaded);
    expect(page.advance('alibaba', () => true)).toBeUndefined();
    expect(page.isCached('alibaba')).toBe(false);
    const done = page.advance('alibaba', () => false);
    expect(done?.map((s) => s.signal.topics[0])).toEqual(['sanctions', 'state-probe']);
    expect(page.isCached('alibaba')).toBe(true);
    page.dispose();
  });

  it('caches per company and recomputes once a paragraph it read changes', async () => {
    document.body.innerHTML = ARTICLE;
    const registry = markAll();
    const page = createPageSignals(registry, document, loaded);
    const first = page.forEntity('alibaba');
    expect(page.isCached('alibaba')).toBe(true);
    expect(page.forEntity('alibaba')).toBe(first);
    expect(page.find(first[0]!.id)).toBe(first[0]);
    textNode('Markets were').data = 'Markets were mixed again.';
    await new Promise((r) => setTimeout(r, 0)); // the observer's records
    expect(page.isCached('alibaba')).toBe(false);
    const second = page.forEntity('alibaba');
    expect(second).not.toBe(first);
    expect(page.find(first[0]!.id)).toBeUndefined();
    page.dispose();
  });

  it('treats new mentions of the company as a change', () => {
    document.body.innerHTML = ARTICLE;
    const registry = markAll();
    const page = createPageSignals(registry, document, loaded);
    page.forEntity('alibaba');
    page.noteAdded(registry.mentionsOf('mp-materials'));
    expect(page.isCached('alibaba')).toBe(true);
    page.noteAdded(registry.mentionsOf('alibaba').slice(0, 1));
    expect(page.isCached('alibaba')).toBe(false);
    page.dispose();
  });
});

describe('the engine loaded on first use (not in the content script)', () => {
  it('answers "not yet" while the engine loads, asks for it once, then works; a failed load stops cleanly', async () => {
    document.body.innerHTML = '<p>Alibaba was sanctioned by the Treasury.</p>';
    const registry = markAll();
    let installed: SignalsEngine | undefined;
    let loads = 0;
    let finish = () => {};
    const page = createPageSignals(registry, document, {
      engine: () => installed,
      load: () => {
        loads++;
        return new Promise<void>((resolve) => {
          finish = () => {
            installed = engine;
            resolve();
          };
        });
      },
    });
    expect(page.advance('alibaba', () => false)).toBeUndefined();
    expect(page.advance('alibaba', () => false)).toBeUndefined();
    expect(loads).toBe(1);
    finish();
    await Promise.resolve();
    expect(page.advance('alibaba', () => false)?.map((s) => rangeText(s.range))).toEqual([
      'Alibaba was sanctioned by the Treasury.',
    ]);

    const broken = createPageSignals(registry, document, { engine: () => undefined, load: async () => undefined });
    expect(broken.advance('alibaba', () => false)).toBeUndefined();
    await Promise.resolve();
    await Promise.resolve();
    expect(() => broken.advance('alibaba', () => false)).toThrow(/could not be loaded/);
  });
});
