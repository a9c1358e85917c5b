/**
 * Builds the embedded dataset (public/data/dataset.json) from the curated sources in scripts/dataset/curation/.
 *
 *   npm run dataset         # write public/data/dataset.json
 *   npm run dataset:check   # exit 1 if the committed file differs from a fresh build
 *
 * The build is pure: it reads only committed files (the curation and utils/exposure/country-risk-table.ts), so the
 * committed JSON can be checked against it anywhere. Facts are checked against the official lists by the truth tests
 * (test/unit/exposure/truth.test.ts), which need ../shared/data.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import {
  countryRisk,
  countryRiskLevel,
  countryRiskPhrase,
  jurisdictionSeverity,
} from '../../utils/exposure/country-risk';
import { countryInSentence } from '../../utils/exposure/labels';
import { listSeverity, RESTRICTED_LIST_META } from '../../utils/exposure/restricted-lists';
import { isHomeRegion, withRuleSeverity } from '../../utils/exposure/revenue-rule';
import {
  DATASET_SCHEMA_VERSION,
  type Dataset,
  type Entity,
  type Factor,
  parseDataset,
} from '../../utils/exposure/schema';
import { REPO_ROOT } from '../lib/shared-data';
import { CURATED } from './curation';
import type { Curated, ListRef } from './curation/dsl';
import { offScale } from './lib/severity-scales';
import { deriveTakeaway } from './lib/takeaway';

/** The day the curated facts were last checked. */
export const AS_OF = '2026-11-24';

export const DATASET_PATH = resolve(REPO_ROOT, 'public/data/dataset.json');

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
export const countryName = (code: string) => regionNames.of(code) ?? code;

function listFactor(c: Curated, ref: ListRef): Factor {
  const meta = RESTRICTED_LIST_META[ref.list];
  const when = ref.since ? ` since ${ref.since}` : ref.list === 'dod-1260h' ? ' (2026-06-08 edition)' : '';
  // Some list files cut an entry inside its alias bracket ("Gazprom, OAO (a.k.a. Open Joint Stock…"): the card quotes
  // the name before the bracket that never closes.
  const entry = ref.entry.replace(/\s*\([^)]*$/, '');
  const named = ref.entry === c.name ? '' : ` as "${entry}"`;
  const scope = ref.partial ? ' (an entry limited to some items or uses)' : '';
  const head = ref.subsidiary
    ? `Its subsidiary "${ref.entry}" is on the ${meta.label}${when}${scope}, not the company itself`
    : `On the ${meta.label}${named}${when}${scope}`;
  const summary = `${head}: ${meta.effect}.${ref.note ? ` ${ref.note}` : ''}`;
  return {
    kind: 'restricted-listing',
    severity: listSeverity(ref.list, { partial: ref.partial, subsidiary: ref.subsidiary }),
    status: 'confirmed',
    direction: 'risk',
    summary,
    list: ref.list,
    listEntry: ref.entry,
    ...(ref.since ? { since: ref.since } : {}),
    evidence: [meta.official, ...(ref.evidence ?? [])],
  };
}

function jurisdictionFactor(c: Curated, asOf: string): Factor {
  const hq = countryInSentence(c.hq);
  const inc = c.inc && c.inc !== c.hq ? c.inc : undefined;
  // Plain words first, the value in brackets (issue 16: "Country risk (GeoLens table, 0–1): Japan 0.05" was jargon).
  const incRisk = inc
    ? `; ${countryInSentence(inc)} (incorporation): ${countryRiskLevel(countryRisk(inc))} (${countryRisk(inc).toFixed(2)})`
    : '';
  const summary = c.jurisdiction?.note
    ? `${c.jurisdiction.note} ${hq.charAt(0).toUpperCase()}${hq.slice(1)}: ${countryRiskPhrase(c.hq)}${incRisk}.`
    : `Headquartered in ${hq}: ${countryRiskPhrase(c.hq)}${incRisk}.`;
  const evidence =
    c.jurisdiction?.evidence ??
    (c.cik
      ? [
          {
            title: `SEC EDGAR company record: ${c.name} (business address, state or country of incorporation)`,
            publisher: 'U.S. Securities and Exchange Commission',
            url: `https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=${String(c.cik).padStart(10, '0')}`,
            date: asOf,
          },
        ]
      : c.lists?.length
        ? [RESTRICTED_LIST_META[c.lists[0]!.list].official]
        : undefined);
  if (!evidence) throw new Error(`${c.id}: the jurisdiction factor needs evidence (a CIK, a list entry or a citation)`);
  return {
    kind: 'jurisdiction',
    severity: jurisdictionSeverity(c.hq, c.inc),
    status: 'confirmed',
    direction: 'risk',
    summary,
    evidence,
  };
}

/** A judged severity must be a step of its kind's curator scale (scripts/dataset/lib/severity-scales.ts). */
function onScale(c: Curated, f: Factor): Factor {
  const problem = offScale(f.kind, f.severity);
  if (problem) throw new Error(`${c.id}: ${problem}: "${f.summary.slice(0, 60)}…"`);
  if (f.revenue && isHomeRegion(f.revenue.region, c.hq))
    throw new Error(`${c.id}: revenue from "${f.revenue.region}" is home revenue (headquarters ${c.hq}), not exposure`);
  return f;
}

export function toEntity(c: Curated, asOf = AS_OF): Entity {
  const factors = [
    ...(c.lists ?? []).map((ref) => listFactor(c, ref)),
    // Revenue severities come from the written rule, never from the curation (docs/methodology.md).
    ...(c.factors ?? []).map(withRuleSeverity).map((f) => onScale(c, f)),
    jurisdictionFactor(c, asOf),
  ];
  return {
    id: c.id,
    name: c.name,
    aliases: withTraditionalForms(c.aliases ?? []),
    ambiguousNames: c.ambiguous ?? [],
    listings: c.listings ?? [],
    ...(c.private ? { private: true } : {}),
    hq: c.hq,
    ...(c.inc ? { incorporated: c.inc } : {}),
    sector: c.sector,
    ...(c.cik ? { cik: c.cik } : {}),
    ...(c.ownership ? { ownership: c.ownership } : {}),
    takeaway: c.takeaway ?? deriveTakeaway({ hq: c.hq, factors }),
    factors,
  };
}

/**
 * Chinese names as Hong Kong and Taiwan write them: news there uses traditional characters (比亞迪, not 比亚迪), so
 * each Chinese alias also gets its Hong Kong and Taiwan forms, from OpenCC's conversion tables (build time only;
 * nothing of OpenCC ships). Japanese names (with kana) are left as they are.
 */
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
export function withTraditionalForms(aliases: readonly string[]): string[] {
  const out = [...aliases];
  for (const alias of aliases) {
    if (!/[\u3400-\u9fff]/.test(alias) || /[\u3040-\u30ff]/.test(alias)) continue;
    for (const form of [toHongKong(alias), toTaiwan(alias)]) if (!out.includes(form)) out.push(form);
  }
  return out;
}

export function buildDataset(curated: readonly Curated[] = CURATED): Dataset {
  const dataset: Dataset = {
    schemaVersion: DATASET_SCHEMA_VERSION,
    asOf: AS_OF,
    source: {
      name: 'GeoLens embedded snapshot',
      publisher: 'GeoLens',
      description:
        'Curated by the GeoLens project from public facts: official restricted-party lists, SEC filings, regulators and major news outlets. Every factor cites its evidence.',
      license: 'CC BY 4.0 (facts from public-domain government lists; summaries written by GeoLens)',
    },
    entities: curated.map((c) => toEntity(c)),
  };
  // Validate like any feed: a curation mistake fails the build with the path named.
  return parseDataset(dataset);
}

export function renderDataset(dataset: Dataset = buildDataset()): string {
  return `${JSON.stringify(dataset, null, 1)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = renderDataset();
  if (process.argv.includes('--check')) {
    if (readFileSync(DATASET_PATH, 'utf8') !== text) {
      console.error('[dataset] public/data/dataset.json is stale: run npm run dataset');
      process.exit(1);
    }
    console.log('[dataset] up to date');
  } else {
    writeFileSync(DATASET_PATH, text);
    const n = JSON.parse(text).entities.length;
    console.log(`[dataset] wrote ${n} entities to ${DATASET_PATH}`);
  }
}
