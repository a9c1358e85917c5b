/**
 * Cues for `state-probe`: an investigation, fine, lawsuit, antitrust or national-security review by a government
 * against the company. Generic words need a government actor in the sentence: a shareholder class action is not one.
 */
import type { Cue } from './cue';

export const STATE_PROBE: readonly Cue[] = [
  { re: 'investigat\\w*', need: 'state' },
  { re: 'prob(?:e|es|ed|ing)', need: 'state' },
  { re: 'inquir(?:y|ies)', need: 'state' },
  { re: 'scrutiny', need: 'state' },
  { re: 'antitrust' },
  { re: 'anti-?monopoly' },
  { re: 'CFIUS' },
  { re: 'Committee on Foreign Investment' },
  { re: 'national[- ]security (?:review|investigation|probe)s?' },
  { re: 'SAMR' },
  { re: 'cease[- ]and[- ]desist' },
  { re: 'penali[sz](?:e|es|ed|ing)', need: 'state' },
  // A passive probe needs no authority named: "units of ZTE were investigated for alleged irregularities".
  { re: '(?:be|been|being|was|were|is|are) (?:\\w+ )?(?:investigated|probed|raided|summoned|penali[sz]ed|indicted)' },
  // "slapped with a fine", "could be subject to a fine", "faces fines": "fine" alone is mostly the adjective.
  { re: '(?:slapped|hit|handed|levied|imposed|subject to|fac(?:e|es|ed|ing)) (?:\\S+ ){0,5}?fines?', need: 'state' },
  { re: 'State Administration for Market Regulation' },
  { re: 'crack(?:down|ed down|ing down)' },
  // "fine" alone is mostly the adjective.
  { re: 'fined|fines|fine of', need: 'state' },
  { re: 'penalt\\w*', need: 'state' },
  // The company suing the government ("we intend to file a lawsuit") is not a probe of it.
  // Nor a suit against the government, or filed by a company: "sued the Pentagon", "a lawsuit filed by … maker DJI".
  {
    re: "(?<!fil(?:e|es|ed|ing) (?:a )?|(?:not|never|n['’]t) )(?:lawsuits?|su(?:e|es|ed|ing))(?!,? filed by (?:\\S+ ){0,4}?(?:maker|company|manufacturer)\\b| (?:against |that )?(?:the )?(?:U\\.?S\\.? )?(?:Department|Pentagon|government|administration|DoD|Defense)\\b)",
    need: 'state',
  },
  { re: 'indict\\w*|subpoena\\w*' },
  // A criminal case ends in a plea; a sanctions authority's questions are its inquiry ("OFAC had asked Raiffeisen for
  // details of its exposure").
  { re: 'guilty plea|plead(?:s|ed)? guilty' },
  {
    re: 'ask\\w*(?<=(?:OFAC|Treasury|SEC|regulators?|authorities) (?:\\S+ ){0,2}?ask\\w*) (?:\\S+ ){0,2}?for (?:details|information|documents|records)',
  },
  // "pay a $892 million penalty to the US": the state is the one paid.
  {
    re: 'pa(?:y|id|ying) (?:\\S+ ){0,5}?(?:penalty|fine) to (?:the )?(?:U\\.S\\.|US|United States|authorities)',
  },
  { re: 'charged with|criminal charges?', need: 'state' },
  // A fine by what happens to it: "after the fine was slapped", "more fines will be handed out to Google".
  { re: '(?:fines?|penalt\\w*) (?:\\S+ ){0,3}?(?:slapped|handed|imposed|levied)' },
  { re: 'security (?:reviews?|audits?)', need: 'state' },
  { re: 'raid\\w*|summon\\w*|call\\w* in', need: 'state' },
  // A passive fine needs no fining authority named: "expect Qualcomm to be fined".
  { re: '(?:be|been|being|was|were|is|are|get|got) fined' },
  // A settlement with OFAC or the SEC; "violations" alone follows the rule it breaks (export restrictions).
  { re: 'settle\\w*', need: 'state' },
  { re: 'civil (?:liability|penalt\\w*)' },
  { re: 'regulatory (?:action|crackdown|review|probe|investigation)s?' },
  { re: '(?:criminal|record|antitrust|regulatory) fines?' },
  { re: 'warning letters?|FDA warning' },
  // A government's say over a takeover (Nippon Steel / U.S. Steel): a national-security block or approval.
  {
    re: '(?:block(?:s|ed|ing)?|approv\\w*|clear(?:ed)?|vet\\w*|talk\\w* down|support for) (?:\\S+ ){0,5}(?:takeover|acquisition|merger|bid|deal)s?',
    need: 'state',
  },
  { re: 'majority stake', need: 'state' },
  // Chinese: antitrust, fines, penalties, opening a case, a regulator's summons; 调查 (investigation) needs a state.
  { re: '反垄断|反壟斷|罚款|罰款|罚单|罰單|处罚|處罰|立案|约谈|約談' },
  { re: '调查|調查', need: 'state' },
];
