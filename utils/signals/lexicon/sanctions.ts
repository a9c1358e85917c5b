/** Cues for `sanctions`: OFAC, EU and UK sanctions, the SDN list, asset freezes. */
import type { Cue } from './cue';

export const SANCTIONS: readonly Cue[] = [
  { re: 'sanction(?:s|ed|ing)?' },
  { re: 'OFAC' },
  { re: 'Office of Foreign Assets Control' },
  { re: 'SDN(?: list)?' },
  { re: 'Specially Designated Nationals?(?: list)?' },
  // "froze its assets", "assets were frozen": the EU and UK word for a designation's effect.
  { re: 'asset[- ]freez(?:e|es)' },
  { re: 'fr(?:oze|ozen|eeze|eezes|eezing) (?:\\w+ ){0,2}assets' },
  { re: 'assets (?:were |have been |had been |are )?frozen' },
  { re: 'blocked (?:persons?|property)' },
  { re: 'Magnitsky' },
  { re: '制裁' },
];
