/**
 * GeoLens runs in the top page and in same-origin frames (an article's embedded quote box, a liveblog iframe),
 * never in cross-origin frames such as ads: reading `top.location.href` throws across origins.
 */
export function isSameOriginFrame(win: Window): boolean {
  if (win === win.top) return true;
  try {
    return win.top?.location.origin === win.location.origin;
  } catch {
    return false;
  }
}
