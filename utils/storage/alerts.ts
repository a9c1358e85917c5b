/**
 * Alerts about watched companies (a refresh raised the band, or added a restricted listing) and the baseline they
 * are computed against. Local only: alerts belong to the device that noticed them.
 *
 * Version 1: `local:alerts` = `Alert[]` (newest last, at most {@link MAX_ALERTS});
 * `local:alertBaseline` = `{ version, entities: { [entityId]: { band, lists } } }`.
 */
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import type { Band } from '../exposure/score';
import { checkStoredItem, type Problem } from './issues';

export const ALERTS_VERSION = 1;
export const MAX_ALERTS = 50;

/** Lowest first: the order that "raised" refers to. */
export const BAND_ORDER = ['Low', 'Guarded', 'Elevated', 'High', 'Severe'] as const satisfies readonly Band[];
const band = z.enum(BAND_ORDER);

export const alertSchema = z.object({
  /** Unique per alert: `${entityId}:${kind}:${at}`. */
  id: z.string(),
  /** Epoch ms. */
  at: z.number(),
  entityId: z.string(),
  name: z.string(),
  ticker: z.optional(z.string()),
  kind: z.enum(['band-raised', 'listing-added']),
  /** For band-raised: the band before and after. */
  from: z.optional(band),
  to: z.optional(band),
  /** For listing-added: the list's label, e.g. "OFAC SDN list". */
  list: z.optional(z.string()),
  /** One line, as the notification and the popup say it. */
  message: z.string(),
});
export type Alert = z.infer<typeof alertSchema>;

export const alertsItem = storage.defineItem<Alert[]>('local:alerts', { fallback: [], version: ALERTS_VERSION });

/** What the alert rule compares: a watched company's band and the restricted lists it is on. */
export const alertSnapshotSchema = z.object({
  band,
  lists: z.array(z.string()),
  /** False when the company was not assessed (its Low is a 0 nobody gave); absent in older baselines: assessed. */
  assessed: z.optional(z.boolean()),
});
export type AlertSnapshot = z.infer<typeof alertSnapshotSchema>;

export const alertBaselineSchema = z.object({
  /** The dataset version the snapshot was taken from. */
  version: z.string(),
  entities: z.record(z.string(), alertSnapshotSchema),
});
export type AlertBaseline = z.infer<typeof alertBaselineSchema>;

export const alertBaselineItem = storage.defineItem<AlertBaseline | null>('local:alertBaseline', {
  fallback: null,
  version: ALERTS_VERSION,
});

export function repairAlerts(raw: unknown): { value: Alert[]; problems: Problem[] } {
  if (raw == null) return { value: [], problems: [] };
  if (!Array.isArray(raw)) return { value: [], problems: [{ message: 'the alerts are not a list; cleared', raw }] };
  const problems: Problem[] = [];
  const value = raw.flatMap((a) => {
    const parsed = alertSchema.safeParse(a);
    if (parsed.success) return [parsed.data];
    problems.push({ message: 'an unreadable alert was dropped', raw: a });
    return [];
  });
  return { value: value.slice(-MAX_ALERTS), problems };
}

export async function loadAlerts(): Promise<Alert[]> {
  return repairAlerts(await alertsItem.getValue()).value;
}

/** Run by the background at start: reports unreadable alerts and writes the readable rest back. */
export async function checkStoredAlerts(): Promise<void> {
  await checkStoredItem('alerts', alertsItem, repairAlerts);
}

/** A baseline that fails validation is treated as absent: the next refresh takes a new one and raises no alert. */
export async function loadAlertBaseline(): Promise<AlertBaseline | undefined> {
  const parsed = alertBaselineSchema.safeParse(await alertBaselineItem.getValue());
  return parsed.success ? parsed.data : undefined;
}
