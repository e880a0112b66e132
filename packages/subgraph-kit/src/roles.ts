import type { Identity, Role } from '@hearth/auth';
import { forbidden } from './errors.ts';

/** Refuses an action the caller's role may not take, saying which roles may. */
export function requireRole(identity: Identity, allowed: readonly Role[], action: string): void {
  if (!allowed.includes(identity.role)) {
    throw forbidden(`Your role (${identity.role}) cannot ${action}; this needs one of: ${allowed.join(', ')}`);
  }
}
