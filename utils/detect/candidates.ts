/**
 * Candidates found by the scan, as parallel typed arrays: tens of thousands of them on a long page, so no object is
 * allocated per candidate (objects of several shapes made the scan megamorphic and kept the GC busy).
 */
import type { Tier } from './types';

export const T_EXCHANGE = 0;
export const T_CASHTAG = 1;
export const T_NAME = 2;
export const T_TICKER = 3;
export const TIERS: readonly Tier[] = ['exchange', 'cashtag', 'name', 'ticker'];

/** How sure the scan is of a candidate; all but STRONG are settled by ./resolve.ts. */
export const STRONG = 0;
export const KIND_CAUTIOUS = 1;
export const KIND_CONTEXTUAL = 2;
export const KIND_BARE = 3;
/** A word-like symbol or an HKEX code in parentheses ("Coinbase (COIN)"): only right after its company's name. */
export const KIND_PAREN = 4;

export class Candidates {
  n = 0;
  start: Int32Array;
  end: Int32Array;
  entity: Int32Array;
  tier: Uint8Array;
  kind: Uint8Array;
  /** 1 when a name carries a strong legal form ("Target Corp."), which settles any ambiguity. */
  legal: Uint8Array;

  constructor(capacity = 64) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.entity = new Int32Array(capacity);
    this.tier = new Uint8Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.legal = new Uint8Array(capacity);
  }

  push(start: number, end: number, entity: number, tier: number, kind: number, legal = 0): void {
    if (this.n === this.start.length) this.grow();
    const i = this.n++;
    this.start[i] = start;
    this.end[i] = end;
    this.entity[i] = entity;
    this.tier[i] = tier;
    this.kind[i] = kind;
    this.legal[i] = legal;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const copy = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.start = copy(this.start, (k) => new Int32Array(k));
    this.end = copy(this.end, (k) => new Int32Array(k));
    this.entity = copy(this.entity, (k) => new Int32Array(k));
    this.tier = copy(this.tier, (k) => new Uint8Array(k));
    this.kind = copy(this.kind, (k) => new Uint8Array(k));
    this.legal = copy(this.legal, (k) => new Uint8Array(k));
  }
}
