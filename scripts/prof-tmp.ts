import { readFileSync } from 'node:fs';
import { generateQuestions } from '../src/lib/questions/generate';
import { longArticle } from './bench/engine';
const seed = readFileSync('src/lib/server/seed/seed-article.txt', 'utf8');
const long = longArticle(seed);
const cpu = () => {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1000;
};
const best = (f: () => void, n: number) => {
	let b = Infinity;
	let tot = 0;
	for (let i = 0; i < n; i++) {
		const s = cpu();
		f();
		const d = cpu() - s;
		tot += d;
		b = Math.min(b, d);
	}
	return `${b.toFixed(1)}/${(tot / n).toFixed(1)}`;
};
for (let r = 0; r < 3; r++)
	console.log(
		'seed min/mean',
		best(() => generateQuestions(seed), 40),
		'long',
		best(() => generateQuestions(long), 6)
	);
