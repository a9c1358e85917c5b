import { compileMatcher } from '../utils/detect/matcher';
const m = compileMatcher([{ entityId: 'shell', names: [], contextualNames: ['Shell'], tickers: [{ symbol: 'SHEL', exchange: 'NYSE' }] }]);
console.log(m.find('an empty shell company, and a Shell Company Report'));
console.log(m.find('and a Shell Company Report'));
