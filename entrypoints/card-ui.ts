/**
 * The hover card's user interface, injected by the background into a page's frame on first use
 * (components/card/card-ui.ts), so that every page's content script does not carry it.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardHost } from '@/components/card/card-host';
import { installCardUi } from '@/components/card/card-ui';

export default defineUnlistedScript(() => {
  installCardUi({ createCardHost });
});
