import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedNames } from '../site/seeds';
import { validateFiles } from './validate-files';

/* npm run validate [files...]: checks the given files, or every dataset in seeds/, with the app's own schema. */
const seeds = fileURLToPath(new URL('../seeds/', import.meta.url));
const args = process.argv.slice(2);
const paths =
  args.length > 0 ? args : (await seedNames(seeds)).map((name) => relative(process.cwd(), join(seeds, name)));

const { lines, ok } = validateFiles(
  paths,
  (path) => readFileSync(path),
  (path) => readFileSync(path, 'utf8'),
);
for (const line of lines) console.log(line);
process.exit(ok ? 0 : 1);
