import type { FamilyStatus, IdentificationRoute } from '@hearth/client';
import { STATUS_MEANINGS } from '../family-record/status/status-words.ts';
import type { Viewer } from '../viewer.ts';

/** The statuses in the order a family moves through them, as the status words list them. */
export const STATUSES_IN_LIFECYCLE_ORDER = Object.keys(STATUS_MEANINGS) as FamilyStatus[];

/** As the family page says how a family came to the programme. */
export const ROUTE_NAMES: Record<IdentificationRoute, string> = {
  DATA_MATCHING: 'Data matching',
  AGENCY_NOMINATION: 'Agency nomination',
};

/** As the family page says it of a family in no cohort. */
export const NO_COHORT = 'Not in a cohort';

/** Who may see the figures: analysts across Hearth, co-ordinators and managers across their areas. */
export const seesFigures = (role: Viewer['role']) => role === 'ANALYST' || role === 'MANAGER' || role === 'COORDINATOR';

const count = new Intl.NumberFormat('en-GB');
const average = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const areaList = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** "1,204" */
export const formatCount = (n: number) => count.format(n);

/** "6.4" */
export const formatAverage = (n: number) => average.format(n);

/** "12%": a share of all the families counted, to the nearest whole per cent ("–" when there are none). */
export function formatShare(families: number, total: number): string {
  return total === 0 ? '–' : `${Math.round((families / total) * 100)}%`;
}

/** Whose families the figures count, in the viewer's own terms. */
export function scopeInWords(viewer: Viewer): string {
  if (viewer.role === 'ANALYST') return 'All families in Hearth.';
  return `Families in your areas: ${areaList.format(viewer.areas)}.`;
}
