/** Status, negation and denial cues. Each list is matched case-insensitively between word boundaries. */

/** An accusation, or a report whose source is not on the record. */
export const ALLEGED: readonly string[] = [
  'accus(?:e|es|ed|ing|ation|ations)',
  'alleg(?:e|es|ed|edly|ing|ation|ations)',
  'reportedly',
  'according to (?:\\w+ )?(?:people|sources|persons?|a person|someone|reports?|a report)',
  '(?:people|sources|persons?) (?:\\w+ )?familiar',
  'suspect(?:s|ed)?',
  'claim(?:s|ed|ing)?',
  '(?:is|are|was|were) said to',
  'purported(?:ly)?',
];

/** Not yet taken: considered, planned, threatened, drafted. */
export const PROPOSED: readonly string[] = [
  'consider(?:s|ed|ing)?',
  'plan(?:s|ned|ning)? to',
  // Lower case only: "in May" is a month (see ./compile.ts).
  'may',
  'might',
  'could',
  'would',
  'threat(?:en|ens|ened|ening)',
  'propos(?:e|es|ed|al|als)',
  'draft (?:rules?|regulations?|bills?|laws?)',
  'weigh(?:s|ing)? (?:whether|adding|imposing|new|options|a|an|the)',
  'mull(?:s|ed|ing)?',
  'seek(?:s|ing)? to',
  'poised to',
  'potential(?:ly)?',
  'possible',
  'intend(?:s|ed)? to',
];

/** Words that negate a cue a few words after them in the same clause ("was not sanctioned", "no evidence of"). */
export const NEGATORS: readonly string[] = [
  'not',
  "\\w+n['’]t",
  'no',
  'never',
  'neither',
  'nor',
  'no longer',
  'free of',
];

/** The company rejecting what is said about it. The subject before the cue is the one denying. */
export const DENIALS: readonly string[] = [
  'den(?:y|ies|ied|ying|ial|ials)',
  '(?:rejected|rejects|rejecting|dismissed|dismisses|refuted|refutes|disputed|disputes) (?:\\w+ ){0,2}(?:claims?|allegations?|accusations?|reports?|characteri[sz]ations?|designation|inclusion|charges?|assertions?)',
  '(?:called|calls|calling|described|describes) (?:\\w+ ){0,4}(?:false|baseless|groundless|unfounded|untrue|without merit|meritless|wrong|misguided|erroneous|unjust|inaccurate)',
  'has no (?:\\w+ )?(?:ties|links|connections?)',
  '(?:is|was) not a (?:\\w+ )?military company',
];

/**
 * Government actors: generic cues (an investigation, a contract, a stake) count only with one in the sentence.
 * Matched case-sensitively, so "state" the noun of government and not "State of the market" … is still a guess.
 */
export const STATE_ACTORS: readonly string[] = [
  'government',
  'Government',
  'administration',
  'Administration',
  'Pentagon',
  'Department of (?:Defense|War|Commerce|Justice|Energy|the Treasury|State)',
  '(?:Defense|Commerce|Justice|State|Treasury|War) Department',
  'Treasury',
  'DoD',
  'DOD',
  'DOJ',
  'White House',
  'Congress',
  'Parliament',
  '[Ll]awmakers',
  '[Ss]enators?',
  'Senate',
  '[Rr]egulators?',
  'regulatory',
  '[Aa]uthorit(?:y|ies)',
  '[Mm]inistry',
  'federal',
  'Federal',
  'Beijing',
  'Washington',
  'Brussels',
  'European Commission',
  'EU',
  'SEC',
  'FTC',
  'FCC',
  'SAMR',
  'CSRC',
  '[Pp]rosecutors',
  '[Oo]fficials',
  'state',
  'President',
  'Trump',
  'Biden',
  'Army',
  'Navy',
  'Air Force',
  'military',
  'Commission',
  'agency',
];

/** A defence buyer: what makes a deal or an offtake a state-support signal. */
export const DEFENSE_ACTORS: readonly string[] = [
  'Pentagon',
  'Department of (?:Defense|War)',
  '(?:Defense|War) Department',
  'DoD',
  'DOD',
  'military',
  'Army',
  'Navy',
  'Air Force',
  'NATO',
  '[Mm]inistry of [Dd]efen[cs]e',
  '[Dd]efen[cs]e [Mm]inistry',
];

/** A private lawsuit, not a state's: drops `state-probe` cues ("Pomerantz is investigating claims on behalf of…"). */
export const PRIVATE_SUIT: readonly string[] = [
  'class[- ]action',
  'law firm',
  'on behalf of (?:\\w+ )?(?:investors|shareholders|purchasers|holders)',
  'securities fraud',
  'investors who',
  'shareholder (?:rights )?(?:lawsuit|litigation)',
];
