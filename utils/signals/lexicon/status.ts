/** Status and negation cues. Each list is matched case-insensitively between word boundaries. */

/**
 * What a probe is about, after a hedge that qualifies it and not the probe: "summoned Nvidia over suspected security
 * vulnerabilities", "under investigation for potential anti-monopoly violations".
 */
const CHARGE = ' (?:[\\w-]+ ){0,2}?(?:violation|breach|infring|abuse|vulnerab|risk|fraud)';

/** The acting authority as a source is the record ("according to the Treasury"), not one of its officials. */
export const OFFICIAL_SOURCE = '(?:Treasury|Pentagon|[Dd]epartment|[Mm]inistry|OFAC|BIS)\\b(?! officials?| sources?)';

/** An accusation, or a report whose source is not on the record. */
export const ALLEGED: readonly string[] = [
  'accus(?:e|es|ed|ing|ation|ations)',
  'alleg\\w*',
  'reportedly',
  // A government's belief is its accusation: "a list of firms it believes are tied to the military"; not a company's
  // own view ("AMD said it did not believe the new measures would have a material effect").
  "(?<!(?:not|n['’]t|we) )believ(?:e|es|ed)",
  // "according to The New York Times", "according to analysts": anyone but the record itself or the company.
  `according to(?! (?:(?:the|a|an|its|their) )?(?:[\\w.'’-]+ ){0,3}?(?:(?:filing|statement|document|notice|release|register|announcement|website)s?|data|company|firm|group|${OFFICIAL_SOURCE})\\b)`,
  // "Reuters cited Nvidia as saying…": the outlet's account of what the company said.
  'cit(?:ed|es|ing) (?:\\w+ ){1,3}as saying',
  '(?:people|sources|persons?) (?:\\w+ )?familiar',
  `suspect(?:s|ed)?(?!${CHARGE})`,
  'claim(?:s|ed|ing)?',
  // Legislators are not the record: "Lawmakers said Quectel has ties to the Chinese military".
  '(?:lawmakers|legislators|senators|critics) (?:\\w+ )?(?:said|says?|argued?|alleg\\w*|warn\\w*)',
  '(?:is|are|was|were) said to',
  'purported(?:ly)?',
  // "may have tried", "may be channeling data to…": possible conduct, not a plan ("could be facing fines" is one).
  '(?:may|might|could) (?:have|be (?!facing|going|getting|seeking)\\w+ing\\b)',
  // An outlet's report, also with a time between ("reported last fall that"); not the company's own ("The company
  // reported on Monday that…").
  'report(?:ed|s|ing)(?<!\\b(?:company|firm|group|it|we) report\\w+)(?: (?:last|this|on|in|earlier) \\w+)? that',
  // "…, report says" (a headline), "revealed in a report that…": a study's or an outlet's finding, not the record.
  '(?:report|reports|study|review|investigation|analysis|media) (?:says|said|say|shows?|showed|finds|found)',
  '(?:revealed|found|showed|said|claimed) in (?:an?|its) (?:\\w+ )?(?:report|study|analysis)',
  '(?:was|were|is|are) reported to',
  // An official or source not named ("a U.S. official told Reuters").
  // "a Canadian government source said".
  '(?:an?|one|two|three|several) (?:[\\w.]+ ){0,2}(?:officials?|sources?) (?:told|said|say|says)',
  'citing (?:\\w+ )?(?:sources|people|persons|officials)',
  '指控|涉嫌|引述消息人士|消息人士|据报|據報|据悉|據悉|知情人士|被指|指称|指稱|传闻|傳聞',
];

/**
 * Not yet taken: considered, planned, threatened, drafted. Not "will" or "would": the consequences of an action taken
 * are reported with them ("The deal will make the DoD the largest shareholder", "the ban would affect its chips").
 */
export const PROPOSED: readonly string[] = [
  // Not "are considered national security threats" (regarded as), unless "considered for" a list.
  'consider(?:s|ing)?|considered(?<!\\b(?:are|is|be|been) considered)|considered(?= for)',
  'under consideration',
  'evaluat\\w*',
  'loom(?:s|ed|ing)?',
  'plan(?:s|ned|ning)? to',
  // Lower case only: "in May" is a month (see ./compile.ts).
  // "may have tried" is an allegation, not a plan.
  'may(?! have| be (?!facing|going|getting|seeking)\\w+ing\\b)',
  'might(?! have| be (?!facing|going|getting|seeking)\\w+ing\\b)',
  'could(?! have| be (?!facing|going|getting|seeking)\\w+ing\\b)',
  'threaten\\w*',
  'propos(?:e|es|ed|ing|al|als)',
  'contemplat\\w*',
  // "was yesterday set to add": due, not done.
  '(?:is|are|was|were) (?:\\w+ )?set to',
  'possibility',
  'draft (?:rules?|regulations?|bills?|laws?)',
  'weigh(?:s|ing)? (?:whether|adding|imposing|new|options|a|an|the)',
  'mull(?:s|ed|ing)?',
  // Not the company's own request to undo an action: "seeking to be removed from the list".
  'seek(?:s|ing)? to(?! be removed| remove| overturn| reverse| annul| vacate)',
  'poised to',
  '(?:will|would) (?:\\w+ly )?(?:be )?(?:add|impose|place|designate|ban|restrict|blacklist|sanction|list)(?:ed|d)?',
  // A condition on a state action is no action yet: "if the Commerce Department bans sales to China".
  "if (?:[\\w.’'-]+ ){1,5}?(?:(?:ban|impose|add|restrict|sanction|blacklist|designate|list)s?|(?:move|decide)s? to)",
  // A demand, not an action: "lawmakers asked the Pentagon to block export licences for DJI".
  '(?:(?:ask|want|press|push|lobb[yi])\\w*|call\\w* on) (?:[\\w.-]+ ){0,4}?to (?:block|reject|ban|add|impose|restrict|sanction|blacklist|revoke|deny|investigate|list|designate|bar|curb)',
  'expressed support',
  'talks? down',
  'fac(?:e|es|ed|ing) (?:\\w+ ){0,2}(?:risks?|threats?|prospects?)',
  // A fine or a charge faced is not imposed yet: "is facing an antitrust fine of more than 1 billion euros".
  '(?:is|are) facing (?:\\S+ ){0,5}?(?:fines?|penalt(?:y|ies))',
  'intend(?:s|ed)? to',
  'should',
  // Not a forecast of what an action costs: "GM expects up to $5 billion tariff hit".
  'expect(?:s|ed|ing)?(?! (?:\\S+ ){0,5}?(?:hit|impact|charge|cost|loss))|expectations?',
  'urg(?:e|es|ed|ing)',
  // A contract or grant competed for, not won: "chosen it and four other companies to compete for a contract".
  '(?:compet|bid|vie|vying|appl(?:y|ie))\\w* for',
  'not (?:yet )?clear (?:if|whether)',
  // A decision still to take: "is likely to take a decision on whether to start an investigation".
  'whether to',
  '(?:is|are|was|were) (?:\\w+ )?likely to',
  '或将|或將|可能|计划|計劃|考虑|考慮|敦促|预料|預料|拟|擬',
];

/** Hedges weaker than an allegation: "may have misled investors about its potential ties" is alleged. */
export const WEAKLY_PROPOSED: readonly string[] = [
  // Not "potential civil liability", a settlement's legal term, nor a contract's ceiling ("potentially worth $1 billion").
  // Nor a consequence of the action taken: ", potentially denying them access".
  // Nor a capability: "equipment with the potential for electronic spying".
  `(?!(?<=, )potentially \\w+ing\\b|(?<=the )potential (?:for|to)\\b)potential(?:ly)?(?! (?:civil )?liability| worth| valued|${CHARGE})`,
  'possible',
  'likely',
  'if',
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
  // Guidance that leaves an effect out: "does not reflect any impact from the recently announced tariffs".
  '(?:does|do|did) not (?:reflect|include|factor in)(?: any)?(?: (?:impact|effect)s? (?:from|of))?',
  // Chinese: "未直接構成制裁" (does not directly amount to sanctions).
  '未|並未|并未|没有|沒有|不是|不属于|不屬於|并无|並無|无关|無關',
];
