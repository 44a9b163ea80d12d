// Type-aware linting plus the one-way import rule between layers (../shared/architecture.md):
// lib → domain → api/store → features → app; features never reach into each other.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import { readdirSync } from 'node:fs';

// Every folder under src/features is a feature: read them, so a new one is covered at once.
const featureNames = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const layerZones = [
  { target: './src/lib', from: './src', except: ['./lib'], message: 'lib/ imports nothing.' },
  { target: './src/domain', from: './src', except: ['./domain'], message: 'domain/ imports only itself.' },
  { target: './src/api', from: './src', except: ['./api', './domain', './lib'], message: 'api/ may import domain/ and lib/ only.' },
  { target: './src/store', from: './src', except: ['./store', './domain', './lib'], message: 'store/ may import domain/ and lib/ only.' },
  { target: './src/components', from: './src', except: ['./components', './lib'], message: 'components/ may import lib/ only.' },
  { target: './src/features', from: './src/app', message: 'features/ never import the app shell.' },
  ...featureNames.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'A feature never reaches into another feature.',
  })),
  { target: './e2e', from: './src', message: 'The fake server and specs import nothing from src/.' },
  { target: './bench', from: './src', except: ['./api', './domain', './lib'], message: 'bench/ may import api/, domain/ and lib/ only.' },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'coverage', 'bench/.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver': { typescript: true, node: true },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': ['error', { maxDepth: 8 }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['../*/**', '../../*'], message: 'Use the @/ alias across folders.' }] }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // Zustand actions are closures, never `this`-bound: taking them off the store is safe.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['scripts/**', 'bench/**', 'e2e/**'],
    rules: { 'no-console': 'off' },
  },
);
