import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { decodeUpload } from '../src/data/checks/decode-upload';
import { parseDatasetFile } from '../src/data/checks/validate';
import { isDatasetFile } from '../src/data/checks/seed-files';
import { problemLine } from '../src/data/schema/issues';

const isSeed = (file: string) => /[\\/]seeds[\\/][^\\/]+$/.test(file) && isDatasetFile(file);

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
      const bytes = await readFile(file);
      const result = parseDatasetFile(bytes);
      const decoded = decodeUpload(bytes);
      const log = server.config.logger;
      if (result.ok) log.info(`✓ ${name} is valid; the dashboard now shows it`, { timestamp: true });
      else {
        log.error(`✗ ${name} is not valid; the dashboard keeps the last valid data:`, { timestamp: true });
        for (const issue of result.issues) log.error(`  ${problemLine(name, issue)}`);
      }
      // A file that is not UTF-8 has no text to send: the page gets its problems instead.
      const data = decoded.ok
        ? { file: name, text: decoded.data }
        : { file: name, problems: result.ok ? [] : result.issues.map((issue) => problemLine(name, issue)) };
      server.ws.send({ type: 'custom', event: 'seeds:changed', data });
      // Handled here: Vite's own update would reload the page and lose what is on screen.
      return [];
    },
  };
}
