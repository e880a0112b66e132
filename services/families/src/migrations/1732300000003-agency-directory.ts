import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Managers now add agencies themselves; "Catch22" and " catch22" must not
 * become two agencies, whoever adds them at the same moment.
 */
export class AgencyDirectory1732300000003 implements MigrationInterface {
  name = 'AgencyDirectory1732300000003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE UNIQUE INDEX agency_name_folded_idx ON families.agency (lower(btrim(name)))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX families.agency_name_folded_idx`);
  }
}
