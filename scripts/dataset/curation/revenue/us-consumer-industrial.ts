/**
 * Revenue exposure read in filings: us consumer industrial targets (scripts/dataset/revenue-targets.ts). See ./types.ts.
 */
import { emptyPart, type RevenuePart } from './types';

export const REVENUE_US_CONSUMER_INDUSTRIAL: RevenuePart = emptyPart();
