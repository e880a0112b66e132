import type { Role } from '@hearth/auth';

/** Everyone working with families may record what they have seen; analysts only read. */
export const EVIDENCE_RECORDERS = ['LEAD_WORKER', 'COORDINATOR', 'MANAGER', 'PARTNER'] as const satisfies readonly Role[];
