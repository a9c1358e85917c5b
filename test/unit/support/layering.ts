/**
 * The import checker behind test/unit/layering.test.ts: reads the imports of TypeScript sources with a few regular
 * expressions (no compiler: the sources are ours and written in one style) and checks them against layering rules.
 * In the spirit of Refined GitHub's build/features.test.ts: the architecture as a table, checked on every `npm test`.
 */

/** One import of a file, resolved to a repository path (`utils/dom/scanner.ts`) or a package (`npm:opencc-js`). */
export interface Import {
  target: string;
  /** `import type` / `export type`, or braces naming only types: erased, so it reaches no bundle. */
  typeOnly: boolean;
}

/** A layering rule: files matching `from` may not import what matches `forbid` (unless it matches `allow`). */
export interface LayerRule {
  /** The rule as the architecture states it; it starts every failure message. */
  name: string;
  /** Repository paths the rule applies to: folder prefixes (`utils/storage/`) or files. */
  from: readonly string[];
  /** What they may not import: folder prefixes, files, or packages (`npm:opencc-js`, `node:`). */
  forbid: readonly string[];
  /** Exceptions inside `forbid` (e.g. a folder's declarative modules). */
  allow?: readonly string[];
  /**
   * `direct`: the file's own imports, type imports included (a contract that names a service's type depends on it).
   * `bundle`: everything the file's value imports reach, transitively (what would be built into its bundle).
   */
  reach: 'direct' | 'bundle';
}

/** A broken rule: the rule's name, the importing file, what it reached, and the import chain. */
export interface Violation {
  rule: string;
  from: string;
  to: string;
  chain: readonly string[];
}

const matches = (path: string, patterns: readonly string[]) => patterns.some((p) => path.startsWith(p));

/** Removes block comments and whole-line `//` comments, so examples in doc comments are not read as imports. */
function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

const STATIC = /(?:^|[;\n])\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g;
const SIDE_EFFECT = /(?:^|[;\n])\s*import\s*['"]([^'"]+)['"]/g;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module specifier a source imports or re-exports, with whether the import is erased (types only). */
export function parseImports(source: string): { specifier: string; typeOnly: boolean }[] {
  const code = stripComments(source);
  const out: { specifier: string; typeOnly: boolean }[] = [];
  for (const m of code.matchAll(STATIC)) {
    const clause = m[3] ?? '';
    const braces = /^\{([\s\S]*)\}$/.exec(clause.trim());
    const names = braces?.[1]
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const allTypes = names !== undefined && names.length > 0 && names.every((n) => n.startsWith('type '));
    out.push({ specifier: m[4] ?? '', typeOnly: Boolean(m[2]) || allTypes });
  }
  for (const m of code.matchAll(SIDE_EFFECT)) out.push({ specifier: m[1] ?? '', typeOnly: false });
  for (const m of code.matchAll(DYNAMIC)) out.push({ specifier: m[1] ?? '', typeOnly: false });
  return out;
}

/** Joins and normalises a POSIX path (`a/b/../c` → `a/c`). */
function normalize(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/** Resolves a specifier of `from` against the known files (`@/` and `~/` are the repository root, as in WXT). */
export function resolveImport(from: string, specifier: string, files: ReadonlySet<string>): string {
  const bare = specifier.replace(/\?.*$/, '');
  let base: string;
  if (bare.startsWith('@/') || bare.startsWith('~/')) base = normalize(bare.slice(2));
  else if (bare.startsWith('.')) base = normalize(`${from.slice(0, from.lastIndexOf('/') + 1)}${bare}`);
  else if (bare.startsWith('node:')) return bare;
  else {
    const segments = bare.split('/');
    return `npm:${bare.startsWith('@') ? segments.slice(0, 2).join('/') : segments[0]}`;
  }
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`])
    if (files.has(candidate)) return candidate;
  return base;
}

/** The resolved imports of every file. */
export function importGraph(sources: ReadonlyMap<string, string>): Map<string, Import[]> {
  const files = new Set(sources.keys());
  const graph = new Map<string, Import[]>();
  for (const [path, source] of sources)
    graph.set(
      path,
      parseImports(source).map(({ specifier, typeOnly }) => ({
        target: resolveImport(path, specifier, files),
        typeOnly,
      })),
    );
  return graph;
}

/**
 * What `start` reaches through value imports, each with the chain that reaches it (breadth-first: the shortest). The
 * walk does not go on past a node for which `stop` holds, so a violation is reported once, where it enters.
 */
function reachable(
  graph: ReadonlyMap<string, Import[]>,
  start: string,
  stop: (path: string) => boolean,
): Map<string, string[]> {
  const chains = new Map<string, string[]>([[start, [start]]]);
  const queue = [start];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const { target, typeOnly } of graph.get(file) ?? []) {
      if (typeOnly || chains.has(target)) continue;
      chains.set(target, [...(chains.get(file) ?? []), target]);
      if (!stop(target)) queue.push(target);
    }
  }
  chains.delete(start);
  return chains;
}

/** Every violation of `rules` in the given sources (path → text), in rule order. */
export function checkLayering(sources: ReadonlyMap<string, string>, rules: readonly LayerRule[]): Violation[] {
  const graph = importGraph(sources);
  const violations: Violation[] = [];
  const forbidden = (rule: LayerRule, target: string) =>
    matches(target, rule.forbid) && !matches(target, rule.allow ?? []);
  for (const rule of rules) {
    for (const file of [...graph.keys()].sort()) {
      if (!matches(file, rule.from)) continue;
      if (rule.reach === 'direct') {
        for (const { target } of graph.get(file) ?? [])
          if (forbidden(rule, target))
            violations.push({ rule: rule.name, from: file, to: target, chain: [file, target] });
      } else {
        for (const [target, chain] of reachable(graph, file, (path) => forbidden(rule, path)))
          if (forbidden(rule, target)) violations.push({ rule: rule.name, from: file, to: target, chain });
      }
    }
  }
  return violations;
}

/** One line per violation: `rule: from → to (via a → b → c)`. */
export function formatViolation(v: Violation): string {
  const via = v.chain.length > 2 ? ` (via ${v.chain.join(' → ')})` : '';
  return `${v.rule}: ${v.from} → ${v.to}${via}`;
}
