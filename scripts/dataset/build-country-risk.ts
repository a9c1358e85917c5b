/**
 * Computes the country-risk table (ISO 3166-1 alpha-2 → 0–1) from the public data in ../shared/data/country_risk and
 * writes it to utils/exposure/country-risk-table.ts. The method is in docs/methodology.md ("Country-risk table").
 *
 *   npm run dataset:country-risk          # rewrite the table
 *   npm run dataset:country-risk:check    # exit 1 if the committed table is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { missingSharedData, REPO_ROOT, readSharedJson, readSharedText, SHARED_FILES } from '../lib/shared-data';
import { parseCsv } from './lib/csv';

export const COUNTRY_RISK_FILES = [
  SHARED_FILES.sanctionsPrograms,
  SHARED_FILES.gpr,
  SHARED_FILES.wgi,
  SHARED_FILES.iso3166,
] as const;

/** Issuers whose measures bind the investors GeoLens is written for: the US, the EU, the UK, the UN and close allies. */
const ISSUERS = new Set([
  'us_ofac',
  'us_state',
  'us_bis',
  'us_congress',
  'us_dod',
  'us_treasury',
  'us_fcc',
  'us_frb',
  'eu_council',
  'gb_fcdo',
  'gb_ofsi',
  'zz_unsc',
  'ch_seco',
  'au_dfat',
  'ca_mfa',
  'nz_mfat',
]);
/** Measures that restrict trade with or investment in the target; a blocking statute (EU-US-LEG) has none of them. */
const RESTRICTIVE_MEASURES = new Set([
  'Asset freeze',
  'Export control',
  'Financial restrictions',
  'Arms embargo',
  'Import restrictions',
  'Arms restrictions',
  'Investment ban',
  'Services ban',
  'Sectoral sanctions',
  'Debarment',
]);
/** Each qualifying program adds this much "probability" of a restriction (noisy-OR over programs). */
const PER_PROGRAM = 0.2;
/**
 * How much each channel counts in the country's risk, combined as a noisy-OR (docs/methodology.md): one severe channel
 * — sanctions on Russia, war risk in Taiwan — is not diluted by the others being benign, as an average would do.
 */
const W_SANCTIONS = 0.5;
const W_CONFLICT = 0.7;
const W_GOVERNANCE = 0.3;
/** GPR window: the latest 12 months against the 2000–2019 baseline. */
const GPR_RECENT_MONTHS = 12;
const GPR_BASELINE = [2000, 2019] as const;
/** A GPR surge of 2^3 = 8× the country's own baseline or more counts fully; its own baseline level or less, not at all. */
const GPR_FULL_SURGE_DOUBLINGS = 3;
/** Governance: how far law and state protect an investor. Political stability (pv) is read as conflict risk instead. */
const WGI_GOVERNANCE = ['cc', 'ge', 'rl', 'rq', 'va'] as const;
const WGI_STABILITY = 'pv';

export interface CountryRiskRow {
  /** Combined risk 0–1. */
  risk: number;
  /** Sanctions-program component 0–1. */
  sanctions: number;
  /** Governance component 0–1 (1 − mean WGI percentile rank of the five governance indicators). */
  governance: number | null;
  /** Conflict component 0–1: the mean of the GPR surge and WGI political instability (either alone when one is missing). */
  conflict: number | null;
  /** GPR surge 0–1 (log2 of recent ÷ baseline, over 3 doublings, clamped), or null where the country has no series. */
  gpr: number | null;
}

interface Program {
  key: string;
  issuer: string;
  target_territories: string[] | null;
  measures: string[] | null;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function computeCountryRisk(): { rows: Map<string, CountryRiskRow>; meta: Record<string, string> } {
  const iso = parseCsv(readSharedText(SHARED_FILES.iso3166));
  const a3to2 = new Map<string, string>();
  for (const r of iso) {
    const a2 = r['ISO3166-1-Alpha-2'];
    const a3 = r['ISO3166-1-Alpha-3'];
    if (a2 && a3 && /^[A-Z]{2}$/.test(a2)) a3to2.set(a3, a2);
  }
  // World Bank codes that differ from ISO 3166.
  for (const [wb, a2] of [
    ['ADO', 'AD'],
    ['KSV', 'XK'],
    ['ROM', 'RO'],
    ['TMP', 'TL'],
    ['WBG', 'PS'],
    ['ZAR', 'CD'],
  ] as const)
    a3to2.set(wb, a2);
  const countries = new Set(a3to2.values());

  // ── Sanctions programs ──
  const { programs } = readSharedJson<{ programs: Program[] }>(SHARED_FILES.sanctionsPrograms);
  const programCount = new Map<string, string[]>();
  for (const p of programs) {
    if (!ISSUERS.has(p.issuer) || !p.target_territories) continue;
    if (!(p.measures ?? []).some((m) => RESTRICTIVE_MEASURES.has(m))) continue;
    const issuerCountry = p.issuer.slice(0, 2);
    for (const t of p.target_territories) {
      const code = t.toUpperCase();
      if (!/^[A-Z]{2}$/.test(code) || code === issuerCountry.toUpperCase()) continue; // skip "zz", "ua-cri", own soil
      programCount.set(code, [...(programCount.get(code) ?? []), p.key]);
    }
  }

  // ── WGI (latest year) ──
  const wgi = parseCsv(readSharedText(SHARED_FILES.wgi));
  const wgiYear = Math.max(...wgi.map((r) => Number(r.year)).filter(Number.isFinite));
  const ranks = new Map<string, number[]>();
  const stability = new Map<string, number>();
  for (const r of wgi) {
    if (Number(r.year) !== wgiYear) continue;
    const a2 = a3to2.get(r.code ?? '');
    const rank = Number(r.pctrank);
    if (!a2 || r.pctrank === '..' || !Number.isFinite(rank)) continue;
    if (r.indicator === WGI_STABILITY) stability.set(a2, rank);
    else if (WGI_GOVERNANCE.includes(r.indicator as never)) ranks.set(a2, [...(ranks.get(a2) ?? []), rank]);
  }

  // ── GPR surge: mean of the latest 12 months ÷ 2000–2019 mean, ranked among the countries that have a series ──
  const gprRows = parseCsv(readSharedText(SHARED_FILES.gpr));
  const monthKey = (m: string) => {
    const [, mm, yyyy] = m.split('/');
    return Number(yyyy) * 100 + Number(mm);
  };
  const withMonth = gprRows.filter((r) => /^\d{2}\/\d{2}\/\d{4}$/.test(r.month ?? ''));
  const latest = Math.max(...withMonth.filter((r) => r.GPR).map((r) => monthKey(r.month!)));
  const recentMonths = [...new Set(withMonth.map((r) => monthKey(r.month!)))]
    .filter((k) => k <= latest)
    .sort((a, b) => b - a)
    .slice(0, GPR_RECENT_MONTHS);
  const surge = new Map<string, number>();
  for (const col of Object.keys(gprRows[0] ?? {})) {
    const m = /^GPRC_([A-Z]{3})$/.exec(col);
    const a2 = m && a3to2.get(m[1]!);
    if (!a2) continue;
    const mean = (rows: typeof withMonth) => {
      const xs = rows.map((r) => Number(r[col])).filter((x) => Number.isFinite(x));
      return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : Number.NaN;
    };
    const recent = mean(withMonth.filter((r) => recentMonths.includes(monthKey(r.month!)) && r[col]));
    const base = mean(
      withMonth.filter((r) => {
        const k = monthKey(r.month!);
        return r[col] && k >= GPR_BASELINE[0] * 100 + 1 && k <= GPR_BASELINE[1] * 100 + 12;
      }),
    );
    if (Number.isFinite(recent) && base > 0)
      surge.set(a2, Math.min(1, Math.max(0, Math.log2(recent / base) / GPR_FULL_SURGE_DOUBLINGS)));
  }

  const rows = new Map<string, CountryRiskRow>();
  for (const code of [...countries].sort()) {
    const n = programCount.get(code)?.length ?? 0;
    const sanctions = 1 - (1 - PER_PROGRAM) ** n;
    const r = ranks.get(code);
    const governance = r?.length ? 1 - r.reduce((s, x) => s + x, 0) / r.length / 100 : null;
    const gpr = surge.get(code) ?? null;
    const pv = stability.get(code);
    const instability = pv === undefined ? null : 1 - pv / 100;
    const parts = [gpr, instability].filter((x): x is number => x !== null);
    const conflict = parts.length ? parts.reduce((a, b) => a + b, 0) / parts.length : null;
    // A missing component is replaced by the governance score (or, with neither, by the world median of 0.5).
    const g = governance ?? 0.5;
    const risk = 1 - (1 - W_SANCTIONS * sanctions) * (1 - W_CONFLICT * (conflict ?? g)) * (1 - W_GOVERNANCE * g);
    rows.set(code, {
      risk: round2(risk),
      sanctions: round2(sanctions),
      governance: governance === null ? null : round2(governance),
      conflict: conflict === null ? null : round2(conflict),
      gpr: gpr === null ? null : round2(gpr),
    });
  }
  const fmt = (k: number) => `${Math.floor(k / 100)}-${String(k % 100).padStart(2, '0')}`;
  return {
    rows,
    meta: {
      wgiYear: String(wgiYear),
      gprWindow: `${fmt(recentMonths.at(-1)!)}..${fmt(recentMonths[0]!)}`,
      gprBaseline: `${GPR_BASELINE[0]}..${GPR_BASELINE[1]}`,
    },
  };
}

export function renderCountryRiskModule(): string {
  const { rows, meta } = computeCountryRisk();
  const lines = [...rows].map(
    ([code, r]) =>
      `  ${code}: [${r.risk}, ${r.sanctions}, ${r.governance ?? 'null'}, ${r.conflict ?? 'null'}, ${r.gpr ?? 'null'}],`,
  );
  const metaLiteral = Object.entries(meta)
    .map(([k, v]) => `${k}: '${v}'`)
    .join(', ');
  return `/**
 * Country-risk table, GENERATED by scripts/dataset/build-country-risk.ts from ../shared/data/country_risk — do not edit.
 * Method and sources: docs/methodology.md, "Country-risk table".
 *
 * Per ISO 3166-1 alpha-2 code: [risk, sanctions, governance, conflict, gpr], each 0–1; null where the source has no data.
 * risk = 1 − (1 − ${W_SANCTIONS} × sanctions)(1 − ${W_CONFLICT} × conflict)(1 − ${W_GOVERNANCE} × governance), a noisy-OR;
 * conflict = mean(gpr surge, 1 − WGI political-stability rank); a missing part takes the governance value.
 * WGI year ${meta.wgiYear}; GPR window ${meta.gprWindow} against the ${meta.gprBaseline} baseline.
 */

export type CountryRiskTuple = readonly [
  risk: number,
  sanctions: number,
  governance: number | null,
  conflict: number | null,
  gpr: number | null,
];

export const COUNTRY_RISK_META = { ${metaLiteral} } as const;

export const COUNTRY_RISK: Readonly<Record<string, CountryRiskTuple>> = {
${lines.join('\n')}
};
`;
}

const OUT = resolve(REPO_ROOT, 'utils/exposure/country-risk-table.ts');

if (import.meta.url === `file://${process.argv[1]}`) {
  const missing = missingSharedData(COUNTRY_RISK_FILES);
  if (missing) {
    console.error(`[country-risk] ${missing}`);
    process.exit(2);
  }
  const text = renderCountryRiskModule();
  if (process.argv.includes('--check')) {
    const current = readFileSync(OUT, 'utf8');
    if (current !== text) {
      console.error(`[country-risk] ${OUT} is stale: run npm run dataset:country-risk`);
      process.exit(1);
    }
    console.log('[country-risk] up to date');
  } else {
    writeFileSync(OUT, text);
    console.log(`[country-risk] wrote ${OUT}`);
  }
}
