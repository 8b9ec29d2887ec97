#!/usr/bin/env node
// Entry of `npm start`, `npm test` and `npm run bench`. Plain Node with no dependencies, because
// it runs before anything is installed: it installs what is missing, builds, then hands over.
'use strict';
const { spawnSync, spawn } = require('node:child_process');
const { createHash } = require('node:crypto');
const { existsSync, readFileSync, writeFileSync, mkdirSync, readdirSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const [command, ...args] = process.argv.slice(2);

function run(cmd, cmdArgs, what) {
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n${what} failed (exit ${r.status ?? r.signal}).`);
    process.exit(r.status || 1);
  }
}

/** A fingerprint of everything that decides what `npm install` puts in node_modules. */
function manifestsHash() {
  const hash = createHash('sha256');
  const files = ['package.json', 'package-lock.json'];
  for (const dir of ['libs', 'services']) {
    for (const name of readdirSync(path.join(root, dir)))
      files.push(path.join(dir, name, 'package.json'));
  }
  for (const f of files)
    if (existsSync(path.join(root, f))) hash.update(f).update(readFileSync(path.join(root, f)));
  return hash.digest('hex');
}

function ensureInstalled() {
  const stamp = path.join(root, 'node_modules', '.brigade-installed');
  const want = manifestsHash();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return;
  console.log('Installing dependencies (npm install)…');
  // `npm ci` would be stricter, but npm 11 rejects lockfiles lacking other platforms' optional packages.
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], 'npm install');
  mkdirSync(path.dirname(stamp), { recursive: true });
  writeFileSync(stamp, manifestsHash());
}

function build() {
  console.log('Building (tsc -b)…');
  run(
    process.execPath,
    [path.join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json'],
    'The build',
  );
}

function handOver(script, scriptArgs) {
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), script, ...scriptArgs],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const commands = {
  start: () => handOver('scripts/start.ts', args),
  bench: () => handOver('scripts/bench.ts', args),
  test: () => handOver('scripts/test.ts', args),
};

if (!commands[command]) {
  console.error(`usage: node scripts/bootstrap.js ${Object.keys(commands).join('|')} [args]`);
  process.exit(2);
}
ensureInstalled();
build();
commands[command]();
