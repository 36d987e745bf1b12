// The model-based fault soak with a fixed seed, sized for CI: see test/soak/soak.ts for the invariants.
// `npm run soak` runs a long one with a random seed.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from '../../scripts/bundle-for-node.js';

const SEED = 20261203;

it('survives every fault, before and after the backend acts, with no invariant violated (fixed seed)', async () => {
  const { runSoak, emptyStats, formatStats, FAULT_KINDS } = await importTs('test/soak/soak.ts', 'soak');
  const stats = emptyStats();
  const start = performance.now();
  await runSoak({ seed: SEED, numRuns: 100, maxSteps: 25, lanes: 16, stats });
  console.log(formatStats(stats, SEED, performance.now() - start));
  assert.equal(stats.violations, 0);
  assert.ok(stats.steps > 500, `ran ${stats.steps} steps`);
  for (const kind of FAULT_KINDS) assert.ok(stats.faults[kind] > 0, `met at least one ${kind}`);
  assert.ok(stats.appliedButRejected > 0, 'some calls were applied and their answer lost');
});
