import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../src/gateway.ts';
import { readSupergraph } from '../src/supergraph.ts';

const DEV_SECRET = 'dev-secret-for-tests';
const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('gateway in embedded (dev sign-in) mode', () => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    gateway = await startGateway({ port: 0, supergraphSdl: readSupergraph(), gatewaySecret: 'g', auth: { devSecret: DEV_SECRET } });
  });
  afterAll(async () => gateway?.stop());

  it('signs in a seeded user and accepts the token', async () => {
    const signIn = await post(`${gateway.origin}/auth/dev/sign-in`, { user: 'priya.patel' });
    expect(signIn.status).toBe(200);
    const { token, user } = (await signIn.json()) as { token: string; user: { role: string } };
    expect(user.role).toBe('COORDINATOR');
    const response = await post(gateway.url, { query: '{ __typename }' }, { authorization: `Bearer ${token}` });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('lists the demo users for the sign-in page, one per role at least', async () => {
    const users = (await (await fetch(`${gateway.origin}/auth/dev/users`)).json()) as { role: string }[];
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(['LEAD_WORKER', 'COORDINATOR', 'MANAGER', 'PARTNER', 'ANALYST']));
  });

  it('refuses an unknown user and an empty request', async () => {
    expect((await post(`${gateway.origin}/auth/dev/sign-in`, { user: 'nobody' })).status).toBe(401);
    expect((await post(`${gateway.origin}/auth/dev/sign-in`, {})).status).toBe(400);
  });

  it('answers UNAUTHENTICATED without a token', async () => {
    const response = await post(gateway.url, { query: '{ __typename }' });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged token (signed with another secret) and an expired one', async () => {
    const claims = { hearth_role: 'MANAGER', hearth_areas: ['Rotherham North'] };
    const forged = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('hearth-dev-sign-in')
      .setAudience('hearth')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('not-the-secret'));
    const forgedResponse = await post(gateway.url, { query: '{ __typename }' }, { authorization: `Bearer ${forged}` });
    expect(forgedResponse.status).toBe(401);

    const expired = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('hearth-dev-sign-in')
      .setAudience('hearth')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(new TextEncoder().encode(DEV_SECRET));
    const expiredResponse = await post(gateway.url, { query: '{ __typename }' }, { authorization: `Bearer ${expired}` });
    expect(expiredResponse.status).toBe(401);
    const body = (await expiredResponse.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toContain('expired');

    const garbage = await post(gateway.url, { query: '{ __typename }' }, { authorization: 'Bearer not.a.jwt' });
    expect(garbage.status).toBe(401);
  });
});

describe('gateway with an OIDC issuer', () => {
  let issuer: http.Server;
  let issuerUrl: string;
  let gateway: RunningGateway;
  let sign: (claims: Record<string, unknown>) => Promise<string>;

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
    issuer = http.createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      if (req.url === '/.well-known/openid-configuration') res.end(JSON.stringify({ issuer: issuerUrl, jwks_uri: `${issuerUrl}/jwks` }));
      else if (req.url === '/jwks') res.end(JSON.stringify({ keys: [jwk] }));
      else res.writeHead(404).end('{}');
    });
    await new Promise<void>((resolve) => issuer.listen(0, '127.0.0.1', resolve));
    issuerUrl = `http://127.0.0.1:${(issuer.address() as AddressInfo).port}`;
    sign = (claims) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
        .setSubject('worker-1')
        .setIssuer(issuerUrl)
        .setAudience('hearth')
        .setExpirationTime('5m')
        .sign(privateKey);
    gateway = await startGateway({ port: 0, supergraphSdl: readSupergraph(), gatewaySecret: 'g', auth: { oidcIssuer: issuerUrl } });
  });
  afterAll(async () => {
    await gateway?.stop();
    issuer?.close();
  });

  it('accepts the issuer’s tokens and has no dev sign-in', async () => {
    const token = await sign({ hearth_role: 'ANALYST' });
    const response = await post(gateway.url, { query: '{ __typename }' }, { authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    expect((await post(`${gateway.origin}/auth/dev/sign-in`, { user: 'priya.patel' })).status).toBe(404);
  });

  it('refuses an issuer token without a Hearth role', async () => {
    const token = await sign({});
    expect((await post(gateway.url, { query: '{ __typename }' }, { authorization: `Bearer ${token}` })).status).toBe(401);
  });
});
