/** Test helper: the signals of a text, as [entityId, topics, status, denied] per signal, in order. */
import { extractSignals } from '../../../utils/signals';
import { mentionsOf } from './mentions';

export const NAMES: Record<string, string> = {
  Alibaba: 'alibaba',
  Baidu: 'baidu',
  BYD: 'byd',
  Tencent: 'tencent',
  Nvidia: 'nvidia',
  Huawei: 'huawei',
  'MP Materials': 'mp-materials',
  Toyota: 'toyota',
  'Hesai Technology': 'hesai',
  Intel: 'intel',
  'Rusal Corp': 'rusal',
  Apple: 'apple',
  JPMorgan: 'jpmorgan',
  'Goldman Sachs': 'goldman-sachs',
  'New York Times': 'nyt',
  'Autel Robotics': 'autel',
  Samsung: 'samsung',
  Google: 'google',
  Microsoft: 'microsoft',
  'Morgan Stanley': 'morgan-stanley',
  Tesla: 'tesla',
  阿里巴巴: 'alibaba',
  华为: 'huawei',
  腾讯: 'tencent',
  小米: 'xiaomi',
  英伟达: 'nvidia',
};

export function signals(text: string) {
  return extractSignals(text, mentionsOf(text, NAMES)).map((s) => [s.entityId, s.topics, s.status, s.denied]);
}

/** The topics found for one company in a one-sentence text (empty: no signal). */
export function topicsOf(text: string, entityId: string) {
  return extractSignals(text, mentionsOf(text, NAMES)).find((s) => s.entityId === entityId)?.topics ?? [];
}
