import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/*
 * Layers may only import downwards: data ← api ← components ← features ← app.
 * A feature never imports another feature; mocks see only the data layer.
 */
const layer = (files, forbidden, message, regex) => ({
  files,
  ignores: ['**/*.test.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [{ group: forbidden, message }, ...(regex ? [{ regex, message }] : [])] },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'test-results', 'public/mockServiceWorker.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
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
  layer(
    ['src/data/**'],
    ['**/api/**', '**/components/**', '**/features/**', '**/app/**', '**/mocks/**', 'react', 'react-dom'],
    'src/data is the bottom layer: it imports nothing of ours above it',
  ),
  layer(
    ['src/api/**'],
    ['**/components/**', '**/features/**', '**/app/**', '**/mocks/**'],
    'src/api may import only src/data',
  ),
  layer(
    ['src/components/**'],
    ['**/api/**', '**/features/**', '**/app/**', '**/mocks/**'],
    'src/components may import only src/data',
  ),
  layer(
    ['src/features/**'],
    ['**/app/**', '**/mocks/**'],
    'a feature imports api, data and components, never another feature or the app',
    '^\\.\\./(?!\\.\\.)',
  ),
  layer(
    ['mocks/**'],
    ['**/src/api/**', '**/src/components/**', '**/src/features/**', '**/src/app/**'],
    'mocks may import only src/data',
  ),
  {
    files: ['scripts/**', 'test/**', '**/*.test.{ts,tsx}'],
    rules: { 'no-console': 'off' },
  },
);
