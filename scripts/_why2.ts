import { readFileSync } from 'node:fs';
import { articleText } from '../src/lib/polish/article';
import { cleanArticle } from '../src/lib/polish/clean';
import { analyzeArticle } from '../src/lib/questions/facts';
import { standsAlone, hasUnknownWord } from '../src/lib/questions/generate-sentences';
import { leansOnContext, detach, LEANING_WORDS } from '../src/lib/questions/context-words';
import { needsContext } from '../src/lib/questions/reference';
import { wordInfo } from '../src/lib/questions/grammar';
for (const f of process.argv.slice(2)) {
  const a = analyzeArticle(articleText(cleanArticle(readFileSync(f, 'utf8')).blocks));
  for (const s of a.sentences) {
    const lean = LEANING_WORDS.find(([re]) => re.test(detach(s.text)));
    const n = a.tokens[s.index].filter(t=>t.word).length;
    console.log(standsAlone(a, s) ? 'OK ' : '-- ', s.usable ? '' : 'UNUSABLE', n, lean ? 'lean:' + lean[0].source.slice(0, 30) : '', needsContext(s.text, w=>!!wordInfo(w).verb) ? 'ctx' : '', hasUnknownWord(a.tokens[s.index]) ? 'unk' : '', '|', s.text.slice(0, 120));
  }
}
