/** Every live source's parser, by id (one module each in this folder); their metadata is in ./catalog.ts. */
import { cslSource } from './csl';
import { customFeedSource } from './custom-feed';
import type { SourceDefinition } from './definition';
import { ofacSource } from './ofac';
import { openSanctionsSource } from './opensanctions';
import { openSanctionsMatchSource } from './opensanctions-match';
import { secSource } from './sec';
import type { LiveSourceId } from './types';

export const SOURCES: Readonly<Record<LiveSourceId, SourceDefinition>> = {
  sec: secSource,
  ofac: ofacSource,
  csl: cslSource,
  opensanctions: openSanctionsSource,
  'opensanctions-match': openSanctionsMatchSource,
  custom: customFeedSource,
};
