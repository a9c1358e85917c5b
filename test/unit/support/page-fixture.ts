import { buildDictionary } from '@/utils/detect/dictionary';
import { compileMatcher, type Matcher } from '@/utils/detect/matcher';
import { parseDataset } from '@/utils/exposure/schema';
import { readRepoJson } from './fixtures';

/** A matcher over the small test dataset (Alibaba, MP Materials, Berkshire, Eve, Tencent Music, MetroStar). */
export function fixtureMatcher(): Matcher {
  return compileMatcher(buildDictionary(parseDataset(readRepoJson('test/fixtures/datasets/small.json')).entities));
}
