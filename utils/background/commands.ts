/**
 * Keyboard commands (manifest `commands`, rebindable at chrome://extensions/shortcuts or about:addons): move to the
 * next or previous company mention in the active tab and open its card.
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging/protocol';

export const COMMANDS = {
  'next-mention': 'next',
  'previous-mention': 'previous',
} as const;

export function registerCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    const direction = COMMANDS[command as keyof typeof COMMANDS];
    if (!direction || tab?.id === undefined) return;
    // Top frame only: that is where the reader's focus is.
    sendMessage('focusMention', { direction }, { tabId: tab.id, frameId: 0 }).catch(() => undefined);
  });
}
