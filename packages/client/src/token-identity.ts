import type { Identity, Role } from '@hearth/auth';
import { ROLE_NAMES } from './dev-sign-in.ts';

/**
 * Who a token says its holder is, read from its claims without checking the
 * signature: only for deciding what a page offers (a page opened with a
 * token in its address has no sign-in answer to read). The gateway verifies
 * the token on every request, so a forged claim buys nothing but buttons the
 * server then refuses.
 */
export function identityFromToken(token: string): Identity | null {
  try {
    const payload = token.split('.')[1];
    if (!payload) return null;
    const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
    const role = claims.hearth_role ?? claims.role;
    if (typeof role !== 'string' || !(role in ROLE_NAMES) || typeof claims.sub !== 'string') return null;
    return {
      sub: claims.sub,
      username: typeof claims.preferred_username === 'string' ? claims.preferred_username : claims.sub,
      name: typeof claims.name === 'string' ? claims.name : claims.sub,
      role: role as Role,
      agencyId: typeof claims.hearth_agency === 'string' ? claims.hearth_agency : null,
      areas: Array.isArray(claims.hearth_areas) ? claims.hearth_areas.filter((area): area is string => typeof area === 'string') : [],
    };
  } catch {
    return null;
  }
}
