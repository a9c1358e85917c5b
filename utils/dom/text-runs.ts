/**
 * Groups a subtree's readable text nodes into runs: the text of one block (a paragraph, a list item, a cell…)
 * joined across inline elements, so that "<b>MP</b> Materials" and "(NYSE: <a>BABA</a>)" are matched as the reader
 * sees them. Each run keeps where each node starts, to map match offsets back to (node, offset).
 */
import { isSkippedElement } from './skip';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements that start a new line of text. A run never crosses one (cheaper than asking for computed styles). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

export interface TextRun {
  nodes: Text[];
  /** `starts[i]` is the offset of `nodes[i]` in `text`. */
  starts: number[];
  text: string;
}

/** A position inside a run, resolved to a text node. */
export interface NodePoint {
  node: Text;
  offset: number;
}

/** Runs shorter than this cannot hold a mention ("BP" is the shortest useful form). */
const MIN_RUN_LENGTH = 2;

export interface RunWalkerOptions {
  /** Start inside this node (an element or a text node) instead of at the beginning of `root`. */
  from?: Node;
  /** Stop on reaching this node (it is not read). */
  until?: Node;
}

export interface RunWalker {
  /** The next run in document order, or undefined when the walk is done. Cheap to call in a time-sliced loop. */
  next(): TextRun | undefined;
}

/**
 * Walks `root` incrementally and yields its runs in document order. Skipped subtrees (see skip.ts) are rejected
 * whole and end the current run, so text on either side of a code span or an input never joins.
 */
export function createRunWalker(root: Node, options: RunWalkerOptions = {}): RunWalker {
  const doc = root.ownerDocument ?? (root as Document);
  const ready: TextRun[] = [];
  let nodes: Text[] = [];
  let starts: number[] = [];
  let parts: string[] = [];
  let length = 0;
  let block: Node | null = null;
  let done = false;
  let lastParent: Node | null = null;
  let lastBlock: Element | null = null;
  const { until } = options;

  const flush = () => {
    if (nodes.length > 0 && length >= MIN_RUN_LENGTH) {
      const text = parts.length === 1 ? (parts[0] as string) : parts.join('');
      if (/\S/.test(text)) ready.push({ nodes, starts, text });
    }
    nodes = [];
    starts = [];
    parts = [];
    length = 0;
  };

  if (root.nodeType === TEXT_NODE) {
    const t = root as Text;
    if (!hasSkippedAncestor(t.parentElement) && t.data.length >= MIN_RUN_LENGTH) {
      ready.push({ nodes: [t], starts: [0], text: t.data });
    }
    return { next: () => ready.shift() };
  }
  if (root.nodeType === ELEMENT_NODE && hasSkippedAncestor(root as Element)) return { next: () => undefined };

  // No NodeFilter: the browser calling a JS filter per node cost 2–8 µs a node (10–25 ms on a 200 KB article, more
  // than reading the text), so the walk is native and the checks are made here, skipping rejected subtrees by hand.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  /** Moves past the current node's subtree: its next sibling, else the next sibling of its nearest ancestor. */
  const skipSubtree = (): Node | null => {
    do {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
    } while (walker.parentNode());
    return null;
  };
  /** The next text node to read, flushing the current run at block and skipped elements. */
  const nextText = (): Text | null => {
    let node = walker.nextNode();
    while (node) {
      if (node === until) {
        done = true;
        return null;
      }
      if (node.nodeType === TEXT_NODE) return node as Text;
      if (node.nodeType === ELEMENT_NODE && isSkippedElement(node as Element)) {
        // A skipped element ends the current run: text on its two sides is not one phrase.
        flush();
        node = skipSubtree();
        continue;
      }
      if (BLOCK_TAGS.has(node.nodeName)) flush();
      node = walker.nextNode();
    }
    return null;
  };
  if (options.from && root.contains(options.from)) walker.currentNode = options.from;

  return {
    next() {
      while (ready.length === 0 && !done) {
        const text = nextText();
        if (!text || done) {
          done = true;
          flush();
          break;
        }
        // Sibling text nodes share a parent: look its block up once.
        const parent = text.parentNode;
        let owner: Element | null;
        if (parent === lastParent) owner = lastBlock;
        else {
          owner = blockOf(text);
          lastParent = parent;
          lastBlock = owner;
        }
        if (owner !== block) {
          flush();
          block = owner;
        }
        nodes.push(text);
        starts.push(length);
        parts.push(text.data);
        length += text.data.length;
      }
      return ready.shift();
    },
  };
}

/** Every run of `root`, in document order (the whole walk at once: for tests and small subtrees). */
export function collectRuns(root: Node): TextRun[] {
  const walker = createRunWalker(root);
  const runs: TextRun[] = [];
  for (let run = walker.next(); run; run = walker.next()) runs.push(run);
  return runs;
}

/** The nearest block element around a node: where a run that contains it starts. */
export function blockOf(node: Node): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) if (BLOCK_TAGS.has(el.nodeName)) return el;
  return null;
}

/** Maps an offset in `run.text` to the text node and offset it falls in (an end offset prefers the earlier node). */
export function pointAt(run: TextRun, offset: number, isEnd = false): NodePoint {
  let lo = 0;
  let hi = run.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = run.starts[mid] ?? 0;
    if (start < offset || (!isEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = run.nodes[lo] as Text;
  return { node, offset: offset - (run.starts[lo] ?? 0) };
}

function hasSkippedAncestor(el: Element | null): boolean {
  for (let cur = el; cur; cur = cur.parentElement) if (isSkippedElement(cur)) return true;
  return false;
}
