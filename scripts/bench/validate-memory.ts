import { readFileSync } from 'node:fs';
import { validateFiles } from '../validate-files';

/*
 * Started by the scale benchmark in a process of its own, so that nothing
 * else it holds counts: checks one file as `npm run validate` does, or with
 * --parse-only only reads it and runs JSON.parse (the floor), then prints the
 * process's resident memory before and at its peak, in bytes, as JSON.
 *
 *   tsx scripts/bench/validate-memory.ts [--parse-only] <file>
 */
const [first, second] = process.argv.slice(2);
const parseOnly = first === '--parse-only';
const path = parseOnly ? second! : first!;
const startRss = process.memoryUsage.rss();
const ok = parseOnly
  ? JSON.parse(readFileSync(path, 'utf8')) !== undefined
  : validateFiles(
      [path],
      (file) => readFileSync(file),
      (file) => readFileSync(file, 'utf8'),
    ).ok;
// maxRSS is in kilobytes.
console.log(JSON.stringify({ ok, startRss, peakRss: process.resourceUsage().maxRSS * 1024 }));
