/** Property tests: any text never throws, every signal's offsets slice to its sentence, per-company equals filtered. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractSignals, extractSignalsFor, segmentSentences } from '../../../utils/signals';
import { mentionsOf } from './mentions';
import { NAMES } from './signal';

const WORDS = [
  'Alibaba',
  'Huawei',
  'Toyota',
  'the company',
  'it',
  'was',
  'not',
  'sanctioned',
  'added to the Entity List',
  'tariffs',
  'denied',
  'may',
  'allegedly',
  'U.S.',
  'Inc.',
  '9988.HK',
  'the Pentagon',
  'list',
  '、',
  '。',
  '.',
  ',',
  ';',
  ' — ',
  '\n',
  '“',
  '”',
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 40 })
  .map((ws) => ws.join(' '));

describe('signals on random text', () => {
  it('never throw, and offsets slice to the sentence', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const s of segmentSentences(t)) expect(t.slice(s.start, s.end).trim()).toBe(t.slice(s.start, s.end));
        for (const s of extractSignals(t, mentionsOf(t, NAMES))) expect(t.slice(s.start, s.end)).toBe(s.sentence);
      }),
    );
  });

  it('gives each company the same signals whether read whole or around its mentions', () => {
    fc.assert(
      fc.property(text, (t) => {
        const mentions = mentionsOf(t, NAMES);
        const all = extractSignals(t, mentions);
        for (const id of new Set(mentions.map((m) => m.entityId)))
          expect(extractSignalsFor(t, mentions, id)).toEqual(all.filter((s) => s.entityId === id));
      }),
    );
  });
});
