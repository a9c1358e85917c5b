/** The shape of a topic cue in the lexicon files of this folder. */

/**
 * What else the sentence must contain for a cue to count: `state`, a government actor (a probe or a contract by
 * anyone else is not a state action); `defense`, a defence buyer or the Pentagon.
 */
export type CueNeed = 'state' | 'defense';

export interface Cue {
  /** A regular expression source, matched case-insensitively between word boundaries; list the inflections. */
  re: string;
  need?: CueNeed;
}
