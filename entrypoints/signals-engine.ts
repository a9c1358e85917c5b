/**
 * "In this article"'s engine, injected by the background into a page's frame on first use (utils/signals/global.ts),
 * so that every page's content script does not carry it.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractSignalsFor } from '@/utils/signals';
import { installSignalsEngine } from '@/utils/signals/global';

export default defineUnlistedScript(() => {
  installSignalsEngine({ extractSignalsFor });
});
