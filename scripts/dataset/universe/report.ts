/** What the build measured, printed by `npm run dataset:universe` and quoted in the builder's header comment. */
export interface BuildReport {
  /** FinanceDatabase rows skipped, by reason ("suffix .BA", "no sector", "United States", …). */
  skipped: Record<string, number>;
  /** Companies whose every listing was a foreign secondary line (their primary is not in the file). */
  onlyForeignLines: number;
  /** FinanceDatabase companies joined to an SEC registrant, by how. */
  adrJoins: Record<string, number>;
  adrExamples: string[];
  names: Record<string, number>;
  nameExamples: Record<string, string[]>;
  lists: Record<string, number>;
  listHits: string[];
}

export function emptyReport(): BuildReport {
  return {
    skipped: {},
    onlyForeignLines: 0,
    adrJoins: {},
    adrExamples: [],
    names: {},
    nameExamples: {},
    lists: {},
    listHits: [],
  };
}

export function count(into: Record<string, number>, key: string, n = 1): void {
  into[key] = (into[key] ?? 0) + n;
}

/** Keeps the first few examples of a kind. */
export function example(report: BuildReport, kind: string, text: string, max = 8): void {
  const list = report.nameExamples[kind] ?? [];
  report.nameExamples[kind] = list;
  if (list.length < max) list.push(text);
}
