/**
 * Abbreviations after which `Intl.Segmenter` (ICU's sentence rules) breaks a sentence that goes on: ICU breaks after
 * "word. Capital", so "the U.S. Commerce Department", "Apple Inc. Chief Executive" and "Mr. Smith" come out as two
 * sentences. Compared case-sensitively, with the trailing dot.
 */

/** Never the end of a sentence in news copy: a title or a word that needs what follows. */
export const ALWAYS_JOINED = new Set([
  'Mr.',
  'Mrs.',
  'Ms.',
  'Dr.',
  'Prof.',
  'Sen.',
  'Rep.',
  'Gov.',
  'Gen.',
  'Lt.',
  'Col.',
  'Capt.',
  'Sgt.',
  'Adm.',
  'Rev.',
  'St.',
  'Hon.',
  'vs.',
  'v.',
  'approx.',
  'Fig.',
  'Dept.',
  'Ave.',
]);

/**
 * Usually inside a sentence but able to end one ("sold in the U.S. The company said…", "shares of BYD Co. The
 * stock…"): joined unless the next word is one that starts sentences (see {@link SENTENCE_STARTERS}).
 */
export const USUALLY_JOINED = new Set([
  'Inc.',
  'Corp.',
  'Co.',
  'Cos.',
  'Ltd.',
  'Plc.',
  'PLC.',
  'LLC.',
  'Bros.',
  'Intl.',
  'Jr.',
  'Sr.',
  // Months: "Jan. 5" is not broken by ICU, but "on Jan. Reuters reported…" would be.
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'Aug.',
  'Sep.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
]);

/** "No." is a number sign only before a number ("No. 1 chipmaker"); `He said: "No."` ends a sentence. */
export const BEFORE_NUMBER = new Set(['No.', 'Nos.', 'no.']);

/**
 * Words that start a new sentence after an abbreviation that may end one. Capitalised content words ("Commerce",
 * "Chief") are more often the rest of a name or title.
 */
export const SENTENCE_STARTERS = new Set(
  (
    'The A An It Its He She They We I You This That These Those There Their His Her Our In On At By For From With ' +
    'But And Or So Yet Then Also However Meanwhile Still Shares Analysts Investors After Before While When As If ' +
    'Since Although Though Last Earlier Later Now Today Yesterday'
  ).split(' '),
);
