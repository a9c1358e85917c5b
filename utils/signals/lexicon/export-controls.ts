/** Cues for `export-controls`: the Entity List, chip and equipment export curbs, licences, foreign direct product rules. */
import type { Cue } from './cue';

export const EXPORT_CONTROLS: readonly Cue[] = [
  { re: 'Entity List' },
  { re: 'export[- ]control(?:s|led)?' },
  {
    re: 'export (?:curb|restriction|ban|rule|licen[cs]e|limit|regulation|permit|approval|blacklist)s?',
  },
  { re: 'exports? (?:of \\w+ )?to China (?:were|was|are|is) (?:banned|restricted|blocked|curbed)' },
  // "restricts Nvidia AI chip sales", "restrict Nvidia’s sale of its H20".
  {
    re: '(?:restrict|curb|ban|block|halt)(?:s|ed|ing|ned|ning)? (?:(?!import)\\S+ ){0,4}?(?:exports?|sales?|shipments?)',
  },
  {
    re: '(?:ban|bans|curbs?|restrictions?|limits?) on (?:the )?(?:\\w+ )?(?:exports?|sales?|shipments?|selling|shipping)',
  },
  { re: '(?:chip|semiconductor|equipment|technology) (?:curbs?|controls?|restrictions?|bans?)' },
  // Licences to sell abroad are granted by the Commerce Department; a licence from anyone else is not a control.
  { re: 'licen[cs]e(?:s|d)?', need: 'state' },
  { re: 'licen[cs]es? (?:\\w+ ){0,3}(?:to export|to ship|to sell|for exports?)' },
  { re: 'resum(?:e|es|ed|ing) (?:\\S+ ){0,2}?(?:exporting|exports|sales|selling|shipments|shipping)' },
  // Said next to chips, "restrictions" and "rules" are export controls ("Biden-era restrictions", "tighter rules").
  { re: 'restrictions|rules?|curbs|limits|restricted|bans?|banned|banning|exports?|exporting', need: 'chips' },
  // Licences by another name, next to chips: "Permits have also begun for AMD's chip", "licensing curbs".
  { re: 'permits?|licen[cs]ing', need: 'chips' },
  // Chips designed to fit the rules: "to comply with U.S. regulations".
  {
    re: 'compl(?:y|ie|ia)\\w* with (?:\\S+ ){0,3}?(?:regulation|rule|restriction|curb|control|threshold)s',
    need: 'chips',
  },
  { re: '实体清单|實體清單|出口管制|出口禁令|出口限制|出口许可|出口許可' },
  // Next to chips, 出口 (export) and 禁令 (ban) are export controls.
  { re: '出口|禁令|限制', need: 'chips' },
  // "the government has partly blocked its capacity to ship chipmaking equipment", "prevents it from shipping".
  {
    re: '(?:block|prevent|bar|stop|restrict)(?:s|ed|red|ped)? (?:\\S+ ){0,3}(?:from|to) (?:ship|export|sell)\\w*',
    need: 'state',
  },
  // "bars them from buying U.S. parts", "barred from acquiring American technology".
  {
    re: '(?:bar|ban|prevent|block)(?:s|red|ned|ed|ring|ning|ing)? (?:\\S+ ){0,3}?from (?:buying|acquiring|obtaining|receiving|using) (?:\\S+ ){0,2}?(?:U\\.S\\.|US|American)(?:-origin)? (?:technology|parts|components|chips|goods|items|software)',
  },
  { re: 'foreign direct product rules?' },
  // The Export Administration Regulations: "EAR-covered products", "items subject to the EAR".
  { re: 'EAR(?:-\\w+)?', exact: true },
  { re: 'FDPR' },
  { re: 'Bureau of Industry and Security' },
  // Reuters' name for the Entity List.
  { re: "(?:trade|economic|export|Commerce Department)(?:['’]s)? blacklist\\w*" },
  // Items under the EAR by their origin: "procuring U.S.-origin items", "ship US-origin items to Iran".
  { re: '(?:U\\.S\\.|US|American)-origin (?:items|goods|technology|components|parts|chips|software)' },
  { re: 'unverified list' },
  { re: 'military end[- ]users? list' },
];
