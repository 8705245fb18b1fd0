// Development measure on real published articles (kept out of the repository in .real-articles/,
// because they are other people's texts): questions per article, types, content share and the
// surface check of lint.ts. Writes every question to .real-articles/out/SPLIT.md for rating.
//   npx tsx scripts/real-eval.ts [--split dev|holdout|all] [--max N] [--dir DIR]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { articleText } from '../src/lib/polish/article';
import { cleanArticle } from '../src/lib/polish/clean';
import { generateQuestions } from '../src/lib/questions/generate';
import { lintQuestions } from '../src/lib/questions/lint';
import type { Question } from '../src/lib/questions/types';
import { englishMeanings } from '../src/lib/server/words/glossary-file';

const { values } = parseArgs({ options: { split: { type: 'string' }, max: { type: 'string' }, dir: { type: 'string' } } });
const dir = values.dir ?? '.real-articles';
const max = Number(values.max ?? 10);
const splits = values.split === 'all' || !values.split ? ['dev', 'holdout'] : [values.split];
const CONTENT = new Set(['wh', 'choice', 'truefalse', 'order']);

function show(q: Question, i: number): string {
	const lines = [`${i + 1}. [${q.type}/${q.skill}] ${q.prompt.replace(/\n/g, ' / ')}`];
	if (q.options.length && q.type !== 'truefalse') lines.push(`   options: ${q.options.join(' | ')}`);
	lines.push(`   answer: ${q.answer.replace(/\n/g, ' → ')}`);
	lines.push(`   evidence: ${q.evidence.sentence}`);
	return lines.join('\n');
}

for (const split of splits) {
	const files = readdirSync(join(dir, split))
		.filter((f) => f.endsWith('.txt'))
		.sort();
	const rows: string[] = [];
	const out: string[] = [`# ${split}: questions (max ${max})`, ''];
	let total = 0;
	let content = 0;
	let typesOk = 0;
	let long = 0;
	let longFull = 0;
	const lint = new Map<string, number>();
	for (const file of files) {
		const raw = readFileSync(join(dir, split, file), 'utf8');
		const cleaned = cleanArticle(raw);
		const text = articleText(cleaned.blocks);
		const words = text.split(/\s+/).filter(Boolean).length;
		const qs = generateQuestions(text, { max, meaning: englishMeanings });
		const types = new Set(qs.map((q) => q.type));
		const nContent = qs.filter((q) => CONTENT.has(q.type) && q.skill !== 'vocabulary').length;
		total += qs.length;
		content += nContent;
		if (types.size >= 3) typesOk++;
		if (words > 250) {
			long++;
			if (qs.length >= 9) longFull++;
		}
		// The surface check counts what the generator would show without its last gate.
		const problems = lintQuestions(generateQuestions(text, { max, gate: false, meaning: englishMeanings }), text).filter(
			(p) => p.kinds.length
		);
		for (const p of problems) for (const k of p.kinds) lint.set(k, (lint.get(k) ?? 0) + 1);
		rows.push(
			`${file.padEnd(34)} ${String(words).padStart(4)}w  ${String(qs.length).padStart(2)}q  content ${nContent}  types ${[...types].join(',')}${problems.length ? '  lint ' + problems.map((p) => p.kinds.join('+')).join(',') : ''}`
		);
		out.push(`## ${file} (${words} words)`, '', ...qs.map(show), '');
		out.push(
			'<details><summary>removed by clean-up</summary>',
			'',
			...cleaned.removed.map((r) => `- ${r.reason}: ${r.text.slice(0, 120)}`),
			'</details>',
			''
		);
	}
	mkdirSync(join(dir, 'out'), { recursive: true });
	writeFileSync(join(dir, 'out', `${split}.md`), out.join('\n'));
	console.log(rows.join('\n'));
	const n = files.length;
	console.log(
		`\n${split}: ${n} articles, ${(total / n).toFixed(2)} questions/article, ${(content / n).toFixed(2)} content/article, ` +
			`≥3 types ${typesOk}/${n}, >250 words with ≥9: ${longFull}/${long}, surface check before the gate ${JSON.stringify(Object.fromEntries(lint))}`
	);
}
