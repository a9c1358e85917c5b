/**
 * Keyboard access without flooding the tab order: the first mark of each company becomes a tab stop, later ones
 * stay reachable by pointer only. Marks inside links or buttons are never tab stops (no nested interactive
 * elements); focusing the link itself opens the card instead.
 */
export function makeFirstMarksFocusable(marks: readonly HTMLElement[], alreadyFocusable: Set<string>): void {
  for (const mark of marks) {
    const id = mark.dataset.entity ?? '';
    if (alreadyFocusable.has(id) || mark.closest('a, button, [role="link"], [role="button"]')) continue;
    alreadyFocusable.add(id);
    mark.tabIndex = 0;
    mark.setAttribute('role', 'button');
    mark.setAttribute('aria-haspopup', 'dialog');
    mark.setAttribute('aria-label', `${mark.textContent ?? ''}: show GeoLens exposure card`);
  }
}
