/**
 * axe-core in the E2E tests (issue 16: 0 serious or critical violations in the popup, options and the open card).
 * axe's source is evaluated over CDP (Runtime.evaluate), which extension pages' CSP does not block, as an inline
 * <script> would be. The card lives in a closed shadow root (docs/adr/0007-card-isolation.md) that axe cannot enter
 * from the page, so it runs in the content script's own isolated world, where `chrome.dom.openOrClosedShadowRoot`
 * opens the card's root: `shadowRoot` is redefined there for the run, in that world only (the page's world never
 * sees it), and put back after.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CDPSession, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One violation, as printed and compared by the tests: rule, impact, and each node's target and message. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; message: string }[];
}

/** The impacts the issue's bar counts. */
export const BLOCKING = new Set(['serious', 'critical']);

/** Runs inside the page (or world): axe.run on `context`, the result cut down to what the tests print. */
const RUN = `async (context) => {
  const result = await axe.run(context, { resultTypes: ['violations'] });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? null,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target.flat().join(' >> '), message: n.failureSummary ?? '' })),
  }));
}`;

/** axe over a whole page (popup, options), in its main world. */
export async function axePage(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(`(${RUN})(document)`) as Promise<AxeViolation[]>;
}

/** The content script's isolated world in the page's top frame (named after the extension, "GeoLens"). */
async function contentWorld(cdp: CDPSession, extensionId: string): Promise<number> {
  const contexts: { id: number; origin: string; name: string; auxData?: { isDefault?: boolean; type?: string } }[] = [];
  const collect = (e: { context: (typeof contexts)[number] }) => contexts.push(e.context);
  cdp.on('Runtime.executionContextCreated', collect);
  // Enabling replays every live context as an event.
  await cdp.send('Runtime.enable');
  cdp.off('Runtime.executionContextCreated', collect);
  const world = contexts.find(
    (c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}` && !c.auxData.isDefault,
  );
  if (!world) throw new Error(`no GeoLens content-script world among ${JSON.stringify(contexts.map((c) => c.name))}`);
  return world.id;
}

/** axe over the open card (its `<geolens-card>` host and closed shadow root), from the content script's world. */
export async function axeCard(page: Page, extensionId: string): Promise<AxeViolation[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contextId = await contentWorld(cdp, extensionId);
    const evaluate = async (expression: string) => {
      const r = (await cdp.send('Runtime.evaluate', {
        expression,
        contextId,
        awaitPromise: true,
        returnByValue: true,
      })) as { result: { value: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } };
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
      return r.result.value;
    };
    if (!(await evaluate(`typeof axe !== 'undefined'`))) await evaluate(AXE_SOURCE);
    // The content script shares this world: the native getter is put back right after the run.
    await evaluate(`globalThis.__axeShadowRoot = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot');
      Object.defineProperty(Element.prototype, 'shadowRoot', {
        configurable: true,
        get() { try { return chrome.dom.openOrClosedShadowRoot(this) ?? null; } catch { return null; } },
      }); true`);
    try {
      const host = `document.querySelector('geolens-card')`;
      if (!(await evaluate(`!!${host}`))) throw new Error('no <geolens-card> on the page');
      // Positive control: axe checked elements inside the closed root (a passed rule's node path crosses the host:
      // [['geolens-card', '.card']]).
      const inside = await evaluate(`axe.run(${host}, { resultTypes: ['passes'] }).then((r) =>
        r.passes.flatMap((p) => p.nodes).filter((n) => n.target.flat().length > 1).length)`);
      if (!((inside as number) > 0)) throw new Error('axe saw nothing inside the card’s shadow root');
      return (await evaluate(`(${RUN})(${host})`)) as AxeViolation[];
    } finally {
      await evaluate(`Object.defineProperty(Element.prototype, 'shadowRoot', globalThis.__axeShadowRoot); true`);
    }
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The serious and critical violations, minus those a test lists as known (rule id and target, exactly). */
export function blocking(violations: readonly AxeViolation[], known: readonly { id: string; target: string }[] = []) {
  return violations
    .filter((v) => v.impact && BLOCKING.has(v.impact))
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !known.some((k) => k.id === v.id && k.target === n.target)) }))
    .filter((v) => v.nodes.length > 0);
}

/** Prints every violation found (any impact), so a run's log says what axe saw. */
export function report(where: string, violations: readonly AxeViolation[]): void {
  if (violations.length === 0) return;
  console.log(
    `axe on ${where}:\n${violations
      .map(
        (v) =>
          `  [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target}\n      ${n.message.replace(/\n/g, '\n      ')}`).join('\n')}`,
      )
      .join('\n')}`,
  );
}
