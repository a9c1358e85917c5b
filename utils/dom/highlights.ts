/**
 * Marks mentions without touching the page's DOM: each mention is a StaticRange in a CSS Custom Highlight
 * (`::highlight(geolens-mention)`), painted by the browser. Frameworks that own the text never see a change, so
 * hydration and re-rendering keep working (docs/adr/0004-css-highlights-not-wrapping.md).
 *
 * The registry also answers "which mention is under this point?" (hit-testing), since highlights receive no events.
 */
import type { Mention } from '../detect/types';
import { blockOf, type NodePoint, pointAt, type TextRun } from './text-runs';

export const HIGHLIGHT_NAME = 'geolens-mention';
export const ACTIVE_HIGHLIGHT_NAME = 'geolens-mention-active';

/** One marked mention on the page. */
export interface PageMention {
  readonly id: number;
  readonly mention: Mention;
  readonly start: NodePoint;
  readonly end: NodePoint;
  /** The mention's StaticRange, made on first use: most mentions of a long page are never painted or hovered. */
  readonly range: StaticRange;
  /** The text nodes the mention covers (usually one; two or more when it crosses inline elements). */
  readonly nodes: readonly Text[];
}

/** A mention whose StaticRange is built only when painted, hovered or focused. */
class LazyMention implements PageMention {
  #range: StaticRange | undefined;
  /** The block element that holds it, for viewport painting (null when not watched). */
  block: Element | null = null;
  constructor(
    readonly id: number,
    readonly mention: Mention,
    readonly start: NodePoint,
    readonly end: NodePoint,
    readonly nodes: readonly Text[],
    private readonly win: Window & typeof globalThis,
  ) {}
  get range(): StaticRange {
    this.#range ??= new this.win.StaticRange({
      startContainer: this.start.node,
      startOffset: this.start.offset,
      endContainer: this.end.node,
      endOffset: this.end.offset,
    });
    return this.#range;
  }
  get hasRange(): boolean {
    return this.#range !== undefined;
  }
}

export type MarkStyle = 'underline' | 'background' | 'none';

/** Styles per mark style. Only properties `::highlight()` supports (colour, decoration, background). */
const STYLE_RULES: Readonly<Record<MarkStyle, string>> = {
  underline: `::highlight(${HIGHLIGHT_NAME}) { text-decoration: underline dotted color-mix(in srgb, currentColor 60%, transparent); text-decoration-thickness: 1px; text-underline-offset: 0.2em; }`,
  background: `::highlight(${HIGHLIGHT_NAME}) { background-color: color-mix(in srgb, #f0a63a 22%, transparent); }`,
  none: '',
};
const ACTIVE_RULE = `::highlight(${ACTIVE_HIGHLIGHT_NAME}) { background-color: color-mix(in srgb, #1f5fbf 16%, transparent); text-decoration: underline solid currentColor; text-underline-offset: 0.2em; }`;

export interface MentionRegistry {
  /** Registers the mentions found in one run. */
  addRun(run: TextRun, mentions: readonly Mention[]): PageMention[];
  /** Forgets every mention that touches one of these text nodes (they changed or left the page). */
  forgetNodes(nodes: Iterable<Text>): void;
  /** Forgets mentions whose nodes are no longer in the document. */
  prune(): void;
  has(node: Text): boolean;
  /** The mentions that touch this text node (none when it holds no mention). */
  mentionsAt(node: Text): readonly PageMention[];
  /** Every mention of one company, in no particular order (O(n): for a card opening, not for hot paths). */
  mentionsOf(entityId: string): PageMention[];
  /** Whether this mention is still marked. */
  contains(mention: PageMention): boolean;
  /** The mention whose text is at this viewport point, if any. */
  hitTest(x: number, y: number): PageMention | undefined;
  /** Every mention, painted or not, in document order (sorts: for keyboard navigation, not for hot paths). */
  ordered(): PageMention[];
  /** Paints the mentions added since the last commit that are near the viewport (painting is batched). */
  commit(): void;
  /** The distinct companies marked on the page (cheap: kept up to date as mentions come and go). */
  entityIds(): string[];
  readonly size: number;
  /** Draws the hovered or focused mention more strongly (or nothing). */
  setActive(mention: PageMention | undefined): void;
  setStyle(style: MarkStyle): void;
  /** Removes every highlight and the stylesheet: the page is as we found it. */
  clear(): void;
  dispose(): void;
}

/** True when this browser can paint highlights (Chrome 105+, Firefox 140+, Safari 17.2+). */
export function highlightsSupported(win: Window & typeof globalThis = window): boolean {
  return typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';
}

/**
 * How far beyond the viewport mentions are painted (IntersectionObserver rootMargin): one screen above and below,
 * so scrolling never reveals unpainted text.
 */
export const PAINT_MARGIN = '100% 0px 100% 0px';

export interface RegistryOptions {
  style?: MarkStyle;
  /**
   * Paint only the mentions near the viewport (default when IntersectionObserver exists). Every change to a
   * highlight makes the browser re-resolve all its ranges: 65,000 ranges on a 5 MB page cost a 450 ms task per
   * change, so the highlight holds only what the reader can reach (docs/adr/0004).
   */
  viewportOnly?: boolean;
  /** Paint everything directly up to this many mentions; above it, switch to viewport painting. */
  viewportThreshold?: number;
}

/**
 * Mentions painted directly before switching to viewport painting. Measured on the 200 KB article (2,627 mentions,
 * 7 loads each): painting all of them directly cost more main-thread time (median 88–91 ms) than watching their
 * blocks from the first mention (71–77 ms), because every painted mention needs a StaticRange. So: watch at once.
 */
export const VIEWPORT_THRESHOLD = 0;

export function createMentionRegistry(doc: Document, options: RegistryOptions = {}): MentionRegistry {
  const style = options.style ?? 'underline';
  const win = doc.defaultView as Window & typeof globalThis;
  const highlight = new win.Highlight();
  const active = new win.Highlight();
  win.CSS.highlights.set(HIGHLIGHT_NAME, highlight);
  win.CSS.highlights.set(ACTIVE_HIGHLIGHT_NAME, active);
  // A constructed stylesheet: allowed under strict CSP and Trusted Types, unlike an injected <style>.
  const sheet = new win.CSSStyleSheet();
  const applyStyle = (s: MarkStyle) => sheet.replaceSync(`${STYLE_RULES[s]}\n${ACTIVE_RULE}`);
  applyStyle(style);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];

  const byNode = new Map<Text, PageMention[]>();
  const all = new Set<PageMention>();
  const perEntity = new Map<string, number>();
  let pending: PageMention[] = [];

  // Viewport painting: mentions grouped by the element that holds them; the observer paints and unpaints groups.
  const byElement = new Map<Element, Set<PageMention>>();
  const near = new Set<Element>();
  const viewportAllowed = (options.viewportOnly ?? true) && typeof win.IntersectionObserver === 'function';
  const threshold = options.viewportThreshold ?? VIEWPORT_THRESHOLD;
  let observer: IntersectionObserver | undefined;
  const onIntersect = (entries: IntersectionObserverEntry[]) => {
    for (const entry of entries) {
      const group = byElement.get(entry.target);
      if (!group) continue;
      if (entry.isIntersecting) {
        near.add(entry.target);
        for (const pm of group) highlight.add(pm.range);
      } else {
        near.delete(entry.target);
        for (const pm of group) if ((pm as LazyMention).hasRange) highlight.delete(pm.range);
      }
    }
  };
  /** Too many mentions to paint them all: from now on paint only the blocks near the viewport. */
  const switchToViewport = () => {
    observer = new win.IntersectionObserver(onIntersect, { rootMargin: PAINT_MARGIN });
    highlight.clear();
    pending = [];
    for (const el of byElement.keys()) observer.observe(el); // first callbacks paint what is near
  };
  /**
   * Watches the new mentions of one run under `el`, the run's block (every mention of a run shares it): the group is
   * looked up once per run, not once per mention.
   */
  const trackRun = (pms: readonly LazyMention[], el: Element | null) => {
    if (!el) {
      if (!observer) for (const pm of pms) pending.push(pm);
      return;
    }
    let group = byElement.get(el);
    const fresh = group === undefined;
    if (!group) {
      group = new Set();
      byElement.set(el, group);
    }
    for (const pm of pms) {
      pm.block = el;
      group.add(pm);
    }
    // A newly watched block is painted by the observer's first callback when it is near; a block already near
    // paints its new mentions at the next commit.
    if (observer && (fresh || !near.has(el))) {
      if (fresh) observer.observe(el);
      return;
    }
    for (const pm of pms) pending.push(pm);
  };
  const untrack = (pm: LazyMention) => {
    const el = pm.block;
    if (!el) return;
    pm.block = null;
    const group = byElement.get(el);
    group?.delete(pm);
    if (group && group.size === 0) {
      byElement.delete(el);
      near.delete(el);
      observer?.unobserve(el);
    }
  };
  const count = (entityId: string, delta: number) => {
    const n = (perEntity.get(entityId) ?? 0) + delta;
    if (n > 0) perEntity.set(entityId, n);
    else perEntity.delete(entityId);
  };
  let nextId = 1;

  const forget = (pm: PageMention) => {
    if (!all.delete(pm)) return;
    count(pm.mention.entityId, -1);
    untrack(pm as LazyMention);
    if ((pm as LazyMention).hasRange) {
      highlight.delete(pm.range);
      active.delete(pm.range);
    }
    for (const node of pm.nodes) {
      const list = byNode.get(node);
      if (!list) continue;
      const rest = list.filter((x) => x !== pm);
      if (rest.length) byNode.set(node, rest);
      else byNode.delete(node);
    }
  };

  return {
    addRun(run, mentions) {
      const added: LazyMention[] = [];
      const first = run.nodes[0] as Text;
      const block = viewportAllowed ? (blockOf(first) ?? first.parentElement) : null;
      // Mentions of a run mostly sit in one text node: its list is looked up once for them.
      let lastNode: Text | undefined;
      let lastList: PageMention[] | undefined;
      for (const mention of mentions) {
        const start = pointAt(run, mention.start);
        const end = pointAt(run, mention.end, true);
        const nodes =
          start.node === end.node
            ? [start.node]
            : run.nodes.slice(run.nodes.indexOf(start.node), run.nodes.indexOf(end.node) + 1);
        const pm = new LazyMention(nextId++, mention, start, end, nodes, win);
        for (const node of nodes) {
          if (node === lastNode && lastList) {
            lastList.push(pm);
            continue;
          }
          let list = byNode.get(node);
          if (list) list.push(pm);
          else {
            list = [pm];
            byNode.set(node, list);
          }
          lastNode = node;
          lastList = list;
        }
        all.add(pm);
        count(mention.entityId, 1);
        added.push(pm);
      }
      trackRun(added, block);
      if (!observer && viewportAllowed && all.size > threshold) switchToViewport();
      return added;
    },
    forgetNodes(nodes) {
      for (const node of nodes) for (const pm of byNode.get(node) ?? []) forget(pm);
    },
    prune() {
      for (const node of [...byNode.keys()]) {
        if (!node.isConnected) for (const pm of byNode.get(node) ?? []) forget(pm);
      }
    },
    has: (node) => byNode.has(node),
    mentionsAt: (node) => byNode.get(node) ?? [],
    mentionsOf: (entityId) => [...all].filter((pm) => pm.mention.entityId === entityId),
    contains: (pm) => all.has(pm),
    hitTest(x, y) {
      const hit = caretAt(doc, x, y);
      if (!hit) return undefined;
      const candidates = byNode.get(hit.node);
      if (!candidates) return undefined;
      for (const pm of candidates) {
        // The caret APIs snap to the nearest character even past the end of a line: check the text's boxes too.
        const live = toLiveRange(doc, pm.range);
        if (!live) continue;
        for (const rect of live.getClientRects()) {
          if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return pm;
        }
      }
      return undefined;
    },
    ordered() {
      const list = [...all];
      return list.sort((a, b) => {
        if (a.start.node === b.start.node) return a.start.offset - b.start.offset;
        const pos = a.start.node.compareDocumentPosition(b.start.node);
        return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
      });
    },
    entityIds: () => [...perEntity.keys()],
    commit() {
      for (const pm of pending) if (all.has(pm)) highlight.add(pm.range);
      pending = [];
    },
    get size() {
      return all.size;
    },
    setActive(pm) {
      active.clear();
      if (pm && all.has(pm)) active.add(pm.range);
    },
    setStyle: applyStyle,
    clear() {
      highlight.clear();
      active.clear();
      byNode.clear();
      all.clear();
      perEntity.clear();
      pending = [];
      byElement.clear();
      near.clear();
      observer?.disconnect();
      observer = undefined;
    },
    dispose() {
      observer?.disconnect();
      highlight.clear();
      active.clear();
      byNode.clear();
      all.clear();
      if (win.CSS.highlights.get(HIGHLIGHT_NAME) === highlight) win.CSS.highlights.delete(HIGHLIGHT_NAME);
      if (win.CSS.highlights.get(ACTIVE_HIGHLIGHT_NAME) === active) win.CSS.highlights.delete(ACTIVE_HIGHLIGHT_NAME);
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}

/** A live Range for measuring a StaticRange; undefined when its offsets no longer fit (the text changed). */
export function toLiveRange(doc: Document, sr: StaticRange): Range | undefined {
  try {
    const r = doc.createRange();
    r.setStart(sr.startContainer, sr.startOffset);
    r.setEnd(sr.endContainer, sr.endOffset);
    return r;
  } catch {
    return undefined;
  }
}

interface Caret {
  node: Text;
  offset: number;
}

function caretAt(doc: Document, x: number, y: number): Caret | undefined {
  const d = doc as Document & {
    caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?(x: number, y: number): Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    if (pos && pos.offsetNode.nodeType === 3) return { node: pos.offsetNode as Text, offset: pos.offset };
    return undefined;
  }
  const range = d.caretRangeFromPoint?.(x, y);
  if (range && range.startContainer.nodeType === 3)
    return { node: range.startContainer as Text, offset: range.startOffset };
  return undefined;
}
