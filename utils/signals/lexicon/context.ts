/**
 * What a sentence must (or must not) be about for a cue to count: a government, a defence buyer, chips; macro talk and
 * private lawsuits.
 */

/**
 * Competition and enforcement authorities: with no probe word in the sentence, naming one beside a company is the
 * probe ("Korea's Fair Trade Commission has fined…" has one; "…, Korea's Fair Trade Commission has said" has not).
 */
export const PROBE_AUTHORITIES: readonly string[] = [
  '(?:Japan |Korea |Taiwan )?Fair Trade Commission',
  'JFTC',
  'KFTC',
  'Competition (?:Commission|Bureau|Authority|and Markets Authority)',
  'Bundeskartellamt',
  '(?:competition|antitrust) (?:watchdog|regulator|authority|enforcer)s?',
  'Enforcement Directorate',
];

/**
 * Government actors: generic cues (an investigation, a contract, a stake) count only with one in the sentence.
 * Matched case-sensitively, so that "SEC" and "EU" are not words; lower-case "state" and "federal" are a guess.
 */
export const STATE_ACTORS: readonly string[] = [
  '[Gg]overnment',
  '[Aa]dministration',
  'Pentagon',
  'Department of (?:Defense|War|Commerce|Justice|Energy|the Treasury|State)',
  '(?:Defense|Commerce|Justice|State|Treasury|War|Energy) Department',
  // Regulators and agencies by abbreviation or nickname: China's cyberspace regulator, the DOE's loan office.
  'CAC',
  'watchdog',
  'DOE',
  'LPO',
  'Treasury',
  'D[oO]D',
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
  '[Ff]ederal',
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
  'agenc(?:y|ies)',
  // "…, the department said": a government's ("the sales department" has a word between).
  '[Tt]he [Dd]epartment',
  'FDA',
  // Regulators outside the US (and the competition authorities above): India's CCI, Britain's CMA, China's commerce
  // ministry, US customs and the export bureau.
  ...PROBE_AUTHORITIES,
  'CCI',
  'CMA',
  'MOFCOM',
  'BIS',
  'CBP',
  'Customs',
  // A country as the one acting: "The United States has imposed a $300 million penalty", "Britain fined".
  '(?:United States|U\\.S\\.|US|Britain|UK|China|Japan|India|Korea|Canada|Taiwan)(?: government)? (?:has |have |had |on \\w+ )?(?:imposed|fined|sanctioned|banned|blocked|launched|opened|ordered|summoned|raided|awarded)',
  '五角大楼|五角大廈|国防部|國防部|政府|当局|當局',
  // Chinese regulators and ministries: 监管 (regulator), 商务部 (Commerce), 财政部 (Treasury), 欧盟 (the EU), 白宫.
  '监管|監管|商务部|商務部|财政部|財政部|国务院|國務院|欧盟|歐盟|白宫|白宮|国会|國會|议员|議員|法院',
];

/** A defence buyer: what makes a deal or an offtake a state-support signal. */
export const DEFENSE_ACTORS: readonly string[] = [
  'Pentagon',
  'Department of (?:Defense|War)',
  '(?:Defense|War) Department',
  'D[oO]D',
  'military',
  'Army',
  'Navy',
  'Naval',
  'Air Force',
  'NATO',
  '[Mm]inistry of [Dd]efen[cs]e',
  '[Dd]efen[cs]e [Mm]inistry',
  '1260H',
  'Bundeswehr',
  '五角大楼|五角大廈|国防部|國防部|军方|軍方|军事|軍事',
];

/** Chips and chipmaking: where "restrictions" and "rules" mean export controls. */
export const CHIP_WORDS: readonly string[] = [
  'chips?',
  'semiconductors?',
  'chipmak\\w+',
  'GPUs?',
  'H200?',
  'processors?',
  '芯片|晶片|半导体|半導體',
];

/** Macro talk that contains a cue word but names no link to a company. */
export const MACRO: readonly string[] = [
  '(?:military|defen[cs]e) (?:spending|budgets?|stocks|sectors?)',
  'military systems',
  '(?:video )?surveillance (?:company|maker|firm|equipment|gear|cameras?|products?)',
  // A price move's reason in general terms: "automaker stocks rallied on the tariff news".
  '(?:tariff|trade|sanctions?) (?:news|fears?|worries|concerns?|hopes?|optimism|uncertainty|relief|jitters|headlines|interruptions)',
  'geopolitical (?:risks?|tensions?)',
  // The same fears named the other way round: "fell on fears of new export curbs", "weighed the risk of new tariffs",
  // "amid worries about tariffs on China" (not a measure it names a company as the target of).
  '(?:fears?|worries|concerns?|risks?|threat|prospect) (?:of|about|over) (?:\\w+ )?(?:tariffs|sanctions|export (?:curbs|controls)|curbs|restrictions)(?! (?:on|against) (?!China|Mexico|Canada|Europe|imports)\\w)',
  // Sanctions on a country, or on a class the company deals with, say nothing of the company: "the sanctions on Russia
  // would weigh on its revenue", "even as Washington weighed sanctions on Chinese banks", "stop selling to sanctioned Russian companies", "positions in sanctioned bonds".
  // Not when the company is the one hit by them ("was hit by Western sanctions on Russia", "Sanctions On Russia,
  // Targeting Oil Giants Rosneft & Lukoil").
  "(?<!\\b(?:hit|struck|affected|targeted|subject(?:ed)?|exposed|caught|named|included|placed) (?:by|to|in|under|with) (?:\\S+ ){0,2})sanctions? (?:\\w+ ){0,2}?(?:on|against|targeting) (?:Russia|Moscow|Iran|Tehran|North Korea|Pyongyang|Venezuela|Syria|Cuba|Belarus|Myanmar|(?:\\w+ )?(?:banks|companies|firms|lenders|refiners))(?![\\w'’-]|,? (?:targeting|including|hitting|naming))",
  '(?<=\\b(?:to|with|in|from|for) )(?:\\S+ )?sanctioned (?:[\\w-]+ ){0,2}?(?:companies|firms|entities|individuals|people|persons|oligarchs|banks|lenders|bonds|securities|vessels|tankers|countries|parties|jurisdictions)(?!,? (?:including|such as|like)\\b)',
  // A government sanctioning a class of firms: "after Western governments sanctioned Russian energy firms".
  'sanctioned(?<=\\b(?:governments?|Washington|Brussels|Treasury|OFAC|US|U\\.S\\.|EU|UK) sanctioned) (?:\\w+ ){0,2}(?:companies|firms|banks|lenders|entities|refiners|producers)(?!,? (?:including|such as|like)\\b)',
  // Sanctions as the cause of a company's own choice: "halting all operations in Russia … due to complications caused
  // by the sanctions" (not sanctions it names a target of).
  '(?:due to|because of|caused by) (?:\\S+ ){0,4}?sanctions(?! (?:imposed )?(?:on|against)\\b)',
  // A company complying with sanctions is not their target ("halted imports, complying with international
  // sanctions"); not "with all" (its own denial, see ./denial.ts) nor sanctions it names a target of.
  '(?:compl(?:y|ies|ied|ying|iance)|adher\\w*|abid\\w*) (?:with|to|by) (?!all\\b)(?:[\\w.-]+ ){0,3}?sanctions(?! (?:on|against|targeting|imposed|that|which))',
  // Tariffs as the weather of a price move: "With the on-again, off-again tariffs, Apple stock has fluctuated".
  // Only as a sentence's or a clause's opening: "was sanctioned and hit with tariffs" is a tariff on the company.
  '(?<=^|[,;] )(?:with|amid|despite) (?:the )?(?:[\\w,-]+ ){0,3}?tariffs(?! (?:on|against|targeting|aimed|for))',
  // Tariffs on a sector, not on a company in it: "the Trump tariff impact on e-commerce, where Amazon is dominant".
  'tariffs? (?:\\w+ )?(?:impact|effect|hit|toll)s? on (?:e-commerce|retail|consumers|demand|prices|the economy|[\\w-]+ (?:sector|industry|stocks))',
  // A crackdown on a whole class of companies: "escalates its crackdown on Chinese companies".
  'crackdown on (?:\\w+ )?(?:companies|firms|businesses)',
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
