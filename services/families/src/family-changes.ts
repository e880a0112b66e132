import type { Role } from '@hearth/auth';
import { todayInUk } from '@hearth/programme';
import { conflict, notFound, parseId, requireRole } from '@hearth/subgraph-kit';
import type { EntityManager } from 'typeorm';
import type { Context } from './context.ts';
import { Family } from './entities/index.ts';

/** Who may change a family they can see: its lead worker, and co-ordinators and managers in its area. */
export const CASEWORK_ROLES: Role[] = ['LEAD_WORKER', 'COORDINATOR', 'MANAGER'];
export const ALLOCATING_ROLES: Role[] = ['COORDINATOR', 'MANAGER'];

export async function visibleFamily(ctx: Context, id: string): Promise<Family> {
  const family = await ctx.loaders.familyById.load(parseId(id, 'family'));
  if (!family) {
    ctx.audit?.record('DENIED', { familyId: parseId(id, 'family') });
    throw notFound(`No family with id ${id}`);
  }
  return family;
}

export interface FamilyChange {
  familyId: string;
  /** The version the caller last saw; without it the change is an append that overwrites nothing. */
  expectedVersion?: number | null;
  roles?: Role[];
  action: string;
  /** For the audit trail: what the change touches. */
  fields: string[];
  /** Why, when the change must say (kept with it in the audit trail). */
  reason?: string;
  /** Other families the change also writes (a move touches two households); locked with this one, in one order for everyone. */
  alsoLocks?: string[];
}

/**
 * Every change to a family goes through here: the caller must see the family
 * and hold a role that may make the change; the change runs in one
 * transaction that also bumps the family's version, refusing with CONFLICT
 * if someone else changed the family since the caller's expectedVersion;
 * and it is audited.
 */
export async function changeFamily<T>(ctx: Context, change: FamilyChange, apply: (tx: EntityManager, family: Family) => Promise<T>): Promise<T> {
  requireRole(ctx.identity, change.roles ?? CASEWORK_ROLES, change.action);
  const family = await visibleFamily(ctx, change.familyId);
  const result = await ctx.db.transaction(async (tx) => {
    if (change.alsoLocks?.length) {
      // Every change that touches several families locks them in id order, so two of them crossing (A to B while B to A) wait for each other instead of deadlocking.
      const ids = [...new Set([family.id, ...change.alsoLocks])].sort();
      await tx.query(`SELECT id FROM families.family WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [ids]);
    }
    const bumped = await tx
      .createQueryBuilder()
      .update(Family)
      .set({ version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id', { id: family.id })
      .andWhere(change.expectedVersion == null ? 'true' : 'version = :expected', { expected: change.expectedVersion })
      .returning(['version'])
      .execute();
    if (bumped.affected === 0) {
      const current = await tx.getRepository(Family).findOneByOrFail({ id: family.id });
      throw conflict(
        `Someone else changed ${family.reference} since you opened it (you had version ${change.expectedVersion}, it is now ${current.version}). Reload it and make your change again.`,
      );
    }
    const locked = await tx.getRepository(Family).findOneByOrFail({ id: family.id });
    return apply(tx, locked);
  });
  ctx.audit?.record('UPDATE', { familyId: family.id }, change.fields, change.reason ?? null);
  ctx.loaders.familyById.clear(family.id);
  return result;
}

/** The day a change is dated: today in the UK, the day the worker means. */
export const today = () => todayInUk();
