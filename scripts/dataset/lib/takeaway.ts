/**
 * The one-line takeaway at the head of a card, derived by a rule from the entity's factors (a curator may override
 * it with `takeaway` in the curation). The rule, in order, while the line stays within {@link TAKEAWAY_MAX} characters:
 *
 * 1. the most severe confirmed list entry, in plain words ("On the Pentagon's Chinese-military-company list"), with
 *    "+N more lists" when there are others;
 * 2. the strongest other risk factor (by score weight × severity × confidence), in a few words and with its status:
 *    "alleged state or military ties, denied" when the summary reports a denial, "proposed …" for a pending rule;
 * 3. a national-security tailwind, when one is on record ("US government backing");
 * 4. the country, first when it weighs more than the strongest other factor (jurisdiction weight 0.5 × severity),
 *    and alone when nothing else is on record: "Country risk only (China); no other factors on record".
 */
import { RESTRICTED_LIST_META } from '../../../utils/exposure/restricted-lists';
import type { Entity, Factor } from '../../../utils/exposure/schema';

export const TAKEAWAY_MAX = 90;

/** Lists in a reader's words; a list missing here falls back to its label ("On the BIS Entity List"). */
const LIST_WORDS: Partial<Record<string, string>> = {
  'ofac-sdn': 'Under US blocking sanctions (SDN)',
  'ofac-ns-cmic': 'US investors barred from its securities',
  'dod-1260h': "On the Pentagon's Chinese-military-company list",
  'bis-entity-list': 'US exports need a licence (Entity List)',
  'bis-meu': 'On the US military end-user list',
  'dhs-uflpa': 'US import ban over forced labour (UFLPA)',
  'fcc-covered': 'On the FCC Covered List',
  'eu-sanctions': 'Under EU sanctions',
  'uk-sanctions': 'Under UK sanctions',
};

const KIND_WEIGHT: Record<string, number> = {
  'state-military-ties': 0.8,
  'regulatory-action': 0.7,
  'revenue-exposure': 0.6,
  'trade-exposure': 0.6,
  'supply-chain': 0.6,
};
const CONFIDENCE: Record<string, number> = { confirmed: 1, proposed: 0.75, alleged: 0.5 };

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** A factor in a few words, from its kind, fields and summary. */
function phrase(f: Factor): string {
  const s = f.summary;
  switch (f.kind) {
    case 'revenue-exposure':
      return f.revenue
        ? `${Math.round(f.revenue.share * 100)}% of revenue from ${f.revenue.region}`
        : 'revenue exposure';
    case 'supply-chain':
      if (/forced labou?r|Xinjiang/.test(s)) return 'Xinjiang sourcing under the US forced-labour ban';
      return /Taiwan/.test(s)
        ? 'relies on Taiwan for supply'
        : /China|Chinese/.test(s)
          ? 'relies on Chinese supply'
          : 'supply-chain dependence';
    case 'trade-exposure':
      if (/de minimis/.test(s)) return 'lost the US de minimis duty exemption';
      if (/countervailing|anti-dumping|\bduties\b/i.test(s) && /European Union|\bEU\b/.test(s))
        return 'EU trade duties';
      if (/\b(?:ban|bans|banned|embargo)\b/i.test(s) && /European Union|\bEU\b/.test(s)) return 'EU import ban';
      if (/countervailing|anti-dumping|dumped/i.test(s))
        return /\bUS\b|United States/.test(s) ? 'US trade duties' : 'trade duties';
      if (/connected (?:cars|vehicles)/i.test(s)) return 'US connected-car rule';
      if (/exports from China|export licen[cs]/i.test(s)) return 'Chinese export licensing';
      if (/export licen[cs]/i.test(s) && /China|Chinese/.test(s)) return 'Chinese export licensing';
      if (/car tariffs?|tariffs? on (?:imported )?cars|Cars it ships/i.test(s)) return 'US car tariffs';
      if (/tariff/i.test(s))
        return /China|Chinese|retaliat/.test(s) && !/\bUS\b|United States/.test(s) ? 'Chinese tariffs' : 'US tariffs';
      return 'trade measures';
    case 'state-military-ties':
      if (/\b(?:PLA|People's Liberation Army|military)\b/.test(s)) return 'military ties';
      return /\b(?:controlled|owned|owner|SASAC)\b/i.test(s) ? 'state-controlled' : 'state ties';
    default:
      if (/Holding Foreign Companies/.test(s)) return 'dormant US delisting risk (HFCAA)';
      if (/\bFCC\b/.test(s)) return 'FCC bars new US device approvals';
      if (/divest/.test(s)) return 'forced US divestment';
      if (/de minimis/.test(s)) return 'lost the US de minimis duty exemption';
      if (/cybersecurity review/.test(s)) return 'Chinese purchase ban';
      if (/temporary denial order/.test(s)) return 'US export denial order';
      if (/UFLPA/.test(s)) return 'US import ban over forced labour';
      if (/ICTS|banned sales/.test(s)) return 'US sales ban';
      if (/Unreliable Entity|countermeasure|export-control list/.test(s)) return 'targeted by Chinese countermeasures';
      if (/anti-dumping/.test(s)) return 'Chinese trade probe';
      if (/sanctions office|Office of Foreign Assets Control|OFAC/.test(s) && /settle|paid/.test(s))
        return 'settled a US sanctions case';
      if (/sectoral sanctions/.test(s)) return 'US sectoral sanctions';
      if (/Russian (?:shares|securities)|shares (?:or|and) bonds|FAQ 1054/.test(s))
        return 'US investors barred from buying its shares';
      if (/\bRussia/.test(s))
        return /^(?:Sold|Wrote off|Formed from)|\b(?:suspend|suspended|exited|left Russia|withdrew)\b/.test(s)
          ? 'legacy Russia exposure'
          : 'still has business in Russia';
      if (/export (?:control|rule|licen)/i.test(s)) return 'US export controls';
      if (/NDAA|federal agencies/.test(s)) return 'US federal purchasing ban';
      return 'regulatory action';
  }
}

function withStatus(f: Factor): string {
  const p = phrase(f);
  if (f.status === 'alleged') return `alleged ${p}${/\bden(?:y|ies|ied)\b/i.test(f.summary) ? ', denied' : ''}`;
  if (f.status === 'proposed') return `proposed ${p}`;
  return p;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The generated takeaway for an entity (see the module comment for the rule). */
export function deriveTakeaway(e: Pick<Entity, 'hq' | 'factors'>): string {
  const risks = e.factors.filter((f) => f.direction === 'risk');
  const parts: string[] = [];
  const listed = risks
    .filter((f) => f.kind === 'restricted-listing' && f.status === 'confirmed')
    .sort((a, b) => b.severity - a.severity);
  if (listed[0]) {
    const list = listed[0].list ?? '';
    const lists = new Set(listed.map((f) => f.list));
    const words =
      LIST_WORDS[list] ?? `On the ${RESTRICTED_LIST_META[list as keyof typeof RESTRICTED_LIST_META]?.label ?? list}`;
    parts.push(lists.size > 1 ? `${words}, +${lists.size - 1} more ${lists.size > 2 ? 'lists' : 'list'}` : words);
  }
  const other = risks
    .filter((f) => f.kind in KIND_WEIGHT)
    .sort(
      (a, b) =>
        KIND_WEIGHT[b.kind]! * b.severity * CONFIDENCE[b.status]! -
        KIND_WEIGHT[a.kind]! * a.severity * CONFIDENCE[a.status]!,
    )[0];
  const country = regionNames.of(e.hq) ?? e.hq;
  const place = risks.find((f) => f.kind === 'jurisdiction');
  const weight = (f: Factor) => KIND_WEIGHT[f.kind]! * f.severity * CONFIDENCE[f.status]!;
  if (!listed[0] && place && (!other || 0.5 * place.severity > weight(other))) parts.push(`${country} country risk`);
  if (other) parts.push(withStatus(other));
  if (e.factors.some((f) => f.kind === 'national-security-tailwind')) parts.push('state backing as a strategic asset');
  if (parts[0] === `${country} country risk` && !other)
    return parts.length > 1
      ? `Country risk only (${country}); ${parts[1]}`
      : `Country risk only (${country}); no other factors on record`;
  if (!parts.length) return 'No factors on record';
  let line = cap(parts[0]!);
  for (const p of parts.slice(1)) if (`${line}; ${p}`.length <= TAKEAWAY_MAX) line = `${line}; ${p}`;
  return line.length <= TAKEAWAY_MAX ? line : `${line.slice(0, TAKEAWAY_MAX - 1).replace(/\s+\S*$/, '')}…`;
}
