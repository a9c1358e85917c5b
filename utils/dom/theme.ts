/**
 * Light or dark card? The Theme setting decides when it is Light or Dark. Automatic follows the page: first the colour
 * scheme the page declares (`<meta name="color-scheme">`, or `color-scheme` on its root element) when it names only
 * one; then the first opaque background up the tree from the mention (a dark site that declares nothing); when every
 * ancestor is transparent the page shows the browser's canvas, so the OS preference decides.
 */
export type Theme = 'light' | 'dark';
export type ThemeSetting = Theme | 'auto';

/** Relative luminance below which a background counts as dark (WCAG formula; mid-grey is ~0.2). */
const DARK_LUMINANCE = 0.2;

/**
 * The one scheme a `color-scheme` value names ("dark", "only light"), or undefined for none ("normal") or both
 * ("light dark": the page follows the OS, as the card then does).
 */
export function singleScheme(value: string | null | undefined): Theme | undefined {
  const words = (value ?? '').toLowerCase().split(/[\s,]+/);
  const light = words.includes('light');
  const dark = words.includes('dark');
  return light === dark ? undefined : light ? 'light' : 'dark';
}

/** The scheme the page declares for itself, if it declares exactly one: the meta tag first, then the root's style. */
export function declaredScheme(doc: Document): Theme | undefined {
  const meta = doc.querySelector('meta[name="color-scheme" i]')?.getAttribute('content');
  const fromMeta = singleScheme(meta);
  if (fromMeta) return fromMeta;
  const root = doc.documentElement;
  return root ? singleScheme(doc.defaultView?.getComputedStyle(root).colorScheme) : undefined;
}

export function pageThemeAt(el: Element | null, setting: ThemeSetting = 'auto'): Theme {
  if (setting !== 'auto') return setting;
  const win = el?.ownerDocument.defaultView;
  const declared = el ? declaredScheme(el.ownerDocument) : undefined;
  if (declared) return declared;
  for (let cur = el; cur && win; cur = cur.parentElement) {
    const rgba = parseColor(win.getComputedStyle(cur).backgroundColor);
    if (rgba && rgba[3] > 0.5) return luminance(rgba) < DARK_LUMINANCE ? 'dark' : 'light';
  }
  return win?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Parses `rgb(…)`/`rgba(…)` as computed styles return them; other forms give undefined. */
export function parseColor(value: string): [number, number, number, number] | undefined {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

export function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0);
}
