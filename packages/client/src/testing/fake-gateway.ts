import type { GatewayErrorDetail } from '../gateway-error.ts';

export interface GatewayCall {
  operationName: string;
  variables: Record<string, unknown>;
  authorization: string | null;
}

/** An answer for one operation: its data, or the errors the gateway would send instead. */
export type FakeErrors = { errors: Partial<GatewayErrorDetail>[] };
export type FakeAnswer = unknown;
export type FakeHandler = (variables: Record<string, unknown>, call: number) => FakeAnswer;

/**
 * A stand-in for the gateway in component tests: answers each operation by
 * name, the way the real one would over HTTP, and keeps every call so a test
 * can check what was asked. An operation with no handler fails the test.
 */
export function fakeGateway(handlers: Record<string, FakeHandler>) {
  const calls: GatewayCall[] = [];
  const fetch = async (_url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const body = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> };
    const operationName = /\b(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '';
    const handler = handlers[operationName];
    if (!handler) throw new Error(`The fake gateway has no answer for ${operationName || 'an anonymous operation'}`);
    const headers = new Headers(init?.headers);
    calls.push({ operationName, variables: body.variables, authorization: headers.get('Authorization') });
    const answer = handler(body.variables, calls.filter((call) => call.operationName === operationName).length);
    const payload = isFakeErrors(answer)
      ? { data: null, errors: answer.errors.map((error) => ({ message: error.message, extensions: { code: error.code, field: error.field } })) }
      : { data: answer };
    return new Response(JSON.stringify(payload), { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

function isFakeErrors(answer: unknown): answer is FakeErrors {
  return typeof answer === 'object' && answer !== null && Array.isArray((answer as FakeErrors).errors);
}
