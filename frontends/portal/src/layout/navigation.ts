import type { Role } from '@hearth/client';
import type { NavigationItem } from '@hearth/ui';

interface Destination {
  href: string;
  text: string;
  /** Who sees it in the menu; everyone when absent. */
  roles?: Role[];
}

/** Each role's own work first (a lead worker's caseload, a co-ordinator's oversight), then what everyone shares. */
const DESTINATIONS: Destination[] = [
  { href: '/my-caseload', text: 'My caseload', roles: ['LEAD_WORKER'] },
  { href: '/oversight', text: 'Oversight', roles: ['COORDINATOR', 'MANAGER'] },
  { href: '/families', text: 'Families', roles: ['LEAD_WORKER', 'COORDINATOR', 'MANAGER', 'ANALYST'] },
  { href: '/figures', text: 'Programme figures', roles: ['ANALYST', 'MANAGER', 'COORDINATOR'] },
  { href: '/search', text: 'Search' },
  { href: '/headline-problems', text: 'Headline problems' },
  { href: '/intervention-models', text: 'Intervention models' },
  { href: '/outcomes-plan', text: 'Outcomes Plan' },
  { href: '/partner', text: 'Your agency’s families', roles: ['PARTNER'] },
];

export function navigationFor(role: Role | undefined, pathname: string): NavigationItem[] {
  if (!role) return [];
  return DESTINATIONS.filter((destination) => !destination.roles || destination.roles.includes(role)).map((destination) => ({
    href: destination.href,
    text: destination.text,
    current: pathname === destination.href || pathname.startsWith(`${destination.href}/`),
  }));
}

/** Where "back" from a family goes: the list for those who have one, otherwise the search. */
export function familiesHomeFor(role: Role): { href: string; text: string } {
  return role === 'PARTNER' ? { href: '/search', text: 'Search' } : { href: '/families', text: 'Families' };
}
