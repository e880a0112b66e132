import type { Role } from '@hearth/client';

/** Who a marker can name: analysts see pseudonymised records only, so no marker names them. */
export const NAMEABLE_ROLES: Partial<Record<Role, string>> = {
  LEAD_WORKER: 'Lead workers',
  COORDINATOR: 'Co-ordinators',
  MANAGER: 'Managers',
  PARTNER: 'Partner agency workers',
};
