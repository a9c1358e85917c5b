/** Points on the bundled demo page (test/fixtures/pages/demo/) that the benchmarks hover. */
import type { Page } from 'playwright-core';

/** The headline's first word (the mention "Alibaba"), in viewport coordinates. */
export function demoHeadlinePoint(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const t = document.querySelector('h1')?.firstChild as Text;
    const r = document.createRange();
    r.setStart(t, 0);
    r.setEnd(t, 7);
    const b = r.getBoundingClientRect();
    return { x: b.x + 10, y: b.y + b.height / 2 };
  });
}
