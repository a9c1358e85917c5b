/** The card host made on first need (issue 17): what is asked before it exists is shown when it arrives. */
import { describe, expect, it, vi } from 'vitest';
import type { CardAnchor, CardHost } from '@/components/card/card-host';
import type { CardState } from '@/components/card/HoverCard';
import { createLazyCardHost } from '@/components/card/lazy-card-host';

function fakeHost(): CardHost & { calls: string[] } {
  const calls: string[] = [];
  let shown: CardState | undefined;
  return {
    calls,
    show: (_a, s) => {
      shown = s;
      calls.push(`show:${s.kind}`);
    },
    reanchor: () => calls.push('reanchor'),
    update: (s, busy) => {
      shown = s;
      calls.push(`update:${s.kind}${busy ? ':busy' : ''}`);
    },
    setSignals: (id, items) => calls.push(`signals:${id}:${items.length}`),
    placed: () => Promise.resolve(),
    hide: () => {
      shown = undefined;
      calls.push('hide');
    },
    anchor: undefined,
    get visible() {
      return shown !== undefined;
    },
    theme: 'dark',
    host: {} as HTMLElement,
    contains: () => true,
    focusFirst: () => calls.push('focus'),
    remove: () => calls.push('remove'),
  };
}

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((a, b) => {
    resolve = a;
    reject = b;
  });
  return { promise, resolve, reject };
}

const anchor = {} as CardAnchor;
const loading: CardState = { kind: 'loading', label: 'Alibaba', theme: 'light' };
const unknown: CardState = { kind: 'unknown', label: 'Alibaba', theme: 'light' };

describe('lazy card host', () => {
  it('creates nothing until asked, then once however often it is asked', () => {
    const create = vi.fn(() => new Promise<CardHost>(() => undefined));
    const card = createLazyCardHost(create);
    expect(create).not.toHaveBeenCalled();
    expect(card.visible).toBe(false);
    expect(card.host).toBeUndefined();
    card.prepare();
    card.show(anchor, loading);
    card.prepare();
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('shows on arrival the latest state asked for, with signals, and then forwards everything', async () => {
    const made = deferred<CardHost>();
    const card = createLazyCardHost(() => made.promise);
    card.setSignals('alibaba', []);
    card.show(anchor, loading);
    card.update(unknown);
    expect(card.visible).toBe(true);
    expect(card.theme).toBe('light');
    const real = fakeHost();
    made.resolve(real);
    await card.placed();
    expect(real.calls).toEqual(['signals:alibaba:0', 'show:unknown']);
    card.update(loading, true);
    card.hide();
    expect(real.calls.slice(2)).toEqual(['update:loading:busy', 'hide']);
    expect(card.host).toBe(real.host);
    expect(card.theme).toBe('dark');
  });

  it('shows nothing on arrival after a hide, and removes a host that arrives after remove', async () => {
    const first = deferred<CardHost>();
    const card = createLazyCardHost(() => first.promise);
    card.show(anchor, loading);
    card.hide();
    expect(card.visible).toBe(false);
    const real = fakeHost();
    first.resolve(real);
    await card.placed();
    expect(real.calls).toEqual([]);

    const second = deferred<CardHost>();
    const other = createLazyCardHost(() => second.promise);
    other.prepare();
    other.remove();
    const late = fakeHost();
    second.resolve(late);
    await other.placed();
    expect(late.calls).toEqual(['remove']);
  });

  it('tries again on the next need when creating failed', async () => {
    let attempt = 0;
    const real = fakeHost();
    const card = createLazyCardHost(() =>
      ++attempt === 1 ? Promise.reject(new Error('stylesheet unreadable')) : Promise.resolve(real),
    );
    card.show(anchor, loading);
    await expect(card.placed()).resolves.toBeUndefined();
    expect(card.host).toBeUndefined();
    card.show(anchor, unknown);
    await card.placed();
    expect(attempt).toBe(2);
    expect(real.calls).toEqual(['show:unknown']);
  });
});
