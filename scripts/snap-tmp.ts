import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { generateQuestions } from '../src/lib/questions/generate';
const files = [
	'src/lib/server/seed/seed-article.txt',
	...readdirSync('src/lib/questions/corpus')
		.filter((f) => f.endsWith('.txt'))
		.map((f) => 'src/lib/questions/corpus/' + f),
	...['dev', 'holdout'].flatMap((d) => readdirSync('.real-articles/' + d).map((f) => `.real-articles/${d}/${f}`))
];
const out = files.map((f) => f + '\n' + JSON.stringify(generateQuestions(readFileSync(f, 'utf8'), { max: 20 }), null, 1));
writeFileSync(process.argv[2], out.join('\n\n'));
