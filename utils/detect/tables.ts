/**
 * The compiled matcher's tables, built once in the background and sent to every tab as one base-64 string
 * (issue 17; docs/adr/0003-detection-dictionary.md, "Compiled tables"). Compiling 15k+ names in a tab is a few
 * milliseconds of warm code but 30+ ms of cold code, paid on every page load; decoding is one native
 * `Uint8Array.fromBase64` and a few typed-array views, plus the three `split`s the strings need anyway.
 *
 * The layout is ours alone (the background writes it, the content script of the same build reads it): a header of
 * int32s — format, three masks, a flag, then (byte offset, length) per array in {@link ARRAYS} order — and the arrays,
 * each 4-byte aligned. A tab that cannot read it (another format, a length that disagrees with the strings) compiles
 * from the strings as before.
 */
import { type Compiled, compile, K_CJK, startTable } from './compile';
import { type PackedDictionary, unpackDictionary } from './prepare';
import type { MatcherOptions } from './types';

/** Bump when {@link ARRAYS} or the header change. */
export const TABLES_FORMAT = 3;

type Kind = 'i32' | 'u32' | 'u16' | 'u8';
const CTORS = { i32: Int32Array, u32: Uint32Array, u16: Uint16Array, u8: Uint8Array } as const;

/** Every typed array of {@link Compiled} that the scanner reads, plus the CJK map and exchanges as arrays. */
const ARRAYS = [
  ['patEntity', 'i32'],
  ['patFlags', 'u8'],
  ['patNext', 'i32'],
  ['groupRest', 'i32'],
  ['pairTable', 'i32'],
  ['pairGroup', 'i32'],
  ['pairHash', 'i32'],
  ['pairLen', 'i32'],
  ['pairHead', 'i32'],
  ['groupPaired', 'u8'],
  ['groupHead', 'i32'],
  ['groupLen', 'i32'],
  ['groupHash', 'i32'],
  ['table', 'i32'],
  ['symTable', 'i32'],
  ['listNext', 'i32'],
  ['listEntity', 'i32'],
  ['listBare', 'u8'],
  ['groupTok', 'i32'],
  ['tokPool', 'u16'],
  ['digitWords', 'i32'],
  ['exchangeHashes', 'i32'],
  ['cjkKeys', 'u32'],
  ['cjkStarts', 'i32'],
  ['cjkPatterns', 'i32'],
  ['listExchange', 'u8'],
] as const satisfies readonly (readonly [string, Kind])[];
type ArrayName = (typeof ARRAYS)[number][0];
const HEADER_FIELDS = 5;
/** Per array in the header: byte offset, length, and the element kind it was stored as ({@link KIND_CODES}). */
const PER_ARRAY = 3;
const KIND_CODES: readonly Kind[] = ['i32', 'u32', 'u16', 'u8'];

/**
 * An int32 array whose values all fit in 16 bits unsigned is stored as such: the scanner reads a Uint16Array view the
 * same way (hash tables of indices, lengths), and the message is 0.4 MB shorter with the default data.
 */
function narrowed(a: Views[ArrayName], kind: Kind): { array: Views[ArrayName]; kind: Kind } {
  if (kind !== 'i32') return { array: a, kind };
  for (let i = 0; i < a.length; i++) if (a[i]! < 0 || a[i]! > 0xffff) return { array: a, kind };
  return { array: Uint16Array.from(a), kind: 'u16' };
}

type Views = { [K in ArrayName]: Int32Array | Uint32Array | Uint16Array | Uint8Array };

/** The arrays of a compiled dictionary (compiled with names on), in {@link ARRAYS} order. */
function arraysOf(cx: Compiled, exchanges: readonly string[]): Views {
  const keys = [...cx.cjk.keys()].sort((a, b) => a - b);
  const starts = new Int32Array(keys.length + 1);
  const patterns: number[] = [];
  keys.forEach((k, i) => {
    starts[i] = patterns.length;
    patterns.push(...(cx.cjk.get(k) ?? []));
  });
  starts[keys.length] = patterns.length;
  const exIndex = new Map(exchanges.map((e, i) => [e, i]));
  return {
    ...(cx as unknown as Views),
    digitWords: Int32Array.from(cx.digitWords),
    exchangeHashes: Int32Array.from(cx.exchangeHashes),
    cjkKeys: Uint32Array.from(keys),
    cjkStarts: starts,
    cjkPatterns: Int32Array.from(patterns),
    listExchange: Uint8Array.from(cx.listExchange, (e) => exIndex.get(e) ?? 0),
  };
}

/** Background: the tables of `packed` (names on, as the tab may turn them off but never on), as base-64. */
export function packTables(packed: PackedDictionary): string {
  const cx = compile(unpackDictionary(packed));
  const views = arraysOf(cx, packed.exchanges ? packed.exchanges.split('\n') : []);
  const header = new Int32Array(HEADER_FIELDS + ARRAYS.length * PER_ARRAY);
  header.set([TABLES_FORMAT, cx.mask, cx.pairMask, cx.symMask, cx.hasDigitNames ? 1 : 0]);
  let at = header.byteLength;
  const stored = ARRAYS.map(([name, kind], i) => {
    const n = narrowed(views[name], kind);
    header.set([at, n.array.length, KIND_CODES.indexOf(n.kind)], HEADER_FIELDS + i * PER_ARRAY);
    at += (n.array.byteLength + 3) & ~3;
    return n.array;
  });
  const bytes = new Uint8Array(at);
  bytes.set(new Uint8Array(header.buffer));
  stored.forEach((a, i) => {
    bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), header[HEADER_FIELDS + i * PER_ARRAY]!);
  });
  return toBase64(bytes);
}

/**
 * Tab: the compiled dictionary from the background's strings and tables, as `compile` would build it with
 * `options`; `undefined` when the tables do not fit the strings (the caller then compiles).
 */
export function compiledFromTables(
  packed: PackedDictionary,
  tables: string,
  options: MatcherOptions = {},
): Compiled | undefined {
  const bytes = fromBase64(tables);
  if (bytes.byteLength < (HEADER_FIELDS + ARRAYS.length * PER_ARRAY) * 4) return undefined;
  const header = new Int32Array(bytes.buffer, bytes.byteOffset, HEADER_FIELDS + ARRAYS.length * PER_ARRAY);
  if (header[0] !== TABLES_FORMAT) return undefined;
  const v = {} as Views;
  for (let i = 0; i < ARRAYS.length; i++) {
    const [name, declared] = ARRAYS[i]!;
    const [offset, length, code] = header.subarray(HEADER_FIELDS + i * PER_ARRAY, HEADER_FIELDS + (i + 1) * PER_ARRAY);
    const kind = KIND_CODES[code!];
    // Only an int32 array may have been narrowed, and only to 16 bits.
    if (kind !== declared && !(declared === 'i32' && kind === 'u16')) return undefined;
    const Ctor = CTORS[kind];
    if (offset! % 4 !== 0 || offset! + length! * Ctor.BYTES_PER_ELEMENT > bytes.byteLength) return undefined;
    v[name] = new Ctor(bytes.buffer, bytes.byteOffset + offset!, length);
  }
  const entityIds = packed.entities ? packed.entities.split('\n') : [];
  const patText = packed.names ? packed.names.split('\n') : [];
  const listSymbol = packed.symbols ? packed.symbols.split('\n') : [];
  const exchanges = packed.exchanges ? packed.exchanges.split('\n') : [];
  if (v.patEntity.length !== patText.length || v.listEntity.length !== listSymbol.length) return undefined;
  const names = options.names !== false;
  const start = startTable();
  if (names) for (let i = 0; i < v.cjkKeys.length; i++) start[Math.floor(v.cjkKeys[i]! / 65536)] = K_CJK;
  // The CJK map and the listings' exchanges are built on first use: most pages have no CJK name, and exchanges are
  // read only for exchange-qualified symbols.
  let cjk: Map<number, number[]> | undefined;
  let listExchange: string[] | undefined;
  const cjkMap = () => {
    if (cjk) return cjk;
    cjk = new Map();
    if (names) {
      for (let i = 0; i < v.cjkKeys.length; i++)
        cjk.set(v.cjkKeys[i]!, Array.from(v.cjkPatterns.subarray(v.cjkStarts[i]!, v.cjkStarts[i + 1]!)));
    }
    return cjk;
  };
  const exchangesOf = () => {
    if (listExchange) return listExchange;
    listExchange = new Array<string>(listSymbol.length);
    for (let i = 0; i < listSymbol.length; i++) listExchange[i] = exchanges[v.listExchange[i]!] ?? '';
    return listExchange;
  };
  return {
    ...(v as unknown as Omit<Compiled, 'cjk' | 'digitWords' | 'listExchange' | 'exchangeHashes'>),
    entityIds,
    patText,
    listSymbol,
    get listExchange() {
      return exchangesOf();
    },
    get cjk() {
      return cjkMap();
    },
    start,
    // With names off, `compile` finds no digit names: numbers followed by a space are read as numbers.
    digitWords: new Set(names ? v.digitWords : []),
    exchangeHashes: new Set(v.exchangeHashes),
    mask: header[1]!,
    pairMask: header[2]!,
    symMask: header[3]!,
    hasDigitNames: names && header[4] === 1,
    names,
    bareTickers: options.bareTickers !== false,
    patternCount: (names ? patText.length : 0) + listSymbol.length,
  } as Compiled;
}

// Native where the browser has it (Chrome 140+, Firefox 133+); a loop elsewhere (Node in the unit tests).
type Base64Native = { fromBase64?: (s: string) => Uint8Array<ArrayBuffer> };
type Base64Bytes = Uint8Array & { toBase64?: () => string };

function fromBase64(s: string): Uint8Array<ArrayBuffer> {
  const native = (Uint8Array as unknown as Base64Native).fromBase64;
  if (native) return native(s);
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function toBase64(bytes: Uint8Array): string {
  const native = (bytes as Base64Bytes).toBase64;
  if (native) return native.call(bytes);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}
