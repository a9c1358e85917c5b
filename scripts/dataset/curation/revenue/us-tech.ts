/**
 * Revenue exposure read in filings: us tech targets (scripts/dataset/revenue-targets.ts). See ./types.ts.
 */
import { emptyPart, type RevenuePart } from './types';

export const REVENUE_US_TECH: RevenuePart = emptyPart();
