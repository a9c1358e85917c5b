/**
 * @webext-core/messaging talks to the callback-style `chrome.runtime` API; fakeBrowser implements the promise
 * style. This shim routes one onto the other so unit tests exercise the real transport.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

export function installChromeShim(): void {
  let lastError: { message: string } | undefined;
  (globalThis as { chrome?: unknown }).chrome = {
    runtime: {
      get lastError() {
        return lastError;
      },
      sendMessage(message: unknown, callback: (response: unknown) => void) {
        fakeBrowser.runtime.sendMessage(message).then(
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
}
