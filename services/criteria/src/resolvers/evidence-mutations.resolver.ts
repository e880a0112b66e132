import { badInput, parseId, requireRole } from '@hearth/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { EVIDENCE_RECORDERS } from '../access/roles.ts';
import type { Context } from '../context.ts';
import { Evidence } from '../entities/index.ts';
import { RecordEvidenceInput } from '../inputs/evidence.inputs.ts';

@Resolver()
export class EvidenceMutationsResolver {
  @Mutation(() => Evidence, { description: 'Record evidence that a family meets an indicator of a headline problem' })
  async recordEvidence(@Arg('input', () => RecordEvidenceInput) input: RecordEvidenceInput, @Ctx() ctx: Context): Promise<Evidence> {
    requireRole(ctx.identity, EVIDENCE_RECORDERS, 'record evidence');
    const familyId = parseId(input.familyId, 'family');
    const personId = input.personId ? parseId(input.personId, 'person') : null;
    const indicatorCode = input.indicatorCode.trim();
    const indicator = (await ctx.loaders.catalogue()).indicator(indicatorCode);
    if (!indicator) throw badInput(`No indicator with code ${indicatorCode}`, { field: 'indicatorCode' });
    // Only the families subgraph knows whether this caller may see the family (or whether it exists at all).
    await ctx.families.assertVisible(familyId);

    const evidence = await ctx.db.transaction(async (tx) => {
      const row = tx.getRepository(Evidence).create({
        familyId,
        personId,
        indicatorCode: indicator.code,
        source: input.source.trim(),
        observedAt: input.observedAt,
        recordedBy: ctx.identity.sub,
      });
      await tx.getRepository(Evidence).insert(row);
      return row;
    });
    evidence.indicator = indicator;
    return evidence;
  }
}
