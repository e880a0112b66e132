import { AREAS, DEMO_AGENCIES, DEMO_AGREEMENT, DEMO_WORKERS, demoCasework, demoFamilies, stableId } from '@hearth/demo-data';
import type { DataSource, EntityManager, ObjectLiteral, EntityTarget } from 'typeorm';
import {
  Agency,
  Allocation,
  Area,
  CaseNote,
  Consent,
  Engagement,
  Family,
  InformationSharingAgreement,
  Membership,
  Person,
  Restriction,
  StatusChange,
  Worker,
} from '../entities/index.ts';

const JOINED_ON = '2026-01-05';

async function insertIgnoringExisting<T extends ObjectLiteral>(tx: EntityManager, target: EntityTarget<T>, rows: Partial<T>[]): Promise<void> {
  // Chunks keep each statement well under PostgreSQL's 65,535 parameters.
  for (let i = 0; i < rows.length; i += 1000) {
    await tx.createQueryBuilder().insert().into(target).values(rows.slice(i, i + 1000) as any).orIgnore().execute();
  }
}

/** The demo cohort's households, members, workers, agencies and casework. Re-running inserts nothing new. */
export async function seedDemoFamilies(db: DataSource): Promise<void> {
  const families = demoFamilies();
  const casework = new Map(families.map((f) => [f.id, demoCasework(f)]));
  const leadAgencyOf = (f: (typeof families)[number]) => DEMO_WORKERS.find((w) => w.id === f.leadWorkerId)?.agencyId;
  await db.transaction(async (tx) => {
    await insertIgnoringExisting(tx, Area, AREAS.map((a) => ({ name: a.name, mostDisadvantaged: a.mostDisadvantaged })));
    await insertIgnoringExisting(tx, Agency, DEMO_AGENCIES);
    await insertIgnoringExisting(
      tx,
      Worker,
      DEMO_WORKERS.map((w) => ({ id: w.id, name: w.name, agencyId: w.agencyId, username: w.username ?? null, role: w.role, areas: w.areas, caseloadLimit: w.caseloadLimit })),
    );
    await insertIgnoringExisting(
      tx,
      Family,
      families.map((f) => ({
        id: f.id,
        reference: f.reference,
        status: f.status,
        area: f.area,
        addressLine: f.addressLine,
        postcode: f.postcode,
        identifiedBy: f.identifiedBy,
        nominatedByAgencyId: f.nominatedByAgencyId,
        cohort: f.cohort,
        leadWorkerId: f.leadWorkerId,
      })),
    );
    await insertIgnoringExisting(
      tx,
      Person,
      families.flatMap((f) => f.members.map((m) => ({ id: m.id, familyId: f.id, fullName: m.fullName, dateOfBirth: m.dateOfBirth, role: m.role, sex: m.sex }))),
    );
    await insertIgnoringExisting(
      tx,
      Membership,
      families.flatMap((f) => f.members.map((m) => ({ id: stableId(`membership:${m.id}`), personId: m.id, familyId: f.id, role: m.role, joinedOn: JOINED_ON }))),
    );
    await insertIgnoringExisting(
      tx,
      Engagement,
      families.flatMap((f) =>
        f.engagedAgencyIds.map((agencyId) => ({
          id: stableId(`engagement:${f.id}:${agencyId}`),
          familyId: f.id,
          agencyId,
          capacity: agencyId === leadAgencyOf(f) ? 'Lead worker' : 'Team Around the Family',
          startedOn: JOINED_ON,
        })),
      ),
    );
    await insertIgnoringExisting(
      tx,
      StatusChange,
      families.flatMap((f) => casework.get(f.id)!.statusHistory.map((s) => ({ ...s, familyId: f.id, changedBy: f.leadWorkerId ?? DEMO_WORKERS[0]!.id }))),
    );
    await insertIgnoringExisting(
      tx,
      Allocation,
      families
        .filter((f) => f.leadWorkerId)
        .map((f) => {
          const allocatedOn = casework.get(f.id)!.statusHistory.find((s) => s.toStatus === 'ALLOCATED')?.changedOn ?? JOINED_ON;
          return {
            id: stableId(`allocation:${f.id}`),
            familyId: f.id,
            workerId: f.leadWorkerId!,
            allocatedOn,
            allocatedAt: new Date(`${allocatedOn}T09:00:00Z`),
            reason: 'Allocated by co-ordinator',
            allocatedBy: DEMO_WORKERS.find((w) => w.role === 'COORDINATOR')!.id,
          };
        }),
    );
    await insertIgnoringExisting(tx, InformationSharingAgreement, [DEMO_AGREEMENT]);
    await insertIgnoringExisting(
      tx,
      Consent,
      families.flatMap((f) => {
        const consent = casework.get(f.id)!.consent;
        return consent
          ? [{ ...consent, familyId: f.id, scope: 'ALL_ENGAGED_AGENCIES' as const, agencyIds: [], agreementId: DEMO_AGREEMENT.id, recordedBy: f.leadWorkerId! }]
          : [];
      }),
    );
    await insertIgnoringExisting(
      tx,
      Restriction,
      families.flatMap((f) => {
        const restriction = casework.get(f.id)!.restriction;
        return restriction ? [{ ...restriction, familyId: f.id, createdBy: f.leadWorkerId ?? DEMO_WORKERS[0]!.id }] : [];
      }),
    );
    await insertIgnoringExisting(
      tx,
      CaseNote,
      families.flatMap((f) => casework.get(f.id)!.caseNotes.map((note) => ({ ...note, familyId: f.id, authorId: f.leadWorkerId! }))),
    );
    // New families continue the reference sequence after the demo cohort.
    await tx.query(
      `SELECT setval('families.family_reference_seq', GREATEST((SELECT max(substring(reference from 5)::int) FROM families.family), 1))`,
    );
  });
}
