/** Every curated group, in the order they appear in the dataset. */
import { CHINA } from './china';
import { CHINESE_MILITARY } from './chinese-military';
import { DEFENSE } from './defense';
import { DEPTH } from './depth';
import { DEPTH_WORLD } from './depth-world';
import type { Curated } from './dsl';
import { EXPOSURE, withExposure } from './exposure';
import { GLOBAL } from './global';
import { INDUSTRY } from './industry';
import { PRIVATE_AND_STATE } from './private-and-state';
import { RUSSIA } from './russia';
import { SEED } from './seed';
import { SP100 } from './sp100';

export const CURATED: Curated[] = withExposure(
  DEPTH_WORLD,
  withExposure(
    DEPTH,
    withExposure(EXPOSURE, [
      ...SEED,
      ...SP100,
      ...DEFENSE,
      ...CHINESE_MILITARY,
      ...CHINA,
      ...INDUSTRY,
      ...RUSSIA,
      ...PRIVATE_AND_STATE,
      ...GLOBAL,
    ]),
  ),
);
