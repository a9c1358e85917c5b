/**
 * `npm run signals -- [--source sec=PATH] FILE...` — the sentences of each file that tie a company to state power
 * (issue 15), for users and evaluation.
 *
 * The same extraction and detection as `npm run scan` (scripts/scan.ts), then utils/signals on the extracted text.
 * Prints one JSON object per signal per line:
 * {"file","entityId","ticker","name","start","end","sentence","topics","status","denied"} — `start`/`end` are UTF-16
 * offsets of the whole sentence in the file's extracted text, `ticker` the company's primary listing's ticker (null
 * for a private company), `name` its display name.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compilePackedMatcher } from '../utils/detect/matcher';
import { extractSignals, type Signal } from '../utils/signals';
import type { MergedEntity } from '../utils/sources/merged-dataset';
import { detectFile, type Io, loadMerged, type Options, runOverFiles } from './scan';

const USAGE = 'usage: npm run signals -- [--source sec=PATH] FILE...';

/** One output line. */
export interface SignalRow extends Omit<Signal, 'entityId'> {
  file: string;
  entityId: string;
  ticker: string | null;
  name: string;
}

/** Loads the data once; the returned function gives a file's signals as output rows (the harness uses it too). */
export function createSignalReader(sources: Options['sources'] = []): (file: string, content: string) => SignalRow[] {
  const merged = loadMerged(sources);
  const matcher = compilePackedMatcher(merged.packed!);
  const byId = new Map(merged.entities.map((e) => [e.id, e]));
  return (file, content) => {
    const { text, mentions } = detectFile(matcher, file, content);
    return extractSignals(text, mentions).map((s) => row(file, s, byId.get(s.entityId)));
  };
}

function row(file: string, s: Signal, entity: MergedEntity | undefined): SignalRow {
  const primary = entity?.listings.find((l) => l.primary) ?? entity?.listings[0];
  return {
    file,
    entityId: s.entityId,
    ticker: entity?.private ? null : (primary?.ticker ?? null),
    name: entity?.name ?? s.entityId,
    start: s.start,
    end: s.end,
    sentence: s.sentence,
    topics: s.topics,
    status: s.status,
    denied: s.denied,
  };
}

/** Runs the CLI; returns the exit code (0 ok, 1 a file or source could not be read, 2 bad usage). */
export function runSignals(args: readonly string[], io: Io): number {
  return runOverFiles('signals', USAGE, args, io, (sources) => {
    const read = createSignalReader(sources);
    return (file, content) => {
      for (const r of read(file, content)) io.out(JSON.stringify(r));
    };
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = runSignals(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
}
