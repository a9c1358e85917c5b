/**
 * `npm run scan -- [--source sec=PATH] [--json] FILE...` — GeoLens's detection on files, for users and evaluation.
 *
 * Reads text or HTML files (HTML: the text the content script would see — its text runs, per utils/dom/text-runs.ts
 * and skip.ts — joined by newlines), loads what the extension uses by default — the embedded dataset and the listed
 * universe (public/data/universe.json), no live source — plus any `--source`, and prints
 * one JSON object per mention per line: {"file","start","end","surface","entityId","ticker","tier"}. Offsets are
 * UTF-16 offsets into the file's extracted text (for a text file, its content). `--json` names that output
 * explicitly; it is also the default.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { compilePackedMatcher, createMatchContext } from '../utils/detect/matcher';
import { parseSecFile } from '../utils/detect/sec-listings';
import type { Matcher, Mention } from '../utils/detect/types';
import { collectRuns } from '../utils/dom/text-runs';
import { parseDataset } from '../utils/exposure/schema';
import { type MergeInput, mergeSources } from '../utils/sources/merge';
import type { MergedDataset } from '../utils/sources/merged-dataset';
import { parseUniverse } from '../utils/sources/universe-format';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: npm run scan -- [--source sec=PATH] [--json] FILE...';
/** Data sources `--source` understands: KIND=PATH. */
const SOURCE_KINDS = ['sec'] as const;

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export interface Options {
  sources: { kind: (typeof SOURCE_KINDS)[number]; path: string }[];
  files: string[];
}

export class UsageError extends Error {}

export function parseArgs(args: readonly string[]): Options {
  const options: Options = { sources: [], files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') continue;
    if (arg === '--source' || arg.startsWith('--source=')) {
      const value = arg === '--source' ? args[++i] : arg.slice('--source='.length);
      const match = value ? /^([a-z]+)=(.+)$/.exec(value) : null;
      if (!match) throw new UsageError(`--source needs KIND=PATH (e.g. --source sec=company_tickers_exchange.json)`);
      const kind = match[1] as (typeof SOURCE_KINDS)[number];
      if (!SOURCE_KINDS.includes(kind))
        throw new UsageError(`unknown source kind "${match[1]}" (known: ${SOURCE_KINDS.join(', ')})`);
      options.sources.push({ kind, path: match[2]! });
      continue;
    }
    if (arg === '--') continue;
    if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    options.files.push(arg);
  }
  if (options.files.length === 0) throw new UsageError('no FILE given');
  return options;
}

/**
 * The matcher the extension uses by default — the embedded dataset and the listed universe, merged and packed by
 * the background's own `mergeSources` — plus any `--source` (the SEC live source).
 */
export function loadMatcher(sources: Options['sources']): Matcher {
  return compilePackedMatcher(loadMerged(sources).packed!);
}

/** The merged dataset behind {@link loadMatcher}: its entities give names and listings (`npm run signals`). */
export function loadMerged(sources: Options['sources']): MergedDataset {
  const read = (path: string) => JSON.parse(readFileSync(resolve(ROOT, path), 'utf8'));
  const embedded = parseDataset(read('public/data/dataset.json'));
  const universe = existsSync(resolve(ROOT, UNIVERSE_FILE)) ? parseUniverse(read(UNIVERSE_FILE)) : undefined;
  const input: MergeInput = { embedded, ...(universe ? { universe } : {}), feeds: [], lists: [], matches: [] };
  for (const source of sources) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), source.path), 'utf8'));
    } catch (err) {
      throw new Error(`cannot read --source ${source.kind}=${source.path}: ${(err as Error).message}`);
    }
    try {
      input.sec = { ...SEC_INFO, url: source.path, rows: parseSecFile(json) };
    } catch (err) {
      throw new Error(`--source ${source.kind}=${source.path}: ${(err as Error).message}`);
    }
  }
  return mergeSources(input, 'scan').dataset;
}

const UNIVERSE_FILE = 'public/data/universe.json';
const SEC_INFO = {
  id: 'sec',
  name: 'SEC company tickers',
  publisher: 'SEC',
  asOf: new Date().toISOString().slice(0, 10),
};

export function isHtml(path: string, content: string): boolean {
  return /\.x?html?$/i.test(path) || /^\s*<(?:!doctype\s+html|html[\s>])/i.test(content);
}

/**
 * The text the content script would see: the page's text runs (utils/dom/text-runs.ts: readable text outside skipped
 * elements, joined across inline elements within a block), in document order.
 */
export function htmlTextRuns(html: string): string[] {
  const window = new Window();
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    // The walk uses the global NodeFilter, as in a page.
    const g = globalThis as { NodeFilter?: unknown };
    const saved = g.NodeFilter;
    g.NodeFilter = window.NodeFilter;
    try {
      // A line break inside a run is the HTML source's formatting, which the page shows as a space: reading it as a
      // space (same length, so offsets hold) keeps "In this article" from ending sentences there, as the card does.
      return collectRuns(doc.body as unknown as Node).map((run) => run.text.replace(/[\r\n\t]/g, ' '));
    } finally {
      g.NodeFilter = saved;
    }
  } finally {
    void window.happyDOM.close();
  }
}

/**
 * What `npm run scan` and `npm run signals` share: the arguments, a setup from the sources (the matcher, loaded once),
 * then each file in turn. Returns the exit code: 0 ok, 1 a file or source could not be read, 2 bad usage.
 */
export function runOverFiles(
  tool: string,
  usage: string,
  args: readonly string[],
  io: Io,
  setup: (sources: Options['sources']) => (file: string, content: string) => void,
): number {
  let options: Options;
  try {
    options = parseArgs(args);
  } catch (err) {
    io.err(`${tool}: ${(err as Error).message}`);
    io.err(usage);
    return 2;
  }
  let each: (file: string, content: string) => void;
  try {
    each = setup(options.sources);
  } catch (err) {
    io.err(`${tool}: ${(err as Error).message}`);
    return 1;
  }
  let failed = false;
  for (const file of options.files) {
    let content: string;
    try {
      // `npm run` changes to the package root; INIT_CWD is where the user typed the command.
      content = readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8');
    } catch (err) {
      io.err(`${tool}: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      failed = true;
      continue;
    }
    each(file, content);
  }
  return failed ? 1 : 0;
}

/** Runs the scanner; returns the exit code (see {@link runOverFiles}). */
export function runScan(args: readonly string[], io: Io): number {
  return runOverFiles('scan', USAGE, args, io, (sources) => {
    const matcher = loadMatcher(sources);
    return (file, content) => {
      for (const m of detectFile(matcher, file, content).mentions) print(io, file, m);
    };
  });
}

/**
 * A file's extracted text (for HTML, its text runs joined by newlines; for text, its content) and the mentions in it,
 * with offsets into that text.
 */
export function detectFile(matcher: Matcher, file: string, content: string): { text: string; mentions: Mention[] } {
  const context = createMatchContext();
  const runs = isHtml(file, content) ? htmlTextRuns(content) : [content];
  const mentions: Mention[] = [];
  let offset = 0;
  for (const run of runs) {
    for (const m of matcher.find(run, { context }))
      mentions.push({ ...m, start: m.start + offset, end: m.end + offset });
    offset += run.length + 1; // the newline that joins runs
  }
  return { text: runs.join('\n'), mentions };
}

function print(io: Io, file: string, m: Mention): void {
  io.out(
    JSON.stringify({
      file,
      start: m.start,
      end: m.end,
      surface: m.surface,
      entityId: m.entityId,
      ticker: m.ticker ?? null,
      tier: m.tier,
    }),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = runScan(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
}
