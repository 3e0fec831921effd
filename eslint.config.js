import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

/*
 * Layers may only import downwards: data ← api ← components ← features ← app,
 * with router beside data. A feature never imports another feature; mocks see
 * only the data layer. The rules match the file an import resolves to, so no
 * spelling of a relative path walks around them.
 */
const features = readdirSync(`${import.meta.dirname}/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const outsideSrc = ['mocks', 'scripts', 'test'];

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

const zones = [
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
  { target: 'mocks', from: ['scripts', 'test'], message: 'mocks may import only src/data' },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-ssr', 'coverage', 'test-results', 'public/mockServiceWorker.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    // The rule skips type-only imports: they are erased, so they form no cycle at run time.
    rules: { 'import-x/no-cycle': 'error' },
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
    files: ['src/**', 'mocks/**'],
    // Tests may reach across layers for fixtures and helpers.
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones }] },
  },
  {
    files: ['src/data/**'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
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
    files: ['scripts/**', 'test/**', '**/*.test.{ts,tsx}'],
    rules: { 'no-console': 'off' },
  },
);
