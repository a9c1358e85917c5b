/**
 * Marks mentions without touching the page's DOM: each mention is a StaticRange in a CSS Custom Highlight
 * (`::highlight(geolens-mention)`), painted by the browser. Frameworks that own the text never see a change, so
 * hydration and re-rendering keep working (docs/adr/0004-css-highlights-not-wrapping.md).
 *
 * The registry also answers "which mention is under this point?" (hit-testing), since highlights receive no events.
 */
import type { Mention } from '../detect/types';
import {
  ACTIVE_HIGHLIGHT_NAME,
  HIGHLIGHT_NAME,
  MARK_TIERS,
  type MarkStyle,
  type MarkTier,
  markRules,
  tierHighlightName,
  tintHighlightName,
} from './mark-style';
import { blockOf, type NodePoint, pointAt, type TextRun } from './text-runs';
import { createVisibility, type TrackedBlock, type Visibility } from './visibility';

export { ACTIVE_HIGHLIGHT_NAME, HIGHLIGHT_NAME, type MarkStyle } from './mark-style';

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
  /** The watched block that holds it, for viewport painting (null when not watched). */
  group: BlockGroup | null = null;
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

/** A block element and the mentions it holds: painted and unpainted together. */
interface BlockGroup extends TrackedBlock {
  readonly mentions: Set<LazyMention>;
}

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
  /** Turns "Underline by band" on or off (drawn with the underline style only). */
  setBandMarks(on: boolean): void;
  /** Removes every highlight and the stylesheet: the page is as we found it. */
  clear(): void;
  dispose(): void;
}

/** True when this browser can paint highlights (Chrome 105+, Firefox 140+, Safari 17.2+). */
export function highlightsSupported(win: Window & typeof globalThis = window): boolean {
  return typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';
}

export interface RegistryOptions {
  style?: MarkStyle;
  /** Underline by band (default off here; the content script passes the setting). */
  bandMarks?: boolean;
  /** A stylesheet already adopted with the underline style's rules (utils/dom/mark-sheet.ts); the registry owns it. */
  sheet?: CSSStyleSheet;
  /** The tier of a company's band, for band marks (default: every company unrated). */
  tierOf?(mention: Pick<Mention, 'entityId' | 'entityIndex'>): MarkTier;
  /**
   * Paint only the mentions near the viewport (default when animation frames exist). Every change to a highlight
   * makes the browser re-resolve all its ranges: 65,000 ranges on a 5 MB page cost a 450 ms task per change, so the
   * highlight holds only what the reader can reach (docs/adr/0004, ./visibility.ts).
   */
  viewportOnly?: boolean;
  /** Paint everything directly up to this many mentions; above it, switch to viewport painting. */
  viewportThreshold?: number;
}

/**
 * Mentions painted directly before switching to viewport painting. Painted at once, scrolling changes nothing and
 * costs nothing; but each page change then re-resolves every range, and decorations make every change O(page).
 * A 200 KB article (2,627 mentions) stays painted at once; a 5 MB page (65,000) switches (ADR 0008).
 */
export const VIEWPORT_THRESHOLD = 4000;

export function createMentionRegistry(doc: Document, options: RegistryOptions = {}): MentionRegistry {
  let style = options.style ?? 'underline';
  let bandMarks = options.bandMarks ?? false;
  const tierOf = options.tierOf ?? (() => 'unrated' as const);
  const win = doc.defaultView as Window & typeof globalThis;
  const highlight = new win.Highlight();
  const active = new win.Highlight();
  win.CSS.highlights.set(HIGHLIGHT_NAME, highlight);
  // Overlays draw the underline style: each painted mention is also in its tier's overlay (`unrated` with band
  // marks off). Short pages use the underline overlays; a long page switches to tints (ADR 0008).
  const overlays = new Map(MARK_TIERS.map((t) => [t, new win.Highlight()] as const));
  for (const [t, h] of overlays) win.CSS.highlights.set(tierHighlightName(t), h);
  const tints = new Map(MARK_TIERS.map((t) => [t, new win.Highlight()] as const));
  let long = false;
  // Registered last: on top of the marks it emphasises.
  win.CSS.highlights.set(ACTIVE_HIGHLIGHT_NAME, active);
  // A constructed stylesheet: allowed under strict CSP and Trusted Types, unlike an injected <style>.
  const early = options.sheet;
  const sheet = early ?? new win.CSSStyleSheet();
  if (!early || style !== 'underline') sheet.replaceSync(markRules(style));
  if (!early) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  const overlayOf = (pm: PageMention) =>
    style === 'underline' ? (long ? tints : overlays).get(bandMarks ? tierOf(pm.mention) : 'unrated') : undefined;
  const paint = (pm: PageMention) => {
    highlight.add(pm.range);
    overlayOf(pm)?.add(pm.range);
  };
  const unpaint = (pm: PageMention) => {
    highlight.delete(pm.range);
    overlayOf(pm)?.delete(pm.range);
  };
  const clearOverlays = () => {
    for (const h of overlays.values()) h.clear();
    for (const h of tints.values()) h.clear();
  };
  const clearPaint = () => {
    highlight.clear();
    clearOverlays();
  };
  /** A new style or band setting: the overlays are rebuilt from what is painted. */
  const redrawOverlays = () => {
    clearOverlays();
    for (const pm of all) if ((pm as LazyMention).hasRange && highlight.has(pm.range)) overlayOf(pm)?.add(pm.range);
  };
  /** Long pages draw tints: registering them changes no stylesheet, so the document is not restyled. */
  const becomeLong = () => {
    long = true;
    clearOverlays();
    // Unregistered, not only emptied: with a decorated highlight registered, Chromium still takes the slow path
    // (whole-page overflow) on every change of any highlight (bench: 5 MB scroll +158 ms without, +245 ms with).
    for (const [t, h] of overlays)
      if (win.CSS.highlights.get(tierHighlightName(t)) === h) win.CSS.highlights.delete(tierHighlightName(t));
    const before = win.CSS.highlights.get(ACTIVE_HIGHLIGHT_NAME) === active;
    for (const [t, h] of tints) win.CSS.highlights.set(tintHighlightName(t), h);
    // Keep the active mark on top (registration order is priority).
    if (before) {
      win.CSS.highlights.delete(ACTIVE_HIGHLIGHT_NAME);
      win.CSS.highlights.set(ACTIVE_HIGHLIGHT_NAME, active);
    }
  };

  const byNode = new Map<Text, PageMention[]>();
  const all = new Set<PageMention>();
  const perEntity = new Map<string, number>();
  let pending: PageMention[] = [];

  // Viewport painting: mentions grouped by the block that holds them; the visibility tracker paints and unpaints
  // whole groups inside animation frames.
  const byElement = new Map<Element, BlockGroup>();
  const viewportAllowed = (options.viewportOnly ?? true) && typeof win.requestAnimationFrame === 'function';
  const threshold = options.viewportThreshold ?? VIEWPORT_THRESHOLD;
  let visibility: Visibility<BlockGroup> | undefined;
  const onFrame = (entered: readonly BlockGroup[], left: readonly BlockGroup[]) => {
    for (const g of left) for (const pm of g.mentions) if (pm.hasRange) unpaint(pm);
    for (const g of entered) for (const pm of g.mentions) paint(pm);
    flushPending();
  };
  /** Adds the pending mentions that should be painted now (all of them without viewport painting). */
  const flushPending = () => {
    for (const pm of pending) {
      if (!all.has(pm)) continue;
      const g = (pm as LazyMention).group;
      if (!visibility || !g || visibility.isNear(g)) paint(pm);
    }
    pending = [];
  };
  /** Too many mentions to paint them all: from now on paint only the blocks near the viewport. */
  const switchToViewport = () => {
    visibility = createVisibility<BlockGroup>({ win, onFrame });
    clearPaint();
    pending = [];
    for (const g of byElement.values()) visibility.add(g); // the first frame measures them and paints what is near
    visibility.schedule();
    becomeLong();
  };
  /**
   * Watches the new mentions of one run under `el`, the run's block (every mention of a run shares it): the group is
   * looked up once per run, not once per mention.
   */
  const trackRun = (pms: readonly LazyMention[], el: Element | null) => {
    if (!el) {
      for (const pm of pms) pending.push(pm);
      return;
    }
    let group = byElement.get(el);
    if (!group) {
      group = { el, top: 0, bottom: 0, floating: false, measured: false, mentions: new Set() };
      byElement.set(el, group);
      visibility?.add(group);
    }
    for (const pm of pms) {
      pm.group = group;
      group.mentions.add(pm);
      // A new block is painted by the frame that measures it; a block already near paints at the next frame too.
      pending.push(pm);
    }
  };
  const untrack = (pm: LazyMention) => {
    const group = pm.group;
    if (!group) return;
    pm.group = null;
    group.mentions.delete(pm);
    if (group.mentions.size === 0) {
      byElement.delete(group.el);
      visibility?.remove(group);
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
      unpaint(pm);
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
      if (!visibility && viewportAllowed && all.size > threshold) switchToViewport();
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
      // With viewport painting, new marks land in the next frame (measured, then painted if near): one highlight
      // change per frame instead of one after it.
      if (visibility) visibility.schedule();
      else flushPending();
    },
    get size() {
      return all.size;
    },
    setActive(pm) {
      active.clear();
      if (pm && all.has(pm)) active.add(pm.range);
    },
    setStyle(next) {
      if (next === style) return;
      clearOverlays();
      style = next;
      sheet.replaceSync(markRules(style));
      redrawOverlays();
    },
    setBandMarks(on) {
      if (on === bandMarks) return;
      clearOverlays();
      bandMarks = on;
      redrawOverlays();
    },
    clear() {
      clearPaint();
      active.clear();
      byNode.clear();
      all.clear();
      perEntity.clear();
      pending = [];
      byElement.clear();
      visibility?.reset();
    },
    dispose() {
      visibility?.dispose();
      visibility = undefined;
      clearPaint();
      active.clear();
      byNode.clear();
      all.clear();
      const ours: [string, Highlight][] = [
        [HIGHLIGHT_NAME, highlight],
        [ACTIVE_HIGHLIGHT_NAME, active],
        ...[...overlays].map(([t, h]) => [tierHighlightName(t), h] as [string, Highlight]),
        ...[...tints].map(([t, h]) => [tintHighlightName(t), h] as [string, Highlight]),
      ];
      for (const [name, h] of ours) if (win.CSS.highlights.get(name) === h) win.CSS.highlights.delete(name);
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
