import { readdirSync, readFileSync } from 'node:fs';
import { articleText } from '../src/lib/polish/article';
import { cleanArticle } from '../src/lib/polish/clean';
import { analyzeArticle } from '../src/lib/questions/facts';
import { needsContext } from '../src/lib/questions/reference';
import { wordInfo } from '../src/lib/questions/grammar';
import { clutterIn } from '../src/lib/questions/lint';
const why = new Map<string, number>(); const ex = new Map<string, string[]>();
const add = (k: string, s: string) => { why.set(k, (why.get(k) ?? 0) + 1); const l = ex.get(k) ?? []; if (l.length < 4) l.push(s.slice(0, 110)); ex.set(k, l); };
for (const f of readdirSync('.real-articles/dev').sort()) {
  const a = analyzeArticle(articleText(cleanArticle(readFileSync(`.real-articles/dev/${f}`, 'utf8')).blocks));
  for (const s of a.sentences) {
    const n = a.tokens[s.index].filter(t => t.word).length;
    if (!s.usable) { add('unusable', s.text); continue; }
    if (!/[^.]\.$/.test(s.text.trim())) { add('no-final-dot', s.text); continue; }
    if (n > 32) { add('long', s.text); continue; }
    if (n < 6) { add('short', s.text); continue; }
    if (/^[„“”"«»—–-]/.test(s.text)) { add('speech-start', s.text); continue; }
    if (/[?!:;()]/.test(s.text)) { add('punct', s.text); continue; }
    const marks = s.text.match(/[„“”"«»]/g) ?? [];
    if (marks.length % 2 || / [-–—] /.test(s.text)) { add('quote/dash', s.text); continue; }
    if (needsContext(s.text, (w) => !!wordInfo(w).verb)) { add('needsContext', s.text); continue; }
    add('other-or-ok', s.text);
  }
}
for (const [k, v] of why) console.log(k, v, '\n   ' + ex.get(k)!.join('\n   '));
