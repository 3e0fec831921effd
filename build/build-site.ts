import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

/*
 * The production build's steps, shared by `npm run build`, the benchmark and
 * the tests: the client bundle, the server bundle that renders the pages, then
 * build/prerender.ts, which turns the client bundle into the static site.
 * `quiet` prints only errors, and only when a step fails; `env` adds to the
 * environment the steps read (SITE_URL, VITE_…).
 */
export async function buildSite({
  outDir,
  ssrDir,
  quiet = false,
  env = {},
  projectRoot = root,
}: {
  outDir: string;
  ssrDir: string;
  quiet?: boolean;
  env?: Record<string, string>;
  /** Another copy of the project to build, such as one with other seeds. */
  projectRoot?: string;
}): Promise<void> {
  const vite = ['build', '--configLoader', 'runner', ...(quiet ? ['--logLevel', 'error'] : [])];
  const step = (command: string, args: string[]) => run(command, args, { cwd: projectRoot, quiet, env });
  await step(bin('vite'), [...vite, '--outDir', outDir, '--emptyOutDir']);
  await step(bin('vite'), [...vite, '--ssr', 'src/entry-server.tsx', '--outDir', ssrDir, '--emptyOutDir']);
  await step(bin('tsx'), ['build/prerender.ts', '--dist', outDir, '--ssr', ssrDir]);
}

function run(
  command: string,
  args: string[],
  { cwd, quiet, env }: { cwd: string; quiet: boolean; env: Record<string, string> },
): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd,
      // Under Vitest NODE_ENV is "test", which would make Vite build for development.
      env: { ...process.env, ...env, NODE_ENV: 'production' },
      stdio: quiet ? ['ignore', 'ignore', 'pipe'] : 'inherit',
    });
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done();
      else fail(new Error(`${[command, ...args].join(' ')} failed with exit code ${code}\n${errors}`));
    });
  });
}
