/**
 * Coverage of the 1260H and NS-CMIC parents that have listed equity, and the strict name check shared by the truth
 * tests and `npm run dataset:report`.
 *
 * "Parent" means a 1260H group listed without a parent (the 80 names of the Federal Register notice) and, NS-CMIC
 * being a flat list, every NS-CMIC entry. A parent "has a listed security" when its own equity, or the equity of a
 * subsidiary named under it on the same list, trades on a stock exchange (bonds do not count). Which parents do is
 * recorded by the dataset itself: a parent has listed equity when some dataset entity with listings carries a factor
 * for that parent's entry or for one of its named members. Parents without such an entity are listed in
 * UNLISTED_PARENTS with the reason, and the test checks OFAC's own remarks (equity tickers) against that table.
 */
import type { Dataset, Entity, RestrictedList } from '../../../utils/exposure/schema';
import { type ListEntry, normalizeName } from './lists';

/** Parents we checked and found without listed equity (by normalised name), with why. */
export const UNLISTED_PARENTS: Readonly<Record<string, string>> = {
  // 1260H
  'autel robotics': 'private (Autel Intelligent Technology, listed, is a separate 1260H parent)',
  'baicells technologies': 'private',
  'beijing zhidao chuangyu information technology': 'private (Knownsec)',
  'bgi group': 'private group; its listed member BGI Genomics is covered',
  'changxin memory technologies': 'private (state-backed); no listed equity as of the snapshot',
  'chengdu mengsheng electronic technology': 'not found on an exchange in the shared listing files',
  'china cargo airlines': 'unlisted subsidiary of China Eastern Air Holding',
  'china construction technology': 'unlisted state company',
  'china cosco shipping': 'state group; its named members are unlisted (COSCO SHIPPING Holdings is not named)',
  'china electronics': 'state group; named members unlisted',
  'china electronics technology group': 'state group; named members are research institutes',
  'china general nuclear power': 'state group; bonds only (CGN Power is not named)',
  'china national chemical': 'state group (part of Sinochem Holdings)',
  'china national chemical engineering group': 'state group; its listed arm is not named',
  'china national nuclear': 'state group; bonds only',
  'china state shipbuilding': 'state group; its named member China Shipbuilding Trading is unlisted',
  'china three gorges': 'state group (China Yangtze Power is not named)',
  'commercial aircraft of china': 'state company, unlisted',
  'global tone communication technology': 'private',
  'hangzhou yushu technology': 'private (Unitree) as of the snapshot',
  'huawei investment and holding': 'employee-owned; bonds only',
  'inspur group': 'state group; Inspur Electronic Information is not named',
  'origincell technology': 'private',
  'shanghai yitu network technology': 'private',
  'shenzhen dji technology': 'private',
  'sinotrans and csc holdings': 'state group (Sinotrans Ltd is not named)',
  'tp link technologies': 'private',
  'wuhan geosun navigation technology': 'private',
  'yangtze memory technologies': 'private (state-backed)',
  // NS-CMIC
  'china aviation engine group': 'state group (AECC), unlisted',
  'china academy of launch vehicle technology': 'state research academy',
  'china aerospace science and technology': 'state group; bonds only',
  'china telecommunications': 'state group (its listed subsidiary China Telecom Corp is a separate entry)',
  'china united network communications group': 'state group (China Unicom (Hong Kong) is a separate entry)',
  'china mobile communications group': 'state group (China Mobile Limited is a separate entry)',
  'china national offshore oil': 'state group (CNOOC Limited is a separate entry)',
  'china north industries group': 'state group; bonds only',
  'china south industries group': 'state group; bonds only',
  'china communications construction group': 'state group (CCCC is a separate entry)',
  'megvii technology': 'private; its STAR Market listing did not proceed',
  yitu: 'private',
  'panda electronics group': 'state group (Nanjing Panda is a separate entry)',
  'proven glory capital': 'Huawei financing vehicle; bonds only',
  'proven honour capital': 'Huawei financing vehicle; bonds only',
  'sz dji technology': 'private',
  'huawei technologies': 'private',
  'china shipbuilding industry': 'absorbed by China CSSC Holdings (600150); its A-shares were delisted',
  'aviation industry of china': 'state group; its listed subsidiaries are separate entries',
  'china aerospace science and industry': 'state group; bonds only',
};

export interface ParentCoverage {
  list: 'dod-1260h' | 'ofac-ns-cmic';
  parent: string;
  /** Entities of the dataset with listings that carry this parent's (or a member's) entry. */
  listedEntities: string[];
  /** Entities of any kind that carry it. */
  entities: string[];
  unlistedReason?: string;
}

/** The factor entries (normalised) of an entity on one list. */
function entryKeys(entity: Entity, list: RestrictedList): Set<string> {
  return new Set(
    entity.factors
      .filter((f) => f.kind === 'restricted-listing' && f.list === list && f.listEntry)
      .map((f) => normalizeName(f.listEntry!)),
  );
}

export function parentCoverage(
  dataset: Dataset,
  parents1260: { name: string; keys: Set<string>; members: ListEntry[] }[],
  nsCmic: ListEntry[],
): ParentCoverage[] {
  const out: ParentCoverage[] = [];
  const check = (list: 'dod-1260h' | 'ofac-ns-cmic', parent: string, keys: Set<string>) => {
    const hits = dataset.entities.filter((e) => [...entryKeys(e, list)].some((k) => keys.has(k)));
    const reason = [...keys].map((k) => UNLISTED_PARENTS[k]).find(Boolean);
    out.push({
      list,
      parent,
      entities: hits.map((e) => e.id),
      listedEntities: hits.filter((e) => e.listings.length > 0).map((e) => e.id),
      ...(reason ? { unlistedReason: reason } : {}),
    });
  };
  for (const p of parents1260) {
    const keys = new Set([...p.keys, ...p.members.flatMap((m) => [...m.keys])]);
    check('dod-1260h', p.name, keys);
  }
  for (const e of nsCmic) check('ofac-ns-cmic', e.name, e.keys);
  return out;
}
