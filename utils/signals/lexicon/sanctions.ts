/** Cues for `sanctions`: OFAC, EU and UK sanctions, the SDN list, asset freezes. */
import type { Cue } from './cue';

export const SANCTIONS: readonly Cue[] = [
  { re: 'sanction(?:s|ed|ing)?' },
  { re: 'OFAC' },
  // Compound adjectives: "US-sanctioned Rusal", "sanctions-hit Sberbank" (not "non-sanctioned").
  { re: "(?!non-)(?:[\\w.'’]+-){1,2}sanctioned|sanctions?-(?:hit|struck|battered|exposed|busting|linked|listed)" },
  // "U.S.-designated China Concord Petroleum": a sanctioning authority's designation as an adjective.
  { re: '(?:U\\.S\\.|US|EU|UK|OFAC|Treasury)-designated' },
  { re: 'Office of Foreign Assets Control' },
  { re: 'SDN(?: list)?' },
  { re: 'Specially Designated Nationals?(?: list)?' },
  // "froze its assets", "assets were frozen": the EU and UK word for a designation's effect.
  { re: 'asset[- ]freez(?:e|es)' },
  { re: 'fr(?:oze|eez)\\w* (?:\\S+ ){0,4}?assets' },
  // The sanctioning authority designating a company ("The U.S. Treasury designated the Hebei Xinhai refinery", "The
  // Treasury said it was also designating…").
  {
    re: "(?:Treasury|OFAC|OFSI|State Department|Council)(?:['’]s)? (?:\\S+ ){0,4}?designat\\w*",
  },
  // The passive, with the authority or the order after it ("was designated by OFAC", "designated under Executive
  // Order 13846", "was designated a year prior, in 2019, pursuant to E.O. 13382"); not the order behind the investment ban (13959, 14032: trade restrictions).
  {
    re: 'designat\\w*(?:[ ,]+[\\w-]+){0,6}?,? (?:by|under|pursuant to) (?:the )?(?:U\\.?S\\.? |US |UK |British )?(?:Treasury|OFAC|OFSI|Office of Foreign Assets Control|(?:Executive Order|E\\.?O\\.?) (?!13959|14032)1\\d{4})',
  },
  { re: 'OFSI|Office of Financial Sanctions Implementation' },
  // What sanctions do to a bank or an oil major, named with no sanctions word: "prohibited from raising debt or equity
  // in the US", "cut off from SWIFT".
  {
    re: '(?:barred|banned|prohibited|blocked|cut off|shut out) from (?:raising|issuing|selling|accessing) (?:\\S+ ){0,3}?(?:debt|equity|capital|financing|loans?|bonds)',
  },
  { re: '(?:cut off|disconnected|excluded|removed|banned|expelled) from (?:the )?SWIFT' },
  // "assets were frozen", "Rusal's assets in the UK were frozen".
  {
    re: 'assets (?:(?:in|of|held|abroad|overseas)\\b(?: \\S+){0,3}? )?(?:(?:was|were|have been|had been|are|is) )?frozen(?! out)',
  },
  // The sanctioning authority targeting a company ("The Treasury targeted Rusal"), and the EU's numbered packages
  // ("The EU's 14th package lists…").
  {
    re: "(?:Treasury|OFAC|OFSI)(?:['’]s)? (?:\\S+ ){0,3}?target(?:ed|ing)|targeted by (?:the )?(?:U\\.?S\\.? |US )?(?:Treasury|OFAC|OFSI)",
  },
  {
    re: "(?:EU|European Union)(?:['’]s)? (?:\\d+(?:st|nd|rd|th)|(?:\\w+-)?(?:\\w+teenth|twentieth|tenth|ninth|eighth|seventh|sixth|fifth|fourth|third|second|first|eleventh|twelfth)) (?:sanctions )?package",
  },
  // The verb with no authority named ("Swedish Management Co. was also designated along with…", "The department also
  // designated…"), when the sentence goes on to a sanctioned country or sanctions: not "designated as" a threat or "a"
  // project, nor "designated for sale in China" or "to lead the share sale".
  {
    re: 'designat(?:ed|ing)(?<=\\b(?:was|were|been|also|has|have|had|department) designat(?:ed|ing))(?![^.;,]{0,60}?\\bas\\b| an?\\b| under E)(?=[^;]{0,240}?\\b(?:Iran|Russia|North Korea|Venezuela|Syria|Cuba|sanction|terror))',
    unless: 'defense',
  },
  // What a sanctioning authority does, named by its effect: "restricted by measures taken by the US Treasury".
  {
    re: 'measures (?:taken|imposed) by (?:the )?(?:U\\.?S\\.? )?(?:Treasury|OFAC)',
  },
  // A company's breach of sanctions on a country is about the company ("settle probes of violations of US sanctions on
  // Iran"): longer than the macro phrase inside it.
  { re: '(?:violat|breach)\\w* (?:of )?(?:\\S+ ){0,3}?sanctions(?: (?:on|against) \\S+)?' },
  { re: 'blocked (?:persons?|property)' },
  { re: 'Magnitsky' },
  // "Trump Administration Blacklists Rosneft and Lukoil": with no defence buyer near, a blacklist is a designation.
  { re: 'blacklist\\w*', unless: 'defense' },
  { re: '制裁|资产冻结|資產凍結|冻结\\S{0,4}资产|凍結\\S{0,4}資產' },
];
