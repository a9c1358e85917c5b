/**
 * The matcher: compiled once from the dictionary (./compile.ts), then run over each text: one scan
 * (./scan.ts) and a settling pass for ambiguous names and bare tickers (./resolve.ts).
 *
 * The DOM layer calls `find(node.data)` per text node. For link-wrapped symbols — `(NYSE: <a>BABA</a>)` — it passes
 * the preceding text of the block as `before`; for page-wide support of bare tickers it passes one `context`.
 */

import { Candidates, T_CASHTAG, T_NAME, TIERS } from './candidates';
import { type Compiled, compile } from './compile';
import { type DefinedAbbreviation, withDefinedAbbreviations } from './defined-abbreviations';
import { type PackedDictionary, type PreparedDictionary, prepareDictionary, unpackDictionary } from './prepare';
import { createEntityMarks, settle } from './resolve';
import { scan } from './scan';
import { compiledFromTables } from './tables';
import type { DictionaryEntry, FindOptions, MatchContext, Matcher, MatcherOptions, Mention } from './types';

export { normalizeSymbol } from './compile';
export type { Matcher } from './types';

/** How much of `before`/`after` is read: enough for "(NYSE American: UUUU, " or "shares of". */
const WINDOW = 64;

/** What the matcher remembers of one page: strong mentions by entity index, and abbreviations the page defined. */
interface PageState {
  marks: Uint8Array;
  synced: number;
  abbreviations: Map<string, DefinedAbbreviation>;
}

/** A fresh page-level context for {@link FindOptions.context}. */
export function createMatchContext(): MatchContext {
  return { seen: new Set() };
}

/** Compiles a matcher from dictionary entries. Earlier entries win when two share a name. */
export function compileMatcher(entries: readonly DictionaryEntry[], options: MatcherOptions = {}): Matcher {
  return matcherFromPrepared(prepareDictionary(entries), options);
}

/**
 * The matcher of the dictionary a tab received from the background (see ./prepare.ts): from the background's compiled
 * `tables` when given and readable (./tables.ts), else compiled here.
 */
export function compilePackedMatcher(packed: PackedDictionary, options: MatcherOptions = {}, tables?: string): Matcher {
  const cx = tables ? compiledFromTables(packed, tables, options) : undefined;
  return matcherFromCompiled(cx ?? compile(unpackDictionary(packed), options));
}

export function matcherFromPrepared(prepared: PreparedDictionary, options: MatcherOptions = {}): Matcher {
  return matcherFromCompiled(compile(prepared, options));
}

function matcherFromCompiled(cx: Compiled): Matcher {
  const marks = createEntityMarks(cx.entityIds.length);
  // Page contexts store entity ids; settling works on indices, with one mark per entity for each context. Built on
  // first need only: a tab's own context holds only ids this matcher added, which are already marked.
  let index: Map<string, number> | undefined;
  const indexOf = () => {
    if (index) return index;
    index = new Map();
    for (let i = 0; i < cx.entityIds.length; i++) if (!index.has(cx.entityIds[i]!)) index.set(cx.entityIds[i]!, i);
    return index;
  };
  const pages = new WeakMap<MatchContext, PageState>();
  // One candidate buffer for every call (find is not re-entrant): a page calls find once per text run.
  let cands = new Candidates(256);
  const added: number[] = [];

  function pageMarks(context: MatchContext): PageState {
    let page = pages.get(context);
    if (!page) {
      page = { marks: new Uint8Array(cx.entityIds.length), synced: 0, abbreviations: new Map() };
      pages.set(context, page);
    }
    // Ids added from outside (another matcher, the caller) are taken in once.
    if (context.seen.size !== page.synced) {
      const ids = indexOf();
      for (const id of context.seen) {
        const i = ids.get(id);
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
    const context = options?.context;
    if (cands.n === 0) {
      const abbreviations = context && pages.get(context)?.abbreviations;
      return abbreviations?.size ? withDefinedAbbreviations(text, [], abbreviations) : [];
    }

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
        entityIndex: cands.entity[i]!,
        ticker: tier === T_NAME ? undefined : tier === T_CASHTAG ? surface.slice(1) : surface,
        tier: TIERS[tier]!,
      };
    }
    out.length = count;
    return withDefinedAbbreviations(text, out, page ? page.abbreviations : new Map());
  }

  return { find, patternCount: cx.patternCount };
}

/** The compiled tables, for the benchmark's heap figure and for tests. */
export function compileTables(entries: readonly DictionaryEntry[], options?: MatcherOptions): Compiled {
  return compile(prepareDictionary(entries), options);
}
