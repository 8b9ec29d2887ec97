/** One jest run for the whole monorepo: unit tests beside the code, integration and flow tests on real infrastructure. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^@brigade/(contracts|core|db|http|messaging|jobs|service|testing)$': '<rootDir>/libs/$1/src',
  },
  testMatch: [
    '<rootDir>/libs/*/src/**/*.unit.test.ts',
    '<rootDir>/libs/*/test/**/*.unit.test.ts',
    '<rootDir>/services/*/src/**/*.unit.test.ts',
    '<rootDir>/libs/*/test/**/*.int.test.ts',
    '<rootDir>/services/*/test/**/*.int.test.ts',
    '<rootDir>/test/flows/**/*.flow.test.ts',
    '<rootDir>/simulators/*/test/**/*.int.test.ts',
  ],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};
