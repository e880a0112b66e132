import type { Identity } from '@hearth/auth';

/**
 * Notes are typed by workers and can name people; analysts, who see only
 * pseudonymised records, get the progress without its notes. One rule for
 * every place a note leaves this subgraph.
 */
export function noteFor(identity: Identity, note: string | null): string | null {
  return identity.role === 'ANALYST' ? null : note;
}
