import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A family can be reallocated more than once in a day (a worker allocated in
 * error, then the right one); the day alone cannot order those spells, so
 * each allocation keeps the moment it was made. Earlier rows take the start
 * of their day, which keeps their order with one another.
 */
export class AllocationTimes1732300000005 implements MigrationInterface {
  name = 'AllocationTimes1732300000005';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE families.allocation ADD COLUMN allocated_at timestamptz`);
    await db.query(`UPDATE families.allocation SET allocated_at = allocated_on::timestamptz`);
    await db.query(`ALTER TABLE families.allocation ALTER COLUMN allocated_at SET NOT NULL, ALTER COLUMN allocated_at SET DEFAULT clock_timestamp()`);
    await db.query(`CREATE INDEX allocation_family_time_idx ON families.allocation (family_id, allocated_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX families.allocation_family_time_idx`);
    await db.query(`ALTER TABLE families.allocation DROP COLUMN allocated_at`);
  }
}
