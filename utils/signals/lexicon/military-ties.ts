/**
 * Cues for `military-ties`: military or intelligence links, the Pentagon's 1260H "Chinese military company" list,
 * defence end use, espionage, surveillance.
 */
import type { Cue } from './cue';

export const MILITARY_TIES: readonly Cue[] = [
  { re: 'militar(?:y|ies)' },
  // "not engaged in any military-related activities": the plain word's boundary stops at the hyphen.
  { re: 'military-(?:relat|link|back)ed' },
  { re: "People['’]s Liberation Army" },
  { re: 'PLA', exact: true },
  { re: 'armed forces' },
  // Supplying a nation's forces ("components … used by Russian forces"); not "after Russian forces invaded", nor
  // "market forces".
  {
    re: '(?:used|supplied|provided|sold|delivered|shipped) (?:\\S+ ){0,3}?(?:by|to|for) (?:the )?(?:Russian|Chinese|Iranian|North Korean) (?:armed )?forces',
  },
  // A foreign state's arms industry: "a supplier for … Russia’s military-industrial complex", "placed on the Entity List
  // for operating in the Russian arms sector" (not a US contractor's defence work, state support, nor Europe's
  // "military-industrial sector" in an analyst's note).
  {
    re: "(?:Russian?|Chin(?:a|ese)|Iran(?:ian)?|North Korean?|PRC)(?:['’]s)? (?:arms|weapons|defen[cs]e|military)(?:[- ]industrial)? (?:sector|industry|base|complex|program\\w*)",
  },
  // "offers products only for civilian and commercial use": the denial names the tie it denies (./denial.ts).
  {
    re: '(?:only|solely|purely) for civilian(?: and commercial)? (?:use|purposes)|for civilian use only',
  },
  { re: '1260H' },
  { re: 'Chinese military compan(?:y|ies)' },
  { re: 'military[- ]civil fusion' },
  // The 1260H list is "the Pentagon's list" or "the Pentagon blacklist" in most copy.
  { re: "(?:Pentagon|DoD|Defense Department)(?:['’]s)? (?:\\w+ ){0,3}(?:list|blacklist|roster|watchlist)" },
  // A bare "blacklist" is the Pentagon's next to the Pentagon, else the Treasury's (sanctions.ts).
  { re: 'blacklist\\w*', need: 'defense' },
  { re: 'list|roster|watchlist|designations?|inclusion', need: 'defense' },
  { re: 'defen[cs]e (?:ministry|end[- ]use(?:rs?)?)' },
  { re: 'dual[- ]use' },
  { re: 'espionage' },
  { re: '[Ss]py(?:ing)?|[Ss]pies', exact: true },
  { re: 'surveillance' },
  { re: 'intelligence (?:services?|agenc(?:y|ies)|officials?|links?|ties|community|apparatus)' },
  // Said of a company's data or equipment, it means access by a foreign state's intelligence.
  // Not the reason a government gives for its own action: "proposed adding DJI to the list, citing national security
  // concerns" is the ban's ground, no tie of the company's.
  { re: '(?<!citing )national[- ]security (?:threats?|risks?|concerns?)' },
  // Chinese copy (stheadline, cnyes): the army, the military, military industry, "included in the list" (of 1260H).
  { re: '军方|軍方|军事|軍事|军工|軍工|解放军|解放軍|军民融合|軍民融合' },
  // Not the Entity List (实体清单), an export control.
  { re: '列入(?:(?!实体|實體)\\S){0,16}?(?:名单|名單|清单|清單)' },
  { re: '新增(?:名单|名單|清单|清單)|(?:名单|名單|清单|清單)包括' },
  // Taken off the list ("获剔除", "被移出清單"): still about the company's listed military ties.
  { re: '剔除|移出|除名', need: 'defense' },
];
