import { readFileSync } from 'node:fs';
const r = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
const kb = (n: number) => (n / 1000).toFixed(1);
for (const c of r.search.costs) console.log('one', c.query, kb(c.relevance.first.bytes), kb(c.date.first.bytes), 'trend', kb(c.relevance.trend?.bytes ?? 0), JSON.stringify(c.relevance.first.kinds));
for (const c of r.search.twoWords) console.log('two', c.query, kb(c.relevance.first.bytes), kb(c.date.first.bytes), 'trend', kb(c.relevance.trend?.bytes ?? 0), kb(c.date.trend?.bytes ?? 0), JSON.stringify(c.relevance.first.kinds), c.relevance.first.ms, c.date.first.ms);
const l = r.search.longQuery; console.log('long', kb(l.relevance.first.bytes), l.relevance.first.ms, kb(l.date.first.bytes), l.date.first.ms, JSON.stringify(l.relevance.first.kinds));
const g = r.search.range; console.log('range', g.params, g.relevance.parts, g.date.parts, g.overlapping, kb(g.relevance.first.bytes), kb(g.date.first.bytes));
