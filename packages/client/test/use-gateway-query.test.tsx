// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TypedDocumentString } from '../src/generated/graphql.ts';
import { GatewayProvider } from '../src/react/gateway-context.tsx';
import { useGatewayQuery } from '../src/react/use-gateway-query.ts';
import { fakeGateway } from '../src/testing/fake-gateway.ts';

// Laid out over several lines, as every generated document is.
const FamilyHeading = new TypedDocumentString<{ family: { reference: string; version: number } }, { id: string }>(`
  query FamilyHeading($id: ID!) {
    family(id: $id) {
      reference
      version
    }
  }
`);
const session = { gatewayUrl: 'http://gateway.test', token: 't' };
const wrapper = ({ children }: { children: ReactNode }) => <GatewayProvider session={session}>{children}</GatewayProvider>;

afterEach(() => vi.unstubAllGlobals());

describe('useGatewayQuery', () => {
  it('keeps the answer it has while a refetch asks again, then shows the new one', async () => {
    let release: () => void = () => undefined;
    const gateway = fakeGateway({ FamilyHeading: (_variables, call) => ({ family: { reference: 'FAM-000007', version: call } }) });
    vi.stubGlobal('fetch', async (...args: Parameters<typeof fetch>) => {
      if (gateway.calls.length > 0) await new Promise<void>((resolve) => (release = resolve));
      return gateway.fetch(...args);
    });
    const { result } = renderHook(() => useGatewayQuery(FamilyHeading, { id: 'f-7' }), { wrapper });
    await waitFor(() => expect(result.current.data?.family.version).toBe(1));

    act(() => result.current.refetch());
    await waitFor(() => expect(result.current.refreshing).toBe(true));
    expect(result.current.status).toBe('success');
    expect(result.current.data?.family.version).toBe(1);

    act(() => release());
    await waitFor(() => expect(result.current.data?.family.version).toBe(2));
    expect(result.current.refreshing).toBe(false);
  });

  it('forgets the old answer when the question changes', async () => {
    vi.stubGlobal('fetch', fakeGateway({ FamilyHeading: ({ id }) => ({ family: { reference: `FAM-${String(id)}`, version: 1 } }) }).fetch);
    const { result, rerender } = renderHook(({ id }) => useGatewayQuery(FamilyHeading, { id }), { wrapper, initialProps: { id: '1' } });
    await waitFor(() => expect(result.current.data?.family.reference).toBe('FAM-1'));
    rerender({ id: '2' });
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.data?.family.reference).toBe('FAM-2'));
  });
});
