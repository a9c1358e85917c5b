/**
 * @webext-core/messaging talks to the callback-style `chrome.runtime` API; fakeBrowser implements the promise
 * style. This shim routes one onto the other so unit tests exercise the real transport.
 *
 * The background checks who sent each message (utils/messaging/handle.ts), so the shim delivers every message with a
 * sender: by default the popup (an extension page); `setSender` makes the following messages come from elsewhere
 * (a content script in a tab, another extension).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** The popup of the fake extension (fakeBrowser's `runtime.id` is "test-extension-id"). */
export const POPUP_SENDER: chrome.runtime.MessageSender = {
  id: 'test-extension-id',
  url: 'chrome-extension://test-extension-id/popup.html',
};

export function installChromeShim(): { setSender(sender: chrome.runtime.MessageSender): void } {
  let lastError: { message: string } | undefined;
  let sender: chrome.runtime.MessageSender = POPUP_SENDER;
  const deliver = async (message: unknown): Promise<unknown> => {
    const onMessage = fakeBrowser.runtime.onMessage as unknown as {
      hasListeners(): boolean;
      trigger(message: unknown, sender: unknown, respond: (r: unknown) => void): Promise<unknown[]>;
    };
    if (!onMessage.hasListeners()) throw new Error('No listeners available');
    let respond: (r: unknown) => void = () => undefined;
    const response = new Promise((resolve) => {
      respond = resolve;
    });
    const results = await onMessage.trigger(message, { ...sender }, respond);
    return results.some((r) => r === true) ? await response : undefined;
  };
  (globalThis as { chrome?: unknown }).chrome = {
    runtime: {
      get lastError() {
        return lastError;
      },
      sendMessage(message: unknown, callback: (response: unknown) => void) {
        deliver(message).then(
          (response) => {
            lastError = undefined;
            callback(response);
          },
          (err: unknown) => {
            lastError = { message: String(err) };
            callback(undefined);
            lastError = undefined;
          },
        );
      },
      onMessage: fakeBrowser.runtime.onMessage,
    },
  };
  return {
    setSender(next) {
      sender = next;
    },
  };
}
