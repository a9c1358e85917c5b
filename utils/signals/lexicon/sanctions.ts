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
  { re: 'fr(?:oze|eez)\\w* (?:\\S+ ){0,4}?assets' },
  // The sanctioning authority designating a company ("The U.S. Treasury designated the Hebei Xinhai refinery").
  {
    re: "(?:Treasury|OFAC|State Department|Council)(?:['’]s)? (?:\\S+ ){0,3}?designat\\w*",
  },
  { re: 'assets (?:were |have been |had been |are )?frozen' },
  { re: 'blocked (?:persons?|property)' },
  { re: 'Magnitsky' },
  // "Trump Administration Blacklists Rosneft and Lukoil": with no defence buyer near, a blacklist is a designation.
  { re: 'blacklist\\w*', unless: 'defense' },
  { re: '制裁|资产冻结|資產凍結|冻结\\S{0,4}资产|凍結\\S{0,4}資產' },
];
