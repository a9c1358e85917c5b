/**
 * The matchers a user could pick instead of GeoLens's, each behind one shape: compile a list of patterns, then find
 * every occurrence in a text. They get the same patterns (the dictionary's names and symbols) and the same text.
 */
import { createRequire } from 'node:module';
import { AhoCorasick as MonyoneAhoCorasick } from '@monyone/aho-corasick';
import ModernAhoCorasick from 'modern-ahocorasick';
import ModernFastAhoCorasick from 'modern-ahocorasick/fast';

const require = createRequire(import.meta.url);
// CommonJS only, no types.
const AhoCorasick: new (keywords: string[]) => { search(text: string): [number, string[]][] } = require('ahocorasick');

export interface Peer {
  name: string;
  /** Builds the matcher; returns a function that scans a text and returns how many matches it found. */
  compile(patterns: string[]): (text: string) => number;
  /** Scan only this many characters of the text (for matchers that slow down badly on long texts). */
  sliceChars?: number;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const PEERS: Peer[] = [
  {
    name: 'ahocorasick',
    compile(patterns) {
      const ac = new AhoCorasick(patterns);
      return (text) => ac.search(text).length;
    },
  },
  {
    name: '@monyone/aho-corasick',
    compile(patterns) {
      const ac = new MonyoneAhoCorasick(patterns);
      return (text) => ac.matchInText(text).length;
    },
  },
  {
    name: 'modern-ahocorasick',
    sliceChars: 20_000,
    compile(patterns) {
      const ac = new ModernAhoCorasick(patterns);
      return (text) => ac.search(text).length;
    },
  },
  {
    name: 'modern-ahocorasick/fast',
    sliceChars: 20_000,
    compile(patterns) {
      const ac = new ModernFastAhoCorasick(patterns);
      return (text) => ac.search(text).length;
    },
  },
  {
    name: 'regexp-alternation',
    compile(patterns) {
      // Longest first, so that the alternation prefers "Alibaba Group" over "Alibaba", as GeoLens does.
      const sorted = [...patterns].sort((a, b) => b.length - a.length).map(escapeRegExp);
      const re = new RegExp(`\\b(?:${sorted.join('|')})\\b`, 'g');
      return (text) => {
        let n = 0;
        re.lastIndex = 0;
        while (re.exec(text) !== null) n++;
        return n;
      };
    },
  },
  {
    name: 'bare-scan',
    compile() {
      // The floor: read every code unit once and do nothing with it.
      return (text) => {
        let sum = 0;
        for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
        return sum & 1;
      };
    },
  },
];
