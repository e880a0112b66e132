import type { Identity, Role } from '@hearth/auth';
import { agencyNamed } from './agencies.ts';
import { AREA_NAMES } from './areas.ts';
import { stableId } from './ids.ts';

export interface DemoWorker {
  id: string;
  name: string;
  agencyId: string;
  /** Present when the worker can sign in to the demo. */
  username?: string;
  role: Role;
  areas: string[];
  caseloadLimit: number;
}

const worker = (name: string, agency: string, role: Role, areas: string[], username?: string): DemoWorker => ({
  id: stableId(`worker:${name}`),
  name,
  agencyId: agencyNamed(agency).id,
  role,
  areas,
  username,
  caseloadLimit: role === 'LEAD_WORKER' ? 12 : 0,
});

/** The people who can sign in to the demo: at least one per role. */
export const DEMO_USERS: DemoWorker[] = [
  worker('Sarah Ahmed', 'Families for Change Team', 'LEAD_WORKER', ['Rotherham North'], 'sarah.ahmed'),
  worker('Daniel Hughes', 'South Yorkshire Police', 'LEAD_WORKER', ['Rotherham South'], 'daniel.hughes'),
  worker('Priya Patel', 'Families for Change Team', 'COORDINATOR', ['Rotherham North', 'Rotherham South'], 'priya.patel'),
  worker('Helen Carter', 'Families for Change Team', 'MANAGER', AREA_NAMES, 'helen.carter'),
  worker('Mark Wilson', 'South Yorkshire Police', 'PARTNER', [], 'mark.wilson'),
  worker('Grace Okafor', 'Oakwood High School', 'PARTNER', [], 'grace.okafor'),
  worker('Tom Lee', 'Families for Change Team', 'ANALYST', [], 'tom.lee'),
];

/** Further lead workers, so caseloads spread across agencies and areas. */
export const DEMO_LEAD_WORKERS: DemoWorker[] = [
  ...DEMO_USERS.filter((u) => u.role === 'LEAD_WORKER'),
  worker('Aisha Khan', 'Families for Change Team', 'LEAD_WORKER', ['Wentworth North']),
  worker('James Robinson', 'Rotherham and Barnsley MIND', 'LEAD_WORKER', ['Wentworth South']),
  worker('Chloe Bennett', 'Home-Start Rotherham', 'LEAD_WORKER', ['Wentworth Valley']),
  worker('Liam Walsh', 'South Yorkshire Fire and Rescue', 'LEAD_WORKER', ['Rother Valley South']),
  worker('Fatima Begum', 'Catch22', 'LEAD_WORKER', ['Rother Valley West']),
  worker('Owen Price', 'Youth Offending Service', 'LEAD_WORKER', ['Rotherham South']),
  worker('Megan Clarke', 'Jobcentre Plus Rotherham', 'LEAD_WORKER', ['Rotherham North']),
];

export const DEMO_WORKERS: DemoWorker[] = [...DEMO_LEAD_WORKERS, ...DEMO_USERS.filter((u) => u.role !== 'LEAD_WORKER')];

export function demoIdentity(username: string): Identity | null {
  const user = DEMO_USERS.find((u) => u.username === username);
  if (!user?.username) return null;
  return { sub: user.id, username: user.username, name: user.name, role: user.role, agencyId: user.agencyId, areas: user.areas };
}
