/**
 * Factors that many companies share word for word, written once. Each says whether the measure is in force today.
 */
import type { Factor } from '../../../utils/exposure/schema';
import { CITE } from './citations';
import { risk } from './dsl';

/**
 * The Holding Foreign Companies Accountable Act's trading ban for a company audited in mainland China or Hong Kong:
 * dormant since the PCAOB regained inspection access in December 2022, and revived if access is lost again.
 * `who` names the company at the start of the sentence; without it the sentence speaks of "its US-listed shares".
 */
export function hfcaaDormant(severity: number, who?: string): Factor {
  const subject = who
    ? `${who} is audited by a firm in mainland China or Hong Kong, so under the Holding Foreign Companies Accountable Act its US trading would be banned`
    : 'Its US-listed shares fall under the Holding Foreign Companies Accountable Act: trading would be banned';
  return risk(
    'regulatory-action',
    severity,
    `${subject} if the PCAOB lost inspection access to its auditor for two years in a row. Dormant since the PCAOB regained full inspection access in December 2022; it can be revived if access is lost again (status not rechecked since 2022-12-15).`,
    [CITE.pcaobChinaAccess2022],
  );
}
