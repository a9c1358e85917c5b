/**
 * Scoring signals against hand labels (test/fixtures/signals/README.md): a prediction matches a label when it is for
 * the same entity and its sentence contains the label's quote, one to one. Exported for a report script.
 */
import { type Status, TOPICS, type Topic } from '../../../utils/signals';

export interface SignalLabel {
  entity: string;
  quote: string;
  topics: Topic[];
  status: Status;
  denied: boolean;
}

export interface SignalPrediction {
  entityId: string;
  sentence: string;
  topics: readonly Topic[];
  status: Status;
  denied: boolean;
}

export interface ArticleResult {
  article: string;
  labels: readonly SignalLabel[];
  predictions: readonly SignalPrediction[];
}

export interface SignalScore {
  labels: number;
  predictions: number;
  matched: number;
  /** Matched predictions / predictions (1 when there are none). */
  precision: number;
  /** Matched labels / labels (1 when there are none). */
  recall: number;
  /** Of matched pairs: the same topic set. */
  topicAccuracy: number;
  /** Of matched pairs: the same status. */
  statusAccuracy: number;
  /** Of matched pairs: the same `denied`. */
  deniedAccuracy: number;
  /** Per topic: labels with it, and those matched by a prediction that has it too. */
  perTopic: Record<Topic, { labels: number; found: number; recall: number }>;
  misses: { article: string; label: SignalLabel }[];
  extras: { article: string; prediction: SignalPrediction }[];
  wrong: { article: string; label: SignalLabel; prediction: SignalPrediction }[];
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

/** Scores every article's predictions against its labels. */
export function scoreSignals(articles: readonly ArticleResult[]): SignalScore {
  const perTopic = Object.fromEntries(
    TOPICS.map((t) => [t, { labels: 0, found: 0, recall: 1 }]),
  ) as SignalScore['perTopic'];
  const score = { labels: 0, predictions: 0, matched: 0, topics: 0, status: 0, denied: 0 };
  const misses: SignalScore['misses'] = [];
  const extras: SignalScore['extras'] = [];
  const wrong: SignalScore['wrong'] = [];
  for (const { article, labels, predictions } of articles) {
    const used = new Set<number>();
    score.labels += labels.length;
    score.predictions += predictions.length;
    for (const label of labels) {
      const i = predictions.findIndex(
        (p, j) => !used.has(j) && p.entityId === label.entity && p.sentence.includes(label.quote),
      );
      for (const t of label.topics) perTopic[t].labels++;
      if (i < 0) {
        misses.push({ article, label });
        continue;
      }
      used.add(i);
      const p = predictions[i]!;
      score.matched++;
      const sameTopics = p.topics.length === label.topics.length && label.topics.every((t) => p.topics.includes(t));
      if (sameTopics) score.topics++;
      if (p.status === label.status) score.status++;
      if (p.denied === label.denied) score.denied++;
      if (!sameTopics || p.status !== label.status || p.denied !== label.denied)
        wrong.push({ article, label, prediction: p });
      for (const t of label.topics) if (p.topics.includes(t)) perTopic[t].found++;
    }
    predictions.forEach((prediction, j) => {
      if (!used.has(j)) extras.push({ article, prediction });
    });
  }
  for (const t of TOPICS) perTopic[t].recall = ratio(perTopic[t].found, perTopic[t].labels);
  return {
    labels: score.labels,
    predictions: score.predictions,
    matched: score.matched,
    precision: ratio(score.matched, score.predictions),
    recall: ratio(score.matched, score.labels),
    topicAccuracy: ratio(score.topics, score.matched),
    statusAccuracy: ratio(score.status, score.matched),
    deniedAccuracy: ratio(score.denied, score.matched),
    perTopic,
    misses,
    extras,
    wrong,
  };
}

/** A few lines for the console: the headline figures and per-topic recall. */
export function formatScore(name: string, s: SignalScore): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const topics = TOPICS.filter((t) => s.perTopic[t].labels > 0)
    .map((t) => `${t} ${pct(s.perTopic[t].recall)} (${s.perTopic[t].found}/${s.perTopic[t].labels})`)
    .join(', ');
  return [
    `${name}: ${s.labels} labels, ${s.predictions} predictions, ${s.matched} matched`,
    `  pair precision ${pct(s.precision)}, recall ${pct(s.recall)}; topic accuracy ${pct(s.topicAccuracy)}, status accuracy ${pct(s.statusAccuracy)}, denied accuracy ${pct(s.deniedAccuracy)}`,
    `  per-topic recall: ${topics || 'no labels'}`,
  ].join('\n');
}
