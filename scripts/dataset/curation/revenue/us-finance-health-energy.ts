/**
 * Revenue exposure read in filings: us finance health energy targets (scripts/dataset/revenue-targets.ts). See ./types.ts.
 */
import { emptyPart, type RevenuePart } from './types';

export const REVENUE_US_FINANCE_HEALTH_ENERGY: RevenuePart = emptyPart();
