/**
 * Issue 16: the popup's keyboard instructions name the shortcut the browser actually has set (never "Tab to" a mark,
 * which Tab cannot reach), and say where to set one when none is.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { KeyboardHint } from '@/components/popup/KeyboardHint';
import { ownShortcuts } from '@/components/shared/shortcuts';

const shown = (shortcuts: Parameters<typeof KeyboardHint>[0]['shortcuts']) => {
  const host = document.createElement('div');
  render(<KeyboardHint shortcuts={shortcuts} />, host);
  return host;
};

describe('the keyboard hint', () => {
  it('names the configured keys, as the browser reports them', () => {
    const host = shown(
      ownShortcuts([
        { name: '_execute_action', shortcut: 'Ctrl+Shift+Y' },
        { name: 'next-mention', description: 'Next', shortcut: 'Ctrl+Shift+K' },
        { name: 'previous-mention', description: 'Previous', shortcut: 'Ctrl+Shift+J' },
      ]),
    );
    expect([...host.querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(['Ctrl+Shift+K', 'Ctrl+Shift+J']);
    expect(host.textContent).toContain('opens the next company’s card');
    expect(host.textContent).not.toMatch(/Tab to|Alt\+Shift/);
  });

  it('shows punctuation keys as the key, not its name', () => {
    const [next, previous] = ownShortcuts([
      { name: 'next-mention', shortcut: 'Alt+Shift+Period' },
      { name: 'previous-mention', shortcut: 'Alt+Shift+Comma' },
    ]);
    expect([next?.shortcut, previous?.shortcut]).toEqual(['Alt+Shift+.', 'Alt+Shift+,']);
  });

  it('leaves out the previous key when only next is set', () => {
    const host = shown([{ name: 'next-mention', description: 'Next', shortcut: 'Alt+Shift+.' }]);
    expect([...host.querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(['Alt+Shift+.']);
    expect(host.textContent).not.toContain('previous');
  });

  it('says where to set a shortcut when none is set', () => {
    const host = shown(
      ownShortcuts([
        { name: 'next-mention', description: 'Next', shortcut: '' },
        { name: 'previous-mention', description: 'Previous' },
      ]),
    );
    expect(host.querySelector('kbd')).toBeNull();
    expect(host.textContent).toContain('no shortcut is set');
    expect(host.querySelector('button')?.textContent).toBe('chrome://extensions/shortcuts');
  });

  it('shows nothing while the shortcuts are being read', () => {
    expect(shown(undefined).innerHTML).toBe('');
  });
});
