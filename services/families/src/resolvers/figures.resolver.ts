import type { FamilyStatus } from '@hearth/programme';
import { FAMILY_STATUSES } from '@hearth/programme';
import { requireRole } from '@hearth/subgraph-kit';
import { Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { scopeToCaller } from '../access/family-scope.ts';
import type { Context } from '../context.ts';
import { Family } from '../entities/index.ts';
import { FamilyStatusEnum, IdentificationRouteEnum, type IdentificationRoute } from '../entities/family.entity.ts';

/** Families whose work with the programme has ended: they no longer wait for, or take up, a lead worker. */
const ENDED_STATUSES: FamilyStatus[] = ['CLOSED', 'DECLINED', 'STEPPED_DOWN', 'STEPPED_UP'];

@ObjectType()
class FamiliesByStatus {
  @Field(() => FamilyStatusEnum)
  status: FamilyStatus;

  @Field(() => Int)
  families: number;
}

@ObjectType()
class FamiliesByArea {
  @Field(() => String)
  area: string;

  @Field(() => Int)
  families: number;
}

@ObjectType()
class FamiliesByIdentificationRoute {
  @Field(() => IdentificationRouteEnum)
  route: IdentificationRoute;

  @Field(() => Int)
  families: number;
}

@ObjectType()
class FamiliesByCohort {
  @Field(() => String, { nullable: true, description: 'The cohort the council counted the family in (e.g. "Phase 2, Year 1 cohort"); null for families in no cohort' })
  cohort: string | null;

  @Field(() => Int)
  families: number;
}

@ObjectType({ description: 'Counts across the families you may see; aggregate figures only, no one’s personal data' })
class ProgrammeFigures {
  @Field(() => Int)
  totalFamilies: number;

  @Field(() => [FamiliesByStatus], { description: 'Every status, with zero where no family is at it' })
  byStatus: FamiliesByStatus[];

  @Field(() => [FamiliesByArea], { description: 'Areas with at least one family, by name' })
  byArea: FamiliesByArea[];

  @Field(() => [FamiliesByIdentificationRoute], { description: 'Data matching or agency nomination' })
  byIdentificationRoute: FamiliesByIdentificationRoute[];

  @Field(() => [FamiliesByCohort], { description: 'Cohorts with at least one family, in order of their names (Year 2 before Year 10), then the families in no cohort' })
  byCohort: FamiliesByCohort[];

  @Field(() => Int, { description: 'Families still in the programme (not closed, declined, stepped down or stepped up) with no lead worker' })
  familiesWithoutLeadWorker: number;

  @Field(() => Int, { description: 'Lead workers leading at least one family still in the programme' })
  leadWorkers: number;

  @Field(() => Float, { description: 'Families still in the programme per lead worker leading any (0 when none is)' })
  averageCaseload: number;
}

interface FiguresRow {
  status: FamilyStatus | null;
  area: string | null;
  route: IdentificationRoute | null;
  cohort: string | null;
  grouping: number;
  families: number;
  without_lead_worker: number;
  led: number;
  lead_workers: number;
}

/** Which grouping set a row belongs to: GROUPING(status, area, route, cohort) has a bit set for each column rolled up. */
const GROUPED_BY = { status: 0b0111, area: 0b1011, route: 0b1101, cohort: 0b1110, all: 0b1111 } as const;

const cohortOrder = new Intl.Collator('en-GB', { numeric: true });

/** By name, numbers read as numbers ("Year 2" before "Year 10"); the families in no cohort last. */
function byCohortName(a: FamiliesByCohort, b: FamiliesByCohort): number {
  if (a.cohort === null || b.cohort === null) return (a.cohort === null ? 1 : 0) - (b.cohort === null ? 1 : 0);
  return cohortOrder.compare(a.cohort, b.cohort);
}

@Resolver()
export class FiguresResolver {
  @Query(() => ProgrammeFigures, { description: 'Programme figures for analysts (all families), managers and co-ordinators (their areas)' })
  async programmeFigures(@Ctx() ctx: Context): Promise<ProgrammeFigures> {
    requireRole(ctx.identity, ['ANALYST', 'MANAGER', 'COORDINATOR'], 'see programme figures');
    const stillIn = 'family.status <> ALL(:ended)';
    const rows = await scopeToCaller(ctx.db.getRepository(Family).createQueryBuilder('family'), ctx.identity)
      .select('family.status', 'status')
      .addSelect('family.area', 'area')
      .addSelect('family.identified_by', 'route')
      .addSelect('family.cohort', 'cohort')
      .addSelect('GROUPING(family.status, family.area, family.identified_by, family.cohort)::int', 'grouping')
      .addSelect('count(*)::int', 'families')
      .addSelect(`(count(*) FILTER (WHERE family.lead_worker_id IS NULL AND ${stillIn}))::int`, 'without_lead_worker')
      .addSelect(`(count(*) FILTER (WHERE family.lead_worker_id IS NOT NULL AND ${stillIn}))::int`, 'led')
      .addSelect(`(count(DISTINCT family.lead_worker_id) FILTER (WHERE ${stillIn}))::int`, 'lead_workers')
      .setParameter('ended', ENDED_STATUSES)
      .groupBy('GROUPING SETS ((family.status), (family.area), (family.identified_by), (family.cohort), ())')
      .getRawMany<FiguresRow>();

    const inSet = (set: number) => rows.filter((row) => row.grouping === set);
    const total = inSet(GROUPED_BY.all)[0];
    const byStatus = new Map(inSet(GROUPED_BY.status).map((row) => [row.status, row.families]));
    const byRoute = new Map(inSet(GROUPED_BY.route).map((row) => [row.route, row.families]));
    return {
      totalFamilies: total?.families ?? 0,
      byStatus: FAMILY_STATUSES.map((status) => ({ status, families: byStatus.get(status) ?? 0 })),
      byArea: inSet(GROUPED_BY.area)
        .map((row) => ({ area: row.area!, families: row.families }))
        .sort((a, b) => a.area.localeCompare(b.area)),
      byIdentificationRoute: (Object.keys(IdentificationRouteEnum) as IdentificationRoute[]).map((route) => ({ route, families: byRoute.get(route) ?? 0 })),
      byCohort: inSet(GROUPED_BY.cohort)
        .map((row) => ({ cohort: row.cohort, families: row.families }))
        .sort(byCohortName),
      familiesWithoutLeadWorker: total?.without_lead_worker ?? 0,
      leadWorkers: total?.lead_workers ?? 0,
      averageCaseload: total && total.lead_workers > 0 ? Math.round((total.led / total.lead_workers) * 10) / 10 : 0,
    };
  }
}
