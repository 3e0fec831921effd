import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { parseDataset } from '../src/data/validate';
import { problemLine } from './validate-files';

const SEED = /[\\/]seeds[\\/][^\\/]+\.json$/;
const isSeed = (file: string) => SEED.test(file) && !file.endsWith('.schema.json');

/*
 * Edits to seeds/*.json reach the running dashboard without a reload: the dev
 * server checks the file, prints the result in the terminal, and sends the
 * text to the page, whose mocked API takes it if it is valid.
 */
export function seedsPlugin(): Plugin {
  return {
    name: 'crisis-dashboard-seeds',
    apply: 'serve',
    async handleHotUpdate({ file, server }) {
      if (!isSeed(file)) return;
      const name = relative(server.config.root, file).replace(/\\/g, '/');
      const text = await readFile(file, 'utf8');
      const result = parseDataset(text);
      const log = server.config.logger;
      if (result.ok) log.info(`✓ ${name} is valid; the dashboard now shows it`, { timestamp: true });
      else {
        log.error(`✗ ${name} is not valid; the dashboard keeps the last valid data:`, { timestamp: true });
        for (const issue of result.issues) log.error(`  ${problemLine(name, issue)}`);
      }
      server.ws.send({ type: 'custom', event: 'seeds:changed', data: { file: name, text } });
      // Handled here: Vite's own update would reload the page and lose what is on screen.
      return [];
    },
  };
}
