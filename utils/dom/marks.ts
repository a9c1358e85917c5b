/**
 * Marks mentions by wrapping them in `<geolens-mark>`: an unknown element is inline and unstyled by page CSS that
 * targets known tags, so the text keeps its look. The subtle underline is set through CSSOM (`element.style`),
 * which strict page CSPs allow, unlike an injected `<style>`.
 */
import type { Matcher } from '../detect/matcher';
import type { Mention } from '../detect/types';
import { collectTextNodes } from './walk';

export const MARK_TAG = 'geolens-mark';

export interface MarkResult {
  marks: HTMLElement[];
  mentions: Mention[];
}

/** Scans a subtree and wraps each mention; returns the new marks in document order. */
export function markMentions(root: Node, matcher: Matcher): MarkResult {
  const marks: HTMLElement[] = [];
  const mentions: Mention[] = [];
  for (const node of collectTextNodes(root)) {
    const found = matcher.find(node.data);
    if (found.length === 0) continue;
    mentions.push(...found);
    marks.push(...wrapMentions(node, found));
  }
  return { marks, mentions };
}

/** Splits one text node around its mentions (given in text order) and wraps each in a mark. */
function wrapMentions(node: Text, mentions: Mention[]): HTMLElement[] {
  const doc = node.ownerDocument;
  const out: HTMLElement[] = [];
  let rest = node;
  let consumed = 0;
  for (const m of mentions) {
    const middle = rest.splitText(m.start - consumed);
    rest = middle.splitText(m.end - m.start);
    consumed = m.end;
    const mark = doc.createElement(MARK_TAG);
    mark.dataset.entity = m.entityId;
    mark.dataset.tier = m.tier;
    if (m.ticker) mark.dataset.ticker = m.ticker;
    styleMark(mark);
    middle.replaceWith(mark);
    mark.append(middle);
    out.push(mark);
  }
  return out;
}

function styleMark(mark: HTMLElement): void {
  const s = mark.style;
  s.textDecorationLine = 'underline';
  s.textDecorationStyle = 'dotted';
  s.textDecorationThickness = '1px';
  s.textUnderlineOffset = '0.2em';
  // Follows the page's own text colour, so the mark works on light and dark sites alike.
  s.textDecorationColor = 'color-mix(in srgb, currentColor 55%, transparent)';
  s.cursor = 'help';
}

/** Removes every mark under `root`, restoring the original text nodes (used on extension update and site disable). */
export function unmarkAll(root: ParentNode): void {
  for (const mark of root.querySelectorAll(MARK_TAG)) {
    const parent = mark.parentNode;
    if (!parent) continue;
    mark.replaceWith(...mark.childNodes);
    parent.normalize();
  }
}
