import { FamiliesInitial1732300000000 } from './1732300000000-families-initial.ts';
import { AreasAndNominations1732300000001 } from './1732300000001-areas-and-nominations.ts';
import { Casework1732300000002 } from './1732300000002-casework.ts';
import { AgencyDirectory1732300000003 } from './1732300000003-agency-directory.ts';
import { NameSearchAndLiftedMarkers1732300000004 } from './1732300000004-name-search-and-lifted-markers.ts';
import { AllocationTimes1732300000005 } from './1732300000005-allocation-times.ts';

/** In the order they run; never edit one that has shipped, add another. */
export const migrations = [
  FamiliesInitial1732300000000, AreasAndNominations1732300000001, Casework1732300000002, AgencyDirectory1732300000003, NameSearchAndLiftedMarkers1732300000004,
  AllocationTimes1732300000005,
];
