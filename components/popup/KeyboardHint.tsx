import { keyOf, openShortcutSettings, SHORTCUT_SETTINGS_LABEL, type Shortcut } from '../shared/shortcuts';

interface Props {
  /** The configured shortcuts (`commands.getAll()`); undefined while reading. */
  shortcuts: readonly Shortcut[] | undefined;
}

/**
 * How to reach the companies of a page from the keyboard, with the keys actually configured. Marks are painted
 * highlights, not elements, so Tab never reaches them (issue 16): the next/previous-company shortcut is the way in.
 */
export function KeyboardHint({ shortcuts }: Props) {
  if (!shortcuts) return null;
  const next = keyOf(shortcuts, 'next-mention');
  const previous = keyOf(shortcuts, 'previous-mention');
  if (!next) {
    return (
      <p class="muted small keyboard-hint" data-shortcut="">
        From the keyboard: no shortcut is set to open the next company’s card. Set one in{' '}
        <button type="button" class="link" onClick={openShortcutSettings}>
          {SHORTCUT_SETTINGS_LABEL}
        </button>
        .
      </p>
    );
  }
  return (
    <p class="muted small keyboard-hint" data-shortcut={next}>
      From the keyboard: on the page, <kbd>{next}</kbd> opens the next company’s card
      {previous ? (
        <>
          {' '}
          and <kbd>{previous}</kbd> the previous one
        </>
      ) : null}
      ; Tab moves through the card and Escape closes it.
    </p>
  );
}
