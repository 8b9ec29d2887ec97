// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '.brigade/**', 'bench-results/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    // Pages served to browsers (kitchen display, operator console): plain scripts, no build step.
    files: ['**/public/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: {
        document: 'readonly',
        window: 'readonly',
        location: 'readonly',
        history: 'readonly',
        localStorage: 'readonly',
        sessionStorage: 'readonly',
        FormData: 'readonly',
        Node: 'readonly',
        EventSource: 'readonly',
        URLSearchParams: 'readonly',
      },
    },
  },
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setImmediate: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        fetch: 'readonly',
        URL: 'readonly',
        crypto: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Config is read in one place: config.ts through loadConfig (CONVENTIONS B8).
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration through loadConfig in config.ts.',
        },
      ],
    },
  },
  {
    // Where reading the environment is the point: config loading, test and dev tooling.
    files: [
      'libs/core/src/config.ts',
      'libs/service/src/service.ts',
      'libs/testing/src/**',
      'scripts/**',
      '**/test/**',
      '**/*.test.ts',
      'jest.config.js',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['**/*.test.ts', '**/test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // domain/ holds rules and use cases: no framework or infrastructure imports (CONVENTIONS B4).
    files: ['services/*/src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'express',
                'typeorm',
                'amqplib',
                'bullmq',
                'ioredis',
                'pg',
                '@brigade/db',
                '@brigade/http',
                '@brigade/messaging',
                '@brigade/jobs',
                '@brigade/service',
              ],
              message: 'domain/ imports only domain/, @brigade/contracts and @brigade/core.',
            },
          ],
        },
      ],
    },
  },
  {
    // libs never import services (CONVENTIONS B4).
    files: ['libs/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/services/**', '@brigade/orders', '@brigade/kitchen', '@brigade/billing'],
              message: 'libs/ never import services/.',
            },
          ],
        },
      ],
    },
  },
);
