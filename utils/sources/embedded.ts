/**
 * The embedded snapshot: shipped in `public/data/dataset.json`, validated like any feed before use. It is the
 * floor under every other source, so the extension is useful with no network and no keys.
 */
import { browser } from 'wxt/browser';
import { type Dataset, parseDataset } from '../exposure/schema';

export const EMBEDDED_DATASET_PATH = '/data/dataset.json';

export async function loadEmbeddedDataset(): Promise<Dataset> {
  // The path is typed by WXT's generated list of public files.
  const url = browser.runtime.getURL(EMBEDDED_DATASET_PATH);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Embedded dataset missing (${res.status} ${url})`);
  return parseDataset(await res.json());
}
