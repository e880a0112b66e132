import { IsPresentText } from '@hearth/subgraph-kit';
import { MaxDate } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Evidence that a family meets one indicator of a headline problem' })
export class RecordEvidenceInput {
  @Field(() => ID)
  familyId: string;

  @Field(() => ID, { nullable: true, description: 'The family member it concerns, if it concerns one' })
  personId?: string | null;

  @Field(() => String, { description: 'An indicator code from the catalogue, e.g. DA_MARAC_REFERRAL' })
  @IsPresentText(100)
  indicatorCode: string;

  @Field(() => String, { description: 'The agency or data set it came from' })
  @IsPresentText(200)
  source: string;

  @Field(() => Date, { description: 'When it was observed; not in the future' })
  @MaxDate(() => new Date(), { message: 'observedAt must not be in the future' })
  observedAt: Date;
}
