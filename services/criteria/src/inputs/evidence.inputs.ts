import { Field, ID, InputType } from 'type-graphql';

/**
 * Checked in the resolver rather than by class-validator: each refusal there
 * names its field, so a form can show it against the answer that caused it.
 */
@InputType({ description: 'Evidence that a family meets one indicator of a headline problem' })
export class RecordEvidenceInput {
  @Field(() => ID)
  familyId: string;

  @Field(() => ID, { nullable: true, description: 'The family member it concerns, if it concerns one' })
  personId?: string | null;

  @Field(() => String, { description: 'An indicator code from the catalogue, e.g. DA_MARAC_REFERRAL' })
  indicatorCode: string;

  @Field(() => String, { description: 'The agency or data set it came from' })
  source: string;

  @Field(() => Date, { description: 'When it was observed; not in the future' })
  observedAt: Date;
}
