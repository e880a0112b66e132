import { Router, json } from 'express';
import { issueDevToken } from '@hearth/auth';
import { DEMO_AGENCIES, DEMO_USERS, demoIdentity } from '@hearth/demo-data';

/**
 * Sign-in for the embedded/demo mode only: pick one of the seeded users and
 * get a token signed with the dev secret. Never mounted when an OIDC issuer
 * is configured.
 */
export function devSignInRouter(secret: string): Router {
  const router = Router();
  router.get('/auth/dev/users', (_req, res) => {
    res.json(
      DEMO_USERS.map((user) => ({
        username: user.username,
        name: user.name,
        role: user.role,
        agencyName: DEMO_AGENCIES.find((agency) => agency.id === user.agencyId)?.name ?? null,
      })),
    );
  });
  router.post('/auth/dev/sign-in', json(), async (req, res) => {
    const username: unknown = req.body?.user;
    if (typeof username !== 'string' || username.trim() === '') {
      res.status(400).json({ error: 'Send JSON {"user": "<username>"}.' });
      return;
    }
    const identity = demoIdentity(username.trim());
    if (!identity) {
      res.status(401).json({ error: `There is no demo user called ${username}.` });
      return;
    }
    res.json({ token: await issueDevToken(identity, secret), user: identity });
  });
  return router;
}
