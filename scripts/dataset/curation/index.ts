/** Every curated group, in the order they appear in the dataset. */
import type { Factor } from '../../../utils/exposure/schema';
import { CHINA } from './china';
import { CHINESE_MILITARY } from './chinese-military';
import { DEFENSE } from './defense';
import { DEPTH } from './depth';
import { DEPTH_CHINA_RUSSIA } from './depth-china-russia';
import { DEPTH_FINANCE_HEALTH } from './depth-finance-health';
import { DEPTH_REFERENCE } from './depth-reference';
import { DEPTH_TARGETS } from './depth-targets';
import { DEPTH_US_EUROPE } from './depth-us-europe';
import { DEPTH_WORLD } from './depth-world';
import type { Curated } from './dsl';
import { EXPOSURE, withExposure } from './exposure';
import { GLOBAL } from './global';
import { INDUSTRY } from './industry';
import { MAJORS } from './majors';
import { PRIVATE_AND_STATE } from './private-and-state';
import { REVENUE_EXPOSURE, REVENUE_PROMOTED } from './revenue';
import { RUSSIA } from './russia';
import { SEED } from './seed';
import { SP100 } from './sp100';

const COMPANIES: Curated[] = [
  ...SEED,
  ...SP100,
  ...DEFENSE,
  ...CHINESE_MILITARY,
  ...CHINA,
  ...INDUSTRY,
  ...RUSSIA,
  ...PRIVATE_AND_STATE,
  ...GLOBAL,
  ...MAJORS,
  ...REVENUE_PROMOTED,
];

/** Added factors, applied in this order; a later revenue factor (a newer filing) replaces an earlier one. */
const ADDED: readonly Readonly<Record<string, Factor[]>>[] = [
  EXPOSURE,
  DEPTH,
  DEPTH_WORLD,
  DEPTH_CHINA_RUSSIA,
  DEPTH_US_EUROPE,
  DEPTH_TARGETS,
  DEPTH_REFERENCE,
  DEPTH_FINANCE_HEALTH,
  REVENUE_EXPOSURE,
];

export const CURATED: Curated[] = ADDED.reduce((companies, added) => withExposure(added, companies), COMPANIES);
