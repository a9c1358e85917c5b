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
  '(?:may|might|could) have',
  '(?:reported|reports|reporting) that',
  '(?:was|were|is|are) reported to',
  // An official or source not named ("a U.S. official told Reuters").
  '(?:an?|one|two|three|several) (?:[\\w.]+ )?(?:officials?|sources?) (?:told|said|say|says)',
  'citing (?:\\w+ )?(?:sources|people|persons|officials)',
  '指控|涉嫌|引述消息人士|消息人士|据报|據報',
];

/**
 * Not yet taken: considered, planned, threatened, drafted. Not "will": the consequences of an action taken are
 * reported with it ("The deal will make the DoD the largest shareholder").
 */
export const PROPOSED: readonly string[] = [
  'consider(?:s|ed|ing)?',
  'under consideration',
  'evaluat(?:e|es|ed|ing)',
  'loom(?:s|ed|ing)?',
  'plan(?:s|ned|ning)? to',
  // Lower case only: "in May" is a month (see ./compile.ts).
  // "may have tried" is an allegation, not a plan.
  'may(?! have)',
  'might(?! have)',
  'could',
  'would',
  'threat(?:en|ens|ened|ening)',
  'propos(?:e|es|ed|al|als)',
  'draft (?:rules?|regulations?|bills?|laws?)',
  'weigh(?:s|ing)? (?:whether|adding|imposing|new|options|a|an|the)',
  'mull(?:s|ed|ing)?',
  'seek(?:s|ing)? to',
  'poised to',
  'will (?:add|impose|place|designate|ban|restrict|blacklist|sanction|list)',
  'expressed support',
  'talks? down',
  'fac(?:e|es|ed|ing) (?:\\w+ ){0,2}(?:risks?|threats?|prospects?)',
  'intend(?:s|ed)? to',
  'should',
  'expect(?:s|ed|ing)?|expectations?',
  'urg(?:e|es|ed|ing)',
  'not (?:yet )?clear (?:if|whether)',
  '或将|或將|可能|计划|計劃|考虑|考慮|敦促|预料|預料|拟|擬',
];

/** Hedges weaker than an allegation: "may have misled investors about its potential ties" is alleged. */
export const WEAKLY_PROPOSED: readonly string[] = [
  // Not "potential civil liability", a settlement's legal term.
  'potential(?:ly)?(?! (?:civil )?liability)',
  'possible',
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
  // Chinese: "未直接構成制裁" (does not directly amount to sanctions).
  '未|並未|并未|没有|沒有',
];

/** The company rejecting what is said about it. The subject before the cue is the one denying. */
export const DENIALS: readonly string[] = [
  'den(?:y|ies|ied|ying|ial|ials)',
  '(?:reject|rejected|rejects|rejecting|dismissed|dismisses|refuted|refutes|disputed|disputes) (?:\\w+ ){0,2}(?:claims?|allegations?|accusations?|reports?|characteri[sz]ations?|designations?|inclusions?|charges?|assertions?|decisions?|listings?)',
  '(?:called|calls|calling|described|describes) (?:\\w+ ){0,4}(?:false|baseless|groundless|unfounded|untrue|without merit|meritless|wrong|misguided|erroneous|unjust|inaccurate)',
  '(?:is|are|was|were) (?:\\w+ )?(?:baseless|groundless|unfounded|untrue|meritless|without merit)',
  'has no (?:\\w+ )?(?:ties|links|connections?)',
  '(?:is|was|it[\'’]s) [“"]?not a (?:\\w+ )?military company',
  'no basis',
  'for civilian use only',
  '(?:false|baseless|unfounded|unsubstantiated|groundless) (?:\\w+ )?(?:allegations?|claims?|accusations?)',
  'challeng(?:e|es|ed|ing) (?:this|the|that) (?:action|decision|designation|inclusion|listing)',
  'without any (?:explanation|justification|basis)',
  '(?:not|never) (?:\\w+ ){0,2}(?:affected by|designed or validated for)',
  '否认|否認|并非|並非|澄清',
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
  'FDA',
  '五角大楼|五角大廈|国防部|國防部|政府|当局|當局',
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
  '1260H',
  '五角大楼|五角大廈|国防部|國防部',
];

/** Chips and chipmaking: where "restrictions" and "rules" mean export controls. */
export const CHIP_WORDS: readonly string[] = [
  'chips?',
  'semiconductors?',
  'chipmak\\w+',
  'GPUs?',
  'H20',
  'H200',
  'processors?',
];

/** Macro talk that contains a cue word but names no link to a company. */
export const MACRO: readonly string[] = [
  '(?:military|defen[cs]e) (?:spending|budgets?|stocks|sector)',
  'military systems',
  'video surveillance (?:company|maker|firm|equipment|cameras?|products?)',
  'geopolitical (?:risks?|tensions?)',
];

/** A private lawsuit, not a state's: drops `state-probe` cues ("Pomerantz is investigating claims on behalf of…"). */
export const PRIVATE_SUIT: readonly string[] = [
  'class[- ]action',
  'law firm',
  'on behalf of (?:\\w+ )?(?:investors|shareholders|purchasers|holders)',
  'securities fraud',
  'investors who',
  'misled investors',
  'shareholder (?:rights )?(?:lawsuit|litigation)',
];
