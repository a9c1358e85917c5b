/**
 * The company rejecting what is said about it, matched case-insensitively between word boundaries. The company named
 * before the cue (else after it: "“We reject the inclusion,” Baidu said") is the one denying.
 */
export const DENIALS: readonly string[] = [
  'den(?:y|ies|ied|ying|ial|ials)',
  "(?:reject|dismiss|refut|disput)\\w* (?:[\\w.’'-]+ ){0,2}(?:claim|allegation|accusation|report|characteri[sz]ation|designation|inclusion|charge|assertion|decision|listing)s?",
  '(?:call|describ)\\w* (?:\\w+ ){0,4}(?:false|baseless|groundless|unfounded|untrue|without merit|meritless|wrong|misguided|erroneous|unjust|inaccurate)',
  '(?:is|are|was|were) (?:\\w+ )?(?:baseless|groundless|unfounded|untrue|meritless|without merit|unjustified|unlawful)',
  '(?:has|have|had) no (?:\\w+ )?(?:ties|links?|connections?|associations?|affiliations?)',
  "(?:is|are|was|were|it['’]s|we['’]re) [“\"]?not an? (?:\\w+ )?military (?:company|companies|supplier|user)",
  // "its inclusion was 'clearly a mistake'", "called the designation a mistake".
  "(?:is|was|are|were|call\\w*|deem\\w*|label\\w*) (?:(?:the|this|that|its|their) (?:[\\w'’]+ ){1,3})?['‘’“\"]?(?:clearly |obviously |simply )?an? ['‘’“\"]?(?:\\w+ )?(?:mistake|error)",
  'disagree\\w* with (?:the|its) (?:\\w+ )?(?:ruling|decision|findings?|designation)',
  'no basis',
  // "it believes the evidence is false".
  '(?:evidence|claims?|allegations?|accusations?) (?:(?:of|about) (?:\\S+ ){1,3}?)?(?:is|are|was|were) (?:false|wrong)',
  '(?:neither|not) (?:owned|controlled)',
  'misrepresent\\w*|distortions?',
  '(?:only|solely|purely) for civilian(?: and commercial)? (?:use|purposes)|for civilian use only',
  // "has no association with the Chinese military and does not belong on that list".
  '(?:does|do) not belong on(?<=\\b(?:it|we) \\w+ not belong on)',
  // The company saying it has never dealt with a military: "it has “never engaged in any military-related
  // business”", "does not work with any country’s military" (not "does not sell products in Russia").
  '(?:has|have|had|does|do|did)(?:n[\'’]t| [“"]?(?:not|never)) [“"]?(?:\\w+ )?(?:engag|work|conduct|suppl|provid|cooperat|sell|sold)\\w* (?:[\\w’\'-]+ ){0,5}?(?:military(?:-[a-z]+)?|armed forces|army|PLA|defen[cs]e)',
  // The inversion of a quoted denial: "“Not now, and not ever, has Hikvision conducted…".
  '^\\W?(?:not|never)\\b[^.]{0,40}?, (?:has|have|did|does|is|was)',
  '(?:false|baseless|unfounded|unsubstantiated|groundless) (?:\\w+ )?(?:allegations?|claims?|accusations?)',
  'challeng\\w* (?:this|the|that|its|their) (?:action|decision|designation|inclusion|listing|classification)',
  // "said it complies with all applicable export control laws".
  '(?:it|we|company) (?:\\w+ )?compl(?:y|ies) (?:fully )?with all',
  'without any (?:explanation|justification|basis)',
  // Contesting the state's action in court: "DJI sued the US Department of Defense", "asked a US court to order the
  // Pentagon to remove it", "told a court in a lawsuit that the Pentagon had not provided…" (the suer: ../attribute.ts).
  '(?:sue[sd]?|suing|lawsuit (?:against|that)|court to) (?:the )?(?:U\\.?S\\.? )?(?:Department|Pentagon|government|administration|DoD|Defense|order)',
  '(?:not|never) (?:\\w+ ){0,2}(?:affected by|designed or validated for)',
  '否认|否認|并非|並非|澄清|驳斥|駁斥|不实|不實|毫无根据|毫無根據',
];
