/**
 * `npm run scan -- [--source sec=PATH] [--json] FILE...` — GeoLens's detection on files, for users and evaluation.
 *
 * Reads text or HTML files (HTML: the text the content script would see — readable text nodes outside skipped
 * elements, per utils/dom/skip.ts — joined by newlines), loads the embedded dataset plus any `--source`, and prints
 * one JSON object per mention per line: {"file","start","end","surface","entityId","ticker","tier"}. Offsets are
 * UTF-16 offsets into the file's extracted text (for a text file, its content). `--json` names that output
 * explicitly; it is also the default.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { buildDictionary } from '../utils/detect/dictionary';
import { compileMatcher, createMatchContext } from '../utils/detect/matcher';
import { parseSecFile, withSecEntries } from '../utils/detect/sec';
import type { DictionaryEntry, Mention } from '../utils/detect/types';
import { collectTextNodes } from '../utils/dom/walk';
import { parseDataset } from '../utils/exposure/schema';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: npm run scan -- [--source sec=PATH] [--json] FILE...';
/** Data sources `--source` understands: KIND=PATH. */
const SOURCE_KINDS = ['sec'] as const;

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

interface Options {
  sources: { kind: (typeof SOURCE_KINDS)[number]; path: string }[];
  files: string[];
}

class UsageError extends Error {}

function parseArgs(args: readonly string[]): Options {
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

function loadDictionary(sources: Options['sources']): DictionaryEntry[] {
  const dataset = parseDataset(JSON.parse(readFileSync(resolve(ROOT, 'public/data/dataset.json'), 'utf8')));
  let entries = buildDictionary(dataset.entities);
  for (const source of sources) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), source.path), 'utf8'));
    } catch (err) {
      throw new Error(`cannot read --source ${source.kind}=${source.path}: ${(err as Error).message}`);
    }
    try {
      entries = withSecEntries(entries, parseSecFile(json));
    } catch (err) {
      throw new Error(`--source ${source.kind}=${source.path}: ${(err as Error).message}`);
    }
  }
  return entries;
}

function isHtml(path: string, content: string): boolean {
  return /\.x?html?$/i.test(path) || /^\s*<(?:!doctype\s+html|html[\s>])/i.test(content);
}

/** Elements that start a new block of text: a text node only continues the previous one inside the same block. */
const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY DD DIV DL DT FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P SECTION TABLE TBODY TD TFOOT TH THEAD TR UL'.split(
    ' ',
  ),
);

export interface TextChunk {
  text: string;
  /** The nearest block ancestor, to tell inline neighbours ("(NYSE: <a>BABA</a>)") from separate blocks. */
  block: unknown;
}

/** The text nodes the content script would read, in document order, with their block. */
export function htmlTextNodes(html: string): TextChunk[] {
  const window = new Window();
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    // walk.ts uses the global NodeFilter, as in a page.
    const g = globalThis as { NodeFilter?: unknown };
    const saved = g.NodeFilter;
    g.NodeFilter = window.NodeFilter;
    try {
      return collectTextNodes(doc.body as unknown as Node).map((n) => {
        let block: Element | null = n.parentElement;
        while (block && !BLOCKS.has(block.nodeName)) block = block.parentElement;
        return { text: n.data, block };
      });
    } finally {
      g.NodeFilter = saved;
    }
  } finally {
    void window.happyDOM.close();
  }
}

/** Runs the scanner; returns the exit code (0 ok, 1 a file or source could not be read, 2 bad usage). */
export function runScan(args: readonly string[], io: Io): number {
  let options: Options;
  try {
    options = parseArgs(args);
  } catch (err) {
    io.err(`scan: ${(err as Error).message}`);
    io.err(USAGE);
    return 2;
  }
  let matcher: ReturnType<typeof compileMatcher>;
  try {
    matcher = compileMatcher(loadDictionary(options.sources));
  } catch (err) {
    io.err(`scan: ${(err as Error).message}`);
    return 1;
  }
  let failed = false;
  for (const file of options.files) {
    let content: string;
    try {
      // `npm run` changes to the package root; INIT_CWD is where the user typed the command.
      content = readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8');
    } catch (err) {
      io.err(`scan: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      failed = true;
      continue;
    }
    const context = createMatchContext();
    const chunks: TextChunk[] = isHtml(file, content) ? htmlTextNodes(content) : [{ text: content, block: null }];
    let offset = 0;
    let previous: TextChunk | undefined;
    for (const chunk of chunks) {
      // The previous text node of the same block, as the DOM layer passes it, so that "(NYSE: <a>BABA</a>)" is
      // read whole.
      const before = previous && previous.block === chunk.block ? previous.text : '';
      for (const m of matcher.find(chunk.text, { context, before })) print(io, file, m, offset);
      offset += chunk.text.length + 1; // the newline that joins text nodes
      previous = chunk;
    }
  }
  return failed ? 1 : 0;
}

function print(io: Io, file: string, m: Mention, offset: number): void {
  io.out(
    JSON.stringify({
      file,
      start: m.start + offset,
      end: m.end + offset,
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
