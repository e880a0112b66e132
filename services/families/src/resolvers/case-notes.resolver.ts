import { forbidden, isUuid, requireRole } from '@hearth/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { CaseNote, Family, Worker } from '../entities/index.ts';
import { changeFamily } from '../family-changes.ts';
import { AddCaseNoteInput } from '../inputs/case-notes.inputs.ts';
import { CASE_NOTE_ROLES } from '../loaders/casework.ts';

@Resolver(() => Family)
export class FamilyCaseNotesResolver {
  @FieldResolver(() => [CaseNote], { description: 'Notes of contact with the family, newest contact first' })
  caseNotes(@Root() family: Family, @Ctx() ctx: Context): Promise<CaseNote[]> {
    requireRole(ctx.identity, CASE_NOTE_ROLES, 'read case notes');
    return ctx.loaders.caseNotesByFamily.load(family.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The day of the newest contact noted (YYYY-MM-DD); null when there has been none' })
  lastContactOn(@Root() family: Family, @Ctx() ctx: Context): Promise<string | null> {
    requireRole(ctx.identity, CASE_NOTE_ROLES, 'read case notes');
    return ctx.loaders.lastContactByFamily.load(family.id);
  }
}

@Resolver(() => CaseNote)
export class CaseNoteResolver {
  @Mutation(() => CaseNote, { description: 'Note a contact with a family; notes are only ever added, never changed' })
  async addCaseNote(@Arg('input', () => AddCaseNoteInput) input: AddCaseNoteInput, @Ctx() ctx: Context): Promise<CaseNote> {
    // An append overwrites nothing, so there is no version to check; the role, visibility, transaction and audit still apply.
    const note = await changeFamily(
      ctx,
      { familyId: input.familyId, expectedVersion: null, roles: CASE_NOTE_ROLES, action: 'write case notes', fields: ['caseNotes'] },
      async (tx, family) => {
        // A note is evidence of who saw the family: it is signed by the caller's own worker record, or not written.
        const author = isUuid(ctx.identity.sub) ? await tx.getRepository(Worker).findOneBy({ id: ctx.identity.sub }) : null;
        if (!author) {
          throw forbidden(`You (${ctx.identity.username}) have no worker record in Hearth, so a case note cannot be signed as yours; ask a manager to add you as a worker`);
        }
        const { identifiers } = await tx.getRepository(CaseNote).insert({
          familyId: family.id,
          authorId: author.id,
          kind: input.kind,
          contactOn: input.contactOn,
          body: input.body.trim(),
        });
        return tx.getRepository(CaseNote).findOneByOrFail({ id: identifiers[0]!.id as string });
      },
    );
    ctx.loaders.caseNotesByFamily.clear(note.familyId);
    ctx.loaders.lastContactByFamily.clear(note.familyId);
    return note;
  }

  @FieldResolver(() => Worker, { description: 'The worker who wrote the note' })
  async author(@Root() note: CaseNote, @Ctx() ctx: Context): Promise<Worker> {
    const author = await ctx.loaders.workerById.load(note.authorId);
    // The foreign key makes this impossible; if it happens the data is broken, not the caller's request.
    if (!author) throw new Error(`case note ${note.id} has an author (${note.authorId}) with no worker record`);
    return author;
  }
}
