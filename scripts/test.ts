/**
 * `npm test`: the whole suite through jest (whose globalSetup provisions PostgreSQL,
 * RabbitMQ and Redis exactly as `npm start` does), then one plain summary line.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const results = path.join(root, '.brigade', 'jest-results.json');
mkdirSync(path.dirname(results), { recursive: true });

const jest = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules/jest/bin/jest.js'),
    '--json',
    `--outputFile=${results}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit' },
);

try {
  const summary = JSON.parse(readFileSync(results, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
  };
  console.log(
    `\nTests: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${summary.numPendingTests} skipped`,
  );
} catch {
  console.log('\nTests: no results were written (jest did not finish its run)');
}
process.exit(jest.status ?? 1);
