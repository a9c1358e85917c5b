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
  // "Trump Administration Blacklists Rosneft and Lukoil": with no defence buyer near, a blacklist is a designation.
  { re: 'blacklist(?:s|ed|ing)?', unless: 'defense' },
  { re: '制裁|资产冻结|資產凍結|冻结\\S{0,4}资产|凍結\\S{0,4}資產' },
];
