/** The shape of a topic cue in the lexicon files of this folder. */

/**
 * What else the sentence must contain for a cue to count: `state`, a government actor (a probe or a contract by
 * anyone else is not a state action); `defense`, a defence buyer or the Pentagon; `chips`, chips or
 * chipmaking (where "restrictions" means export controls).
 */
export type CueNeed = 'state' | 'defense' | 'chips';

export interface Cue {
  /** A regular expression source, matched case-insensitively between word boundaries; list the inflections. */
  re: string;
  need?: CueNeed;
  /** Counts only without this in the sentence (or the one before, for `defense`). */
  unless?: CueNeed;
  /** Matched case-sensitively ("spy" the verb, not SPY the ETF). */
  exact?: boolean;
}
