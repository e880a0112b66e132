import { describe, expect, it } from 'vitest';
import { createGatewayClient } from '../src/gateway-client.ts';
import { GatewayError, isGatewayError } from '../src/gateway-error.ts';
import { TypedDocumentString } from '../src/generated/graphql.ts';
import { fakeGateway } from '../src/testing/fake-gateway.ts';

const FamilyHeading = new TypedDocumentString<{ family: { id: string; reference: string } | null }, { id: string }>(
  'query FamilyHeading($id: ID!) { family(id: $id) { id reference } }',
);

describe('createGatewayClient', () => {
  it('posts the operation with its variables and the bearer token, and returns the data', async () => {
    const gateway = fakeGateway({ FamilyHeading: ({ id }) => ({ family: { id, reference: 'FAM-000007' } }) });
    const client = createGatewayClient({ gatewayUrl: 'http://gateway.test/', token: 'secret-token' }, gateway.fetch);
    const data = await client.request(FamilyHeading, { id: 'f-7' });
    expect(data.family?.reference).toBe('FAM-000007');
    expect(gateway.calls).toEqual([{ operationName: 'FamilyHeading', variables: { id: 'f-7' }, authorization: 'Bearer secret-token' }]);
  });

  it('turns GraphQL errors into a GatewayError carrying each code and field', async () => {
    const gateway = fakeGateway({ FamilyHeading: () => ({ errors: [{ message: 'No family with id x', code: 'NOT_FOUND' }] }) });
    const client = createGatewayClient({ gatewayUrl: 'http://gateway.test', token: 't' }, gateway.fetch);
    const failure = await client.request(FamilyHeading, { id: 'x' }).catch((error: unknown) => error);
    expect(isGatewayError(failure, 'NOT_FOUND')).toBe(true);
    expect((failure as GatewayError).message).toBe('No family with id x');
  });

  it('says the gateway could not be reached when the network fails', async () => {
    const offline = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    const client = createGatewayClient({ gatewayUrl: 'http://gateway.test', token: 't' }, offline);
    const failure = await client.request(FamilyHeading, { id: 'x' }).catch((error: unknown) => error);
    expect(isGatewayError(failure, 'GATEWAY_UNREACHABLE')).toBe(true);
  });
});
