/**
 * A call to the background from an extension page (options, popup) driven by Playwright, in @webext-core/messaging's
 * wire format: for benchmarks and E2E tests that set sources up without clicking through options.
 */
import type { Page } from 'playwright-core';

/** Sends `type` with `data`; resolves with the answer, rejects with the background's error. */
export function callBackground(page: Page, type: string, data?: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ type, data }) => {
      const answer = (await chrome.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() })) as {
        res?: unknown;
        err?: unknown;
      };
      if (answer?.err) throw new Error(JSON.stringify(answer.err));
      return answer?.res;
    },
    { type, data },
  );
}
