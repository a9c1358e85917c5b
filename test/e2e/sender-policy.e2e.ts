/**
 * The background's sender check (utils/messaging/handle.ts) in a real Chromium: code running in the content script's
 * own isolated world — what a compromised renderer could run — sends privileged calls with @webext-core/messaging's
 * wire format straight to chrome.runtime.sendMessage, and they are refused; the calls a page needs are answered.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, knownMentions, startHarness, tabIdOf, waitUntil } from './support/harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

interface ContextDescription {
  id: number;
  origin: string;
  name: string;
  auxData?: { isDefault?: boolean; type?: string; frameId?: string };
}

/**
 * The execution context of GeoLens's content script in the page's main frame: the isolated world Chromium created
 * for the extension (origin chrome-extension://<id>, named after the extension), not one made with
 * Page.createIsolatedWorld (Playwright's utility world has a page origin and its own name).
 */
async function contentScriptWorld(page: Page): Promise<{ cdp: CDPSession; contextId: number; name: string }> {
  const cdp = await h.browser.context.newCDPSession(page);
  const contexts: ContextDescription[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: ContextDescription }) => contexts.push(e.context));
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  // Enabling reports every existing context.
  await cdp.send('Runtime.enable');
  const origin = `chrome-extension://${h.browser.extensionId}`;
  const found = await waitUntil(
    async () =>
      contexts.find(
        (c) => c.origin === origin && c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id,
      ),
    (c) => c !== undefined,
  );
  return { cdp, contextId: found!.id, name: found!.name };
}

/** Sends one protocol message from that world; answers `{ res }` or `{ err }` as the background replied. */
async function sendFrom(world: { cdp: CDPSession; contextId: number }, type: string, data?: unknown) {
  const expression = `(async () => {
    const answer = await chrome.runtime.sendMessage(${JSON.stringify({ id: 1, type, data, timestamp: 0 })});
    return answer?.err ? { err: answer.err.message } : { res: answer?.res };
  })()`;
  const out = (await world.cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.contextId,
    awaitPromise: true,
    returnByValue: true,
  })) as { result: { value?: { res?: unknown; err?: string } }; exceptionDetails?: { text: string } };
  if (out.exceptionDetails) throw new Error(`evaluation failed: ${JSON.stringify(out.exceptionDetails)}`);
  return out.result.value ?? {};
}

describe('calls from the content script’s isolated world', () => {
  it('are refused when privileged, answered when a page needs them', async () => {
    const page = await h.newPage('/demo/');
    await waitUntil(
      () => knownMentions(page),
      (n) => n > 0,
    );
    const tabId = await tabIdOf(h, page);
    const world = await contentScriptWorld(page);
    expect(world.name).toBe('GeoLens');

    // Positive control: the same world gets the dictionary and a card.
    const dictionary = await sendFrom(world, 'getDictionary');
    expect(dictionary.err).toBeUndefined();
    expect(typeof (dictionary.res as { version?: unknown }).version).toBe('string');
    const card = await sendFrom(world, 'lookupEntity', { entityId: 'alibaba' });
    expect((card.res as { entityId?: string }).entityId).toBe('alibaba');

    // Privileged calls: refused, with the reason.
    for (const [type, data] of [
      ['getPageSummary', { tabId }],
      ['clearAlerts', undefined],
      ['testSource', { id: 'custom', url: 'https://attacker.example/collect' }],
      ['importWatchlist', { rows: [{ line: 1, entityId: 'alibaba' }] }],
    ] as const) {
      const answer = await sendFrom(world, type, data);
      expect(answer.res, type).toBeUndefined();
      expect(answer.err, type).toBe(
        `"${type}" refused: it is answered only to GeoLens's own pages (popup, options), not to a content script`,
      );
    }

    // The popup (an extension page) still gets the page summary.
    const popup = await h.extensionPage('popup.html');
    const summary = () =>
      popup.evaluate(async (tabId) => {
        const answer = await chrome.runtime.sendMessage({
          id: 2,
          type: 'getPageSummary',
          data: { tabId },
          timestamp: 0,
        });
        return answer as { res?: { entities: { entityId: string }[] }; err?: unknown };
      }, tabId);
    expect((await summary()).err).toBeUndefined();
    // The page's report (sent after the scan) names the tab it came from.
    await expect.poll(async () => (await summary()).res?.entities.length).toBeGreaterThan(0);

    await world.cdp.detach();
    await popup.close();
    await page.close();
  });
});
