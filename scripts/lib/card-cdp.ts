/**
 * Reads GeoLens's hover card from outside the page, for the E2E tests, the demo's screenshot and bench:page. The
 * card's shadow root is closed (docs/adr/0007-card-isolation.md): page scripts cannot reach it, and neither can CSS
 * locators. CDP can, which is a privilege of the test, not of the page.
 */
import type { CDPSession, Page } from 'playwright-core';

/**
 * Runs `fn(el, arg)` on the first element matching `selector` inside GeoLens's card, or `fn(null, arg)` when there is
 * none. The card's shadow root is closed (ADR 0007), so neither CSS locators nor the page's own scripts reach it; the
 * test does, through CDP: the document's `<geolens-card>` hosts, their closed roots (`DOM.describeNode` with
 * `pierce`), then `Runtime.callFunctionOn` on each root. `fn` is sent as source text: keep it self-contained. It also
 * gets the root of the match and every root (after an extension update, an orphaned copy's host may linger).
 */
export async function inCard<T, A = undefined>(
  page: Page,
  selector: string,
  fn: (el: HTMLElement | null, arg: A, root: ShadowRoot | null, roots: ShadowRoot[]) => T,
  arg?: A,
): Promise<T> {
  const cdp = await cdpOf(page);
  const { root: doc } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
  const { nodeIds } = (await cdp.send('DOM.querySelectorAll', { nodeId: doc.nodeId, selector: CARD_HOST })) as {
    nodeIds: number[];
  };
  const roots: string[] = [];
  for (const nodeId of nodeIds) {
    const { node } = (await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true })) as {
      node: { shadowRoots?: { backendNodeId: number }[] };
    };
    const shadow = node.shadowRoots?.[0];
    if (!shadow) continue;
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as {
      object: { objectId: string };
    };
    roots.push(object.objectId);
  }
  // The first root that has the element (after an extension update an orphaned host may linger, empty).
  const declaration = `function (selector, arg, ...roots) {
    const fn = (${fn.toString()});
    for (const root of roots) {
      const el = root.querySelector(selector);
      if (el) return fn(el, arg, root, roots);
    }
    return fn(null, arg, roots[0] ?? null, roots);
  }`;
  try {
    if (roots.length === 0) return fn(null, arg as A, null, []);
    const result = (await cdp.send('Runtime.callFunctionOn', {
      objectId: roots[0],
      functionDeclaration: declaration,
      arguments: [{ value: selector }, { value: arg ?? null }, ...roots.map((objectId) => ({ objectId }))],
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (result.exceptionDetails) {
      throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    }
    return result.result.value;
  } finally {
    for (const objectId of roots) await cdp.send('Runtime.releaseObject', { objectId }).catch(() => undefined);
  }
}

const CARD_HOST = 'geolens-card';
const cdpSessions = new WeakMap<Page, Promise<CDPSession>>();
function cdpOf(page: Page): Promise<CDPSession> {
  let s = cdpSessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    cdpSessions.set(page, s);
  }
  return s;
}

/** Resolves once the card shows `selector` (default: the company name), or throws after `timeoutMs`. */
export async function waitForCard(page: Page, selector = '.card .name', timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await inCard(page, selector, (el) => !!el && el.getClientRects().length > 0))) {
    if (Date.now() > end) throw new Error(`the card did not show ${selector} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Resolves once no card is rendered. */
export async function waitForNoCard(page: Page, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (await inCard(page, '.card', (el) => !!el)) {
    if (Date.now() > end) throw new Error(`the card was still open after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
