import type { AgencyType } from '@hearth/programme';
import { stableId } from './ids.ts';

export interface DemoAgency {
  id: string;
  name: string;
  type: AgencyType;
}

const agency = (name: string, type: AgencyType): DemoAgency => ({ id: stableId(`agency:${name}`), name, type });

export const DEMO_AGENCIES: DemoAgency[] = [
  agency('Families for Change Team', 'COUNCIL'),
  agency('South Yorkshire Police', 'POLICE'),
  agency('South Yorkshire Fire and Rescue', 'FIRE_AND_RESCUE'),
  agency('Oakwood High School', 'SCHOOL'),
  agency('Thornhill Primary School', 'SCHOOL'),
  agency('Rotherham NHS Foundation Trust', 'HEALTH'),
  agency('Jobcentre Plus Rotherham', 'JOBCENTRE_PLUS'),
  agency('Rotherham Housing Services', 'HOUSING'),
  agency("Children's Social Care", 'CHILDRENS_SOCIAL_CARE'),
  agency('Youth Offending Service', 'YOUTH_OFFENDING'),
  agency('Rotherham and Barnsley MIND', 'VOLUNTARY_SECTOR'),
  agency('Home-Start Rotherham', 'VOLUNTARY_SECTOR'),
  agency('Catch22', 'VOLUNTARY_SECTOR'),
];

export function agencyNamed(name: string): DemoAgency {
  const found = DEMO_AGENCIES.find((a) => a.name === name);
  if (!found) throw new Error(`no demo agency called ${name}`);
  return found;
}
