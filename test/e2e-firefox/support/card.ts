/**
 * GeoLens's hover card read from outside the page in Firefox. Its shadow root is closed (docs/adr/0007-card-isolation.md),
 * so neither the page nor CSS selectors reach it; WebDriver BiDi does: `script.evaluate` with
 * `includeShadowTree: 'all'` hands out each `<geolens-card>` host's closed root as a shared reference, and
 * `script.callFunction` runs a function on those roots — the same privilege the Chromium suite takes through CDP
 * (scripts/lib/card-cdp.ts), with the same `fn(el, arg, root, roots)` contract.
 */
import type { Page } from 'puppeteer-core';
import { waitUntil } from '../../e2e/support/harness';
import { bidiOf } from './firefox';

interface RemoteNode {
  value?: { shadowRoot?: { sharedId?: string } };
}

/** The BiDi id of a page's top browsing context. */
export function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { browsingContext: { id: string } }).browsingContext.id;
}

/**
 * Runs `fn(el, arg, root, roots)` on the first element matching `selector` in a card root, or with `el` null when
 * none has one. `fn` is sent as source text (keep it self-contained); `arg` and the answer travel as JSON.
 */
export async function inCard<T, A = undefined>(
  page: Page,
  selector: string,
  fn: (el: HTMLElement | null, arg: A, root: ShadowRoot | null, roots: ShadowRoot[]) => T,
  arg?: A,
): Promise<T> {
  const bidi = bidiOf(page.browser());
  const target = { context: contextOf(page) };
  const { result: hosts } = await bidi.send('script.evaluate', {
    expression: 'document.querySelectorAll("geolens-card")',
    target,
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const roots = ((hosts.result?.value ?? []) as RemoteNode[])
    .map((node) => node.value?.shadowRoot?.sharedId)
    .filter((id): id is string => !!id);
  // The first root that has the element (an orphaned copy's host may linger beside the live one).
  const declaration = `function (selector, argJson, ...roots) {
    const fn = (${fn.toString()});
    const arg = JSON.parse(argJson);
    for (const root of roots) {
      const el = root.querySelector(selector);
      if (el) return JSON.stringify(fn(el, arg, root, roots) ?? null);
    }
    return JSON.stringify(fn(null, arg, roots[0] ?? null, roots) ?? null);
  }`;
  const { result } = await bidi.send('script.callFunction', {
    functionDeclaration: declaration,
    target,
    awaitPromise: true,
    resultOwnership: 'none',
    arguments: [
      { type: 'string', value: selector },
      { type: 'string', value: JSON.stringify(arg ?? null) },
      ...roots.map((sharedId) => ({ sharedId })),
    ],
  });
  if (result.type === 'exception') throw new Error(`in the card: ${JSON.stringify(result.exceptionDetails?.text)}`);
  return JSON.parse(result.result.value) as T;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The card on a page: what the tests read and press. */
export function cardOf(page: Page) {
  const text = (selector: string) => inCard(page, selector, (el) => el?.textContent ?? null);
  const attribute = (selector: string, name: string) =>
    inCard(page, selector, (el, n) => el?.getAttribute(n) ?? null, name);
  const shown = (selector: string) => inCard(page, selector, (el) => !!el && el.getClientRects().length > 0);
  return {
    /** How many `.card` elements are rendered, across every host. */
    count: () =>
      inCard(page, '.card', (_el, _a, _r, roots) => roots.reduce((n, r) => n + r.querySelectorAll('.card').length, 0)),
    entity: () => attribute('.card', 'data-entity'),
    name: () => text('.card .name'),
    score: () => text('.card .score-ring .score-num'),
    band: () => text('.card .score-ring .score-band'),
    notAssessed: () => shown('.card .score-ring.not-assessed'),
    watchLabel: () => attribute('.card button.watch', 'aria-label'),
    /** The outerHTML of the focused element inside the card, if any. */
    focused: () => inCard(page, '.card', (_el, _a, r) => (r?.activeElement as HTMLElement | null)?.outerHTML ?? null),
    box: () =>
      inCard(page, '.card', (el) => {
        if (!el) return null;
        const b = el.getBoundingClientRect();
        return { x: b.x, y: b.y, width: b.width, height: b.height };
      }),
    /** Resolves once `selector` (default: the company's name) is rendered. */
    waitFor: (selector = '.card .name') => waitUntil(() => shown(selector), Boolean, 10_000),
    /** A real click (BiDi input actions: trusted events) on the centre of `selector`, once it is what the pointer hits. */
    async click(selector: string) {
      const point = await waitUntil(
        () =>
          inCard(page, selector, (el, _a, root) => {
            if (!el) return null;
            for (const a of el.closest('.card')?.getAnimations({ subtree: true }) ?? []) a.finish();
            el.scrollIntoView({ block: 'nearest' });
            const b = el.getBoundingClientRect();
            const x = b.x + b.width / 2;
            const y = b.y + b.height / 2;
            const hit = root?.elementFromPoint(x, y);
            return hit && (hit === el || el.contains(hit)) ? { x, y } : null;
          }),
        (p) => p !== null,
        10_000,
      );
      if (!point) throw new Error(`card part ${selector} vanished`);
      await page.mouse.click(point.x, point.y);
    },
    /** Ends the card's fade-in, so a screenshot shows it opaque. */
    finishAnimations: () =>
      inCard(page, '.card', (el) => {
        for (const a of el?.getAnimations({ subtree: true }) ?? []) a.finish();
        return null;
      }),
  };
}
