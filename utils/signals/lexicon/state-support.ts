/**
 * Cues for `state-support`, the tailwind: defence orders, government contracts, state equity stakes, subsidies,
 * price floors, grants.
 */
import type { Cue } from './cue';

const WEAPONS = '(?:missiles?|warships?|destroyers|frigates?|submarines?|munitions|ammunition|artillery|fighter jets?)';

export const STATE_SUPPORT: readonly Cue[] = [
  { re: 'subsid(?:y|i[esz])\\w*' },
  { re: 'grants', need: 'state' },
  // The noun, not the verb ("to grant an individual rate"): "finalized a grant of $6.1 billion", "federal grant".
  {
    re: 'grant(?! \\w+ (?:an?|the) )(?<=(?:\\b(?:an?|the|its|federal|state|government|CHIPS)|\\$[\\d.]+ \\w+) (?:[\\w$.-]+ ){0,2}grant)',
    need: 'state',
  },
  // Grants a company receives are public money: "received grants under the act".
  { re: '(?:receiv|won)\\w* (?:\\S+ ){0,3}?grants?' },
  { re: 'CHIPS (?:and Science )?Act' },
  { re: 'price floor' },
  { re: 'state aid' },
  { re: 'bailout' },
  { re: 'tax credits?', need: 'state' },
  { re: 'government (?:contracts?|orders?|funding|support|backing|stake|loans?|investment)' },
  // Not "defense spending": a budget is macro talk unless a contract names the company.
  { re: 'defen[cs]e (?:contracts?|orders?|deals?|procurement)' },
  { re: 'military (?:contracts?|orders?|procurement)' },
  {
    re: "(?:Pentagon|DoD|Defense Department)(?:['’]s)? (?:\\w+ )?(?:contracts?|deals?|orders?|funding|investment|backing|support|stake)",
  },
  // A state's own military as the buyer: the contract swallows "military", which is then no tie to a foreign army.
  // (Before the bare word: the first alternative that matches wins.)
  { re: 'contracts? (?:\\S+ ){0,12}?the military', need: 'state' },
  { re: 'contract(?:s|ed)?', need: 'state' },
  { re: 'contracts?', need: 'defense' },
  // An order won from a military ("won an order from the Navy"); not orders as demand ("strong missile orders").
  { re: '(?:won|wins|winning|secured|landed|clinched|received|booked) (?:\\S+ ){0,5}?orders?', need: 'defense' },
  // A contract or an order for weapons has a military buyer: "a contract modification … guided missile cruisers",
  // "a €8 billion ammunition order"; not demand talk ("strong missile orders", with no article).
  { re: `(?:contract|order)s? (?:\\S+ ){0,10}?${WEAPONS}` },
  {
    re: `${WEAPONS}[\\w-]* (?:contract|order)s?(?<=(?:\\b(?:an?|the|its)|[$€£][\\d.]+ \\w+) (?:[\\w-]+ ){1,3}(?:contract|order)s?)`,
  },
  { re: 'awarded|awards?', need: 'state' },
  // A government as shareholder: the DoD's MP Materials deal was preferred stock; Intel's was a 10% stake.
  // Not a company's own holding ("Nayara, in which Rosneft holds a 49% stake").
  { re: '(?<!\\b(?:holds?|owns?|held|owned) (?:an? )?(?:\\S+ )?)(?:equity )?stakes?', need: 'state' },
  { re: 'preferred (?:stock|shares)', need: 'state' },
  { re: '(?:buy|acquir|purchas)\\w* (?:\\S+ ){0,5}?(?:shares|stock)', need: 'state' },
  { re: 'largest shareholder', need: 'state' },
  { re: 'loans?', need: 'state' },
  { re: 'funding', need: 'state' },
  { re: 'offtake', need: 'defense' },
  { re: '(?:deal|partnership|agreement)s?', need: 'defense' },
  { re: 'investment(?! blacklists?\\b)', need: 'defense' },
  // Chinese: subsidies, state funds, government contracts; a state stake (入股, 注资) needs a state.
  { re: '补贴|補貼|国家基金|國家基金|大基金|政府合同|政府合約|政府订单|政府訂單' },
  { re: '入股|注资|注資|国有股|國有股', need: 'state' },
];
