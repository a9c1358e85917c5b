/**
 * Revenue exposure read in filings: further targets of scripts/dataset/revenue-targets.ts that the other parts had
 * not read yet (docs/coverage.md, "not read yet"). See ./types.ts.
 */
import type { Evidence } from '../../../../utils/exposure/schema';
import { edgarDocument } from '../dsl';
import type { RevenuePart } from './types';

/** A document of an annual report in the SEC archive: `file` is the main document or an XBRL R page. */
const tenK = (company: string, period: string, cik: number, accession: string, file: string, date: string): Evidence =>
  edgarDocument(`${company}: annual report on Form 10-K (${period})`, cik, accession, file, date);

// ── Citations, each written once ──

const CISCO_10K_FY2025 = tenK(
  'Cisco Systems, Inc.',
  'fiscal year ended 2025-07-26, segment information',
  858877,
  '0000858877-25-000111',
  'R53.htm',
  '2025-09-03',
);

export const REVENUE_MORE_TARGETS: RevenuePart = {
  exposure: {},
  promoted: [],
  undisclosed: {
    cisco: {
      fiscalYear: 'FY2025',
      note: 'Revenue by three regional segments only: Americas $33.7B, EMEA $14.8B and Asia Pacific, Japan and China together $8.2B of $56.7B in the year to July 2025; no China line.',
      evidence: [CISCO_10K_FY2025],
    },
  },
};
