/**
 * Computes the country-risk table (ISO 3166-1 alpha-2 → 0–1) from the public data in ../shared/data/country_risk and
 * writes it to utils/exposure/country-risk.ts. The method is in docs/methodology.md ("Country-risk table").
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
/** Weights of the three components. */
const W_SANCTIONS = 0.5;
const W_GOVERNANCE = 0.3;
const W_GPR = 0.2;
/** GPR window: the latest 12 months against the 2000–2019 baseline. */
const GPR_RECENT_MONTHS = 12;
const GPR_BASELINE = [2000, 2019] as const;
const WGI_INDICATORS = ['cc', 'ge', 'pv', 'rl', 'rq', 'va'] as const;

export interface CountryRiskRow {
  /** Combined risk 0–1. */
  risk: number;
  /** Sanctions-program component 0–1. */
  sanctions: number;
  /** Governance component 0–1 (1 − mean WGI percentile rank). */
  governance: number | null;
  /** Geopolitical-risk component 0–1 (percentile of the GPR surge), or null where the country has no GPR series. */
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
  for (const r of wgi) {
    if (Number(r.year) !== wgiYear || !WGI_INDICATORS.includes(r.indicator as never)) continue;
    const a2 = a3to2.get(r.code ?? '');
    const rank = Number(r.pctrank);
    if (!a2 || r.pctrank === '..' || !Number.isFinite(rank)) continue;
    ranks.set(a2, [...(ranks.get(a2) ?? []), rank]);
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
    if (Number.isFinite(recent) && base > 0) surge.set(a2, Math.log(recent / base));
  }
  const sortedSurge = [...surge.values()].sort((a, b) => a - b);
  const percentile = (x: number) =>
    sortedSurge.length > 1 ? sortedSurge.filter((y) => y < x).length / (sortedSurge.length - 1) : 0.5;

  const rows = new Map<string, CountryRiskRow>();
  for (const code of [...countries].sort()) {
    const n = programCount.get(code)?.length ?? 0;
    const sanctions = 1 - (1 - PER_PROGRAM) ** n;
    const r = ranks.get(code);
    const governance = r?.length ? 1 - r.reduce((s, x) => s + x, 0) / r.length / 100 : null;
    const s = surge.get(code);
    const gpr = s === undefined ? null : percentile(s);
    // A missing component is replaced by the governance score (or, with neither, by the world median of 0.5).
    const g = governance ?? 0.5;
    const risk = W_SANCTIONS * sanctions + W_GOVERNANCE * g + W_GPR * (gpr ?? g);
    rows.set(code, {
      risk: round2(risk),
      sanctions: round2(sanctions),
      governance: governance === null ? null : round2(governance),
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
    ([code, r]) => `  ${code}: [${r.risk}, ${r.sanctions}, ${r.governance ?? 'null'}, ${r.gpr ?? 'null'}],`,
  );
  const metaLiteral = Object.entries(meta)
    .map(([k, v]) => `${k}: '${v}'`)
    .join(', ');
  return `/**
 * Country-risk table, GENERATED by scripts/dataset/build-country-risk.ts from ../shared/data/country_risk — do not edit.
 * Method and sources: docs/methodology.md, "Country-risk table".
 *
 * Per ISO 3166-1 alpha-2 code: [risk, sanctions, governance, gpr], each 0–1; null where the source has no data.
 * risk = ${W_SANCTIONS} × sanctions + ${W_GOVERNANCE} × governance + ${W_GPR} × gpr (a missing part takes the governance value).
 * WGI year ${meta.wgiYear}; GPR window ${meta.gprWindow} against the ${meta.gprBaseline} baseline.
 */

export type CountryRiskTuple = readonly [
  risk: number,
  sanctions: number,
  governance: number | null,
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
