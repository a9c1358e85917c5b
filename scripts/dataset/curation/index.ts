/** Every curated group, in the order they appear in the dataset. */
import type { Curated } from './dsl';
import { SEED } from './seed';

export const CURATED: Curated[] = [...SEED];
