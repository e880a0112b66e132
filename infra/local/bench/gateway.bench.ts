/**
 * `pnpm bench`: how fast the gateway answers the portal's heaviest reads, and
 * what they cost each subgraph in SQL. Speed targets live here, never in tests.
 * Uses the machine's PostgreSQL when DATABASE_URL is set, the embedded one otherwise.
 */
import autocannon from 'autocannon';
import { startStack } from '../src/stack.ts';

const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

const WHOLE_FAMILY = `id reference status members { fullName role } leadWorker { name agency { name } }
  headlineProblems { problem { code } evidence { indicator { code } } } eligibility { eligible }
  interventions { model { name } status leadAgency { name } } outcomeProgress { measure { code } status }`;

const SCENARIOS = [
  { name: 'family list page (20 families, all four subgraphs)', query: `{ families(first: 20) { totalCount edges { node { ${WHOLE_FAMILY} } } } }` },
  { name: 'one family page (all four subgraphs)', query: `query($id: ID!) { family(id: $id) { ${WHOLE_FAMILY} } }`, needsId: true },
  { name: 'families list, families subgraph only (50)', query: `{ families(first: 50) { edges { node { reference status members { fullName } } } } }` },
];

const stack = await startStack({ databaseUrl: process.env.DATABASE_URL, seedDemo: true });
try {
  const signIn = await fetch(`${stack.gatewayOrigin}/auth/dev/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: 'helen.carter' }),
  });
  const { token } = (await signIn.json()) as { token: string };
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const first = await fetch(stack.gatewayUrl, { method: 'POST', headers, body: JSON.stringify({ query: '{ families(first: 1) { edges { node { id } } } }' }) });
  const familyId = ((await first.json()) as any).data.families.edges[0].node.id as string;

  console.log(`Hearth gateway benchmark: ${DURATION_SECONDS}s per scenario, ${CONNECTIONS} connections, database: ${process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded'}`);
  for (const scenario of SCENARIOS) {
    const body = JSON.stringify({ query: scenario.query, variables: scenario.needsId ? { id: familyId } : {} });
    const before = Object.fromEntries(Object.entries(stack.subgraphs).map(([name, s]) => [name, s.statements.count]));
    const result = await autocannon({ url: stack.gatewayUrl, method: 'POST', headers, body, connections: CONNECTIONS, duration: DURATION_SECONDS });
    const requests = result.requests.total;
    const perRequest = Object.entries(stack.subgraphs)
      .map(([name, s]) => `${name} ${((s.statements.count - before[name]!) / Math.max(requests, 1)).toFixed(1)}`)
      .join(', ');
    console.log(`\n${scenario.name}`);
    console.log(`  throughput   ${result.requests.average.toFixed(0)} req/s (${requests} requests, ${result.non2xx} non-2xx, ${result.errors} errors)`);
    console.log(`  latency      p50 ${result.latency.p50} ms · p97.5 ${result.latency.p97_5} ms · p99 ${result.latency.p99} ms · max ${result.latency.max} ms`);
    console.log(`  SQL/request  ${perRequest}`);
  }
  const memory = process.memoryUsage();
  console.log(`\nmemory (whole stack in one process): rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`);
} finally {
  await stack.stop();
}
