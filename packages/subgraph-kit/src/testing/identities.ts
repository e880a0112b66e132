import type { Identity, Role } from '@hearth/auth';
import { randomUUID } from 'node:crypto';

/** A made-up caller for tests: any role, any areas, any agency. */
export function testIdentity(role: Role, overrides: Partial<Identity> = {}): Identity {
  return {
    sub: randomUUID(),
    username: `test.${role.toLowerCase()}`,
    name: `Test ${role.toLowerCase()}`,
    role,
    agencyId: null,
    areas: [],
    ...overrides,
  };
}
