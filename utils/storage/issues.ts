/**
 * Problems found in stored values. A corrupt value is repaired by keeping what is valid; what had to be set aside is
 * recorded here (with the raw text, so nothing is silently lost) and shown in the popup and options until dismissed.
 */
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';

/** Which stored value a problem was found in. */
export const STORED_ITEMS = [
  'settings',
  'watchlist',
  'history',
  'alerts',
  'sourceConfigs',
  'sourceStates',
  'pageMentions',
] as const;
export type StoredItem = (typeof STORED_ITEMS)[number];

export const storageIssueSchema = z.object({
  /** Epoch ms. */
  at: z.number(),
  item: z.enum(STORED_ITEMS),
  /** What was wrong and what GeoLens did about it, in words. */
  message: z.string(),
  /** The part that was set aside, as JSON (truncated), so it can be recovered by hand. */
  raw: z.optional(z.string()),
});
export type StorageIssue = z.infer<typeof storageIssueSchema>;

/** Keep the latest few: a value corrupt on every read must not grow storage without bound. */
export const MAX_ISSUES = 20;
/** Raw text kept per issue (characters). */
export const MAX_RAW_CHARS = 2000;

export const storageIssuesItem = storage.defineItem<StorageIssue[]>('local:storageIssues', { fallback: [] });

/** A short JSON rendering of a value that failed validation (for the record, never parsed back automatically). */
export function rawText(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > MAX_RAW_CHARS ? `${text.slice(0, MAX_RAW_CHARS)}…` : text;
}

export async function loadStorageIssues(): Promise<StorageIssue[]> {
  const raw = await storageIssuesItem.getValue();
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((i) => {
    const parsed = storageIssueSchema.safeParse(i);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Records problems (newest last) and logs them. */
export async function reportStorageIssues(
  item: StoredItem,
  problems: readonly { message: string; raw?: unknown }[],
): Promise<void> {
  if (problems.length === 0) return;
  const at = Date.now();
  for (const p of problems) console.warn(`[GeoLens] stored ${item}: ${p.message}`, p.raw);
  const next = [
    ...(await loadStorageIssues()),
    ...problems.map((p) => ({
      at,
      item,
      message: p.message,
      ...(p.raw === undefined ? {} : { raw: rawText(p.raw) }),
    })),
  ];
  await storageIssuesItem.setValue(next.slice(-MAX_ISSUES));
}

/** Something set aside while repairing a stored value: what and why, in words, and the part itself. */
export interface Problem {
  message: string;
  raw?: unknown;
}

/** A stored value after repair: everything valid kept, the rest listed in `problems`. */
export interface Repaired<T> {
  value: T;
  problems: Problem[];
}

/**
 * The repair-and-report rule, for every stored item: run once by the background at start, it repairs the stored
 * value, records what was set aside (shown in the popup and options) and writes the repaired value back, so every
 * context reads the same thing. Answers the repaired value.
 */
export async function checkStoredItem<T>(
  name: StoredItem,
  item: { getValue(): Promise<unknown>; setValue(value: T): Promise<void> },
  repair: (raw: unknown) => Repaired<T>,
): Promise<T> {
  const { value, problems } = repair(await item.getValue());
  if (problems.length > 0) {
    await reportStorageIssues(name, problems);
    await item.setValue(value);
  }
  return value;
}

export async function clearStorageIssues(item?: StoredItem): Promise<void> {
  if (!item) {
    await storageIssuesItem.setValue([]);
    return;
  }
  await storageIssuesItem.setValue((await loadStorageIssues()).filter((i) => i.item !== item));
}
