import { createHmac } from 'node:crypto';

/** For development and tests only; production must set HEARTH_PSEUDONYM_SECRET, or anyone with the source could recompute the pseudonyms. */
const DEVELOPMENT_SECRET = 'hearth-development-pseudonym-secret';

function pseudonymSecret(): string {
  const secret = process.env.HEARTH_PSEUDONYM_SECRET;
  if (secret) return secret;
  if (process.env.NODE_ENV === 'production') throw new Error('HEARTH_PSEUDONYM_SECRET must be set in production: it keys the pseudonyms analysts see');
  return DEVELOPMENT_SECRET;
}

/**
 * The name an analyst sees for a person, e.g. "Person 4F2A9C1B": the same for
 * the same person in every list and every report (so records can be linked
 * and counted), and not traceable to the person without the server's secret.
 */
export function personPseudonym(personId: string): string {
  const digest = createHmac('sha256', pseudonymSecret()).update(personId).digest('hex');
  return `Person ${digest.slice(0, 8).toUpperCase()}`;
}
