/**
 * Finds, after the scan, the text run (see ./text-runs.ts) that holds a given text node, and the runs before and
 * after it, without walking the page from the top: the card's "In this article" section reads a company's paragraphs
 * and their neighbours only when its card opens. Also maps offsets in a run back to a StaticRange.
 */
import { isSkippedElement } from './skip';
import { BLOCK_TAGS, blockOf, pointAt, type TextRun } from './text-runs';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW = 0x1 | 0x4; // NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT: no global NodeFilter in every test DOM

/** Nodes looked at, at most, when searching for the previous or next run: a bound on a page of empty markup. */
const NEIGHBOUR_STEPS = 2000;

/**
 * The run that holds `node`, as the page walk forms it: the text nodes around it that share its block, up to a block
 * element, a skipped element or the block's edge.
 */
export function runAround(node: Text): TextRun {
  const doc = node.ownerDocument;
  const block = blockOf(node) ?? doc.body ?? doc.documentElement;
  const nodes: Text[] = [node];
  const back = doc.createTreeWalker(block, SHOW);
  back.currentNode = node;
  for (let n = back.previousNode(); n; n = back.previousNode()) {
    if (n.nodeType === ELEMENT_NODE) {
      if (n.contains(node)) continue; // an inline ancestor
      if (BLOCK_TAGS.has(n.nodeName) || isSkippedElement(n as Element)) break;
      continue;
    }
    if (n.nodeType !== TEXT_NODE) continue;
    // In reverse order a nested block's or skipped element's text comes before the element itself.
    if (blockOf(n) !== block || skippedWithin(n, block)) break;
    nodes.unshift(n as Text);
  }
  const forward = doc.createTreeWalker(block, SHOW);
  forward.currentNode = node;
  for (let n = forward.nextNode(); n; n = forward.nextNode()) {
    if (n.nodeType === ELEMENT_NODE) {
      if (BLOCK_TAGS.has(n.nodeName) || isSkippedElement(n as Element)) break;
      continue;
    }
    if (n.nodeType === TEXT_NODE) nodes.push(n as Text);
  }
  return runOf(nodes);
}

/** A run from its text nodes, in order. */
export function runOf(nodes: Text[]): TextRun {
  const starts: number[] = [];
  let length = 0;
  for (const n of nodes) {
    starts.push(length);
    length += n.data.length;
  }
  return { nodes, starts, text: nodes.map((n) => n.data).join('') };
}

/**
 * The run just before (or after) `run` in document order that has readable text, or undefined at the page's edge.
 * Text in skipped elements (code, inputs, our own UI…) and white space between blocks is passed over.
 */
export function neighbourRun(
  run: TextRun,
  direction: 'previous' | 'next',
  around: (node: Text) => TextRun = runAround,
): TextRun | undefined {
  const from = direction === 'previous' ? run.nodes[0] : run.nodes[run.nodes.length - 1];
  if (!from) return undefined;
  const doc = from.ownerDocument;
  const root = doc.body ?? doc.documentElement;
  const walker = doc.createTreeWalker(root, SHOW);
  walker.currentNode = from;
  const step = () => (direction === 'previous' ? walker.previousNode() : walker.nextNode());
  for (let i = 0, n = step(); n && i < NEIGHBOUR_STEPS; i++, n = step()) {
    if (n.nodeType !== TEXT_NODE || !/\S/.test((n as Text).data)) continue;
    if (skippedWithin(n, null)) continue;
    return around(n as Text);
  }
  return undefined;
}

/** Whether an element between `node` and `stop` (exclusive; null: the document) is skipped by the page walk. */
function skippedWithin(node: Node, stop: Node | null): boolean {
  for (let el = node.parentElement; el && el !== stop; el = el.parentElement) if (isSkippedElement(el)) return true;
  return false;
}

/** The run's text with every line break made a space (same length): a line break in HTML source is a space. */
export function flatText(run: TextRun): string {
  return run.text.replace(/[\n\r\v\f\u0085\u2028\u2029]/g, ' ');
}

/** A StaticRange over `[start, end)` of the run's text. */
export function rangeIn(run: TextRun, start: number, end: number): StaticRange {
  const a = pointAt(run, start);
  const b = pointAt(run, end, true);
  const win = a.node.ownerDocument.defaultView as Window & typeof globalThis;
  return new win.StaticRange({
    startContainer: a.node,
    startOffset: a.offset,
    endContainer: b.node,
    endOffset: b.offset,
  });
}

/** Where a text node starts in the run, or -1 when it is not one of its nodes. */
export function offsetOf(run: TextRun, node: Text): number {
  const i = run.nodes.indexOf(node);
  return i < 0 ? -1 : (run.starts[i] ?? 0);
}
