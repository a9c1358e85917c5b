// .scratch/phase.ts
import { readFileSync, readdirSync } from "node:fs";

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
function isCjk(c2) {
  return c2 >= 12352 && c2 <= 12543 || c2 >= 13312 && c2 <= 40959 || c2 >= 44032 && c2 <= 55215 || c2 >= 63744 && c2 <= 64255;
}
function build() {
  for (let c2 = 0; c2 < 65536; c2++) FOLD[c2] = c2;
  for (let c2 = 128; c2 < 65536; c2++) CHAR_FLAGS[c2] = WORD;
  for (const [from, to] of NON_WORD_RANGES) for (let c2 = from; c2 <= to; c2++) CHAR_FLAGS[c2] = 0;
  for (let c2 = 48; c2 <= 57; c2++) CHAR_FLAGS[c2] = WORD | DIGIT;
  for (let c2 = 65; c2 <= 90; c2++) {
    CHAR_FLAGS[c2] = WORD | UPPER;
    FOLD[c2] = c2 + 32;
  }
  for (let c2 = 97; c2 <= 122; c2++) CHAR_FLAGS[c2] = WORD;
  for (let c2 = 192; c2 < 1328; c2++) {
    const ch = String.fromCharCode(c2);
    const lower = ch.toLowerCase();
    if (lower.length === 1 && lower !== ch) {
      CHAR_FLAGS[c2] = WORD | UPPER;
      FOLD[c2] = lower.charCodeAt(0);
    }
  }
  for (const c2 of [9, 10, 11, 12, 13, 32, 160, 5760, 8194, 8195, 8201, 8202, 8239, 8287, 12288])
    CHAR_FLAGS[c2] = SPACE;
  for (const c2 of [45, 8208, 8209, 8210, 8211, 8212, 8722]) CHAR_FLAGS[c2] = DASH;
  for (const c2 of [39, 8216, 8217, 700, 8242]) CHAR_FLAGS[c2] = APOSTROPHE;
}
build();
function hashStep(h, folded) {
  return Math.imul(h ^ folded, 16777619);
}
var HASH_SEED = 2166136261 | 0;
function hashRange(text, start, end) {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) h = hashStep(h, FOLD[text.charCodeAt(i)]);
  return h;
}

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
var EXCHANGE_QUALIFIERS = /* @__PURE__ */ new Set([
  "American",
  "Arca",
  "MKT",
  "GS",
  "GM",
  "CM",
  "Global",
  "Capital",
  "Markets",
  "Pink",
  "QX",
  "QB",
  "V",
  "Venture",
  "Main",
  "Stock",
  "Exchange"
]);
var US_EXCHANGES = /* @__PURE__ */ new Set(["NYSE", "NASDAQ", "CBOE"]);
var SUFFIX_EXCHANGES = {
  HK: "HKEX",
  T: "TYO",
  SS: "SSE",
  SZ: "SZSE",
  L: "LSE",
  TW: "TWSE",
  AX: "ASX",
  TO: "TSX",
  V: "TSX",
  KS: "KRX",
  PA: "EURONEXT",
  AS: "EURONEXT",
  DE: "XETRA",
  // Broker apps (Longbridge, Futu, moomoo) print US listings as "GME.US".
  US: "US"
};
var DASH_SUFFIX_EXCHANGES = {
  US: ["NYSE", "NASDAQ", "CBOE", "OTC"],
  HK: ["HKEX"],
  CN: ["SSE", "SZSE"],
  TW: ["TWSE"],
  JP: ["TYO"]
};
var LEGAL_FORMS = /* @__PURE__ */ new Set([
  "Inc",
  "Incorporated",
  "Corp",
  "Corporation",
  "Co",
  "Company",
  "Ltd",
  "Limited",
  "LLC",
  "LP",
  "plc",
  "PLC",
  "Plc",
  "SA",
  "AG",
  "NV",
  "SE",
  "SpA",
  "AB",
  "ASA",
  "Oyj",
  "KK",
  "GmbH",
  "Holdings",
  "Holding",
  "Group",
  "INC",
  "CORP",
  "LTD",
  "CO"
]);
var DOTTED_LEGAL_FORMS = ["N.V.", "S.A.", "S.p.A.", "L.P.", "K.K.", "L.L.C.", "S.E."];
var NEVER_BARE = new Set(
  "A I T F IT ON ALL ARE CAT NOW OPEN SO KEY AI US EU GO BE BIG CAN HAS LOW FAST REAL AM AN AS AT BY DO HE IF IN IS ME MY NO OF OK OR TO UP WE ONE TWO NEW OLD ANY OUT SEE WAY WHO CEO CFO COO CTO CIO EVP SVP VP IPO ETF ETFS GDP CPI PPI EPS ESG SEC FDA FTC FCC DOJ DOD DOE DHS FBI CIA NSA NATO OPEC USA UK UN IMF WTO PLA CCP PRC ROC EV EVS API CPU GPU HBM TV PC HR PR LLC INC LTD PLC NV SA AG CNBC BBC CNN NBC WSJ FT NYT AP AFP USD HKD CNY RMB EUR GBP JPY YEN BTC ETH NYSE AMEX OTC ADR ADS Q1 Q2 Q3 Q4 H1 H2 FY YOY YTD TTM EBIT EBITDA ROI ROE CAGR AUM NAV M&A LNG OEM R&D IoT SaaS IP ID CHIPS ACT NEWS ALERT UPDATE BREAKING".split(" ")
);
var DETERMINERS = /* @__PURE__ */ new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "its",
  "his",
  "her",
  "our",
  "their",
  "my",
  "your",
  "The",
  "A",
  "An"
]);
var NAME_CUES_AFTER = /* @__PURE__ */ new Set([
  "said",
  "says",
  "reported",
  "reports",
  "announced",
  "announces",
  "posted",
  "unveiled",
  "launched",
  "agreed",
  "plans",
  "confirmed",
  "denied",
  "declined",
  "told",
  "shares",
  "share",
  "stock",
  "stocks",
  "CEO",
  "CFO",
  "chief",
  "executive",
  "executives",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "earnings",
  "revenue"
]);
var NAME_CUES_BEFORE = /* @__PURE__ */ new Set([
  "rival",
  "rivals",
  "peer",
  "parent",
  "owner",
  "subsidiary",
  "giant",
  "retailer",
  "maker",
  "chipmaker",
  "automaker",
  "carmaker",
  "company",
  "firm",
  "lender",
  "insurer",
  "supplier",
  "customer",
  "customers",
  "partner",
  "of",
  "including",
  "as"
]);
var TICKER_CUES_AFTER = /* @__PURE__ */ new Set([
  "shares",
  "share",
  "stock",
  "stocks",
  "options",
  "calls",
  "puts",
  "rose",
  "fell",
  "gained",
  "jumped",
  "climbed",
  "surged",
  "soared",
  "rallied",
  "advanced",
  "added",
  "slid",
  "dropped",
  "declined",
  "tumbled",
  "sank",
  "slumped",
  "plunged",
  "lost",
  "closed",
  "opened",
  "traded",
  "up",
  "down"
]);
var TICKER_CUES_BEFORE = /* @__PURE__ */ new Set([
  "ticker",
  "symbol",
  "shares",
  "long",
  "short",
  "bought",
  "sold",
  "buy",
  "sell",
  "own",
  "holding",
  "owning",
  "like",
  "recommended",
  "promoted",
  "bullish",
  "bearish"
]);

// utils/detect/prepare.ts
var LOOSE = 1;
var CAUTIOUS = 2;
var CONTEXTUAL = 4;
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
    const c2 = symbol.charCodeAt(i);
    plain = c2 >= 65 && c2 <= 90;
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
  const t2 = new Uint8Array(65536);
  for (let c2 = 0; c2 < 65536; c2++) {
    const f = CHAR_FLAGS[c2];
    if (f & UPPER) t2[c2] = K_UPPER;
    else if (f & DIGIT) t2[c2] = K_DIGIT;
  }
  t2[36] = K_DOLLAR;
  baseStart = t2;
  return t2;
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
  const cjk2 = /* @__PURE__ */ new Map();
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
        const c2 = text.charCodeAt(e);
        if (!(CHAR_FLAGS[c2] & WORD)) break;
        h2 = hashStep(h2, FOLD[c2]);
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
      const list = cjk2.get(c0);
      if (list) list.push(p);
      else cjk2.set(c0, [p]);
      continue;
    }
    let len = 0;
    let h = HASH_SEED;
    for (; len < text.length; len++) {
      const c2 = text.charCodeAt(len);
      if (!(CHAR_FLAGS[c2] & WORD)) break;
      h = hashStep(h, FOLD[c2]);
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
    cjk: cjk2,
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

// utils/detect/candidates.ts
var T_EXCHANGE = 0;
var T_CASHTAG = 1;
var T_NAME = 2;
var T_TICKER = 3;
var STRONG = 0;
var KIND_CAUTIOUS = 1;
var KIND_CONTEXTUAL = 2;
var KIND_BARE = 3;
var KIND_PAREN = 4;
var Candidates = class {
  n = 0;
  start;
  end;
  entity;
  tier;
  kind;
  /** 1 when a name carries a strong legal form ("Target Corp."), which settles any ambiguity. */
  legal;
  constructor(capacity = 64) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.entity = new Int32Array(capacity);
    this.tier = new Uint8Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.legal = new Uint8Array(capacity);
  }
  push(start, end, entity, tier, kind, legal = 0) {
    if (this.n === this.start.length) this.grow();
    const i = this.n++;
    this.start[i] = start;
    this.end[i] = end;
    this.entity[i] = entity;
    this.tier[i] = tier;
    this.kind[i] = kind;
    this.legal[i] = legal;
  }
  grow() {
    const size = this.start.length * 2;
    const copy = (a, make) => {
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
};

// utils/detect/scan.ts
var EXCHANGE_BLOOM = new Uint8Array(1024);
for (const prefix of Object.keys(EXCHANGE_PREFIXES)) EXCHANGE_BLOOM[hashRange(prefix, 0, prefix.length) & 1023] = 1;
var COLON = 58;
var FULLWIDTH_COLON = 65306;
var DOT = 46;
var COMMA = 44;
var AT = 64;
function isUpperAscii(c2) {
  return c2 >= 65 && c2 <= 90;
}
function isSymbolChar(c2) {
  return c2 >= 65 && c2 <= 90 || c2 >= 48 && c2 <= 57;
}
function scan(cx2, text, out) {
  const n = text.length;
  const start = cx2.start;
  let i = 0;
  while (i < n) {
    const k = start[text.charCodeAt(i)];
    if (k === 0) {
      if (i + 1 < n && start[text.charCodeAt(i + 1)] === 0) i += 2;
      else i++;
      continue;
    }
    if (k === K_CJK) {
      i = cjk(cx2, text, i, out);
      continue;
    }
    if (k === K_DOLLAR) {
      i = cashtag(cx2, text, i, out);
      continue;
    }
    let s = i;
    if (i > 0) {
      const p = text.charCodeAt(i - 1);
      if (CHAR_FLAGS[p] & WORD) {
        if (k === K_DIGIT) {
          i++;
          continue;
        }
        s = i - 1;
        while (s > 0 && CHAR_FLAGS[text.charCodeAt(s - 1)] & WORD) s--;
        if (CHAR_FLAGS[text.charCodeAt(s)] & (UPPER | DIGIT) || out.n > 0 && out.end[out.n - 1] > s) {
          i = wordEnd(text, i);
          continue;
        }
        if (s > 0 && text.charCodeAt(s - 1) === AT) {
          i = wordEnd(text, i);
          continue;
        }
      } else if (p === AT || p === 95 || p === DOT && i > 1 && CHAR_FLAGS[text.charCodeAt(i - 2)] & WORD) {
        i = wordEnd(text, i);
        continue;
      }
    }
    i = word(cx2, text, s, out);
  }
}
function wordEnd(text, i) {
  while (i < text.length && CHAR_FLAGS[text.charCodeAt(i)] & WORD) i++;
  return i;
}
function word(cx2, text, s, out) {
  const n = text.length;
  let e = s;
  let h = HASH_SEED;
  let upper = 0;
  let digits = 0;
  for (; e < n; e++) {
    const c2 = text.charCodeAt(e);
    const f = CHAR_FLAGS[c2];
    if (!(f & WORD)) break;
    h = Math.imul(h ^ FOLD[c2], 16777619);
    upper += f >> 1 & 1;
    digits += f >> 2 & 1;
  }
  const len = e - s;
  const lower = len - upper - digits;
  const next = e < n ? text.charCodeAt(e) : 0;
  if (EXCHANGE_BLOOM[h & 1023] === 1 && cx2.exchangeHashes.has(h) && upper > 0 && digits === 0 && len <= 8 && (upper === len || lower > 0 && len >= 4) && (next === COLON || next === FULLWIDTH_COLON || next === 32 && (text.charCodeAt(e + 1) === COLON || upper === len))) {
    const end = exchangeQualified(cx2, text, s, e, out);
    if (end > 0) return end;
  }
  if (next === DOT && lower === 0 && len <= 6) {
    const end = suffixed(cx2, text, s, e, out);
    if (end > 0) return end;
  }
  if (next === 45 && lower === 0 && len <= 6) {
    const end = dashSuffixed(cx2, text, s, e, out);
    if (end > 0) return end;
  }
  if (digits === len && len >= 3 && len <= 6 && s > 0) {
    const open = text.charCodeAt(s - 1);
    const close = text.charCodeAt(e);
    if ((open === 40 || open === 65288) && (close === 41 || close === 65289)) {
      const ids = cx2.symbols.get(normalizeSymbol(text.slice(s, e)));
      if (ids) {
        out.push(s, e, cx2.listEntity[ids[0]], T_TICKER, KIND_PAREN);
        return e;
      }
    }
  }
  if (cx2.names && (digits !== len || cx2.hasDigitNames)) {
    const end = name(cx2, text, s, e, h, out);
    if (end > 0) return end;
  }
  if (cx2.bareTickers && upper === len && len >= 2 && len <= 5) {
    let symEnd = e;
    if ((next === DOT || next === 45) && e + 2 <= n && isUpperAscii(text.charCodeAt(e + 1))) {
      const after = e + 2 < n ? text.charCodeAt(e + 2) : 0;
      if (!(CHAR_FLAGS[after] & WORD)) symEnd = e + 2;
    }
    const sym = text.slice(s, symEnd);
    const ids = cx2.symbols.get(symEnd === e ? sym : `${text.slice(s, e)}.${text[e + 1]}`);
    if (ids) {
      const id = ids.find((k) => cx2.listBare[k]) ?? -1;
      if (id >= 0) {
        out.push(s, symEnd, cx2.listEntity[id], T_TICKER, KIND_BARE);
      } else if (s > 0 && text.charCodeAt(s - 1) === 40 && text.charCodeAt(symEnd) === 41) {
        const entity = cx2.listEntity[ids[0]];
        out.push(s, symEnd, entity, T_TICKER, KIND_PAREN);
      }
    }
    return symEnd;
  }
  return e;
}
function probe(cx2, text, s, e, h) {
  const { table, mask, groupHash, groupLen, groupTok, tokPool } = cx2;
  const len = e - s;
  let slot = h & mask;
  for (; ; ) {
    const g = table[slot] - 1;
    if (g < 0) return -1;
    if (groupHash[g] === h && groupLen[g] === len) {
      const at = groupTok[g];
      let i = 0;
      while (i < len && FOLD[text.charCodeAt(s + i)] === tokPool[at + i]) i++;
      if (i === len) return g;
    }
    slot = slot + 1 & mask;
  }
}
function pairChain(cx2, text, g, e) {
  const n = text.length;
  let i = e;
  if (i >= n || !(CHAR_FLAGS[text.charCodeAt(i)] & SPACE)) return -1;
  while (i < n && CHAR_FLAGS[text.charCodeAt(i)] & SPACE) i++;
  const s2 = i;
  let h2 = HASH_SEED;
  for (; i < n; i++) {
    const c2 = text.charCodeAt(i);
    if (!(CHAR_FLAGS[c2] & WORD)) break;
    h2 = hashStep(h2, FOLD[c2]);
  }
  const len2 = i - s2;
  if (len2 === 0) return -1;
  const { pairTable, pairMask, pairGroup, pairHash, pairLen } = cx2;
  let slot = pairSlot(g, h2) & pairMask;
  for (; ; ) {
    const q = pairTable[slot] - 1;
    if (q < 0) return -1;
    if (pairGroup[q] === g && pairHash[q] === h2 && pairLen[q] === len2) return cx2.pairHead[q];
    slot = slot + 1 & pairMask;
  }
}
function name(cx2, text, s, e, h, out) {
  const g = probe(cx2, text, s, e, h);
  if (g < 0) return 0;
  const end = nameChain(cx2, text, s, pairChain(cx2, text, g, e), out);
  return end > 0 ? end : nameChain(cx2, text, s, cx2.groupRest[g], out);
}
function nameChain(cx2, text, s, head, out) {
  for (let p = head; p >= 0; p = cx2.patNext[p]) {
    const flags = cx2.patFlags[p];
    const end = verify(text, s, cx2.patText[p], (flags & LOOSE) !== 0);
    if (end < 0) continue;
    if (end < text.length && CHAR_FLAGS[text.charCodeAt(end)] & WORD) continue;
    const full = legalForms(text, end);
    const kind = flags & CONTEXTUAL ? KIND_CONTEXTUAL : flags & CAUTIOUS ? KIND_CAUTIOUS : STRONG;
    const legal = full > end && STRONG_LEGAL_FORM.test(text.slice(end, full));
    out.push(s, full, cx2.patEntity[p], T_NAME, kind, legal ? 1 : 0);
    return full;
  }
  return 0;
}
function verify(text, s, pat, loose) {
  let i = s;
  const n = text.length;
  for (let j = 0; j < pat.length; j++) {
    if (i >= n) return -1;
    const pc = pat.charCodeAt(j);
    const tc = text.charCodeAt(i);
    if (pc === 32) {
      if (!(CHAR_FLAGS[tc] & SPACE)) return -1;
      i++;
      while (i < n && CHAR_FLAGS[text.charCodeAt(i)] & SPACE) i++;
      if (loose && i < n && !(CHAR_FLAGS[text.charCodeAt(i)] & (UPPER | DIGIT)) && !connectorAt(pat, j + 1)) return -1;
      continue;
    }
    if (pc === 45) {
      if (!(CHAR_FLAGS[tc] & (DASH | SPACE))) return -1;
      i++;
      continue;
    }
    if (pc === 39) {
      if (!(CHAR_FLAGS[tc] & APOSTROPHE)) return -1;
      i++;
      continue;
    }
    if (tc !== pc && !(loose && FOLD[tc] === FOLD[pc])) return -1;
    i++;
  }
  return i;
}
var STRONG_LEGAL_FORM = /\b(?:Inc|Incorporated|Corp|Corporation|Co|Ltd|Limited|LLC|L\.L\.C\.|LP|L\.P\.|plc|PLC|Plc|SA|S\.A\.|AG|NV|N\.V\.|SE|SpA|S\.p\.A\.|AB|ASA|Oyj|KK|K\.K\.|GmbH|INC|CORP|LTD|CO)\b/;
var CONNECTORS = ["of ", "and ", "the ", "de ", "du ", "des ", "la ", "le ", "del ", "y ", "for ", "on ", "in ", "& "];
function connectorAt(pat, j) {
  for (const c2 of CONNECTORS) {
    let k = 0;
    while (k < c2.length && FOLD[pat.charCodeAt(j + k)] === c2.charCodeAt(k)) k++;
    if (k === c2.length) return true;
  }
  return false;
}
function legalForms(text, end) {
  const n = text.length;
  const c0 = text.charCodeAt(end);
  if (c0 !== COMMA && c0 !== DOT && c0 !== 32) return end;
  if (c0 === 32) {
    const c1 = text.charCodeAt(end + 1);
    if (!(CHAR_FLAGS[c1] & UPPER) && c1 !== 112 && c1 !== 38) return end;
  }
  if (text.charCodeAt(end) === DOT) {
    let w = end;
    while (w > 0 && CHAR_FLAGS[text.charCodeAt(w - 1)] & WORD) w--;
    if (end - w <= 4 && LEGAL_FORMS.has(text.slice(w, end))) end++;
  }
  for (let round = 0; round < 3; round++) {
    let q = end;
    if (q < n && text.charCodeAt(q) === COMMA) q++;
    if (q >= n || !(CHAR_FLAGS[text.charCodeAt(q)] & SPACE)) break;
    q++;
    if (text.charCodeAt(q) === 38 && text.startsWith(" Co", q + 1)) q += 2;
    let w = q;
    while (w < n && ((text.charCodeAt(w) | 32) >= 97 && (text.charCodeAt(w) | 32) <= 122)) w++;
    if (w > q && (w >= n || !(CHAR_FLAGS[text.charCodeAt(w)] & WORD)) && LEGAL_FORMS.has(text.slice(q, w))) {
      end = w < n && text.charCodeAt(w) === DOT && w - q <= 4 ? w + 1 : w;
      continue;
    }
    const dotted = DOTTED_LEGAL_FORMS.find((f) => text.startsWith(f, q));
    if (dotted && !(CHAR_FLAGS[text.charCodeAt(q + dotted.length)] & WORD)) {
      end = q + dotted.length;
      continue;
    }
    break;
  }
  return end;
}
function cjk(cx2, text, i, out) {
  const list = cx2.cjk.get(text.charCodeAt(i));
  if (list && cx2.names) {
    for (const p of list) {
      const pat = cx2.patText[p];
      if (text.startsWith(pat, i)) {
        out.push(i, i + pat.length, cx2.patEntity[p], T_NAME, STRONG);
        return i + pat.length;
      }
    }
  }
  return i + 1;
}
function cashtag(cx2, text, i, out) {
  const n = text.length;
  if (i > 0) {
    const p = text.charCodeAt(i - 1);
    if (CHAR_FLAGS[p] & WORD || p === 36) return i + 1;
  }
  let e = i + 1;
  while (e < n && e - i <= 7 && isUpperAscii(text.charCodeAt(e))) e++;
  const letters = e - i - 1;
  if (letters === 0 || letters > 6) return e;
  if (e < n && CHAR_FLAGS[text.charCodeAt(e)] & WORD && !(CHAR_FLAGS[text.charCodeAt(e)] & (UPPER | DIGIT)))
    return i + 1;
  if (e + 1 < n && (text.charCodeAt(e) === DOT || text.charCodeAt(e) === 45) && isUpperAscii(text.charCodeAt(e + 1)) && !(CHAR_FLAGS[text.charCodeAt(e + 2)] & WORD))
    e += 2;
  if (e < n && CHAR_FLAGS[text.charCodeAt(e)] & WORD) return e;
  if (cx2.names && e < n && CHAR_FLAGS[text.charCodeAt(e)] & SPACE) {
    const mark = out.n;
    const end = word(cx2, text, i + 1, out);
    if (out.n > mark && out.tier[out.n - 1] === T_NAME && end > e) return end;
    out.n = mark;
  }
  const sym = text.slice(i + 1, e);
  const ids = cx2.symbols.get(normalizeSymbol(sym));
  if (ids) out.push(i, e, cx2.listEntity[ids[0]], T_CASHTAG, STRONG);
  return e;
}
function resolveListing(cx2, symbol, exchanges) {
  const ids = cx2.symbols.get(normalizeSymbol(symbol));
  if (!ids) return -1;
  for (const ex of exchanges) for (const id of ids) if (cx2.listExchange[id] === ex) return id;
  for (const ex of exchanges) {
    for (const id of ids) {
      const lx = cx2.listExchange[id];
      if (ex === "OTC" || lx === "" || US_EXCHANGES.has(ex) && US_EXCHANGES.has(lx)) return id;
    }
  }
  return -1;
}
function skipSpaces(text, i, max) {
  const stop = Math.min(text.length, i + max);
  while (i < stop && CHAR_FLAGS[text.charCodeAt(i)] & SPACE) i++;
  return i;
}
function exchangeQualified(cx2, text, s, e, out) {
  let exchanges = EXCHANGE_PREFIXES[text.slice(s, e)];
  if (!exchanges) return 0;
  let j = e;
  if (text.charCodeAt(j) === 32 && isUpperAscii(text.charCodeAt(j + 1))) {
    const w = wordEnd(text, j + 1);
    if (EXCHANGE_QUALIFIERS.has(text.slice(j + 1, w))) j = w;
  }
  j = skipSpaces(text, j, 1);
  const c2 = text.charCodeAt(j);
  if (c2 !== COLON && c2 !== FULLWIDTH_COLON) return 0;
  j = skipSpaces(text, j + 1, 3);
  let any = false;
  let last = j;
  for (; ; ) {
    let k = j;
    while (k < text.length && isSymbolChar(text.charCodeAt(k))) k++;
    if (k === j || k - j > 8) break;
    if ((text.charCodeAt(k) === DOT || text.charCodeAt(k) === 45) && isSymbolChar(text.charCodeAt(k + 1)) && !(CHAR_FLAGS[text.charCodeAt(k + 2)] & WORD))
      k += 2;
    else if (k < text.length && CHAR_FLAGS[text.charCodeAt(k)] & WORD) break;
    const sym = text.slice(j, k);
    const id = resolveListing(cx2, sym, exchanges);
    if (id >= 0) out.push(j, k, cx2.listEntity[id], T_EXCHANGE, STRONG);
    any = true;
    last = k;
    let q = k;
    if (text.charCodeAt(q) === DOT && !isSymbolChar(text.charCodeAt(q + 1))) q++;
    q = skipSpaces(text, q, 2);
    const sep = text.charCodeAt(q);
    if (sep === COMMA || sep === 59 || sep === 47 || sep === 38) q = skipSpaces(text, q + 1, 2);
    else if (text.startsWith("and ", q)) q = skipSpaces(text, q + 4, 2);
    else break;
    let w = q;
    while (w < text.length && CHAR_FLAGS[text.charCodeAt(w)] & WORD) w++;
    const other = EXCHANGE_PREFIXES[text.slice(q, w)];
    if (other) {
      let m = w;
      if (text.charCodeAt(m) === 32 && EXCHANGE_QUALIFIERS.has(text.slice(m + 1, wordEnd(text, m + 1))))
        m = wordEnd(text, m + 1);
      m = skipSpaces(text, m, 1);
      if (text.charCodeAt(m) !== COLON && text.charCodeAt(m) !== FULLWIDTH_COLON) break;
      exchanges = other;
      j = skipSpaces(text, m + 1, 3);
      continue;
    }
    if (!isSymbolChar(text.charCodeAt(q))) break;
    let r = q;
    while (r < text.length && isSymbolChar(text.charCodeAt(r))) r++;
    if ((text.charCodeAt(r) === DOT || text.charCodeAt(r) === 45) && isSymbolChar(text.charCodeAt(r + 1))) r += 2;
    const after = skipSpaces(text, r, 1);
    const stop = text.charCodeAt(after);
    if (after < text.length && !(stop === 41 || stop === COMMA || stop === 59 || stop === 47 || stop === DOT || stop === 10) && !text.startsWith("and ", after))
      break;
    j = q;
  }
  return any ? last : 0;
}
function dashSuffixed(cx2, text, s, e, out) {
  const k = e + 3;
  if (k > text.length || !isUpperAscii(text.charCodeAt(e + 1)) || !isUpperAscii(text.charCodeAt(e + 2))) return 0;
  if (k < text.length && CHAR_FLAGS[text.charCodeAt(k)] & WORD) return 0;
  const exchanges = DASH_SUFFIX_EXCHANGES[text.slice(e + 1, k)];
  if (!exchanges) return 0;
  const ids = cx2.symbols.get(normalizeSymbol(text.slice(s, e)));
  const id = ids?.find((i) => exchanges.includes(cx2.listExchange[i]));
  if (id === void 0) return 0;
  out.push(s, k, cx2.listEntity[id], T_EXCHANGE, STRONG);
  return k;
}
function suffixed(cx2, text, s, e, out) {
  let k = e + 1;
  while (k < text.length && k - e <= 3 && isUpperAscii(text.charCodeAt(k))) k++;
  if (k === e + 1 || k - e > 3) return 0;
  if (k < text.length && CHAR_FLAGS[text.charCodeAt(k)] & WORD) return 0;
  const exchange = SUFFIX_EXCHANGES[text.slice(e + 1, k)];
  if (!exchange) return 0;
  const sym = text.slice(s, e);
  const us = exchange === "US";
  const id = resolveListing(cx2, sym, us ? ["NYSE", "NASDAQ", "CBOE", "OTC"] : [exchange]);
  const listed2 = cx2.listExchange[id] ?? "";
  if (id < 0 || (us ? !(US_EXCHANGES.has(listed2) || listed2 === "OTC") : listed2 !== exchange)) return 0;
  out.push(s, k, cx2.listEntity[id], T_EXCHANGE, STRONG);
  return k;
}

// utils/detect/resolve.ts
var LIST_GAP = /^(?:\s*,\s*(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&|vs\.?|versus)\s+|\s*\/\s*|\s*;\s*)$/;
var MOVE_AFTER = /^\s*(?:\(\s*)?(?:[+\-−]\s?\d|\d+(?:\.\d+)?\s?%|\$\d|at\s+(?:over\s+|under\s+|around\s+|about\s+)?\$?\d)/;
var DEFINES = /^\s*\(\s*(?:the\s+)?["“‘']\s*$/;
function insideLink(text, start, end) {
  let a = start;
  while (a > 0 && start - a < 512 && !(CHAR_FLAGS[text.charCodeAt(a - 1)] & SPACE) && text.charCodeAt(a - 1) < 11904) a--;
  let b = end;
  while (b < text.length && b - end < 512 && !(CHAR_FLAGS[text.charCodeAt(b)] & SPACE) && text.charCodeAt(b) < 11904) b++;
  let hyphens = 0;
  for (let i = a; i < b; i++) {
    const c2 = text.charCodeAt(i);
    if (c2 === 45 || c2 === 95) hyphens++;
    else if (c2 === 58 && text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47) return true;
    else if ((c2 | 32) === 119 && (text.charCodeAt(i + 1) | 32) === 119 && (text.charCodeAt(i + 2) | 32) === 119 && text.charCodeAt(i + 3) === 46)
      return true;
    else if (c2 === 64 && /^@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/i.test(text.slice(i, b))) return true;
  }
  return hyphens >= 4 && /(?:[A-Za-z0-9]+[-_]){4,}/.test(text.slice(a, b));
}
function wordBefore(text, start) {
  let e = start;
  while (e > 0 && CHAR_FLAGS[text.charCodeAt(e - 1)] & SPACE) e--;
  let s = e;
  while (s > 0 && CHAR_FLAGS[text.charCodeAt(s - 1)] & WORD) s--;
  return text.slice(s, e);
}
function wordAfter(text, end) {
  let s = end;
  const c2 = text.charCodeAt(s);
  if ((c2 === 39 || c2 === 8217) && (text.charCodeAt(s + 1) | 32) === 115 && !(CHAR_FLAGS[text.charCodeAt(s + 2)] & WORD))
    return "'s";
  while (s < text.length && CHAR_FLAGS[text.charCodeAt(s)] & SPACE) s++;
  let e = s;
  while (e < text.length && CHAR_FLAGS[text.charCodeAt(e)] & WORD) e++;
  return text.slice(s, e);
}
function parenthesisedListing(text, end, sameEntityTickerAt) {
  let s = end;
  while (s < text.length && CHAR_FLAGS[text.charCodeAt(s)] & SPACE) s++;
  if (text.charCodeAt(s) !== 40) return false;
  s++;
  while (s < text.length && CHAR_FLAGS[text.charCodeAt(s)] & SPACE) s++;
  let e = s;
  while (e < text.length && CHAR_FLAGS[text.charCodeAt(e)] & WORD) e++;
  return EXCHANGE_PREFIXES[text.slice(s, e)] !== void 0 || sameEntityTickerAt(s);
}
function shouting(text, start, end) {
  const a = Math.max(0, start - 40);
  const b = Math.min(text.length, end + 40);
  let letters = 0;
  for (let i = a; i < b; i++) {
    const f = CHAR_FLAGS[text.charCodeAt(i)];
    if (f & UPPER) letters++;
    else if (f & WORD && text.charCodeAt(i) >= 97 && text.charCodeAt(i) <= 122) return false;
  }
  return letters > end - start;
}
var SMALL_WORDS = /* @__PURE__ */ new Set(["of", "and", "the", "for", "from", "with", "on", "in", "to", "at", "by", "as", "or", "a", "an"]);
function titleCase(text, start, end) {
  const words = (s) => s.split(/[^\p{L}\p{N}'’]+/u).filter((w) => w.length > 1 && !SMALL_WORDS.has(w.toLowerCase()));
  const near = [...words(text.slice(Math.max(0, start - 60), start)).slice(-4), ...words(text.slice(end, end + 60)).slice(0, 4)];
  const caps = near.filter(capitalised).length;
  return caps >= 2 && caps * 2 >= near.length;
}
function sentenceStart(text, start) {
  let i = start;
  while (i > 0 && CHAR_FLAGS[text.charCodeAt(i - 1)] & SPACE) i--;
  if (i === 0) return true;
  const c2 = text.charCodeAt(i - 1);
  return !(CHAR_FLAGS[c2] & WORD) && c2 !== 44 && c2 !== 45 && c2 !== 8211 && c2 !== 8212 && c2 !== 39 && c2 !== 8217;
}
function capitalised(word2) {
  return word2.length > 0 && (CHAR_FLAGS[word2.charCodeAt(0)] & UPPER) !== 0;
}
function isolated(text, start, end, before, after) {
  if (sentenceStart(text, start) || capitalised(before)) return false;
  if (capitalised(after) && !NAME_CUES_AFTER.has(after)) return false;
  return !titleCase(text, start, end);
}
function determined(text, start, before) {
  if (DETERMINERS.has(before)) return true;
  if (!capitalised(before)) return false;
  let e = start;
  while (e > 0 && CHAR_FLAGS[text.charCodeAt(e - 1)] & SPACE) e--;
  return DETERMINERS.has(wordBefore(text, e - before.length));
}
function listed(text, c2, a, b) {
  const gap = c2.start[b] - c2.end[a];
  return gap >= 0 && gap <= 12 && LIST_GAP.test(text.slice(c2.end[a], c2.start[b]));
}
function definedTerms(text, c2, live, count) {
  let alias;
  const key = (i) => c2.entity[i] * 256 + Math.min(255, c2.end[i] - c2.start[i]);
  for (let k = 1; k < count; k++) {
    const i = live[k];
    if (c2.tier[i] !== T_NAME) continue;
    const p = live[k - 1];
    if (alias === void 0 && c2.start[i] - c2.end[p] > 6) continue;
    if (c2.tier[p] === T_NAME && c2.kind[p] === STRONG && DEFINES.test(text.slice(c2.end[p], c2.start[i]))) {
      const q = text.charCodeAt(c2.end[i]);
      if (c2.entity[i] !== c2.entity[p] && (q === 34 || q === 8221 || q === 8217 || q === 39)) {
        alias ??= /* @__PURE__ */ new Map();
        alias.set(key(i), c2.entity[p]);
      }
    }
    if (alias === void 0) continue;
    const to = alias.get(key(i));
    if (to !== void 0) {
      c2.entity[i] = to;
      c2.kind[i] = STRONG;
    }
  }
}
function dateline(text, start, end) {
  let i = start;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  if (i > 0 && text.charCodeAt(i - 1) !== 10) return false;
  const surface = text.slice(start, end);
  if (surface !== surface.toUpperCase() || !/[A-Z].*\s/.test(surface)) return false;
  return /^\s?[,(]/.test(text.slice(end, end + 2));
}
function settle(text, c2, seen) {
  const live = new Int32Array(c2.n);
  let count = 0;
  let pending = 0;
  for (let i = 0; i < c2.n; i++) {
    if (insideLink(text, c2.start[i], c2.end[i])) continue;
    if (c2.tier[i] === T_NAME && dateline(text, c2.start[i], c2.end[i])) continue;
    live[count++] = i;
  }
  definedTerms(text, c2, live, count);
  const strong = new Set(seen);
  for (let k = 0; k < count; k++) {
    const i = live[k];
    if (c2.kind[i] === STRONG || c2.legal[i]) strong.add(c2.entity[i]);
    else pending++;
  }
  for (const e of strong) seen.add(e);
  if (pending === 0) return live.subarray(0, count);
  const accepted = new Uint8Array(count);
  const named = /* @__PURE__ */ new Set();
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < count; k++) {
      if (accepted[k]) continue;
      const i = live[k];
      const kind = c2.kind[i];
      if (kind === STRONG || c2.legal[i]) {
        accepted[k] = 1;
        continue;
      }
      const start = c2.start[i];
      const end = c2.end[i];
      const entity = c2.entity[i];
      const before = wordBefore(text, start);
      const after = wordAfter(text, end);
      const known = strong.has(entity);
      const neighbour = (ok2) => k > 0 && ok2(k - 1) && listed(text, c2, live[k - 1], i) || k + 1 < count && ok2(k + 1) && listed(text, c2, i, live[k + 1]);
      let ok = false;
      if (kind === KIND_CAUTIOUS) {
        ok = known || !determined(text, start, before);
      } else if (kind === KIND_CONTEXTUAL) {
        ok = !determined(text, start, before) && (known || named.has(entity) || isolated(text, start, end, before, after) || NAME_CUES_AFTER.has(after) || after === "'s" || NAME_CUES_BEFORE.has(before) || parenthesisedListing(text, end, (at) => symbolOf(c2, live, count, k, at, entity)) || neighbour((j) => c2.tier[live[j]] === T_NAME && accepted[j] === 1));
      } else if (kind === KIND_PAREN) {
        const p = k > 0 ? live[k - 1] : -1;
        ok = p >= 0 && accepted[k - 1] === 1 && c2.entity[p] === entity && // "Tencent (700)", "阿里巴巴（9988）", and Hong Kong counters with a share suffix: "Alibaba-W (09988)".
        /^(?:-[A-Z]{1,2})?\s*[(（]$/.test(text.slice(c2.end[p], start));
      } else if (kind === KIND_BARE) {
        ok = known || named.has(entity) || !shouting(text, start, end) && (TICKER_CUES_AFTER.has(after) || TICKER_CUES_BEFORE.has(before) || MOVE_AFTER.test(text.slice(end, end + 16)) || neighbour((j) => c2.tier[live[j]] !== T_NAME));
      }
      if (ok) {
        accepted[k] = 1;
        if (kind !== KIND_BARE) named.add(entity);
      }
    }
  }
  let out = 0;
  for (let k = 0; k < count; k++) if (accepted[k]) live[out++] = live[k];
  return live.subarray(0, out);
}
function symbolOf(c2, live, count, k, at, entity) {
  for (let j = k + 1; j <= k + 2 && j < count; j++) {
    const o = live[j];
    if (c2.start[o] === at && c2.entity[o] === entity && c2.tier[o] !== T_NAME) return true;
  }
  return false;
}

// .scratch/phase.ts
var cx = compile(unpackDictionary(JSON.parse(readFileSync("bench/.packed-dictionary.json", "utf8"))));
var dir = "test/fixtures/corpus";
var c = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(dir + "/" + f, "utf8")).join("\n\n");
var t = c;
while (t.length < 5e6) t += "\n\n" + c;
var cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};
var bs = 1e9;
var bt = 1e9;
for (let i = 0; i < 20; i++) {
  const t0 = cpu();
  const cands = new Candidates(1 << 16);
  scan(cx, t, cands);
  const t1 = cpu();
  settle(t, cands, /* @__PURE__ */ new Set());
  const t2 = cpu();
  if (i > 3) {
    bs = Math.min(bs, t1 - t0);
    bt = Math.min(bt, t2 - t1);
  }
}
console.log("best cpu: scan", bs.toFixed(1), "ms", (t.length / 1e3 / bs).toFixed(0), "Mc/s; settle", bt.toFixed(1), "ms; total", (t.length / 1e3 / (bs + bt)).toFixed(0), "Mc/s");
