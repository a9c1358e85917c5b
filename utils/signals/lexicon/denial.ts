/**
 * The company rejecting what is said about it, matched case-insensitively between word boundaries. The company named
 * before the cue (else after it: "“We reject the inclusion,” Baidu said") is the one denying.
 */
export const DENIALS: readonly string[] = [
  'den(?:y|ies|ied|ying|ial|ials)',
  '(?:reject|rejected|rejects|rejecting|dismissed|dismisses|refuted|refutes|disputed|disputes) (?:\\w+ ){0,2}(?:claims?|allegations?|accusations?|reports?|characteri[sz]ations?|designations?|inclusions?|charges?|assertions?|decisions?|listings?)',
  '(?:called|calls|calling|described|describes) (?:\\w+ ){0,4}(?:false|baseless|groundless|unfounded|untrue|without merit|meritless|wrong|misguided|erroneous|unjust|inaccurate)',
  '(?:is|are|was|were) (?:\\w+ )?(?:baseless|groundless|unfounded|untrue|meritless|without merit)',
  'has no (?:\\w+ )?(?:ties|links|connections?)',
  "(?:is|are|was|were|it['’]s|we['’]re) [“\"]?not an? (?:\\w+ )?military (?:company|companies|supplier|user)",
  // "its inclusion was 'clearly a mistake'", "called the designation a mistake".
  '(?:is|was|are|were|called|calls|calling) (?:(?:the|this|that|its|their) \\w+ )?[\'‘’“"]?(?:clearly |obviously |simply )?an? (?:\\w+ )?(?:mistake|error)',
  'no basis',
  'misrepresent(?:s|ed|ations?)|distortions?',
  'for civilian use only',
  '(?:false|baseless|unfounded|unsubstantiated|groundless) (?:\\w+ )?(?:allegations?|claims?|accusations?)',
  'challeng(?:e|es|ed|ing) (?:this|the|that) (?:action|decision|designation|inclusion|listing)',
  'without any (?:explanation|justification|basis)',
  '(?:not|never) (?:\\w+ ){0,2}(?:affected by|designed or validated for)',
  '否认|否認|并非|並非|澄清|驳斥|駁斥|不实|不實|毫无根据|毫無根據',
];
