import { readdirSync, readFileSync } from 'node:fs';
import { articleText } from '../src/lib/polish/article';
import { cleanArticle } from '../src/lib/polish/clean';
import { generateQuestions } from '../src/lib/questions/generate';
import { englishMeanings } from '../src/lib/server/words/glossary-file';
const C = (q: any) => ['wh', 'choice', 'truefalse', 'order'].includes(q.type) && q.skill !== 'vocabulary';
let lack = 0, lackPool = 0;
for (const f of readdirSync('.real-articles/dev').sort()) {
  const text = articleText(cleanArticle(readFileSync(`.real-articles/dev/${f}`, 'utf8')).blocks);
  const q10 = generateQuestions(text, { max: 10, meaning: englishMeanings }), q60 = generateQuestions(text, { max: 60, meaning: englishMeanings });
  const c10 = q10.filter(C).length, c60 = q60.filter(C).length;
  if (c10 < 5) { lack++; if (c60 < 5) lackPool++; console.log(f, 'content top10', c10, 'pool', c60, 'total10', q10.length); }
}
console.log('lack', lack, 'lack in pool', lackPool);
