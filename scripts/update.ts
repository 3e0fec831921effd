import { readFileSync, writeFileSync } from 'node:fs';
import { runUpdate } from './update-files';

/* npm run update -- <dataset.json> <update files...>: UPDATE_NOW fixes updatedAt, for reproducible files. */
const now = process.env.UPDATE_NOW ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

process.exitCode = runUpdate(process.argv.slice(2), {
  readFile: (path) => readFileSync(path),
  writeFile: (path, text) => writeFileSync(path, text),
  now,
  print: (line) => console.log(line),
});
