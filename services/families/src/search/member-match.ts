import type { FamilySearchCriteria } from './criteria.ts';

/**
 * How well a word typed into the search matches a word of a member's name,
 * best first. A member matches when every typed word matches one of their
 * name's words; the member's match is as good as their worst-matched word, and
 * a family's as good as its best-matching member.
 */
export const MATCH_QUALITY = {
  EXACT: 0,
  /** Spelt a letter or two differently (Jon for John, Smyth for Smith, Jhon). */
  CLOSE: 1,
  /** Spelt differently but sounds the same, by double metaphone (Kathryn for Catherine). */
  SOUNDS_ALIKE: 2,
  /** One is the start of the other (Chris and Christopher) or its initial (J and Jon). */
  PARTIAL: 3,
} as const;

/** Either way round: "Chris" typed finds Christopher, and "Wilfred" typed finds a member recorded as "W". Two letters are too few to go on. */
const startsWith = (word: string, start: string) => `((length(${start}) = 1 OR length(${start}) >= 3) AND left(${word}, length(${start})) = ${start})`;

/**
 * Names are matched word by word in three steps, so the work grows with the
 * number of distinct name words (a few thousand) and of people who match,
 * not with everyone on file:
 *
 * 1. typed: the words typed, with their sounds and the letters each may be
 *    out by (none in short words, where one letter makes another name);
 * 2. matching_word: every known name word (families.name_word) that matches
 *    a typed word, and how well;
 * 3. candidate: the people with one of those words, found through the index
 *    on their name's words; each must then match every typed word.
 */
// Written as a range so the planner expects few words to be this close, as they are.
const withinSlips = `levenshtein_less_equal(known.word, typed.word, typed.slips) BETWEEN 0 AND typed.slips`;
const soundsAlike = `known.sounds && typed.sounds`;

const nameSteps = (sameMember: string) => `
  typed AS (
    SELECT word, families.name_sounds(word) AS sounds,
           CASE WHEN length(word) >= 8 THEN 2 WHEN length(word) >= 4 THEN 1 ELSE 0 END AS slips
    FROM unnest(families.name_tokens(:searchName)) AS word
  ),
  matching_word AS (
    SELECT known.word AS named, typed.word AS typed, CASE
      WHEN known.word = typed.word THEN ${MATCH_QUALITY.EXACT}
      WHEN ${withinSlips} THEN ${MATCH_QUALITY.CLOSE}
      WHEN ${soundsAlike} THEN ${MATCH_QUALITY.SOUNDS_ALIKE}
      ELSE ${MATCH_QUALITY.PARTIAL}
    END AS quality
    FROM families.name_word known CROSS JOIN typed
    WHERE known.word = typed.word OR ${withinSlips} OR ${soundsAlike} OR ${startsWith('known.word', 'typed.word')} OR ${startsWith('typed.word', 'known.word')}
  ),
  candidate AS MATERIALIZED (
    SELECT person.id, person.family_id, families.name_tokens(person.full_name) AS words
    FROM families.person person
    WHERE families.name_tokens(person.full_name) && (SELECT array_agg(named) FROM matching_word) ${sameMember}
  ),
  best_per_typed_word AS (
    SELECT candidate.id, candidate.family_id, matching_word.typed, min(matching_word.quality) AS quality
    FROM candidate CROSS JOIN unnest(candidate.words) AS their(word) JOIN matching_word ON matching_word.named = their.word
    GROUP BY candidate.id, candidate.family_id, matching_word.typed
  ),
  matching_member AS (
    SELECT family_id, max(quality) AS quality FROM best_per_typed_word
    GROUP BY id, family_id
    HAVING count(*) = (SELECT count(*) FROM typed)
  )`;

export interface MemberMatch {
  /** A subquery of (family_id, quality): the families with a member matching, and how well. */
  sql: string;
  parameters: Record<string, unknown>;
}

/** The member-level part of a search (name and date of birth, which must be the same member's), or null if neither was asked for. */
export function memberMatch(criteria: FamilySearchCriteria): MemberMatch | null {
  const parameters = { searchName: criteria.name, searchDateOfBirth: criteria.dateOfBirth };
  if (criteria.name) {
    const steps = nameSteps(criteria.dateOfBirth ? 'AND person.date_of_birth = :searchDateOfBirth' : '');
    return { sql: `(WITH ${steps} SELECT family_id, min(quality) AS quality FROM matching_member GROUP BY family_id)`, parameters };
  }
  if (criteria.dateOfBirth) {
    return {
      sql: `(SELECT DISTINCT person.family_id, ${MATCH_QUALITY.EXACT} AS quality FROM families.person person WHERE person.date_of_birth = :searchDateOfBirth)`,
      parameters,
    };
  }
  return null;
}
