/**
 * Where the next/previous-company command goes (issue 16). Pure, so the rule is unit-tested
 * (test/unit/dom/mention-step.test.ts): a reader stepping with the keyboard wants the next *company*, not the next
 * repeat of the one they just read ("Nvidia … Nvidia … Nvidia … Apple": one step from the first Nvidia lands on Apple).
 *
 * The page's mentions, in reading order, fall into runs of the same company. "Next" goes to the first mention after
 * the current one whose company differs; "previous" goes back to the start of the run before the current one, so that
 * next and previous undo each other. Both wrap around the page, skipping the current company across the wrap too; the
 * run "previous" lands on never starts above the top of the page.
 */

export type StepDirection = 'next' | 'previous';

/**
 * The index to move to, given the company of each mention in reading order and the current index (`-1`: none, then
 * `-1` is returned and the caller picks a starting point). When the page names one company only, the step goes to the
 * neighbouring mention of it, so the key still moves.
 */
export function stepMention(companies: readonly string[], at: number, direction: StepDirection): number {
  const n = companies.length;
  if (n === 0 || at < 0 || at >= n) return -1;
  const here = companies[at];
  const forward = direction === 'next';
  let other = -1;
  for (let k = 1; k < n; k++) {
    const i = (at + (forward ? k : n - k)) % n;
    if (companies[i] !== here) {
      other = i;
      break;
    }
  }
  if (other < 0) return (at + (forward ? 1 : n - 1)) % n;
  if (forward) return other;
  // Back to the start of that run, without crossing the top of the page.
  let start = other;
  while (start > 0 && companies[start - 1] === companies[other]) start--;
  return start;
}
