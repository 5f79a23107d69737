import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** What no renderer file imports. */
const RENDERER_IMPORTS = [
  { group: ['electron', 'electron/*'], message: 'The renderer reaches the host only through platform/DesktopApi.' },
  { group: ['**/src-main/**', '**/src-city/**'], message: 'The renderer never imports main-process or city code.' },
];
/** Only data/storageInternals.ts, whose tests check every assumption on upgrade, reaches into RxDB's storage. */
const STORAGE_INTERNALS_IMPORT = {
  group: ['rxdb/plugins/storage-dexie'],
  message: 'RxDB storage internals are reached only through data/storageInternals.ts.',
};

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-artifacts/**', 'city-dev-data/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', '*.mjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [...RENDERER_IMPORTS, STORAGE_INTERNALS_IMPORT],
        },
      ],
    },
  },
  {
    files: ['src-renderer/data/storageInternals.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: RENDERER_IMPORTS,
        },
      ],
    },
  },
  {
    files: ['src-renderer/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'antd', 'antd/*'], message: 'domain/ is pure TypeScript: no React.' },
            { group: ['rxdb', 'rxdb/*', 'dexie', 'rxjs'], message: 'domain/ knows nothing of storage.' },
            { group: ['**/data/**', '**/sync/**', '**/platform/**', '**/features/**', '**/ui/**'], message: 'domain/ imports nothing from the layers above it.' },
            { group: ['electron', 'electron/*', '**/src-main/**'], message: 'domain/ is pure TypeScript.' },
          ],
        },
      ],
    },
  },
);
