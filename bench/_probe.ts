import { summarize } from '../src/core/summarize';
import { generateWorkbook } from './generate';

const n = Number(process.argv[2]);
const input = generateWorkbook(n);
const times: number[] = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  summarize(input);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(n, times.map((t) => Math.round(t)).join(' '), 'median', Math.round(times[2]));
