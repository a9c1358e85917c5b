/**
 * What the content script does on a page: fetch the dictionary from the background, mark the mentions, and run the
 * card. Everything it adds is removed again when the extension updates (`ctx.onInvalidated`).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { compileMatcher } from '@/utils/detect/matcher';
import { makeFirstMarksFocusable } from '@/utils/dom/focusable';
import { markMentions, unmarkAll } from '@/utils/dom/marks';
import { sendMessage } from '@/utils/messaging/protocol';
import { loadSettings, repairSettings, settingsItem, watchlistItem } from '@/utils/storage';
import { createCardController } from './card-controller';

export async function startContent(ctx: ContentScriptContext): Promise<void> {
  const [settings, dictionary] = await Promise.all([loadSettings(), sendMessage('getDictionary')]);
  if (!ctx.isValid) return;
  let hoverDelayMs = settings.hoverDelayMs;

  const matcher = compileMatcher(dictionary.entries);
  const { marks } = markMentions(document.body, matcher);
  ctx.onInvalidated(() => unmarkAll(document));
  if (marks.length === 0) return;
  makeFirstMarksFocusable(marks, new Set());

  const controller = await createCardController(ctx, { hoverDelayMs: () => hoverDelayMs });
  ctx.onInvalidated(() => controller.dispose());
  ctx.onInvalidated(settingsItem.watch((value) => (hoverDelayMs = repairSettings(value).hoverDelayMs)));
  ctx.onInvalidated(watchlistItem.watch(() => controller.invalidate()));
}
