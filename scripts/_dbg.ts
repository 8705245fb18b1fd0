import { readdirSync, readFileSync } from 'node:fs';
import { articleText } from '../src/lib/polish/article';
import { cleanArticle } from '../src/lib/polish/clean';
import { generateQuestions } from '../src/lib/questions/generate';
const tot10: Record<string, number> = {}, tot40: Record<string, number> = {};
let short = 0;
for (const f of readdirSync('.real-articles/dev').sort()) {
  const text = articleText(cleanArticle(readFileSync(`.real-articles/dev/${f}`, 'utf8')).blocks);
  const q10 = generateQuestions(text, { max: 10 }), q40 = generateQuestions(text, { max: 60 });
  for (const q of q10) tot10[q.type] = (tot10[q.type] ?? 0) + 1;
  for (const q of q40) tot40[q.type] = (tot40[q.type] ?? 0) + 1;
  if (q10.length < 8) { short++; console.log(f, q10.length, 'pool', q40.length, JSON.stringify(q40.reduce((m: any, q) => (m[q.type] = (m[q.type] ?? 0) + 1, m), {}))); }
}
console.log('top10', tot10, '\npool', tot40, 'short', short);
