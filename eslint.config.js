// Lint rules, including the dependency direction of design.md:
//   shared ← glossary/common ← glossary/node ← electron, cli
//   shared ← memory/common ← memory/node ← electron, cli (memory/node may use glossary/node's file helpers)
//   renderer imports shared, glossary/common and memory/common only.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'util',
  'stream',
  'worker_threads',
];

/** Builds a no-restricted-imports rule whose message states the layering rule. */
function forbid(groups, message) {
  return {
    'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
  };
}

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'release/', 'coverage/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: forbid(
      [
        ...nodeBuiltins,
        'electron',
        'react',
        'react-dom',
        '**/glossary/**',
        '**/electron/**',
        '**/renderer/**',
        '**/cli/**',
      ],
      'shared/ is pure TypeScript: it may not import Node, Electron, React, glossary/, electron/, renderer/ or cli/ (design.md, dependency direction).',
    ),
  },
  {
    files: ['glossary/common/**/*.ts'],
    rules: forbid(
      [
        ...nodeBuiltins,
        'electron',
        'react',
        '**/glossary/node/**',
        '../node/**',
        '**/electron/**',
        '**/renderer/**',
        '**/cli/**',
      ],
      'glossary/common/ is pure: it may import shared/ only, never Node, Electron, glossary/node, electron/, renderer/ or cli/ (design.md).',
    ),
  },
  {
    files: ['glossary/node/**/*.ts'],
    rules: forbid(
      ['electron', 'react', '**/electron/**', '**/renderer/**', '**/cli/**'],
      'glossary/node/ may import shared/ and glossary/common/ only, never electron/, renderer/ or cli/ (design.md).',
    ),
  },
  {
    files: ['memory/common/**/*.ts'],
    rules: forbid(
      [
        ...nodeBuiltins,
        'electron',
        'react',
        '**/glossary/**',
        '**/memory/node/**',
        '../node/**',
        '**/electron/**',
        '**/renderer/**',
        '**/cli/**',
      ],
      'memory/common/ is pure: it may import shared/ only, never Node, Electron, glossary/, memory/node, electron/, renderer/ or cli/ (design.md).',
    ),
  },
  {
    files: ['memory/node/**/*.ts'],
    rules: forbid(
      ['electron', 'react', '**/glossary/common/**', '**/electron/**', '**/renderer/**', '**/cli/**'],
      'memory/node/ may import shared/, memory/common/ and glossary/node/ helpers only, never electron/, renderer/ or cli/ (design.md).',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: forbid(
      [...nodeBuiltins, 'electron', '**/electron/**', '**/glossary/node/**', '**/memory/node/**', '**/cli/**'],
      'renderer/ talks to the backend through WorkbenchApi only: import shared/, glossary/common/ and memory/common/, never Node, Electron, glossary/node, memory/node or cli/ (design.md).',
    ),
  },
  {
    files: ['cli/**/*.ts'],
    rules: forbid(
      ['electron', 'react', '**/electron/**', '**/renderer/**'],
      'cli/ may not import electron/ or renderer/ (design.md).',
    ),
  },
  {
    files: ['electron/**/*.ts'],
    // The one exception: the UI catalogue (renderer/i18n/*.json, data only) so menus speak the UI language.
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(cli/|renderer/(?!i18n/[^/]+\\.json$))',
              message:
                'electron/ may not import renderer/ (except the renderer/i18n/*.json catalogues) or cli/; share code through shared/ (design.md).',
            },
          ],
        },
      ],
    },
  },
);
