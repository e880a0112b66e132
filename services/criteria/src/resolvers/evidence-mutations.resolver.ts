import { badInput, parseId, requireRole } from '@hearth/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { EVIDENCE_RECORDERS } from '../access/roles.ts';
import type { Context } from '../context.ts';
import { Evidence } from '../entities/index.ts';
import { RecordEvidenceInput } from '../inputs/evidence.inputs.ts';
import { observedAfterToday } from '../observed-day.ts';

const SOURCE_MAX_LENGTH = 200;

/** What recording evidence changes of the family record: its evidence, and so the headline problems and eligibility it shows. */
const AUDITED_FIELDS = ['evidence'];

@Resolver()
export class EvidenceMutationsResolver {
  @Mutation(() => Evidence, { description: 'Record evidence that a family meets an indicator of a headline problem' })
  async recordEvidence(@Arg('input', () => RecordEvidenceInput) input: RecordEvidenceInput, @Ctx() ctx: Context): Promise<Evidence> {
    requireRole(ctx.identity, EVIDENCE_RECORDERS, 'record evidence');
    const familyId = parseId(input.familyId, 'family');
    const personId = input.personId ? parseId(input.personId, 'person') : null;
    const indicatorCode = input.indicatorCode.trim();
    if (!indicatorCode) throw badInput('indicatorCode must not be empty: choose an indicator from the catalogue', { field: 'indicatorCode' });
    const indicator = (await ctx.loaders.catalogue()).indicator(indicatorCode);
    if (!indicator) throw badInput(`No indicator with code ${indicatorCode}`, { field: 'indicatorCode' });
    const source = input.source.trim();
    if (!source || input.source.length > SOURCE_MAX_LENGTH) {
      throw badInput(`source must not be empty (and at most ${SOURCE_MAX_LENGTH} characters): name the agency or data set it came from`, { field: 'source' });
    }
    if (observedAfterToday(input.observedAt)) throw badInput('observedAt must not be in the future', { field: 'observedAt' });
    // Only the families subgraph knows whether this caller may see the family (or whether it exists at all),
    // and who lives in it now.
    // A refusal because the family is not the caller's is audited as DENIED.
    if (personId) {
      if (!(await ctx.families.currentMemberIds(familyId, AUDITED_FIELDS)).includes(personId)) {
        throw badInput(`Person ${personId} is not a current member of this family`, { field: 'personId' });
      }
    } else {
      await ctx.families.assertVisible(familyId, AUDITED_FIELDS);
    }

    const evidence = await ctx.db.transaction(async (tx) => {
      const row = tx.getRepository(Evidence).create({
        familyId,
        personId,
        indicatorCode: indicator.code,
        source,
        observedAt: input.observedAt,
        recordedBy: ctx.identity.sub,
      });
      await tx.getRepository(Evidence).insert(row);
      return row;
    });
    ctx.audit?.record('CREATE', { familyId }, AUDITED_FIELDS);
    evidence.indicator = indicator;
    return evidence;
  }
}
