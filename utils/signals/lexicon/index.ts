/** The compiled lexicons: one regular expression per list, built once. */
import type { Topic } from '../types';
import { CHIP_WORDS, DEFENSE_ACTORS, MACRO, PRIVATE_SUIT, PROBE_AUTHORITIES, STATE_ACTORS } from './context';
import type { Cue, CueNeed } from './cue';
import { DENIALS } from './denial';
import { EXPORT_CONTROLS } from './export-controls';
import { MILITARY_TIES } from './military-ties';
import { SANCTIONS } from './sanctions';
import { STATE_PROBE } from './state-probe';
import { STATE_SUPPORT } from './state-support';
import { ALLEGED, NEGATORS, PROPOSED, WEAKLY_PROPOSED } from './status';
import { TRADE_RESTRICTIONS } from './trade-restrictions';

const TOPIC_CUES: Record<Topic, readonly Cue[]> = {
  sanctions: SANCTIONS,
  'export-controls': EXPORT_CONTROLS,
  'military-ties': MILITARY_TIES,
  'trade-restrictions': TRADE_RESTRICTIONS,
  'state-probe': STATE_PROBE,
  'state-support': STATE_SUPPORT,
};

/** `\b(?:a|b)\b` over a list; `(?<![\w-])` so that "non-military" is not "military". */
export function wordsRegex(sources: readonly string[], flags = 'gi'): RegExp {
  return new RegExp(`(?<![\\w-])(?:${sources.join('|')})(?![\\w-])`, flags);
}

export interface CompiledCue {
  topic: Topic;
  need?: CueNeed;
  unless?: CueNeed;
  re: RegExp;
}

const NEEDS = [undefined, 'state', 'defense', 'chips'] as const;

/** One regular expression per (topic, need, case). */
export const TOPIC_REGEXES: readonly CompiledCue[] = Object.entries(TOPIC_CUES).flatMap(([topic, cues]) =>
  [...NEEDS.map((need) => ({ need, unless: undefined })), { need: undefined, unless: 'defense' as const }]
    .flatMap(({ need, unless }) =>
      [false, true].map((exact) => ({
        need,
        unless,
        exact,
        sources: cues
          .filter((c) => c.need === need && c.unless === unless && Boolean(c.exact) === exact)
          .map((c) => c.re),
      })),
    )
    .filter((g) => g.sources.length > 0)
    .map((g) => ({
      topic: topic as Topic,
      ...(g.need ? { need: g.need } : {}),
      ...(g.unless ? { unless: g.unless } : {}),
      re: wordsRegex(g.sources, g.exact ? 'g' : 'gi'),
    })),
);

export const ALLEGED_RE = wordsRegex(ALLEGED);
export const PROPOSED_RE = wordsRegex(PROPOSED);
export const NEGATOR_RE = wordsRegex(NEGATORS);
export const DENIAL_RE = wordsRegex(DENIALS);
export const STATE_RE = wordsRegex(STATE_ACTORS, 'g');
export const DEFENSE_RE = wordsRegex(DEFENSE_ACTORS, 'g');
export const CHIPS_RE = wordsRegex(CHIP_WORDS);
export const PRIVATE_SUIT_RE = wordsRegex(PRIVATE_SUIT);
export const MACRO_RE = wordsRegex(MACRO);
export const PROBE_AUTHORITY_RE = wordsRegex(PROBE_AUTHORITIES);
export const WEAKLY_PROPOSED_RE = wordsRegex(WEAKLY_PROPOSED);
