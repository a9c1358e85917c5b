import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerCommands } from '@/utils/background/commands';
import { registerReinjection } from '@/utils/background/reinject';
import { startBackgroundService } from '@/utils/background/service';
import { loadEmbeddedDataset } from '@/utils/cache/embedded';

export default defineBackground(() => {
  const service = startBackgroundService(loadEmbeddedDataset);
  registerCommands();
  registerReinjection();
  // A tab that navigates or closes no longer mentions what it did.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void service.forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void service.forgetTab(tabId));
});
