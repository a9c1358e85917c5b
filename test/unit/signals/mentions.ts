/** Test helper: mentions as the detector would give them, for every whole-word occurrence of the given names. */
import type { Mention } from '../../../utils/detect/types';

export function mentionsOf(text: string, names: Record<string, string>): Mention[] {
  const found: Mention[] = [];
  for (const [surface, entityId] of Object.entries(names)) {
    const escaped = surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const m of text.matchAll(new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, 'g'))) {
      const start = m.index;
      if (found.some((f) => start < f.end && start + surface.length > f.start)) continue;
      found.push({ start, end: start + surface.length, surface, entityId, tier: 'name' });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
