/** The content script's hand checks of its payloads accept exactly what the background's zod schemas accept. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFocusMention, checkGetPageSignals } from '@/utils/messaging/content-payloads';
import { contentPayloadSchemas } from '@/utils/messaging/payloads';

const outcome = (f: () => unknown) => {
  try {
    return { ok: true, value: f() };
  } catch {
    return { ok: false };
  }
};

describe('content payload checks', () => {
  const inputs = fc.oneof(
    fc.anything(),
    fc.record({ direction: fc.oneof(fc.constantFrom('next', 'previous', 'up', ''), fc.anything()) }),
    fc.record({ direction: fc.constantFrom('next', 'previous'), extra: fc.anything() }),
  );

  it('focusMention: same answer as the schema, for any input', () => {
    fc.assert(
      fc.property(inputs, (data) => {
        const zod = contentPayloadSchemas.focusMention.safeParse(data);
        const mine = outcome(() => checkFocusMention(data));
        expect(mine.ok).toBe(zod.success);
        if (zod.success) expect(mine.value).toEqual(zod.data);
      }),
      { numRuns: 500 },
    );
    // Positive and negative controls.
    expect(checkFocusMention({ direction: 'next' })).toEqual({ direction: 'next' });
    expect(() => checkFocusMention({ direction: 'sideways' })).toThrow(/focusMention/);
  });

  it('getPageSignals: same answer as the schema, for any input', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        expect(outcome(() => checkGetPageSignals(data)).ok).toBe(
          contentPayloadSchemas.getPageSignals.safeParse(data).success,
        );
      }),
      { numRuns: 300 },
    );
    expect(() => checkGetPageSignals({})).toThrow(/getPageSignals/);
  });
});
