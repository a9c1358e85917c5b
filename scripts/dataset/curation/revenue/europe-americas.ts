/**
 * Revenue exposure read in filings: europe americas targets (scripts/dataset/revenue-targets.ts). See ./types.ts.
 */
import { emptyPart, type RevenuePart } from './types';

export const REVENUE_EUROPE_AMERICAS: RevenuePart = emptyPart();
