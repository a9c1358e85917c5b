import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerAlertClicks } from '@/utils/background/alerts';
import { registerCommands } from '@/utils/background/commands';
import { registerReinjection } from '@/utils/background/reinject';
import { startBackgroundService } from '@/utils/background/service';
import { loadEmbeddedDataset } from '@/utils/sources/embedded';
import { createIdbStore } from '@/utils/sources/store';
import { loadUniverse } from '@/utils/sources/universe';

export default defineBackground(() => {
  const service = startBackgroundService({
    snapshot: loadEmbeddedDataset,
    universe: loadUniverse,
    sources: {
      store: createIdbStore(),
      extensionVersion: browser.runtime.getManifest().version,
      alarms: browser.alarms,
      hasOrigins: (origins) => browser.permissions.contains({ origins }),
    },
  });
  // Each live source refreshes on its own alarm (utils/sources/manager.ts); listeners are registered at the top
  // level so that an alarm wakes the worker.
  browser.alarms.onAlarm.addListener((alarm) => void service.sources?.onAlarm(alarm.name));
  registerCommands();
  registerAlertClicks();
  registerReinjection();
  // A tab that navigates or closes no longer mentions what it did.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void service.forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void service.forgetTab(tabId));
});
