import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

/*
 * Imports point one way. In the app: data ← api ← components ← features ←
 * app, with router beside data; a feature never imports another feature.
 * Inside src/data, each room imports only the rooms listed before it.
 * Beside the app: site/ (what the build and the server both render) sees
 * src/data and the server entry; build/ and server/ see site/ too, never
 * each other; scripts/ (command-line tools and the bench) may use them all;
 * mocks see only src/data; nothing in src imports any of them. The rules
 * match the file an import resolves to, so no spelling of a relative path
 * walks around them, and an import that resolves to nothing is an error.
 */
const features = readdirSync(`${import.meta.dirname}/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** The rooms of src/data, bottom first. */
const DATA_ROOMS = ['schema', 'ledger', 'checks', 'words', 'formats', 'resources'];

const deployables = ['site', 'build', 'server', 'scripts'];
const outsideSrc = ['mocks', 'test', ...deployables];

/**
 * Zones that keep `target` out of src, except the folders in `allowed`, and out of the code beside src.
 * @param {string} target
 * @param {string[]} allowed
 * @param {string} message
 */
const srcExcept = (target, allowed, message) => [
  { target, from: 'src', except: allowed.map((folder) => `./${folder}`), message },
  { target, from: outsideSrc, message },
];

/**
 * Zones that keep `target` to src/data, the server entry and the folders in `allowed`.
 * @param {string} target
 * @param {string[]} allowed
 * @param {string} message
 */
const besideSrc = (target, allowed, message) => [
  { target, from: 'src', except: ['./data', './entry-server.tsx'], message },
  { target, from: ['mocks', ...deployables.filter((d) => d !== target && !allowed.includes(d))], message },
  // The benchmark measures the invented datasets the tests use; nothing else beside src reads test code.
  { target, from: 'test', except: target === 'scripts' ? ['./fixtures'] : [], message },
];

const zones = [
  ...DATA_ROOMS.slice(0, -1).map((room, i) => ({
    target: `src/data/${room}`,
    from: DATA_ROOMS.slice(i + 1).map((above) => `src/data/${above}`),
    message: `src/data/${room} imports only the rooms below it (${DATA_ROOMS.slice(0, i).join(', ') || 'none'})`,
  })),
  ...srcExcept('src/data', ['data'], 'src/data is the bottom layer: it imports nothing of ours'),
  ...srcExcept('src/router', ['router'], 'src/router imports nothing of ours'),
  ...srcExcept('src/api', ['api', 'data'], 'src/api may import only src/data'),
  ...srcExcept(
    'src/components',
    ['components', 'data', 'router'],
    'src/components may import only src/data and src/router',
  ),
  ...features.flatMap((name) =>
    srcExcept(
      `src/features/${name}`,
      ['api', 'data', 'components', 'router', `features/${name}`],
      'a feature imports api, data, components and router, never another feature or the app',
    ),
  ),
  { target: 'src/app', from: outsideSrc, message: 'src/app imports only from src' },
  { target: 'mocks', from: 'src', except: ['./data'], message: 'mocks may import only src/data' },
  { target: 'mocks', from: ['test', ...deployables], message: 'mocks may import only src/data' },
  ...besideSrc('site', [], 'site/ may import only src/data and the server entry'),
  ...besideSrc('build', ['site'], 'build/ may import only site/, src/data and the server entry'),
  ...besideSrc('server', ['site'], 'server/ may import only site/, src/data and the server entry, never build/'),
  ...besideSrc(
    'scripts',
    ['site', 'build', 'server'],
    'scripts/ may import the deployables, src/data, the server entry and test/fixtures',
  ),
];

/* The app runs in the browser: Node's modules are refused by name, whatever the spelling. */
const nodeModules = builtinModules.filter((name) => !name.startsWith('_'));
const nodeImports = [...nodeModules, ...nodeModules.map((name) => `${name}/*`), 'node:*'];

export default tseslint.config(
  { ignores: ['dist', 'dist-ssr', 'coverage', 'test-results', 'public/mockServiceWorker.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json', '.d.ts'] })],
    },
    // The cycle rule skips type-only imports: they are erased, so they form no cycle at run time.
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-unresolved': ['error', { ignore: ['^virtual:', '\\?(raw|url|worker)$'] }],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['src/**', 'mocks/**', 'site/**', 'build/**', 'server/**', 'scripts/**'],
    // Tests may reach across layers for fixtures and helpers.
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones }] },
  },
  {
    files: ['src/**', 'mocks/**'],
    ignores: ['**/*.test.{ts,tsx}', 'mocks/node.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: nodeImports, message: 'the app runs in the browser, without Node' }] },
      ],
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', 'global', 'require', '__dirname', '__filename'].map((name) => ({
          name,
          message: 'the app runs in the browser, without Node',
        })),
      ],
    },
  },
  {
    files: ['src/data/**'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeImports, message: 'the app runs in the browser, without Node' },
            {
              group: ['react', 'react/*', 'react-dom', 'react-dom/*'],
              message: 'src/data is pure logic, without React',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'build/**', 'server/**', 'test/**', '**/*.test.{ts,tsx}'],
    rules: { 'no-console': 'off' },
  },
);
