/**
 * The matcher: compiled once from the dictionary (./compile.ts), then run over each text: one scan
 * (./scan.ts) and a settling pass for ambiguous names and bare tickers (./resolve.ts).
 *
 * The DOM layer calls `find(node.data)` per text node. For link-wrapped symbols — `(NYSE: <a>BABA</a>)` — it passes
 * the preceding text of the block as `before`; for page-wide support of bare tickers it passes one `context`.
 */

import { Candidates, T_CASHTAG, T_NAME, TIERS } from './candidates';
import { type Compiled, compile } from './compile';
import { type PackedDictionary, type PreparedDictionary, prepareDictionary, unpackDictionary } from './prepare';
import { createEntityMarks, settle } from './resolve';
import { scan } from './scan';
import type { DictionaryEntry, FindOptions, MatchContext, Matcher, MatcherOptions, Mention } from './types';

export { normalizeSymbol } from './compile';
export type { Matcher } from './types';

/** How much of `before`/`after` is read: enough for "(NYSE American: UUUU, " or "shares of". */
const WINDOW = 64;

/** A fresh page-level context for {@link FindOptions.context}. */
export function createMatchContext(): MatchContext {
  return { seen: new Set() };
}

/** Compiles a matcher from dictionary entries. Earlier entries win when two share a name. */
export function compileMatcher(entries: readonly DictionaryEntry[], options: MatcherOptions = {}): Matcher {
  return matcherFromPrepared(prepareDictionary(entries), options);
}

/** Compiles the dictionary a tab received from the background (see ./prepare.ts). */
export function compilePackedMatcher(packed: PackedDictionary, options: MatcherOptions = {}): Matcher {
  return matcherFromPrepared(unpackDictionary(packed), options);
}

export function matcherFromPrepared(prepared: PreparedDictionary, options: MatcherOptions = {}): Matcher {
  const cx = compile(prepared, options);
  const marks = createEntityMarks(cx.entityIds.length);
  // Page contexts store entity ids; settling works on indices, with one mark per entity for each context.
  const indexOf = new Map<string, number>();
  cx.entityIds.forEach((id, i) => {
    if (!indexOf.has(id)) indexOf.set(id, i);
  });
  const pages = new WeakMap<MatchContext, { marks: Uint8Array; synced: number }>();
  // One candidate buffer for every call (find is not re-entrant): a page calls find once per text run.
  let cands = new Candidates(256);
  const added: number[] = [];

  function pageMarks(context: MatchContext): { marks: Uint8Array; synced: number } {
    let page = pages.get(context);
    if (!page) {
      page = { marks: new Uint8Array(cx.entityIds.length), synced: 0 };
      pages.set(context, page);
    }
    // Ids added from outside (another matcher, the caller) are taken in once.
    if (context.seen.size !== page.synced) {
      for (const id of context.seen) {
        const i = indexOf.get(id);
        if (i !== undefined) page.marks[i] = 1;
      }
      page.synced = context.seen.size;
    }
    return page;
  }

  function find(text: string, options?: FindOptions): Mention[] {
    if (typeof text !== 'string' || text.length === 0) return [];
    const before = options?.before ? options.before.slice(-WINDOW) : '';
    const after = options?.after ? options.after.slice(0, WINDOW) : '';
    const full = before || after ? before + text + after : text;
    // A long text gets a buffer sized for it rather than growing one step at a time.
    if (full.length > 1 << 16 && cands.start.length < full.length >> 6) cands = new Candidates(full.length >> 6);
    cands.n = 0;
    scan(cx, full, cands);
    if (cands.n === 0) return [];

    const context = options?.context;
    const page = context ? pageMarks(context) : undefined;
    added.length = 0;
    const kept = settle(full, cands, marks, page ? page.marks : null, added);
    if (context && page) {
      for (const i of added) context.seen.add(cx.entityIds[i]!);
      page.synced = context.seen.size;
    }

    const lo = before.length;
    const hi = lo + text.length;
    // Sized up front: pushing tens of thousands of mentions one by one regrows the array many times.
    const out: Mention[] = new Array(kept.length);
    let count = 0;
    for (let k = 0; k < kept.length; k++) {
      const i = kept[k]!;
      const start = cands.start[i]!;
      const end = cands.end[i]!;
      if (start < lo || end > hi) continue;
      const surface = full.slice(start, end);
      const tier = cands.tier[i]!;
      // Every mention gets the same shape (ticker undefined for names): one hidden class for the consumer's loops.
      out[count++] = {
        start: start - lo,
        end: end - lo,
        surface,
        entityId: cx.entityIds[cands.entity[i]!]!,
        ticker: tier === T_NAME ? undefined : tier === T_CASHTAG ? surface.slice(1) : surface,
        tier: TIERS[tier]!,
      };
    }
    out.length = count;
    return out;
  }

  return { find, patternCount: cx.patternCount };
}

/** The compiled tables, for the benchmark's heap figure and for tests. */
export function compileTables(entries: readonly DictionaryEntry[], options?: MatcherOptions): Compiled {
  return compile(prepareDictionary(entries), options);
}
