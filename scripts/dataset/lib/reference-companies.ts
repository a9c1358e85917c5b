/**
 * The 40 companies finance news covers most (issue 14's acceptance list), in the issue's order: the curated id, or
 * the listed-universe id when GeoLens has no curated entry (the card then shows listing data only).
 */
export interface ReferenceCompany {
  /** The name the issue uses. */
  name: string;
  /** Curated entity id in public/data/dataset.json. */
  curated?: string;
  /** Listed-universe id in public/data/universe.json, used when the company is not curated. */
  universe?: string;
}

export const REFERENCE_COMPANIES: readonly ReferenceCompany[] = [
  { name: 'Apple', curated: 'apple' },
  { name: 'Microsoft', curated: 'microsoft' },
  { name: 'Nvidia', curated: 'nvidia' },
  { name: 'Tesla', curated: 'tesla' },
  { name: 'Amazon', curated: 'amazon' },
  { name: 'Alphabet', curated: 'alphabet' },
  { name: 'Meta', curated: 'meta' },
  { name: 'TSMC', curated: 'tsmc' },
  { name: 'Samsung', curated: 'samsung-electronics' },
  { name: 'ASML', curated: 'asml' },
  { name: 'Intel', curated: 'intel' },
  { name: 'AMD', curated: 'amd' },
  { name: 'Qualcomm', curated: 'qualcomm' },
  { name: 'Micron', curated: 'micron' },
  { name: 'Boeing', curated: 'boeing' },
  { name: 'Lockheed Martin', curated: 'lockheed-martin' },
  { name: 'RTX', curated: 'rtx' },
  { name: 'Caterpillar', curated: 'caterpillar' },
  { name: 'Nike', curated: 'nike' },
  { name: 'Starbucks', curated: 'starbucks' },
  { name: 'Walmart', curated: 'walmart' },
  { name: 'JPMorgan', curated: 'jpmorgan' },
  { name: 'Goldman Sachs', curated: 'goldman-sachs' },
  { name: 'BP', curated: 'bp' },
  { name: 'Shell', curated: 'sec-1306965', universe: 'sec-1306965' },
  { name: 'Exxon', curated: 'exxonmobil' },
  { name: 'Toyota', curated: 'toyota' },
  { name: 'Sony', curated: 'sec-313838', universe: 'sec-313838' },
  { name: 'SoftBank', curated: 'x-tyo-9984', universe: 'x-tyo-9984' },
  { name: 'Nippon Steel', curated: 'x-tyo-5401', universe: 'x-tyo-5401' },
  { name: 'Volkswagen', curated: 'x-xetra-vow', universe: 'x-xetra-vow' },
  { name: 'BYD', curated: 'byd' },
  { name: 'CATL', curated: 'catl' },
  { name: 'Xiaomi', curated: 'xiaomi' },
  { name: 'Tencent', curated: 'tencent' },
  { name: 'Alibaba', curated: 'alibaba' },
  { name: 'PDD', curated: 'pdd' },
  { name: 'JD', curated: 'jd' },
  { name: 'Baidu', curated: 'baidu' },
  { name: 'NIO', curated: 'nio' },
];
