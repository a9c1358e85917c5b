/**
 * Revenue exposure read in filings: asia pacific targets (scripts/dataset/revenue-targets.ts). See ./types.ts.
 */
import { emptyPart, type RevenuePart } from './types';

export const REVENUE_ASIA_PACIFIC: RevenuePart = emptyPart();
