import { loadEvalData } from '../test/unit/detect/corpus';
const d = loadEvalData(); if (typeof d === 'string') throw 0;
const ctx = d.entries.flatMap(e => (e.contextualNames ?? []).map(n => n));
const cau = d.entries.flatMap(e => (e.cautiousNames ?? []).map(n => n));
console.log('contextual', ctx.length, ctx.join(', '));
console.log('cautious', cau.length, cau.join(', '));
