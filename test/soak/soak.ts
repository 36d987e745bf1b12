/**
 * The model-based fault soak (issue #14): random sequences of operations go through the SDK to the mock backend
 * under a random mix of every fault and under edits by "another admin", and a small model of the expected state
 * is checked after every step. fast-check generates the sequences and, when an invariant breaks, shrinks the
 * sequence to a minimal one and prints it.
 *
 * Invariants, after every step:
 * - no duplicate organization (each create, retried or not, made at most one; a resolved one exactly one);
 * - a call that resolved is reflected in the backend, exactly as the model predicts;
 * - a call that rejected was applied once or not at all, and when it was applied its error says it may have been;
 * - a write based on a stale version never succeeds;
 * - no error carries the bearer token.
 */
import fc from 'fast-check';
import { createMockBackend, DEMO_TOKENS, type Fault, type MockBackend } from '../../mocks/index.js';
import {
  createClient,
  isApiError,
  isTimeoutError,
  type Organization,
  type RemoteSupportRequest,
  type SalesHubClient,
} from '../../sdk/index.js';

// ---------- faults ----------

/** Every fault kind the soak injects: before the backend acts, and after (a lost answer). */
export const FAULT_KINDS = [
  '503',
  '500',
  '429',
  'network',
  'malformed',
  'hang',
  'lost-network',
  'lost-502',
  'lost-504',
  'lost-hang',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** A 429 waits 0 s (retried at once when retriable) or 60 s (over the SDK's 20 s cap: rejected at once). */
interface InjectedFault {
  kind: FaultKind;
  retryAfter: number;
}

function toFault({ kind, retryAfter }: InjectedFault): Fault {
  switch (kind) {
    case '503':
      return { status: 503, retryAfter: 0 };
    case '500':
      return { status: 500 };
    case '429':
      return { status: 429, retryAfter };
    case 'network':
    case 'malformed':
    case 'hang':
      return kind;
    case 'lost-network':
      return { lose: 'network' };
    case 'lost-502':
      return { lose: 502 };
    case 'lost-504':
      return { lose: 504 };
    case 'lost-hang':
      return { lose: 'hang' };
  }
}

const faultArb: fc.Arbitrary<InjectedFault> = fc.record({
  kind: fc.constantFrom(...FAULT_KINDS),
  retryAfter: fc.constantFrom(0, 60),
});
/** Most steps meet faults; some meet none, so the happy path is exercised too. */
const faultsArb = fc.oneof(
  { arbitrary: fc.constant<InjectedFault[]>([]), weight: 1 },
  { arbitrary: fc.array(faultArb, { minLength: 1, maxLength: 3 }), weight: 3 },
);

const showFault = (f: InjectedFault): string => (f.kind === '429' ? `429(Retry-After ${f.retryAfter})` : f.kind);

// ---------- the model ----------

type Rs = Record<RemoteSupportRequest['status'], number>;

/** What the model tracks of an organization (and of its remote-support requests). */
interface View {
  version: number;
  name: string;
  billingName: string | null;
  tags: string;
  status: Organization['status'];
  managedBy: Organization['managedBy'];
  approvalRequired: boolean;
  rs: Rs;
}

interface Tracked {
  uuid: string;
  /** What the backend must hold. */
  server: View;
  /** The copy the client holds: the version its writes are based on. */
  client: Organization;
}

interface Model {
  orgs: Tracked[];
  /** Names of the organizations create calls asked for, whether they resolved or not (each unique). */
  creates: string[];
  counter: number;
}

interface Real {
  backend: MockBackend;
  admin: SalesHubClient;
  customer: SalesHubClient;
}

const TOKEN = 'soak-secret-token-3f9c2a7e';

function rsOf(backend: MockBackend, uuid: string): Rs {
  const counts: Rs = { PENDING: 0, APPROVED: 0, REJECTED: 0, CANCELLED: 0, REVOKED: 0, EXPIRED: 0 };
  for (const r of backend.db.requestsOf(uuid)) counts[r.status]++;
  return counts;
}

function viewOf(org: Organization, rs: Rs): View {
  return {
    version: org.version,
    name: org.name,
    billingName: org.billing?.billingName ?? null,
    tags: org.buyerTags.map((t) => `${t.key}=${t.value}`).join(','),
    status: org.status,
    managedBy: org.managedBy,
    approvalRequired: org.remoteSupport.approvalRequired,
    rs,
  };
}

function actualView(real: Real, uuid: string): View {
  const org = real.backend.db.get(uuid);
  if (!org) throw new Violation(`organization ${uuid} vanished from the backend`);
  return viewOf(org, rsOf(real.backend, uuid));
}

const same = (a: View, b: View): boolean => JSON.stringify(a) === JSON.stringify(b);

class Violation extends Error {
  override name = 'InvariantViolation';
}

// ---------- figures ----------

export interface SoakStats {
  sequences: number;
  steps: number;
  resolved: number;
  rejected: number;
  /** Rejected calls that the backend had applied (their answer was lost). */
  appliedButRejected: number;
  bumps: number;
  faults: Record<FaultKind, number>;
  violations: number;
  /** The message of the last violation seen (the shrunk sequence's, once fast-check is done). */
  lastViolation: string;
}

export function emptyStats(): SoakStats {
  return {
    sequences: 0,
    steps: 0,
    resolved: 0,
    rejected: 0,
    appliedButRejected: 0,
    bumps: 0,
    faults: Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>,
    violations: 0,
    lastViolation: '',
  };
}

// ---------- operations ----------

/** What a call should do, judged from the model before it runs: its effect, or why the backend must refuse it. */
type Prediction = { ok: View } | { refused: string };

interface OrgOp {
  name: string;
  /** Sent with If-Match: the client's version must be the server's. */
  ifMatch: boolean;
  predict(pre: View, client: Organization, n: number): Prediction;
  call(real: Real, client: Organization, n: number): Promise<unknown>;
}

const bump = (pre: View, changes: Partial<View>): View => ({ ...pre, ...changes, version: pre.version + 1 });
const editable = (pre: View): string | null => (pre.status === 'PENDING_DELETION' ? 'pending deletion' : null);
const endSupport = (rs: Rs): Rs => ({
  ...rs,
  PENDING: 0,
  APPROVED: 0,
  CANCELLED: rs.CANCELLED + rs.PENDING,
  REVOKED: rs.REVOKED + rs.APPROVED,
});

const OPS: readonly OrgOp[] = [
  {
    name: 'update name',
    ifMatch: true,
    predict: (pre, _c, n) =>
      editable(pre) ? { refused: editable(pre)! } : { ok: bump(pre, { name: `Renamed ${n}` }) },
    call: (r, c, n) => r.admin.organizations.update(c, { name: `Renamed ${n}` }),
  },
  {
    name: 'replace billing',
    ifMatch: true,
    predict: (pre, _c, n) =>
      editable(pre) ? { refused: editable(pre)! } : { ok: bump(pre, { billingName: `Billing ${n}` }) },
    call: (r, c, n) =>
      r.admin.organizations.replaceBilling(c, {
        billingName: `Billing ${n}`,
        billingEmail: `billing${n}@soak.example`,
      }),
  },
  {
    name: 'replace tags',
    ifMatch: true,
    predict: (pre, _c, n) =>
      editable(pre) ? { refused: editable(pre)! } : { ok: bump(pre, { tags: `CustomerRef=SOAK-${n}` }) },
    call: (r, c, n) => r.admin.organizations.replaceBuyerTags(c, [{ key: 'CustomerRef', value: `SOAK-${n}` }]),
  },
  {
    name: 'switch ownership',
    ifMatch: true,
    predict(pre, client) {
      if (editable(pre)) return { refused: editable(pre)! };
      return client.managedBy === 'CUSTOMER'
        ? { ok: bump(pre, { managedBy: 'SERVICE_PROVIDER', approvalRequired: false, rs: endSupport(pre.rs) }) }
        : { ok: bump(pre, { managedBy: 'CUSTOMER', approvalRequired: true }) };
    },
    call: (r, c, n) =>
      r.admin.organizations.changeOwnership(
        c,
        c.managedBy === 'CUSTOMER'
          ? { to: 'SERVICE_PROVIDER', formerOwnerRole: 'ADMIN' }
          : {
              to: 'CUSTOMER',
              newOwner: {
                kind: 'NEW_PERSON',
                email: `owner${n}@soak.example`,
                firstName: 'Soak',
                lastName: `Owner ${n}`,
              },
            },
      ),
  },
  {
    name: 'suspend',
    ifMatch: true,
    predict: (pre) =>
      pre.status === 'ACTIVE' ? { ok: bump(pre, { status: 'SUSPENDED' }) } : { refused: `suspend from ${pre.status}` },
    call: (r, c) => r.admin.organizations.suspend(c, { reason: 'NON_PAYMENT' }),
  },
  {
    name: 'activate',
    ifMatch: true,
    predict: (pre) =>
      pre.status === 'SUSPENDED' ? { ok: bump(pre, { status: 'ACTIVE' }) } : { refused: `activate from ${pre.status}` },
    call: (r, c) => r.admin.organizations.activate(c),
  },
  {
    name: 'delete',
    ifMatch: true,
    predict: (pre) =>
      pre.status === 'PENDING_DELETION'
        ? { refused: 'already pending deletion' }
        : { ok: bump(pre, { status: 'PENDING_DELETION', rs: endSupport(pre.rs) }) },
    call: (r, c) => r.admin.organizations.delete(c, { confirmName: c.name }),
  },
  {
    name: 'restore',
    ifMatch: true,
    predict: (pre) =>
      pre.status === 'PENDING_DELETION'
        ? { ok: bump(pre, { status: 'ACTIVE' }) }
        : { refused: `restore from ${pre.status}` },
    call: (r, c) => r.admin.organizations.restore(c),
  },
  {
    name: 'request remote support',
    ifMatch: false,
    predict(pre) {
      if (editable(pre)) return { refused: editable(pre)! };
      if (pre.managedBy !== 'CUSTOMER' || !pre.approvalRequired) return { refused: 'approval not required' };
      if (pre.rs.PENDING > 0) return { refused: 'a request is pending' };
      return { ok: { ...pre, rs: { ...pre.rs, PENDING: 1 } } };
    },
    call: (r, c, n) => r.admin.remoteSupport.request(c.uuid, { reason: `Soak ${n}`, requestedMinutes: 60 }),
  },
  {
    name: 'approve remote support',
    ifMatch: false,
    predict: (pre) =>
      pre.rs.PENDING > 0
        ? { ok: { ...pre, rs: { ...pre.rs, PENDING: 0, APPROVED: pre.rs.APPROVED + 1 } } }
        : { refused: 'nothing pending' },
    // The customer's side: its list shows the pending request; only Acme's owner is a caller here.
    call(r, c) {
      const pending = r.backend.db.requestsOf(c.uuid).find((q) => q.status === 'PENDING');
      return r.customer.remoteSupport.approve(c.uuid, pending?.id ?? '00000000-0000-4000-8000-000000000000');
    },
  },
];

const APPROVE = OPS.find((o) => o.name === 'approve remote support')!;

// ---------- the checks ----------

/** What the error of a mutation says about whether it may have been applied: the SDK's `mayHaveBeenApplied`. */
export function saysMayHaveBeenApplied(error: unknown): boolean {
  return isApiError(error) && error.mayHaveBeenApplied;
}

function assertNoToken(error: unknown): void {
  if (!isApiError(error))
    throw new Violation(`a call rejected with something that is not an ApiError: ${String(error)}`);
  const cause = (error as { cause?: { message?: unknown } }).cause;
  const text = [
    JSON.stringify(error),
    String(error),
    error.stack ?? '',
    JSON.stringify(error.problem),
    String(cause?.message ?? ''),
  ].join(' ');
  for (const token of [TOKEN, DEMO_TOKENS.customerOwner])
    if (text.includes(token)) throw new Violation(`${error.name} carries the bearer token`);
}

type Outcome = { resolved: true; value: unknown } | { resolved: false; error: unknown };

async function settle(promise: Promise<unknown>): Promise<Outcome> {
  return promise.then(
    (value) => ({ resolved: true as const, value }),
    (error: unknown) => ({ resolved: false as const, error }),
  );
}

/** Scripts this step's faults; after the call, counts the ones it met and drops the rest. */
async function underFaults(
  real: Real,
  faults: readonly InjectedFault[],
  stats: SoakStats,
  run: () => Promise<Outcome>,
): Promise<{ outcome: Outcome; met: number }> {
  for (const f of faults) real.backend.faults.next(1, toFault(f));
  const outcome = await run();
  const met = faults.length - real.backend.faults.pending;
  for (const f of faults.slice(0, met)) stats.faults[f.kind]++;
  real.backend.faults.clear();
  return { outcome, met };
}

/** No duplicate organization: every name a create asked for is held at most once, after every step. */
function assertNoDuplicates(m: Model, r: Real): void {
  const asked = new Set(m.creates);
  const seen = new Set<string>();
  for (const org of r.backend.db.organizations.values()) {
    if (!asked.has(org.name)) continue;
    if (seen.has(org.name)) throw new Violation(`two organizations are named ${org.name}`);
    seen.add(org.name);
  }
}

function describeError(error: unknown): string {
  return isApiError(error) ? `${error.name} ${error.status} ${error.type}` : String(error);
}

// ---------- commands ----------

abstract class Step implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly stats: SoakStats,
    readonly faults: readonly InjectedFault[],
  ) {}
  check(_m: Readonly<Model>): boolean {
    return true;
  }
  abstract run(m: Model, r: Real): Promise<void>;
  protected faultsText(): string {
    return this.faults.length ? ` under [${this.faults.map(showFault).join(', ')}]` : '';
  }
}

class OrgStep extends Step {
  constructor(
    stats: SoakStats,
    faults: readonly InjectedFault[],
    readonly op: OrgOp,
    readonly target: number,
  ) {
    super(stats, faults);
  }

  override check(m: Readonly<Model>): boolean {
    // Only Acme's owner is a customer-side caller, so approvals target Acme (org #0).
    return this.op !== APPROVE || this.target % m.orgs.length === 0;
  }

  async run(m: Model, r: Real): Promise<void> {
    const org = m.orgs[this.target % m.orgs.length]!;
    const n = ++m.counter;
    this.stats.steps++;
    const pre = org.server;
    const stale = this.op.ifMatch && org.client.version !== pre.version;
    const prediction = stale
      ? { refused: `stale version ${org.client.version} (server ${pre.version})` }
      : this.op.predict(pre, org.client, n);
    const { outcome, met } = await underFaults(r, this.faults, this.stats, () =>
      settle(this.op.call(r, org.client, n)),
    );
    const actual = actualView(r, org.uuid);
    const what = `${this.op.name} #${n}`;
    if (outcome.resolved) {
      this.stats.resolved++;
      if ('refused' in prediction)
        throw new Violation(`${what} succeeded but had to be refused (${prediction.refused})`);
      if (!same(actual, prediction.ok))
        throw new Violation(
          `${what} resolved, but the backend holds ${JSON.stringify(actual)}, not ${JSON.stringify(prediction.ok)}`,
        );
      const value = outcome.value as Organization | RemoteSupportRequest;
      if ('version' in value) {
        if (!same(viewOf(value, actual.rs), actual))
          throw new Violation(`${what} resolved with a copy that is not the backend's`);
        org.client = value;
      }
    } else {
      this.stats.rejected++;
      assertNoToken(outcome.error);
      const applied = 'ok' in prediction && !same(actual, pre);
      if (applied) {
        this.stats.appliedButRejected++;
        if (!same(actual, prediction.ok))
          throw new Violation(
            `${what} rejected and left ${JSON.stringify(actual)}: neither untouched nor applied once`,
          );
        if (!saysMayHaveBeenApplied(outcome.error))
          throw new Violation(
            `${what} was applied, but its ${describeError(outcome.error)} does not say it may have been`,
          );
      } else if (!same(actual, pre)) {
        throw new Violation(
          `${what} rejected (${describeError(outcome.error)}) and changed the backend to ${JSON.stringify(actual)}`,
        );
      }
      if ('ok' in prediction && met === 0 && !isTimeoutError(outcome.error))
        throw new Violation(`${what} met no fault, yet rejected with ${describeError(outcome.error)}`);
    }
    org.server = actual;
    assertNoDuplicates(m, r);
  }

  override toString(): string {
    return `${this.op.name} on org #${this.target}${this.faultsText()}`;
  }
}

/** The client reads the organization again (a widget's reload), under faults. */
class Reload extends Step {
  constructor(
    stats: SoakStats,
    faults: readonly InjectedFault[],
    readonly target: number,
  ) {
    super(stats, faults);
  }

  async run(m: Model, r: Real): Promise<void> {
    const org = m.orgs[this.target % m.orgs.length]!;
    this.stats.steps++;
    const { outcome } = await underFaults(r, this.faults, this.stats, () =>
      settle(r.admin.organizations.get(org.uuid)),
    );
    if (outcome.resolved) {
      this.stats.resolved++;
      const read = outcome.value as Organization;
      if (!same(viewOf(read, org.server.rs), org.server))
        throw new Violation(
          `reload of org #${this.target} read ${JSON.stringify(viewOf(read, org.server.rs))}, not the backend's`,
        );
      org.client = read;
    } else {
      this.stats.rejected++;
      assertNoToken(outcome.error);
    }
  }

  override toString(): string {
    return `reload org #${this.target}${this.faultsText()}`;
  }
}

/** Another admin edits the organization (`db.bumpVersion`): the client's copy is now stale. */
class Bump extends Step {
  constructor(
    stats: SoakStats,
    readonly target: number,
  ) {
    super(stats, []);
  }

  async run(m: Model, r: Real): Promise<void> {
    const org = m.orgs[this.target % m.orgs.length]!;
    this.stats.steps++;
    this.stats.bumps++;
    r.backend.db.bumpVersion(org.uuid);
    const name = org.server.name.endsWith(' (edited)')
      ? org.server.name.slice(0, -' (edited)'.length)
      : `${org.server.name.slice(0, 91)} (edited)`;
    org.server = bump(org.server, { name });
    if (!same(actualView(r, org.uuid), org.server))
      throw new Violation(`another admin's edit of org #${this.target} is not what the backend holds`);
  }

  override toString(): string {
    return `another admin edits org #${this.target}`;
  }
}

class Create extends Step {
  async run(m: Model, r: Real): Promise<void> {
    const n = ++m.counter;
    this.stats.steps++;
    const name = `Soak Created ${n}`;
    m.creates.push(name);
    const input = {
      name,
      accountType: 'BUSINESS_USER',
      managedBy: 'SERVICE_PROVIDER',
      countryCode: 'SG',
      currencyCode: 'SGD',
    } as const;
    const { outcome, met } = await underFaults(r, this.faults, this.stats, () =>
      settle(r.admin.organizations.create(input)),
    );
    const made = [...r.backend.db.organizations.values()].filter((o) => o.name === name);
    if (made.length > 1) throw new Violation(`create #${n} made ${made.length} organizations`);
    if (outcome.resolved) {
      this.stats.resolved++;
      const created = outcome.value as Organization;
      if (made[0]?.uuid !== created.uuid)
        throw new Violation(`create #${n} resolved with ${created.uuid}, which the backend does not hold`);
    } else {
      this.stats.rejected++;
      assertNoToken(outcome.error);
      if (made.length === 1) {
        this.stats.appliedButRejected++;
        if (!saysMayHaveBeenApplied(outcome.error))
          throw new Violation(
            `create #${n} was applied, but its ${describeError(outcome.error)} does not say it may have been`,
          );
      }
      if (met === 0 && !isTimeoutError(outcome.error))
        throw new Violation(`create #${n} met no fault, yet rejected with ${describeError(outcome.error)}`);
    }
    // A created organization joins the pool as the person would see it after a reload.
    const org = made[0];
    if (org) m.orgs.push({ uuid: org.uuid, server: viewOf(org, rsOf(r.backend, org.uuid)), client: org });
    assertNoDuplicates(m, r);
  }

  override toString(): string {
    return `create${this.faultsText()}`;
  }
}

// ---------- the run ----------

export interface SoakOptions {
  seed: number;
  /** How many sequences. */
  numRuns: number;
  /** At most this many steps per sequence. */
  maxSteps: number;
  /** Sequences running at once (default 8). */
  lanes?: number;
  stats?: SoakStats;
}

function commandsArb(stats: SoakStats, maxSteps: number): fc.Arbitrary<Iterable<fc.AsyncCommand<Model, Real>>> {
  const target = fc.nat({ max: 7 });
  const orgStep = fc
    .tuple(faultsArb, fc.constantFrom(...OPS), target)
    .map(([faults, op, t]) => new OrgStep(stats, faults, op, t));
  return fc.commands(
    [
      // Operations three times as often as creates, and as reloads and other admins' edits together.
      orgStep,
      orgStep,
      orgStep,
      faultsArb.map((faults) => new Create(stats, faults)),
      fc.oneof(
        fc.tuple(faultsArb, target).map(([faults, t]): Step => new Reload(stats, faults, t)),
        target.map((t): Step => new Bump(stats, t)),
      ),
    ],
    { maxCommands: maxSteps, size: 'max' },
  );
}

/** A fresh backend and two clients with short timeouts, so a hang costs 100 ms, and 2 retries (the default). */
async function setup(): Promise<{ model: Model; real: Real }> {
  const backend = createMockBackend({ organizations: 20 });
  backend.addCaller({
    token: TOKEN,
    userId: 'c0ffee00-0000-4000-8000-000000000001',
    displayName: 'Soak Admin',
    organizationUuid: backend.known.root,
    permissions: [
      'organizations:read',
      'organizations:write',
      'organizations:create',
      'organizations:ownership',
      'organizations:status',
      'organizations:delete',
      'remote-support:request',
    ],
  });
  const options = { baseUrl: backend.baseUrl, fetch: backend.fetch, timeout: 100, retry: 2 };
  const real: Real = {
    backend,
    admin: createClient({ ...options, token: () => TOKEN }),
    customer: createClient({ ...options, token: DEMO_TOKENS.customerOwner }),
  };
  const { acme, spManaged, suspended } = backend.known;
  const orgs = [acme, spManaged, suspended].map((uuid) => {
    const org = backend.db.get(uuid)!;
    return { uuid, server: viewOf(org, rsOf(backend, uuid)), client: org };
  });
  return { model: { orgs, creates: [], counter: 0 }, real };
}

/**
 * Runs the soak; throws (with the shrunk sequence) on the first invariant violation. The sequences run in
 * `lanes` parallel properties seeded `seed`, `seed + 1`, …: a step mostly waits (retry backoff, timeouts), so
 * lanes share the wall time. Each lane has its own backends; a lane replays alone with its own seed.
 */
export async function runSoak(options: SoakOptions): Promise<SoakStats> {
  const stats = options.stats ?? emptyStats();
  const lanes = Math.max(1, Math.min(options.lanes ?? 8, options.numRuns));
  const property = fc.asyncProperty(commandsArb(stats, options.maxSteps), async (cmds) => {
    stats.sequences++;
    const { model, real } = await setup();
    try {
      await fc.asyncModelRun(() => ({ model, real }), cmds);
    } catch (error) {
      if (error instanceof Violation) {
        stats.violations++;
        stats.lastViolation = error.message;
      }
      throw error;
    }
  });
  const results = await Promise.allSettled(
    Array.from({ length: lanes }, (_, lane) => {
      const numRuns = Math.floor(options.numRuns / lanes) + (lane < options.numRuns % lanes ? 1 : 0);
      return fc
        .assert(property, { seed: options.seed + lane, numRuns, includeErrorInReport: true })
        .catch((error: unknown) => {
          throw new Error(
            `lane seed ${options.seed + lane}: ${error instanceof Error ? error.message : String(error)}`,
          );
        });
    }),
  );
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return stats;
}

/** The figures as a few lines of text. */
export function formatStats(stats: SoakStats, seed: number, ms: number): string {
  const faults = FAULT_KINDS.map((k) => `${k} ${stats.faults[k]}`).join(', ');
  const total = FAULT_KINDS.reduce((sum, k) => sum + stats.faults[k], 0);
  return [
    `soak seed ${seed}: ${stats.sequences} sequences, ${stats.steps} steps in ${(ms / 1000).toFixed(1)} s`,
    `calls: ${stats.resolved} resolved, ${stats.rejected} rejected (${stats.appliedButRejected} of them applied, answer lost); ${stats.bumps} edits by another admin`,
    `faults met: ${total} (${faults})`,
    `invariant violations: ${stats.violations}${stats.lastViolation ? ` (last: ${stats.lastViolation})` : ''}`,
  ].join('\n');
}
