/**
 * People named like companies: "U.S. District Judge Paul Friedman" is not Friedman Industries, nor "Senator Ford"
 * the carmaker. A one-word name right after a title, or after a title and a given name, is a person's surname; the
 * page then means the person by that surname ("Friedman noted…") unless it names the company strongly.
 */
import { CHAR_FLAGS, DIGIT, SPACE, UPPER, WORD } from './chars';
import { PERSON_TITLES } from './vocabulary';

/**
 * Titles written before a person's name in news copy (lower-cased, without a final dot): the first-name rule's
 * `PERSON_TITLES` and the titles of officials and courts that come before a full name.
 */
const TITLES: ReadonlySet<string> = new Set([
  ...[...PERSON_TITLES].map((t) => t.toLowerCase()),
  ...(
    'judge justice sen rep representative congressman congresswoman lawmaker prof professor governor gov mayor ' +
    'chancellor ambassador general gen commissioner ceo cfo attorney lawyer premier sir lord lady'
  ).split(' '),
]);

/** The word that ends at `end` (a final dot kept out), or '' when punctuation other than a dot is in the way. */
function previousWord(text: string, end: number): { word: string; start: number } {
  let e = end;
  while (e > 0 && CHAR_FLAGS[text.charCodeAt(e - 1)]! & SPACE) e--;
  if (e === end) return { word: '', start: end };
  if (text.charCodeAt(e - 1) === 0x2e) e--;
  let s = e;
  while (s > 0 && CHAR_FLAGS[text.charCodeAt(s - 1)]! & WORD) s--;
  return { word: text.slice(s, e), start: s };
}

/** A capitalised word in lower case after its capital: a given name ("Paul"), not an acronym or a ticker. */
function givenName(word: string): boolean {
  if (word.length < 2 || !(CHAR_FLAGS[word.charCodeAt(0)]! & UPPER)) return false;
  for (let i = 1; i < word.length; i++)
    if ((CHAR_FLAGS[word.charCodeAt(i)]! & (WORD | UPPER | DIGIT)) !== WORD) return false;
  return true;
}

/** `text[start…]` is a surname: a title before it ("Judge Friedman"), or a title and a given name ("Judge Paul …"). */
export function personBefore(text: string, start: number): boolean {
  const first = previousWord(text, start);
  if (!first.word) return false;
  if (TITLES.has(first.word.toLowerCase())) return true;
  if (!givenName(first.word)) return false;
  const title = previousWord(text, first.start).word;
  return title !== '' && TITLES.has(title.toLowerCase());
}
