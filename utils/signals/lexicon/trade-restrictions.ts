/**
 * Cues for `trade-restrictions`: tariffs, import bans, investment and securities bans, forced-labour import bans,
 * delisting threats (HFCAA), product bans.
 */
import type { Cue } from './cue';

export const TRADE_RESTRICTIONS: readonly Cue[] = [
  { re: 'tariff(?:s|ed|-\\w+)?' },
  { re: '(?:import|customs) dut(?:y|ies)' },
  { re: 'anti-?dumping' },
  { re: 'countervailing' },
  { re: 'import (?:bans?|curbs?|restrictions?|quotas?)' },
  { re: '(?:ban|bans|banned|banning) (?:on )?(?:\\w+ )?imports?' },
  { re: 'embargo(?:es|ed)?' },
  // The duty-free threshold for small parcels (Shein, Temu) and its end.
  { re: 'de minimis' },
  // Longer than a "crackdown" (state-probe): "Cracking Down on Small Package Imports".
  { re: 'crack\\w* ?down on (?:\\S+ ){0,3}?imports?' },
  { re: 'trade polic(?:y|ies)' },
  { re: 'trade (?:war|restrictions?|curbs?|barriers?|measures?)' },
  { re: 'investment (?:bans?|restrictions?)' },
  // "removed … from its investment blacklist": the investment word only, so that the Pentagon's blacklist stays a
  // military tie (military-ties.ts) and the investment is no state support (state-support.ts).
  { re: 'investment(?= blacklists?\\b)' },
  // A market closed to the company: "the FCC's barring … of China Mobile from operating in the United States".
  {
    re: '(?:bar(?:s|red|ring)?|ban(?:s|ned|ning)?|block\\w*|prohibit\\w*) (?:\\S+ ){0,6}?from operating in (?:the )?(?:U\\.S\\.|US|United States|America)',
  },
  { re: 'outbound investment' },
  { re: 'securities ban' },
  // An investment ban by its effect: "investors were not allowed to purchase securities of companies…".
  {
    re: '(?:(?:not|no longer) allowed|barred|banned|prohibited|restricted) (?:\\S+ ){0,2}?(?:from |to )?(?:purchas|buy|invest|hold|own)\\w* (?:\\S+ ){0,2}?(?:securities|shares|stocks?|in)',
  },
  // A ban in or by a country: "the specter of a looming ban in the U.S.".
  { re: 'bann?(?:ed|s)? in (?:the )?(?:U\\.S\\.|US|EU)' },
  // The Treasury's investment-ban list; longer than "military", so it wins over military-ties.
  { re: 'NS-CMIC(?: list)?' },
  { re: 'Non-SDN Chinese Military-Industrial Complex(?: Companies)?(?: list)?' },
  { re: 'Chinese Military-Industrial Complex' },
  { re: 'Executive Order 1(?:3959|4032)' },
  { re: 'forced[- ]labou?r' },
  { re: 'UFLPA' },
  { re: 'Withhold Release Orders?' },
  { re: 'de-?list(?:s|ed|ing)?' },
  { re: 'HFCAA' },
  { re: 'Holding Foreign Companies Accountable Act' },
  // Product bans (TikTok, Huawei gear) are a government's; "banned" alone is too common otherwise.
  { re: 'ban(?:s|ned|ning)?', need: 'state' },
  // Trump's threatened "hefty fee" on Toyota's Mexican cars; not the fees a company charges ("the fees it charges game developers", "app store fees").
  {
    re: "(?:fees?(?! (?:[\\w’'.-]+ ){1,2}(?:charges?|collects?))(?<!(?:app|store|licen[cs]ing|transaction|service)s? fees?)|levy|levies|duties)",
    need: 'state',
  },
  // "banning the sale or importation of surveillance gear by Hikvision": longer than an export ban on its sales.
  {
    re: '(?:ban(?:s|ned|ning)?|prohibit\\w*|block\\w*|bar(?:s|red|ring)?) (?:\\S+ ){0,4}?(?:imports?|importation|importing)',
  },
  // The FCC's list of banned telecom gear is a product ban, not a sanctions list.
  { re: "(?:FCC|Federal Communications? Commission)(?:['’]s)?\\)?,? (?:\\S+ ){0,4}?(?:covered list|blacklist|list)" },
  { re: 'covered list' },
  { re: '关税|關稅|进口禁令|進口禁令|禁止进口|禁止進口|反倾销|反傾銷|退市|摘牌' },
  { re: 'targeted by (?:President )?(?:Trump|Biden|Washington|Beijing|the administration)' },
];
