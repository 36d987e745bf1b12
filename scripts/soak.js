// @ts-check
// `npm run soak [-- --runs N --steps N --lanes N --seed N]`: the model-based fault soak with a random seed (or the one given).
// On a violation it prints the shrunk sequence and the seed to replay it with, and exits 1.
import { parseArgs } from 'node:util';
import { importTs } from './bundle-for-node.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1000' },
    steps: { type: 'string', default: '40' },
    lanes: { type: 'string', default: '16' },
    seed: { type: 'string' },
  },
});
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
const { runSoak, emptyStats, formatStats } = await importTs('test/soak/soak.ts', 'soak');
const stats = emptyStats();
const start = performance.now();
try {
  await runSoak({
    seed,
    numRuns: Number(values.runs),
    maxSteps: Number(values.steps),
    lanes: Number(values.lanes),
    stats,
  });
  console.log(formatStats(stats, seed, performance.now() - start));
} catch (error) {
  console.error(String(/** @type {Error} */ (error).message ?? error));
  console.error(
    `\n${formatStats(stats, seed, performance.now() - start)}\nreplay: npm run soak -- --seed ${seed} --runs ${values.runs} --steps ${values.steps} --lanes ${values.lanes}`,
  );
  process.exitCode = 1;
}
