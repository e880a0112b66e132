export const ROLES = ['LEAD_WORKER', 'COORDINATOR', 'MANAGER', 'PARTNER', 'ANALYST'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Who is asking: what the gateway learned from the caller's token, and all a subgraph may trust. */
export interface Identity {
  /** The worker's id in the families directory. */
  sub: string;
  username: string;
  name: string;
  role: Role;
  /** The agency the worker belongs to (partner agencies are scoped by it). */
  agencyId: string | null;
  /** The areas (wards / area assemblies) a co-ordinator or manager oversees. */
  areas: string[];
}

export function identityFromClaims(claims: Record<string, unknown>): Identity {
  const role = claims.hearth_role ?? claims.role;
  if (!isRole(role)) throw new Error('token carries no Hearth role');
  if (typeof claims.sub !== 'string' || claims.sub === '') throw new Error('token carries no subject');
  const areas = Array.isArray(claims.hearth_areas) ? claims.hearth_areas.filter((a): a is string => typeof a === 'string') : [];
  return {
    sub: claims.sub,
    username: typeof claims.preferred_username === 'string' ? claims.preferred_username : claims.sub,
    name: typeof claims.name === 'string' ? claims.name : claims.sub,
    role,
    agencyId: typeof claims.hearth_agency === 'string' ? claims.hearth_agency : null,
    areas,
  };
}

export function claimsFromIdentity(identity: Identity): Record<string, unknown> {
  return {
    preferred_username: identity.username,
    name: identity.name,
    hearth_role: identity.role,
    hearth_agency: identity.agencyId,
    hearth_areas: identity.areas,
  };
}
