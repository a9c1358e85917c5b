/**
 * Word knowledge for the dictionary builder (background and CLI only; the content script never imports it):
 * which symbols and one-word names are also English words or well-known places.
 */
import { COMMON_WORDS_CODED, PROPER_WORDS_CODED } from './common-words';
import { AMBIGUOUS_PROPER_NOUNS } from './vocabulary';

let words: Set<string> | undefined;

/** Decodes a front-coded list (see scripts/gen-common-words.ts). */
export function frontDecode(coded: string): Set<string> {
  const out = new Set<string>();
  let prev = '';
  for (const item of coded.split(' ')) {
    const word = prev.slice(0, Number.parseInt(item[0] ?? '0', 36)) + item.slice(1);
    out.add(word);
    prev = word;
  }
  return out;
}
let places: Set<string> | undefined;
let proper: Set<string> | undefined;

/** True for the 3,000 most frequent capitalised words: given names, places, nationalities ("American"). */
export function isProperWord(word: string): boolean {
  proper ??= frontDecode(PROPER_WORDS_CODED);
  return proper.has(word.toLowerCase());
}

/** True for common English words (see ./common-words.ts), plurals included ("minerals"). */
export function isCommonWord(word: string): boolean {
  words ??= frontDecode(COMMON_WORDS_CODED);
  const w = word.toLowerCase();
  if (words.has(w)) return true;
  if (w.length > 3 && w.endsWith('s') && words.has(w.slice(0, -1))) return true;
  return w.length > 4 && w.endsWith('ies') && words.has(`${w.slice(0, -3)}y`);
}

/** Country and region names in English, from the runtime's own CLDR data (no list shipped). */
function placeNames(): Set<string> {
  if (places) return places;
  places = new Set<string>();
  try {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const name = names.of(code);
        if (name && name !== code) places.add(name.toLowerCase());
      }
    }
  } catch {
    // Runtimes without Intl.DisplayNames: no places, the proper-noun list still applies.
  }
  return places;
}

/** A one-word name a reader could mean as something else: a word, a place or a famous proper noun. */
export function isAmbiguousName(name: string): boolean {
  if (/\s/.test(name.trim())) return false;
  const lower = name.toLowerCase();
  return isCommonWord(lower) || AMBIGUOUS_PROPER_NOUNS.has(lower) || placeNames().has(lower);
}

/**
 * Cities, provinces and states that finance news uses as adjectives ("Shenzhen-listed", "Tokyo-based", "Texas
 * plant") and that companies carry in their names ("Shenzhen International", "Tokyo Electron", "Texas Instruments"):
 * shortened to the place alone, such a name would mark every "Shenzhen-listed". The runtime's CLDR data has
 * countries and regions only, so these are listed here.
 */
const CITY_AND_STATE_NAMES: ReadonlySet<string> = new Set(
  (
    'shenzhen|shanghai|beijing|guangzhou|tianjin|chongqing|hangzhou|nanjing|wuhan|chengdu|xiamen|qingdao|' +
    'dalian|suzhou|shenyang|harbin|xian|ningbo|wuxi|changsha|zhengzhou|hefei|jinan|kunming|fuzhou|guangdong|' +
    'zhejiang|jiangsu|shandong|sichuan|anhui|fujian|henan|hubei|hunan|yunnan|xinjiang|jiangxi|hebei|shanxi|' +
    'shaanxi|liaoning|jilin|heilongjiang|guangxi|hainan|guizhou|gansu|qinghai|ningxia|tibet|hong kong|taipei|' +
    'kaohsiung|taichung|tokyo|osaka|nagoya|kyoto|yokohama|kobe|fukuoka|sapporo|hiroshima|seoul|busan|incheon|' +
    'mumbai|delhi|bangalore|bengaluru|chennai|kolkata|hyderabad|pune|ahmedabad|karachi|lahore|dubai|abu dhabi|' +
    'riyadh|jeddah|doha|kuwait city|moscow|st petersburg|istanbul|ankara|london|paris|frankfurt|berlin|munich|' +
    'hamburg|zurich|geneva|basel|milan|turin|rome|madrid|barcelona|amsterdam|rotterdam|brussels|stockholm|' +
    'oslo|copenhagen|helsinki|vienna|warsaw|prague|budapest|dublin|edinburgh|manchester|sydney|melbourne|' +
    'brisbane|perth|toronto|montreal|vancouver|calgary|new york|chicago|boston|houston|dallas|atlanta|seattle|' +
    'detroit|denver|phoenix|miami|philadelphia|pittsburgh|san francisco|los angeles|san diego|silicon valley|' +
    'wall street|jakarta|bangkok|manila|hanoi|ho chi minh city|kuala lumpur|sao paulo|rio de janeiro|' +
    'mexico city|buenos aires|santiago|lima|bogota|johannesburg|cape town|cairo|lagos|nairobi|tel aviv|' +
    'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|' +
    'illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|' +
    'mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|north carolina|' +
    'north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|' +
    'utah|vermont|virginia|washington|west virginia|wisconsin|wyoming'
  ).split('|'),
);

/** A place name ("China", "Jordan", "Shenzhen", "Texas"): never a company name on its own. */
export function isPlaceName(name: string): boolean {
  const lower = name.toLowerCase();
  return placeNames().has(lower) || CITY_AND_STATE_NAMES.has(lower);
}
