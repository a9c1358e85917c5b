/**
 * What the content script does on a page: fetch the dictionary from the background, mark the mentions, and run the
 * card. Everything it adds is removed again when the extension updates (`ctx.onInvalidated`).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { compilePackedMatcher, createMatchContext } from '@/utils/detect/matcher';
import type { Matcher } from '@/utils/detect/types';
import { makeFirstMarksFocusable } from '@/utils/dom/focusable';
import { markMentions, unmarkAll } from '@/utils/dom/marks';
import { sendMessage } from '@/utils/messaging/protocol';
import { loadSettings, repairSettings, settingsItem, watchlistItem } from '@/utils/storage';
import { createCardController } from './card-controller';

export async function startContent(ctx: ContentScriptContext): Promise<void> {
  const [settings, dictionary] = await Promise.all([loadSettings(), sendMessage('getDictionary')]);
  if (!ctx.isValid) return;
  let hoverDelayMs = settings.hoverDelayMs;

  const compiled = compilePackedMatcher(dictionary.dictionary);
  // One context per page: a strong mention ("Alibaba (NYSE: BABA)") supports later bare tickers ("BABA") elsewhere.
  const context = createMatchContext();
  const matcher: Matcher = { ...compiled, find: (text, options) => compiled.find(text, { context, ...options }) };
  const { marks } = markMentions(document.body, matcher);
  ctx.onInvalidated(() => unmarkAll(document));
  if (marks.length === 0) return;
  makeFirstMarksFocusable(marks, new Set());

  const controller = await createCardController(ctx, { hoverDelayMs: () => hoverDelayMs });
  ctx.onInvalidated(() => controller.dispose());
  ctx.onInvalidated(settingsItem.watch((value) => (hoverDelayMs = repairSettings(value).hoverDelayMs)));
  ctx.onInvalidated(watchlistItem.watch(() => controller.invalidate()));
}
