/** Signals (issue 15): sentences on a page that tie a company to state power. Text in, signals out; no DOM. */
export { extractSignals, extractSignalsFor } from './extract';
export { segmentSentences } from './segment';
export { type Signal, type Span, type Status, TOPICS, type Topic } from './types';
