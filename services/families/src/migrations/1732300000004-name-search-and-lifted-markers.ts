import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Name search compares names word by word, so how a name splits into words
 * is defined once, here, for stored names and typed queries alike. Typed
 * words are compared with every distinct word of anyone's name (a few
 * thousand, however many people), then the people with a matching word are
 * found through an index. And a restricted marker is lifted only with a
 * reason, kept with the marker.
 */
export class NameSearchAndLiftedMarkers1732300000004 implements MigrationInterface {
  name = 'NameSearchAndLiftedMarkers1732300000004';

  async up(db: QueryRunner): Promise<void> {
    // "O'Brien" is one word (obrien), "Smith-Jones" two; case and punctuation never matter.
    // Its cost tells the planner to find people through the index below rather than split every name.
    await db.query(`
      CREATE FUNCTION families.name_tokens(name text) RETURNS text[]
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 1000 AS $$
        SELECT coalesce(array_agg(DISTINCT token ORDER BY token), '{}')
        FROM regexp_split_to_table(regexp_replace(lower(name), '[''’]', '', 'g'), '[^[:alpha:]]+') AS token
        WHERE token <> ''
      $$`);
    await db.query(`CREATE INDEX person_name_words_idx ON families.person USING gin (families.name_tokens(full_name))`);

    // Every word of anyone's name, ever, kept by the database itself so no code path can forget it.
    // A word nobody has any more only ever finds no one.
    // How a word sounds, by double metaphone: Smith and Smyth both SM0 (and XMT), Catherine and Kathryn both K0RN.
    await db.query(`
      CREATE FUNCTION families.name_sounds(word text) RETURNS text[]
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT array_remove(ARRAY[dmetaphone(word), dmetaphone_alt(word)], '')
      $$`);
    await db.query(`CREATE TABLE families.name_word (word text PRIMARY KEY, sounds text[] NOT NULL)`);
    await db.query(`
      CREATE FUNCTION families.remember_name_words() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO families.name_word (word, sounds)
        SELECT word, families.name_sounds(word) FROM unnest(families.name_tokens(NEW.full_name)) AS word
        ON CONFLICT (word) DO NOTHING;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER person_name_words AFTER INSERT OR UPDATE OF full_name ON families.person
      FOR EACH ROW EXECUTE FUNCTION families.remember_name_words()`);
    await db.query(`INSERT INTO families.name_word (word, sounds)
      SELECT word, families.name_sounds(word) FROM (SELECT DISTINCT unnest(families.name_tokens(full_name)) AS word FROM families.person) AS known`);

    await db.query(`ALTER TABLE families.restriction ADD COLUMN lifted_reason text`);
    await db.query(`ALTER TABLE families.restriction ADD CONSTRAINT restriction_lifted_with_reason
      CHECK (lifted_at IS NULL OR (lifted_by IS NOT NULL AND btrim(coalesce(lifted_reason, '')) <> ''))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE families.restriction DROP CONSTRAINT restriction_lifted_with_reason, DROP COLUMN lifted_reason`);
    await db.query(`DROP TRIGGER person_name_words ON families.person`);
    await db.query(`DROP FUNCTION families.remember_name_words()`);
    await db.query(`DROP TABLE families.name_word`);
    await db.query(`DROP FUNCTION families.name_sounds(text)`);
    await db.query(`DROP INDEX families.person_name_words_idx`);
    await db.query(`DROP FUNCTION families.name_tokens(text)`);
  }
}
