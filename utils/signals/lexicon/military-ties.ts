/**
 * Cues for `military-ties`: military or intelligence links, the Pentagon's 1260H "Chinese military company" list,
 * defence end use, espionage, surveillance.
 */
import type { Cue } from './cue';

export const MILITARY_TIES: readonly Cue[] = [
  { re: 'military' },
  { re: 'militaries' },
  { re: "People['’]s Liberation Army" },
  { re: 'PLA' },
  { re: 'armed forces' },
  { re: '1260H' },
  { re: 'Chinese military compan(?:y|ies)' },
  { re: 'military[- ]civil fusion' },
  // The 1260H list is "the Pentagon's list" or "the Pentagon blacklist" in most copy.
  { re: "(?:Pentagon|DoD|Defense Department)(?:['’]s)? (?:\\w+ )?(?:list|blacklist)" },
  { re: 'blacklist(?:s|ed|ing)?', need: 'defense' },
  { re: 'defen[cs]e (?:ministry|end[- ]use(?:rs?)?)' },
  { re: 'dual[- ]use' },
  { re: 'espionage' },
  { re: 'spy(?:ing)?' },
  { re: 'spies' },
  { re: 'surveillance' },
  { re: 'intelligence (?:services?|agenc(?:y|ies)|officials?|links?|ties|community|apparatus)' },
  // Said of a company's data or equipment, it means access by a foreign state's intelligence.
  { re: 'national[- ]security (?:threats?|risks?|concerns?)' },
];
