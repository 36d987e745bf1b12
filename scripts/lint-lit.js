// `npm run lint` (after Biome): ESLint with eslint-plugin-lit and eslint-plugin-wc over the elements. Its tools live in
// tools/lint, an install of their own (see its package.json for why); this installs them from their lockfile when
// they are missing or older than it, then lints.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const dir = 'tools/lint';
const lock = `${dir}/package-lock.json`;
const installed = `${dir}/node_modules/.package-lock.json`;

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs)
  run('npm', ['ci', '--prefix', dir, '--no-audit', '--no-fund', '--loglevel=error']);
run(process.execPath, [
  `${dir}/node_modules/eslint/bin/eslint.js`,
  '-c',
  `${dir}/eslint.config.js`,
  '--max-warnings=0',
  'components',
]);
