// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** Lints `code` as if it sat at `file` and returns the rules it broke. */
async function rulesBroken(file: string, code: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
  return result!.messages.map((message) => message.ruleId);
}

// A lint that follows imports for the cycle rule parses much of the tree: seconds each on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

// Each snippet imports a real file, so the rule sees the path it resolves to.
const importOf = (specifier: string) => `import { probe } from '${specifier}';\nexport const reexported = probe;\n`;

describe('layer rules', () => {
  it.each([
    ['a sibling feature, one level up', '../dashboard/figure-card'],
    ['a sibling feature, through src', '../../features/dashboard/figure-card'],
    ['a sibling feature, through the project root', '../../../src/features/dashboard/figure-card'],
    ['a sibling feature, by absolute path', `${root}src/features/dashboard/figure-card`],
    ['the app', '../../app/routes'],
  ])('refuses a feature importing %s', async (_, specifier) => {
    expect(await rulesBroken('src/features/figure-detail/probe.tsx', importOf(specifier))).toEqual([
      'import-x/no-restricted-paths',
    ]);
  });

  it('refuses a lazy import of a sibling feature', async () => {
    const code = "export const load = () => import('../dashboard/dashboard-page');\n";
    expect(await rulesBroken('src/features/figure-detail/probe.tsx', code)).toEqual(['import-x/no-restricted-paths']);
  });

  it.each([
    ['src/data', 'src/api', 'src/data/probe.ts', '../api/client'],
    ['src/data', 'src/components', 'src/data/probe.ts', '../components/date-text'],
    ['src/router', 'src/data', 'src/router/probe.ts', '../data/schema/schema'],
    ['src/api', 'src/components', 'src/api/probe.ts', '../components/date-text'],
    ['src/components', 'src/features', 'src/components/probe.tsx', '../features/dashboard/figure-card'],
    ['src/components', 'src/api', 'src/components/probe.tsx', '../api/client'],
    ['src/components', 'mocks', 'src/components/probe.tsx', '../../mocks/mock-store'],
    ['mocks', 'src/features', 'mocks/probe.ts', '../src/features/dashboard/figure-card'],
    ['mocks', 'src/api', 'mocks/probe.ts', '../src/api/client'],
  ])('refuses %s importing %s', async (_from, _to, file, specifier) => {
    expect(await rulesBroken(file, importOf(specifier))).toEqual(['import-x/no-restricted-paths']);
  });

  it('refuses React in src/data', async () => {
    expect(await rulesBroken('src/data/probe.ts', importOf('react'))).toEqual(['no-restricted-imports']);
  });

  it.each([
    ['a feature', 'components', 'src/features/figure-detail/probe.tsx', '../../components/date-text'],
    ['a feature', 'api', 'src/features/figure-detail/probe.tsx', '../../api/get-dataset'],
    ['a feature', 'its own files', 'src/features/figure-detail/probe.tsx', '../figure-detail/figure-history'],
    ['src/api', 'src/data', 'src/api/probe.ts', '../data/schema/schema'],
    ['src/components', 'src/data', 'src/components/probe.tsx', '../data/words/format'],
    ['src/app', 'a feature', 'src/app/probe.tsx', '../features/dashboard/figure-card'],
    ['mocks', 'src/data', 'mocks/probe.ts', '../src/data/checks/validate'],
  ])('lets %s import %s', async (_from, _to, file, specifier) => {
    expect(await rulesBroken(file, importOf(specifier))).toEqual([]);
  });

  it('lets a test reach across layers for its helpers', async () => {
    expect(
      await rulesBroken('src/features/figure-detail/probe.test.tsx', importOf('../dashboard/figure-card')),
    ).toEqual([]);
  });
});

describe('rooms of src/data', () => {
  it.each([
    ['schema', 'ledger', 'src/data/schema/probe.ts', '../ledger/claims'],
    ['ledger', 'checks', 'src/data/ledger/probe.ts', '../checks/validate'],
    ['checks', 'words', 'src/data/checks/probe.ts', '../words/format'],
    ['words', 'formats', 'src/data/words/probe.ts', '../formats/csv'],
    ['formats', 'resources', 'src/data/formats/probe.ts', '../resources/slices'],
    ['schema', 'resources, by a path through src', 'src/data/schema/probe.ts', '../../data/resources/slices'],
  ])('refuses %s importing %s', async (_from, _to, file, specifier) => {
    expect(await rulesBroken(file, importOf(specifier))).toEqual(['import-x/no-restricted-paths']);
  });

  it.each([
    ['resources', 'schema', 'src/data/resources/probe.ts', '../schema/schema'],
    ['formats', 'words', 'src/data/formats/probe.ts', '../words/figures'],
    ['words', 'ledger', 'src/data/words/probe.ts', '../ledger/claims'],
  ])('lets %s import %s', async (_from, _to, file, specifier) => {
    expect(await rulesBroken(file, importOf(specifier))).toEqual([]);
  });
});

describe('the deployables beside the app', () => {
  it.each([
    ['server', 'build', 'server/probe.ts', '../build/prerender'],
    ['site', 'server', 'site/probe.ts', '../server/app'],
    ['site', 'build', 'site/probe.ts', '../build/build-site'],
    ['build', 'server', 'build/probe.ts', '../server/app'],
    ['build', 'scripts', 'build/probe.ts', '../scripts/validate-files'],
    ['server', 'a feature', 'server/probe.ts', '../src/features/dashboard/figure-card'],
    ['site', 'the app shell', 'site/probe.ts', '../src/app/routes'],
    ['src/app', 'site', 'src/app/probe.ts', '../../site/render-pages'],
    ['src/data', 'server', 'src/data/formats/probe.ts', '../../../server/app'],
    ['mocks', 'site', 'mocks/probe.ts', '../site/seeds'],
    ['scripts', 'the browser tests', 'scripts/bench/probe.ts', '../../test/browser/harness'],
    ['server', 'the invented datasets', 'server/probe.ts', '../test/fixtures/realistic'],
  ])('refuses %s importing %s', async (_from, _to, file, specifier) => {
    expect(await rulesBroken(file, importOf(specifier))).toEqual(['import-x/no-restricted-paths']);
  });

  it.each([
    ['server', 'site', 'server/probe.ts', '../site/render-pages'],
    ['server', 'src/data', 'server/probe.ts', '../src/data/resources/slices'],
    ['build', 'site', 'build/probe.ts', '../site/seeds'],
    ['build', 'the server entry', 'build/probe.ts', '../src/entry-server'],
    ['scripts', 'server', 'scripts/probe.ts', '../server/tokens'],
    ['the benchmark', 'the invented datasets', 'scripts/bench/probe.ts', '../../test/fixtures/realistic'],
  ])('lets %s import %s', async (_from, _to, file, specifier) => {
    expect(await rulesBroken(file, importOf(specifier))).toEqual([]);
  });
});

describe('browser code', () => {
  it.each([
    ['node:fs', 'src/data/schema/probe.ts'],
    ['fs', 'src/data/schema/probe.ts'],
    ['node:path', 'src/api/probe.ts'],
    ['path/posix', 'src/components/probe.tsx'],
    ['node:crypto', 'mocks/probe.ts'],
  ])('refuses Node’s %s in %s', async (specifier, file) => {
    expect(await rulesBroken(file, importOf(specifier))).toEqual(['no-restricted-imports']);
  });

  it('refuses Node’s globals in src', async () => {
    expect(await rulesBroken('src/data/words/probe.ts', 'export const home = process.env.HOME;\n')).toEqual([
      'no-restricted-globals',
    ]);
  });

  it('lets the server use Node', async () => {
    expect(await rulesBroken('server/probe.ts', importOf('node:fs'))).toEqual([]);
  });
});

describe('imports that resolve to nothing', () => {
  it.each([
    ['a file that does not exist', 'src/features/figure-detail/probe.tsx', '../../components/history-chart'],
    ['a package that is not installed', 'src/data/schema/probe.ts', 'no-such-package'],
    ['a folder of the tree that moved', 'scripts/probe.ts', './server/app'],
  ])('flags %s', async (_, file, specifier) => {
    expect(await rulesBroken(file, importOf(specifier))).toContain('import-x/no-unresolved');
  });
});

describe('cycle rule', () => {
  // get-dataset.ts imports client.ts, so client.ts importing it back closes a loop.
  it('refuses an import that closes a loop', async () => {
    expect(await rulesBroken('src/api/client.ts', importOf('./get-dataset'))).toEqual(['import-x/no-cycle']);
  });

  it('ignores a type-only import, which is erased at run time', async () => {
    const code = "import type { probe } from './get-dataset';\nexport type Reexported = typeof probe;\n";
    expect(await rulesBroken('src/api/client.ts', code)).toEqual([]);
  });
});
