import { query, signIn } from './gateway.ts';
import { hearthUrls } from './session.ts';

/** Asks the gateway directly as one demo user, to set a test up or check what the browser showed. */
export async function asWorker(username: string) {
  const { gatewayOrigin } = hearthUrls();
  const token = await signIn(gatewayOrigin, username);
  return <T>(document: string, variables: Record<string, unknown> = {}) => query<T>(gatewayOrigin, token, document, variables);
}

export type Ask = Awaited<ReturnType<typeof asWorker>>;

interface FamilyPage<N> {
  families: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: N }[] };
}

/** Every family the user may see, with the fields asked for. */
export async function allFamilies<N>(ask: Ask, fields: string): Promise<N[]> {
  const found: N[] = [];
  let after: string | null = null;
  for (;;) {
    const page: FamilyPage<N> = await ask<FamilyPage<N>>(`query ($after: String) { families(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${fields} } } } }`, { after });
    found.push(...page.families.edges.map((edge) => edge.node));
    if (!page.families.pageInfo.hasNextPage) return found;
    after = page.families.pageInfo.endCursor;
  }
}

/** Today in the UK as day, month and year, for the date boxes. */
export function todayParts(): { day: string; month: string; year: string } {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date()).split('-');
  return { day: String(Number(day)), month: String(Number(month)), year: year! };
}
