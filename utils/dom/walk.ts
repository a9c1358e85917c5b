/**
 * Collects the text nodes of a subtree that GeoLens may read: a TreeWalker that rejects skipped subtrees whole and
 * ignores whitespace-only nodes.
 */
import { isSkippedElement } from './skip';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Text nodes shorter than this cannot hold a mention ("BP" is the shortest useful form, "$MP" the next). */
const MIN_TEXT_LENGTH = 2;

export function collectTextNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const out: Text[] = [];
  if (root.nodeType === TEXT_NODE) {
    if (isReadable(root as Text)) out.push(root as Text);
    return out;
  }
  if (root.nodeType === ELEMENT_NODE && hasSkippedAncestorOrSelf(root as Element)) return out;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === ELEMENT_NODE) {
        return isSkippedElement(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      }
      return isReadable(node as Text) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

function isReadable(text: Text): boolean {
  const data = text.data;
  return data.length >= MIN_TEXT_LENGTH && /\S/.test(data);
}

function hasSkippedAncestorOrSelf(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (isSkippedElement(cur)) return true;
  return false;
}
