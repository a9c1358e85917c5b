/**
 * Which companies each open tab mentions: tab id → frame id → entity ids, reported by the content script of each
 * frame and kept in session storage so that a restarted service worker still knows (utils/background/page-summary.ts).
 *
 * Version 1: `session:pageMentions` = `{ [tabId]: { [frameId]: string[] } }`. An invalid tab or frame is dropped.
 */
import { storage } from 'wxt/utils/storage';
import { checkStoredItem, type Problem, type Repaired } from './issues';

export const PAGE_MENTIONS_VERSION = 1;

/** tabId → frameId → entity ids */
export type PageMentions = Record<string, Record<string, string[]>>;

export const pageMentionsItem = storage.defineItem<PageMentions>('session:pageMentions', {
  fallback: {},
  version: PAGE_MENTIONS_VERSION,
});

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Keeps every frame whose ids are a list of strings; drops (and reports) the rest. */
export function repairPageMentions(raw: unknown): Repaired<PageMentions> {
  const value: PageMentions = {};
  const problems: Problem[] = [];
  if (raw == null) return { value, problems };
  if (!isObject(raw)) return { value, problems: [{ message: 'the page mentions are not an object; cleared', raw }] };
  for (const [tab, frames] of Object.entries(raw)) {
    if (!isObject(frames)) {
      problems.push({ message: `the mentions of tab ${tab} are not an object; dropped`, raw: frames });
      continue;
    }
    const kept: Record<string, string[]> = {};
    for (const [frame, ids] of Object.entries(frames)) {
      if (Array.isArray(ids) && ids.every((id) => typeof id === 'string')) kept[frame] = ids;
      else problems.push({ message: `the mentions of tab ${tab}, frame ${frame} are unreadable; dropped`, raw: ids });
    }
    value[tab] = kept;
  }
  return { value, problems };
}

export async function loadPageMentions(): Promise<PageMentions> {
  return repairPageMentions(await pageMentionsItem.getValue()).value;
}

/** Run by the background at start: the repair-and-report rule (./issues.ts). */
export async function checkStoredPageMentions(): Promise<void> {
  await checkStoredItem('pageMentions', pageMentionsItem, repairPageMentions);
}
