/**
 * What the page walk never enters. Named sets in one place, checked by `nodeName` and `nodeType` (not `instanceof`,
 * which fails across frames).
 */

/** Elements whose text is code, data, form state or not text at all. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SVG',
  'svg',
  'MATH',
  'math',
  'IFRAME',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
]);

/** ARIA roles of editable widgets. */
export const EDITABLE_ROLES: ReadonlySet<string> = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton']);

/** Our own elements: marks are never re-scanned, the card never scanned. */
export const OWN_TAGS: ReadonlySet<string> = new Set(['GEOLENS-MARK', 'GEOLENS-CARD']);

/** Class-name fragments of share widgets and toolbars whose text is not article text. */
const SHARE_WIDGET = /(?:^|[\s_-])(?:share|social|sharing)(?:[\s_-]|$)/i;

/**
 * Attributes only: `isContentEditable` asks for computed style, which costs a style recalculation per element on the
 * hot path. Editability is inherited, and the walk rejects an editable element's whole subtree, so the attribute on
 * the editing host is enough (a `designMode` document is skipped as a whole by the caller).
 */
export function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce !== 'false') return true;
  const role = el.getAttribute('role');
  return role !== null && EDITABLE_ROLES.has(role);
}

/** True when the element and everything under it must be left alone. */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.nodeName) || OWN_TAGS.has(el.nodeName)) return true;
  // Most elements of an article carry no attributes: one call instead of five lookups.
  if (!el.hasAttributes()) return false;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  if (isEditable(el)) return true;
  const cls = el.getAttribute('class');
  return cls !== null && SHARE_WIDGET.test(cls);
}
