/** The six models of intervention of the Stronger Families programme, in the order the programme numbers them. */
export interface InterventionModelDefinition {
  code: string;
  number: number;
  name: string;
  description: string;
}

export const INTERVENTION_MODELS: InterventionModelDefinition[] = [
  {
    code: 'BRIEF_INTERVENTION',
    number: 1,
    name: 'Engagement of families / brief intervention',
    description: 'Short, focused contact to engage the family and resolve a single issue before it escalates.',
  },
  {
    code: 'KEY_WORKING_TAF',
    number: 2,
    name: 'Key working and Team Around the Family',
    description: 'One lead worker recognised by the family co-ordinates a Team Around the Family and a single plan.',
  },
  {
    code: 'CONSULTATION_COLLABORATION',
    number: 3,
    name: 'Consultation and collaboration',
    description: 'Practitioners already working with the family are supported by the programme through consultation and joint working.',
  },
  {
    code: 'OPPORTUNITIES_FUND',
    number: 4,
    name: 'Stronger Families Opportunities Fund',
    description: 'Small flexible payments that remove a practical barrier to progress in the family plan.',
  },
  {
    code: 'EVIDENCE_BASED_PROGRAMME',
    number: 5,
    name: 'Evidence based programmes',
    description: 'Commissioned programmes with evidence of what works (for example parenting programmes).',
  },
  {
    code: 'EMPLOYABILITY_SUPPORT',
    number: 6,
    name: 'Employability support',
    description: 'Finding work, gaining skills and confidence, with Jobcentre Plus and employment advisers.',
  },
];
