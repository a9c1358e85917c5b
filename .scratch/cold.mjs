// .scratch/cold.ts
import { readFileSync } from "node:fs";

// utils/detect/chars.ts
var WORD = 1;
var UPPER = 2;
var DIGIT = 4;
var SPACE = 8;
var DASH = 16;
var APOSTROPHE = 32;
var CHAR_FLAGS = new Uint8Array(65536);
var FOLD = new Uint16Array(65536);
var NON_WORD_RANGES = [
  [128, 191],
  [215, 215],
  [247, 247],
  [8192, 11263],
  [11776, 11903],
  [12288, 12351],
  [55296, 57343],
  [65072, 65103],
  [65280, 65295],
  [65306, 65312],
  [65339, 65344],
  [65371, 65381]
];
function isCjk(c) {
  return c >= 12352 && c <= 12543 || c >= 13312 && c <= 40959 || c >= 44032 && c <= 55215 || c >= 63744 && c <= 64255;
}
function build() {
  for (let c = 0; c < 65536; c++) FOLD[c] = c;
  for (let c = 128; c < 65536; c++) CHAR_FLAGS[c] = WORD;
  for (const [from, to] of NON_WORD_RANGES) for (let c = from; c <= to; c++) CHAR_FLAGS[c] = 0;
  for (let c = 48; c <= 57; c++) CHAR_FLAGS[c] = WORD | DIGIT;
  for (let c = 65; c <= 90; c++) {
    CHAR_FLAGS[c] = WORD | UPPER;
    FOLD[c] = c + 32;
  }
  for (let c = 97; c <= 122; c++) CHAR_FLAGS[c] = WORD;
  for (let c = 192; c < 1328; c++) {
    const ch = String.fromCharCode(c);
    const lower = ch.toLowerCase();
    if (lower.length === 1 && lower !== ch) {
      CHAR_FLAGS[c] = WORD | UPPER;
      FOLD[c] = lower.charCodeAt(0);
    }
  }
  for (const c of [9, 10, 11, 12, 13, 32, 160, 5760, 8194, 8195, 8201, 8202, 8239, 8287, 12288])
    CHAR_FLAGS[c] = SPACE;
  for (const c of [45, 8208, 8209, 8210, 8211, 8212, 8722]) CHAR_FLAGS[c] = DASH;
  for (const c of [39, 8216, 8217, 700, 8242]) CHAR_FLAGS[c] = APOSTROPHE;
}
build();
function hashStep(h, folded) {
  return Math.imul(h ^ folded, 16777619);
}
var HASH_SEED = 2166136261 | 0;

// utils/detect/vocabulary.ts
var EXCHANGE_PREFIXES = {
  NYSE: ["NYSE"],
  AMEX: ["NYSE"],
  NYSEAMERICAN: ["NYSE"],
  NYSEMKT: ["NYSE"],
  NYSEARCA: ["NYSE"],
  NASDAQ: ["NASDAQ"],
  Nasdaq: ["NASDAQ"],
  NasdaqGS: ["NASDAQ"],
  NasdaqGM: ["NASDAQ"],
  NasdaqCM: ["NASDAQ"],
  NASDAQGS: ["NASDAQ"],
  CBOE: ["CBOE"],
  Cboe: ["CBOE"],
  BATS: ["CBOE"],
  HKEX: ["HKEX"],
  HKG: ["HKEX"],
  SEHK: ["HKEX"],
  HKSE: ["HKEX"],
  SSE: ["SSE"],
  SHA: ["SSE"],
  SZSE: ["SZSE"],
  SHE: ["SZSE"],
  TYO: ["TYO"],
  TSE: ["TYO", "TSX"],
  JPX: ["TYO"],
  LSE: ["LSE"],
  LON: ["LSE"],
  AIM: ["LSE"],
  ASX: ["ASX"],
  TSX: ["TSX"],
  TSXV: ["TSX"],
  CSE: ["TSX"],
  TWSE: ["TWSE"],
  TPE: ["TWSE"],
  KRX: ["KRX"],
  KOSPI: ["KRX"],
  OTC: ["OTC"],
  OTCQX: ["OTC"],
  OTCQB: ["OTC"],
  OTCMKTS: ["OTC"],
  Euronext: ["EURONEXT"],
  EPA: ["EURONEXT"],
  AMS: ["EURONEXT"],
  XETRA: ["XETRA"],
  Xetra: ["XETRA"],
  ETR: ["XETRA"],
  FRA: ["XETRA"],
  SIX: ["SIX"],
  NSE: ["NSE"],
  BSE: ["BSE"]
};
var NEVER_BARE = new Set(
  "A I T F IT ON ALL ARE CAT NOW OPEN SO KEY AI US EU GO BE BIG CAN HAS LOW FAST REAL AM AN AS AT BY DO HE IF IN IS ME MY NO OF OK OR TO UP WE ONE TWO NEW OLD ANY OUT SEE WAY WHO CEO CFO COO CTO CIO EVP SVP VP IPO ETF ETFS GDP CPI PPI EPS ESG SEC FDA FTC FCC DOJ DOD DOE DHS FBI CIA NSA NATO OPEC USA UK UN IMF WTO PLA CCP PRC ROC EV EVS API CPU GPU HBM TV PC HR PR LLC INC LTD PLC NV SA AG CNBC BBC CNN NBC WSJ FT NYT AP AFP USD HKD CNY RMB EUR GBP JPY YEN BTC ETH NYSE AMEX OTC ADR ADS Q1 Q2 Q3 Q4 H1 H2 FY YOY YTD TTM EBIT EBITDA ROI ROE CAGR AUM NAV M&A LNG OEM R&D IoT SaaS IP ID CHIPS ACT NEWS ALERT UPDATE BREAKING".split(" ")
);

// utils/detect/prepare.ts
var DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
var DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) DIGIT_VALUE[DIGITS.charCodeAt(i)] = i;
var MAX_ENTITIES = 64 ** 3;
function read3(s, i) {
  return DIGIT_VALUE[s.charCodeAt(i)] << 12 | DIGIT_VALUE[s.charCodeAt(i + 1)] << 6 | DIGIT_VALUE[s.charCodeAt(i + 2)];
}
function normalizeSymbol(symbol) {
  let plain = true;
  for (let i = 0; i < symbol.length && plain; i++) {
    const c = symbol.charCodeAt(i);
    plain = c >= 65 && c <= 90;
  }
  if (plain) return symbol;
  const upper = symbol.toUpperCase().replace(/[-/]/g, ".").replace(/\.$/, "");
  return /^\d+$/.test(upper) ? String(Number(upper)) : upper;
}
function unpackDictionary(p) {
  const entityIds = p.entities ? p.entities.split("\n") : [];
  const patText = p.names ? p.names.split("\n") : [];
  const listSymbol = p.symbols ? p.symbols.split("\n") : [];
  const exchanges = p.exchanges ? p.exchanges.split("\n") : [];
  if (p.nameEntities.length !== patText.length * 3 || p.nameFlags.length !== patText.length)
    throw new Error("packed dictionary: names and their entities/flags differ in length");
  if (p.symbolEntities.length !== listSymbol.length * 3 || p.symbolInfo.length !== listSymbol.length * 2)
    throw new Error("packed dictionary: symbols and their entities/info differ in length");
  const count = entityIds.length;
  const patEntity = new Array(patText.length);
  const patFlags = new Array(patText.length);
  for (let i = 0; i < patText.length; i++) {
    const e = read3(p.nameEntities, i * 3);
    patEntity[i] = e < count ? e : 0;
    patFlags[i] = DIGIT_VALUE[p.nameFlags.charCodeAt(i)];
  }
  const listEntity = new Array(listSymbol.length);
  const listExchange = new Array(listSymbol.length);
  const listBare = new Array(listSymbol.length);
  for (let i = 0; i < listSymbol.length; i++) {
    const e = read3(p.symbolEntities, i * 3);
    listEntity[i] = e < count ? e : 0;
    listExchange[i] = exchanges[DIGIT_VALUE[p.symbolInfo.charCodeAt(i * 2)]] ?? "";
    listBare[i] = DIGIT_VALUE[p.symbolInfo.charCodeAt(i * 2 + 1)] === 1 ? 1 : 0;
  }
  return { entityIds, patText, patEntity, patFlags, listSymbol, listExchange, listEntity, listBare };
}

// utils/detect/compile.ts
var K_UPPER = 1;
var K_DIGIT = 2;
var K_DOLLAR = 3;
var K_CJK = 4;
var baseStart;
function baseStartTable() {
  if (baseStart) return baseStart;
  const t = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    const f = CHAR_FLAGS[c];
    if (f & UPPER) t[c] = K_UPPER;
    else if (f & DIGIT) t[c] = K_DIGIT;
  }
  t[36] = K_DOLLAR;
  baseStart = t;
  return t;
}
function pairSlot(group, h2) {
  return Math.imul(h2 ^ Math.imul(group + 1, 2654435761), 2246822507) ^ h2 >>> 15;
}
function sameFolded(a, b, len) {
  for (let i = 0; i < len; i++) if (FOLD[a.charCodeAt(i)] !== FOLD[b.charCodeAt(i)]) return false;
  return true;
}
function compile(d, options = {}) {
  const names = options.names !== false;
  const count = names ? d.patText.length : 0;
  const start = new Uint8Array(baseStartTable());
  const cjk = /* @__PURE__ */ new Map();
  const patNext = new Int32Array(count).fill(-1);
  let size = 16;
  while (size < count * 2) size <<= 1;
  const mask = size - 1;
  const table = new Int32Array(size);
  const groupHead = new Int32Array(count);
  const groupTail = new Int32Array(count).fill(-1);
  const groupRest = new Int32Array(count).fill(-1);
  const groupLen = new Int32Array(count);
  const groupHash = new Int32Array(count);
  const pairTable = new Int32Array(size);
  const pairGroup = new Int32Array(count);
  const pairHash = new Int32Array(count);
  const pairLen = new Int32Array(count);
  const pairHead = new Int32Array(count);
  const pairTail = new Int32Array(count);
  let groups = 0;
  let pairs = 0;
  const link = (g, p, text, len) => {
    if (text.charCodeAt(len) === 32) {
      let e = len + 1;
      let h2 = HASH_SEED;
      for (; e < text.length; e++) {
        const c = text.charCodeAt(e);
        if (!(CHAR_FLAGS[c] & WORD)) break;
        h2 = hashStep(h2, FOLD[c]);
      }
      const len2 = e - len - 1;
      if (len2 > 0) {
        let slot = pairSlot(g, h2) & mask;
        for (; ; ) {
          const q = pairTable[slot] - 1;
          if (q < 0) {
            pairTable[slot] = pairs + 1;
            pairGroup[pairs] = g;
            pairHash[pairs] = h2;
            pairLen[pairs] = len2;
            pairHead[pairs] = p;
            pairTail[pairs] = p;
            pairs++;
            return;
          }
          if (pairGroup[q] === g && pairHash[q] === h2 && pairLen[q] === len2) {
            patNext[pairTail[q]] = p;
            pairTail[q] = p;
            return;
          }
          slot = slot + 1 & mask;
        }
      }
    }
    if (groupTail[g] < 0) groupRest[g] = p;
    else patNext[groupTail[g]] = p;
    groupTail[g] = p;
  };
  for (let p = 0; p < count; p++) {
    const text = d.patText[p];
    const c0 = text.charCodeAt(0);
    if (isCjk(c0)) {
      start[c0] = K_CJK;
      const list = cjk.get(c0);
      if (list) list.push(p);
      else cjk.set(c0, [p]);
      continue;
    }
    let len = 0;
    let h = HASH_SEED;
    for (; len < text.length; len++) {
      const c = text.charCodeAt(len);
      if (!(CHAR_FLAGS[c] & WORD)) break;
      h = hashStep(h, FOLD[c]);
    }
    let slot = h & mask;
    for (; ; ) {
      const g = table[slot] - 1;
      if (g < 0) {
        table[slot] = groups + 1;
        groupHead[groups] = p;
        groupLen[groups] = len;
        groupHash[groups] = h;
        link(groups, p, text, len);
        groups++;
        break;
      }
      if (groupHash[g] === h && groupLen[g] === len && sameFolded(d.patText[groupHead[g]], text, len)) {
        link(g, p, text, len);
        break;
      }
      slot = slot + 1 & mask;
    }
  }
  const groupTok = new Int32Array(groups);
  let poolSize = 0;
  for (let g = 0; g < groups; g++) poolSize += groupLen[g];
  const tokPool = new Uint16Array(poolSize);
  let hasDigitNames = false;
  for (let g = 0, at = 0; g < groups; g++) {
    const text = d.patText[groupHead[g]];
    groupTok[g] = at;
    for (let i = 0; i < groupLen[g]; i++) tokPool[at++] = FOLD[text.charCodeAt(i)];
    if (CHAR_FLAGS[text.charCodeAt(0)] & DIGIT) hasDigitNames = true;
  }
  const exchangeHashes = /* @__PURE__ */ new Set();
  for (const prefix of Object.keys(EXCHANGE_PREFIXES)) {
    let h = HASH_SEED;
    for (let i = 0; i < prefix.length; i++) h = hashStep(h, FOLD[prefix.charCodeAt(i)]);
    exchangeHashes.add(h);
  }
  const symbols = /* @__PURE__ */ new Map();
  d.listSymbol.forEach((s, i) => {
    const key = normalizeSymbol(s);
    const ids = symbols.get(key);
    if (ids) ids.push(i);
    else symbols.set(key, [i]);
  });
  return {
    entityIds: d.entityIds,
    patText: d.patText,
    patEntity: Int32Array.from(d.patEntity),
    patFlags: Uint8Array.from(d.patFlags),
    patNext,
    groupRest: groupRest.slice(0, groups),
    pairTable,
    pairMask: mask,
    pairGroup: pairGroup.slice(0, pairs),
    pairHash: pairHash.slice(0, pairs),
    pairLen: pairLen.slice(0, pairs),
    pairHead: pairHead.slice(0, pairs),
    groupHead: groupHead.slice(0, groups),
    groupLen: groupLen.slice(0, groups),
    groupHash: groupHash.slice(0, groups),
    table,
    mask,
    cjk,
    start,
    symbols,
    listEntity: Int32Array.from(d.listEntity),
    listExchange: d.listExchange,
    listBare: Uint8Array.from(d.listBare),
    groupTok,
    tokPool,
    hasDigitNames,
    exchangeHashes,
    names,
    bareTickers: options.bareTickers !== false,
    patternCount: count + d.listSymbol.length
  };
}

// .scratch/cold.ts
var json = readFileSync("bench/.packed-dictionary.json", "utf8");
var t0 = performance.now();
var obj = JSON.parse(json);
var t1 = performance.now();
var prep = unpackDictionary(obj);
var t2 = performance.now();
var cx = compile(prep);
var t3 = performance.now();
console.log(`parse ${(t1 - t0).toFixed(1)} unpack ${(t2 - t1).toFixed(1)} compile ${(t3 - t2).toFixed(1)} total ${(t3 - t0).toFixed(1)}`, cx.patternCount);
