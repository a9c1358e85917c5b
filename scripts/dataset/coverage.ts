/**
 * Writes the analyst table of the 40 most-covered companies into docs/coverage.md, between the
 * `<!-- coverage-table:start -->` and `<!-- coverage-table:end -->` markers (the rest of the file is written by hand).
 *   npm run dataset:coverage          # rewrite the table
 *   npm run dataset:coverage:check    # exit 1 if the committed table is stale
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Entity, parseDataset } from '../../utils/exposure/schema';
import { formatScore } from '../../utils/exposure/score';
import { REPO_ROOT } from '../lib/shared-data';
import { renderDataset } from './build';
import { REVENUE_UNDISCLOSED } from './curation/revenue';
import { type ReferenceRow, referenceRows } from './lib/reference-scores';
import { REVENUE_TARGETS_FILE } from './revenue-targets';

export const COVERAGE_FILE = resolve(REPO_ROOT, 'docs/coverage.md');
export const START = '<!-- coverage-table:start -->';
export const END = '<!-- coverage-table:end -->';

/** One line per company: why its score is right (or what is missing), in the analyst's words. */
const WHY: Readonly<Record<string, string>> = {
  Apple: 'Most exposed US mega-cap: Greater China is about a fifth of sales and most assembly is in China.',
  Microsoft:
    'A 2023 settled export and sanctions case is its only record beyond US country risk; its 10-K names no country outside the US at 10% of revenue, so Low is fair.',
  Nvidia:
    'Export controls on AI chips to China are in force, China was a material share of sales, and it depends on TSMC in Taiwan.',
  Tesla:
    'China was 21% of 2024 revenue and Shanghai builds much of its output; the revenue share and that dependence drive the score.',
  Amazon:
    'A 2020 settled sanctions case, US country risk and the 2025 China tariffs it named in its outlook; its filings show no China revenue line, so Guarded, at the low end.',
  Alphabet:
    'Two foreign regulators act on it: China’s antitrust probe of Google (February 2025, reported) and the EU’s €2.95B adtech fine (September 2025); no China revenue line in its 10-K.',
  Meta: 'Russia blocked Facebook in March 2022 and the EU fined it under the Digital Markets Act in 2025; its 10-K shows no China revenue line, so Guarded, not higher.',
  TSMC: 'China was about 11% of 2024 revenue, US export rules bind its China sales and a wider US chip tariff is still proposed; Taiwan’s conflict risk counts in the country value (Taiwan revenue is home, not exposure).',
  Samsung:
    'Korea is low risk, but its China fabs (Xi’an, Suzhou) depend on US licences: the standing US authorisation for its China chip plant ended on 31 December 2025.',
  ASML: 'Dutch and US export controls bar its most advanced tools from China, which with Taiwan made over half of its 2023 sales.',
  Intel:
    'China was 27% of 2023 revenue and the US revoked its licences to sell to a Chinese customer in 2024; the US government stake is a tailwind, shown beside the score, not subtracted.',
  AMD: 'AI-chip export controls to China apply; it relies on TSMC for manufacturing.',
  Qualcomm: 'China (handset makers) is close to half its revenue, the highest share among US chip designers.',
  Micron: 'China’s 2023 ban on its chips in critical infrastructure is a live regulatory action.',
  Boeing:
    'China’s lists name its defence unit (Boeing Defense, Space & Security) and a St. Louis site, not the parent: subsidiary listings at half weight.',
  'Lockheed Martin':
    'Chinese countermeasures target it over Taiwan arms sales: reverse exposure, not a US restriction.',
  RTX: 'China’s lists name Raytheon units over Taiwan arms sales, not RTX itself: subsidiary listings at half weight; the same shape as Boeing, hence the same score.',
  Caterpillar: 'Its August 2025 8-K put the 2025 US tariff cost at $1.5–1.8B; its filings show no China revenue line.',
  Nike: 'Greater China is 14% of revenue, and US tariffs raise the cost of the products it imports into North America.',
  Starbucks: 'China is its second market, so consumer nationalism and competition there count.',
  Walmart:
    'US country risk plus the 2025 tariffs it said force some price rises; its filings read so far give no China revenue line.',
  JPMorgan:
    'A Russian court’s $439.5M judgment for VTB (upheld in 2025) on top of US country risk; the tailwind (its US security-investment programme) is shown, never subtracted.',
  'Goldman Sachs':
    'US country risk and its Kremlin-approved exit from Russia in 2025, shown as history at minimal weight: the same risk factors as Exxon, hence the same score.',
  BP: 'UK country risk plus the write-off of its Rosneft stake after 2022; its 20-F shows no China or Russia revenue line now.',
  Shell: 'UK country risk; it left Russia in 2022 (about $4.2B of charges), shown as history at minimal weight.',
  Exxon:
    'US country risk plus Russia’s 2022 seizure of Sakhalin-1, shown as history at minimal weight; its 2025 10-K splits sales only into the US and the rest of the world.',
  Toyota:
    'Japan is low risk; the US Section 232 car tariff acts on the cars it ships to the US. Its China sales and joint ventures are not yet on record.',
  Sony: 'It expected US tariffs to cost about ¥100B of operating income in the year to March 2026; Japan is low risk.',
  SoftBank:
    'Japan’s country risk only: the China stakes that mattered (Alibaba) are mostly sold, and nothing current is on record.',
  'Nippon Steel':
    'Owns U.S. Steel under a US national-security agreement with a golden share, and US steel tariffs cut its profit: live constraints, each low in weight.',
  Volkswagen:
    'Germany’s country risk plus the US car tariff on the cars it ships to the US; its China joint ventures are not yet on record from an official source.',
  BYD: 'On DoD’s 1260H list and named in NDAA battery procurement bars, on top of China’s country risk.',
  CATL: 'On DoD’s 1260H list and NDAA battery bars; China’s country risk adds.',
  Xiaomi:
    'China’s country risk, India’s freeze of Xiaomi India’s funds (₹47B still held at end-2024) and the 2021 Pentagon designation a court blocked, shown as history (not in force).',
  Tencent: 'On DoD’s 1260H list since January 2025, on top of China’s country risk.',
  Alibaba: 'On the 1260H list; a reported White House memo alleges PLA support (alleged, counted at half).',
  PDD: 'Scored as Ireland, where it is headquartered; Pinduoduo’s China business is not captured by the country table.',
  JD: 'China’s country risk and a regulatory action; not on a US list.',
  Baidu: 'On DoD’s 1260H list for its AI and autonomous-driving work, on top of China’s country risk.',
  NIO: 'On DoD’s 1260H list; a Chinese EV maker with state investors.',
};

const KIND_SHORT: Readonly<Record<string, string>> = {
  'restricted-listing': 'list',
  'state-military-ties': 'state ties',
  'regulatory-action': 'regulatory',
  'revenue-exposure': 'revenue',
  'supply-chain': 'supply chain',
  jurisdiction: 'country',
  'national-security-tailwind': 'tailwind',
  'trade-exposure': 'trade',
};

function factorCell(r: ReferenceRow): string {
  return r.factors.map((f) => `${KIND_SHORT[f.kind] ?? f.kind}${f.list ? ` (${f.list})` : ''} ${f.status}`).join('; ');
}

const pct = (share: number) => `${(share * 100).toFixed(1).replace(/\.0$/, '')}%`;

/** The revenue targets and what the filings gave for each (docs/methodology.md, "Revenue exposure"). */
function revenueSection(entities: readonly Entity[]): string[] {
  const targets = JSON.parse(readFileSync(REVENUE_TARGETS_FILE, 'utf8')) as { id: string; name: string; why: string }[];
  const byId = new Map(entities.map((e) => [e.id, e]));
  let shares = 0;
  let none = 0;
  const rows = targets.map((t, i) => {
    const revenue = (byId.get(t.id)?.factors ?? []).filter((f) => f.kind === 'revenue-exposure' && f.revenue);
    const undisclosed = REVENUE_UNDISCLOSED[t.id];
    let cell = 'not read yet';
    if (revenue.length) {
      shares++;
      cell = revenue
        .map(
          (f) => `${f.revenue?.region} ${pct(f.revenue?.share ?? 0)} (${f.revenue?.fiscalYear}, ${f.revenue?.basis})`,
        )
        .join('; ');
    } else if (undisclosed) {
      none++;
      cell = `none disclosed (${undisclosed.fiscalYear}): ${undisclosed.note}`;
    }
    return `| ${i + 1} | ${byId.get(t.id)?.name ?? t.name} | ${t.why} | ${cell} |`;
  });
  return [
    '## Revenue exposure of the 150 revenue targets',
    '',
    `The list and its rule: \`scripts/dataset/revenue-targets.ts\`. ${shares} targets carry a revenue share from their`,
    `latest filing; ${none} filings were read and show no region the revenue rule covers; ${targets.length - shares - none} are not read yet.`,
    '',
    '| # | company | in the list as | revenue from a covered region (fiscal year, basis) |',
    '|---:|---|---|---|',
    ...rows,
  ];
}

export function renderCoverageTable(): string {
  const dataset = parseDataset(JSON.parse(renderDataset()));
  const rows = referenceRows(dataset.entities);
  const lines = [
    START,
    '<!-- Generated by `npm run dataset:coverage` (scripts/dataset/coverage.ts); edit the script, not this table. -->',
    '',
    '## The 40 most-covered companies',
    '',
    'Score and band as the card shows them (default weights); factors as kind and status; "listing" means the company is',
    'not curated and the card shows listing data only (its country and any official list).',
    '',
    '| company | score | band | data | factors | why that is right |',
    '|---|---:|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.company.name} | ${r.score === undefined ? '–' : formatScore(r.score)} | ${r.band ?? 'Not assessed'} | ${r.coverage} | ${factorCell(r) || '–'} | ${WHY[r.company.name] ?? ''} |`,
    ),
    '',
    ...revenueSection(dataset.entities),
    END,
  ];
  return lines.join('\n');
}

/** The file with the table replaced between the markers (appended, with the markers, when they are absent). */
export function renderCoverageFile(current: string): string {
  const table = renderCoverageTable();
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start >= 0 && end > start) return current.slice(0, start) + table + current.slice(end + END.length);
  const head = current.trim() ? `${current.trimEnd()}\n\n` : '# Coverage\n\n';
  return `${head}${table}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const current = existsSync(COVERAGE_FILE) ? readFileSync(COVERAGE_FILE, 'utf8') : '';
  const text = renderCoverageFile(current);
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error('[coverage] docs/coverage.md is stale: run npm run dataset:coverage');
      process.exit(1);
    }
    console.log('[coverage] up to date');
  } else {
    writeFileSync(COVERAGE_FILE, text);
    console.log(`[coverage] wrote ${COVERAGE_FILE}`);
  }
}
