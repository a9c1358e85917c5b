/**
 * Generalisation check (issue 15): the extractor on real sentences from pages outside the corpus, labelled by hand
 * before it ran on them. The cases, their sources and their labels are in fresh-text.cases.ts. Each case compares
 * every signal in full: company, topics, status and denial.
 */
import { describe, expect, it } from 'vitest';
import { extractSignals } from '../../../utils/signals';
import {
  type Case,
  type Expected,
  FIFTH_BATCH,
  FIFTH_NAMES,
  FOURTH_BATCH,
  FOURTH_NAMES,
  NAMES,
  NEGATIVE,
  POSITIVE,
  SECOND_BATCH,
  SIXTH_BATCH,
  SIXTH_NAMES,
  THIRD_BATCH,
} from './fresh-text.cases';
import { mentionsOf } from './mentions';

function signalsOf(text: string, names: Record<string, string>): Expected[] {
  return extractSignals(text, mentionsOf(text, names)).map((s) => [s.entityId, s.topics, s.status, s.denied]);
}

const withDenied = (want: Expected[]) =>
  want.map(([id, topics, status, denied]) => [id, topics, status, denied ?? false]);

function check(c: Case, names: Record<string, string> = NAMES) {
  // Positive control: every expected company is found in the text, so a silent result means the rules missed it.
  for (const [id] of c.want) expect(mentionsOf(c.text, names).some((m) => m.entityId === id)).toBe(true);
  expect(signalsOf(c.text, names)).toEqual(withDenied(c.want));
}

const title = (c: Case) => c.text.slice(0, 90);

describe('fresh text: sentences with a signal', () => {
  for (const c of POSITIVE) (c.miss ? it.fails : it)(title(c), () => check(c));
});

describe('fresh text: sentences that must stay silent', () => {
  for (const c of NEGATIVE) (c.miss ? it.fails : it)(title(c), () => check(c));

  it('is a real check: the negatives name companies the extractor reads', () => {
    for (const c of NEGATIVE) expect(mentionsOf(c.text, NAMES).length).toBeGreaterThan(0);
  });
});

describe('fresh text, second batch (collected after the first widening)', () => {
  for (const c of SECOND_BATCH) (c.miss ? it.fails : it)(title(c), () => check(c));
});

describe('fresh text, third batch (collected for the word-family widening)', () => {
  for (const c of THIRD_BATCH) (c.miss ? it.fails : it)(title(c), () => check(c));

  it('is a real check: every case names a company the extractor reads', () => {
    for (const c of THIRD_BATCH) expect(mentionsOf(c.text, NAMES).length).toBeGreaterThan(0);
  });
});

describe('fresh text, fourth batch (status, topic and denial)', () => {
  for (const c of FOURTH_BATCH) (c.miss ? it.fails : it)(title(c), () => check(c, FOURTH_NAMES));

  it('is a real check: every case names a company the extractor reads', () => {
    for (const c of FOURTH_BATCH) expect(mentionsOf(c.text, FOURTH_NAMES).length).toBeGreaterThan(0);
  });
});

describe('fresh text, fifth batch (sanctions wording)', () => {
  for (const c of FIFTH_BATCH) (c.miss ? it.fails : it)(title(c), () => check(c, FIFTH_NAMES));

  it('is a real check: every case names a company the extractor reads', () => {
    for (const c of FIFTH_BATCH) expect(mentionsOf(c.text, FIFTH_NAMES).length).toBeGreaterThan(0);
  });
});

describe('fresh text, sixth batch (sanctions and military-ties wording, close negatives)', () => {
  for (const c of SIXTH_BATCH) (c.miss ? it.fails : it)(title(c), () => check(c, SIXTH_NAMES));

  it('is a real check: every case names a company the extractor reads', () => {
    for (const c of SIXTH_BATCH) expect(mentionsOf(c.text, SIXTH_NAMES).length).toBeGreaterThan(0);
  });
});
