import { readFileSync } from 'node:fs';
import { generateQuestions } from '../src/lib/questions/generate';
import { longArticle } from './bench/engine';
const seed = readFileSync('src/lib/server/seed/seed-article.txt', 'utf8');
const long = longArticle(seed);
for (let i = 0; i < 15; i++) generateQuestions(long);
