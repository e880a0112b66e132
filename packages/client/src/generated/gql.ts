/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query HeadlineProblems {\n    headlineProblems {\n      code\n      phase\n      title\n      indicators {\n        code\n        description\n      }\n    }\n  }\n": typeof types.HeadlineProblemsDocument,
    "\n  query FamilyProblems($id: ID!) {\n    family(id: $id) {\n      id\n      reference\n      eligibility {\n        phase2ProblemCount\n        eligible\n      }\n      members {\n        id\n        fullName\n      }\n      headlineProblems {\n        problem {\n          code\n          phase\n          title\n        }\n        evidence {\n          id\n          personId\n          source\n          observedAt\n          indicator {\n            code\n            description\n          }\n        }\n      }\n    }\n  }\n": typeof types.FamilyProblemsDocument,
    "\n  mutation RecordEvidence($input: RecordEvidenceInput!) {\n    recordEvidence(input: $input) {\n      id\n      personId\n      observedAt\n      indicator {\n        code\n        problemCode\n      }\n    }\n  }\n": typeof types.RecordEvidenceDocument,
    "\n  mutation AssignLeadWorker($familyId: ID!, $workerId: ID!, $reason: String, $expectedVersion: Int, $confirmEligible: Boolean) {\n    assignLeadWorker(familyId: $familyId, workerId: $workerId, reason: $reason, expectedVersion: $expectedVersion, confirmEligible: $confirmEligible) {\n      id\n      version\n      status\n      leadWorker {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AssignLeadWorkerDocument,
    "\n  query LeadWorkerChoices($area: String!) {\n    caseloadOversight(area: $area) {\n      area\n      workers {\n        ...WorkerCaseloadFields\n      }\n    }\n  }\n\n  fragment WorkerCaseloadFields on WorkerCaseload {\n    caseloadCount\n    caseloadLimit\n    overLimit\n    worker {\n      id\n      name\n    }\n  }\n": typeof types.LeadWorkerChoicesDocument,
    "\n  query FamilyRecordAuditTrail($familyId: ID!) {\n    family(id: $familyId) {\n      id\n      recordAuditTrail {\n        at\n        source\n        actorUsername\n        actorRole\n        action\n        operation\n        fields\n        reason\n      }\n    }\n  }\n": typeof types.FamilyRecordAuditTrailDocument,
    "\n  mutation SetCaseloadLimit($workerId: ID!, $limit: Int!) {\n    setCaseloadLimit(workerId: $workerId, limit: $limit) {\n      id\n      name\n      caseloadLimit\n      caseloadCount\n      overLimit\n    }\n  }\n": typeof types.SetCaseloadLimitDocument,
    "\n  query MyCaseload {\n    myCaseload {\n      lastContactOn\n      weeksSinceContact\n      nextSteps\n      family {\n        id\n        reference\n        status\n        area\n        members {\n          id\n          fullName\n          role\n        }\n      }\n    }\n  }\n": typeof types.MyCaseloadDocument,
    "\n  query FamilyList($first: Int!, $after: String) {\n    families(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          status\n          area\n          postcode\n          members {\n            id\n            fullName\n          }\n          leadWorker {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.FamilyListDocument,
    "\n  query AgencyDirectory {\n    agencies {\n      id\n      name\n      type\n    }\n  }\n": typeof types.AgencyDirectoryDocument,
    "\n  mutation AddEngagement($input: AddEngagementInput!) {\n    addEngagement(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AddEngagementDocument,
    "\n  mutation EndEngagement($input: EndEngagementInput!) {\n    endEngagement(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.EndEngagementDocument,
    "\n  mutation AddCaseNote($input: AddCaseNoteInput!) {\n    addCaseNote(input: $input) {\n      id\n      contactOn\n    }\n  }\n": typeof types.AddCaseNoteDocument,
    "\n  query FamilyChronology($id: ID!) {\n    family(id: $id) {\n      id\n      chronology {\n        at\n        kind\n        summary\n        source\n      }\n    }\n  }\n": typeof types.FamilyChronologyDocument,
    "\n  query SharingAgreements {\n    informationSharingAgreements {\n      id\n      name\n      reference\n      reviewOn\n      parties {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SharingAgreementsDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.RecordConsentDocument,
    "\n  query FamilyRecord($id: ID!, $casework: Boolean!) {\n    family(id: $id) {\n      id\n      reference\n      status\n      version\n      area\n      addressLine\n      postcode\n      identifiedBy\n      cohort\n      programmePhase\n      createdAt\n      lastContactOn @include(if: $casework)\n      members {\n        id\n        fullName\n        dateOfBirth\n        role\n        sex\n        school\n        relationships {\n          id\n          kind\n          personId\n          relatedPersonId\n          person {\n            id\n            fullName\n          }\n          relatedPerson {\n            id\n            fullName\n          }\n        }\n        householdHistory {\n          id\n          familyId\n          role\n          joinedOn\n          leftOn\n          reason\n          family {\n            id\n            reference\n          }\n        }\n      }\n      leadWorker {\n        id\n        name\n        caseloadLimit\n        caseloadCount @include(if: $casework)\n        agency {\n          id\n          name\n          type\n        }\n      }\n      leadWorkerHistory {\n        id\n        allocatedOn\n        endedOn\n        reason\n        worker {\n          id\n          name\n        }\n      }\n      nomination {\n        id\n        reason\n        nominatedAt\n        agency {\n          id\n          name\n        }\n      }\n      allowedNextStatuses\n      statusHistory {\n        id\n        fromStatus\n        toStatus\n        reason\n        changedOn\n        changedAt\n      }\n      engagements {\n        id\n        capacity\n        startedOn\n        endedOn\n        active\n        agency {\n          id\n          name\n          type\n        }\n      }\n      consent {\n        ...ConsentRecord\n      }\n      consentHistory {\n        ...ConsentRecord\n      }\n      restrictions {\n        id\n        kind\n        createdAt\n        detailsVisibleToYourRole\n      }\n      caseNotes @include(if: $casework) {\n        id\n        kind\n        contactOn\n        body\n        writtenAt\n        author {\n          id\n          name\n        }\n      }\n    }\n    areas {\n      name\n      mostDisadvantaged\n    }\n  }\n\n  fragment ConsentRecord on Consent {\n    id\n    status\n    scope\n    recordedOn\n    note\n    agencies {\n      id\n      name\n    }\n    givenBy {\n      id\n      fullName\n    }\n    agreement {\n      id\n      name\n      reference\n    }\n  }\n": typeof types.FamilyRecordDocument,
    "\n  mutation UpdateHousehold($input: UpdateHouseholdInput!) {\n    updateHousehold(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateHouseholdDocument,
    "\n  mutation AddFamilyMember($familyId: ID!, $member: NewPersonInput!, $expectedVersion: Int) {\n    addFamilyMember(familyId: $familyId, member: $member, expectedVersion: $expectedVersion) {\n      id\n      fullName\n    }\n  }\n": typeof types.AddFamilyMemberDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      fullName\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation RecordRelationship($input: RecordRelationshipInput!) {\n    recordRelationship(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordRelationshipDocument,
    "\n  mutation RemoveRelationship($input: RemoveRelationshipInput!) {\n    removeRelationship(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.RemoveRelationshipDocument,
    "\n  query RestrictedDetails($familyId: ID!, $reason: String!) {\n    restrictedDetails(familyId: $familyId, reason: $reason) {\n      id\n      kind\n      createdAt\n      details\n    }\n  }\n": typeof types.RestrictedDetailsDocument,
    "\n  mutation AddRestriction($input: AddRestrictionInput!) {\n    addRestriction(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AddRestrictionDocument,
    "\n  mutation LiftRestriction($restrictionId: ID!, $reason: String!) {\n    liftRestriction(restrictionId: $restrictionId, reason: $reason) {\n      id\n      version\n    }\n  }\n": typeof types.LiftRestrictionDocument,
    "\n  mutation ChangeFamilyStatus($input: ChangeFamilyStatusInput!) {\n    changeFamilyStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ChangeFamilyStatusDocument,
    "\n  query ProgrammeFigures {\n    programmeFigures {\n      totalFamilies\n      familiesWithoutLeadWorker\n      leadWorkers\n      averageCaseload\n      byStatus {\n        status\n        families\n      }\n      byArea {\n        area\n        families\n      }\n      byIdentificationRoute {\n        route\n        families\n      }\n      byCohort {\n        cohort\n        families\n      }\n    }\n  }\n": typeof types.ProgrammeFiguresDocument,
    "\n  query CaseloadOversight($area: String!, $staleAfterWeeks: Int!) {\n    caseloadOversight(area: $area, staleAfterWeeks: $staleAfterWeeks) {\n      area\n      unallocated {\n        id\n        reference\n        status\n        version\n        createdAt\n        leadWorker {\n          id\n          name\n        }\n        members {\n          id\n          fullName\n          role\n        }\n      }\n      workers {\n        ...WorkerCaseloadFields\n      }\n      overLimit {\n        ...WorkerCaseloadFields\n      }\n      stale {\n        lastContactOn\n        weeksSinceContact\n        family {\n          id\n          reference\n          status\n          leadWorker {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseloadOversightDocument,
    "\n  query SearchChoices {\n    areas {\n      name\n    }\n    leadWorkers {\n      id\n      name\n    }\n  }\n": typeof types.SearchChoicesDocument,
    "\n  query SearchFamilies($filter: FamilySearchInput!, $first: Int!, $after: String) {\n    searchFamilies(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          status\n          area\n          postcode\n          members {\n            id\n            fullName\n          }\n          leadWorker {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchFamiliesDocument,
    "\n  mutation BeginIntervention($id: ID!, $startedOn: String!) {\n    beginIntervention(id: $id, startedOn: $startedOn) {\n      id\n      status\n      startedOn\n    }\n  }\n": typeof types.BeginInterventionDocument,
    "\n  mutation EndIntervention($id: ID!, $status: InterventionStatus!, $endedOn: String!) {\n    endIntervention(id: $id, status: $status, endedOn: $endedOn) {\n      id\n      status\n      begun\n      endedOn\n    }\n  }\n": typeof types.EndInterventionDocument,
    "\n  query FamilyInterventions($id: ID!) {\n    family(id: $id) {\n      id\n      interventions {\n        id\n        status\n        startedOn\n        plannedStartOn\n        begun\n        endedOn\n        model {\n          code\n          number\n          name\n        }\n        leadAgency {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.FamilyInterventionsDocument,
    "\n  query StartInterventionChoices {\n    interventionModels {\n      code\n      number\n      name\n      description\n    }\n    agencies {\n      id\n      name\n    }\n  }\n": typeof types.StartInterventionChoicesDocument,
    "\n  mutation StartIntervention($input: StartInterventionInput!) {\n    startIntervention(input: $input) {\n      id\n      status\n      startedOn\n    }\n  }\n": typeof types.StartInterventionDocument,
    "\n  query InterventionModels {\n    interventionModels {\n      code\n      number\n      name\n      description\n    }\n  }\n": typeof types.InterventionModelsDocument,
    "\n  query FamilyProgress($id: ID!) {\n    family(id: $id) {\n      id\n      outcomeProgress {\n        id\n        problemCode\n        status\n        note\n        effectiveOn\n        updatedAt\n        measure {\n          code\n          description\n          route\n        }\n        history {\n          id\n          status\n          previousStatus\n          note\n          effectiveOn\n          recordedAt\n          recordedBy\n          recorder {\n            id\n            name\n          }\n        }\n      }\n    }\n    headlineProblems(phase: PHASE_2) {\n      code\n      title\n    }\n  }\n": typeof types.FamilyProgressDocument,
    "\n  query OutcomesPlan {\n    outcomesPlan {\n      id\n      name\n      measures {\n        code\n        problemCode\n        route\n        description\n        sustainedForWeeks\n      }\n    }\n    headlineProblems(phase: PHASE_2) {\n      code\n      title\n    }\n  }\n": typeof types.OutcomesPlanDocument,
    "\n  mutation RecordProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      id\n      status\n      effectiveOn\n      measure {\n        code\n        description\n      }\n    }\n  }\n": typeof types.RecordProgressDocument,
    "\n  query AgencyFamilies {\n    families(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n          status\n          area\n          leadWorker {\n            id\n            name\n          }\n          nomination {\n            id\n            nominatedAt\n            agency {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AgencyFamiliesDocument,
    "\n  query NominationChoices {\n    areas {\n      name\n    }\n    headlineProblems(phase: PHASE_2) {\n      code\n      title\n      indicators {\n        code\n        description\n      }\n    }\n  }\n": typeof types.NominationChoicesDocument,
    "\n  mutation NominateFamily($input: NominateFamilyInput!) {\n    nominateFamily(input: $input) {\n      id\n      reference\n    }\n  }\n": typeof types.NominateFamilyDocument,
    "\n  query FamilyHeading($id: ID!) {\n    family(id: $id) {\n      id\n      reference\n    }\n  }\n": typeof types.FamilyHeadingDocument,
    "\n  query FamilyPicker {\n    families(first: 50) {\n      edges {\n        node {\n          id\n          reference\n          area\n        }\n      }\n    }\n  }\n": typeof types.FamilyPickerDocument,
};
const documents: Documents = {
    "\n  query HeadlineProblems {\n    headlineProblems {\n      code\n      phase\n      title\n      indicators {\n        code\n        description\n      }\n    }\n  }\n": types.HeadlineProblemsDocument,
    "\n  query FamilyProblems($id: ID!) {\n    family(id: $id) {\n      id\n      reference\n      eligibility {\n        phase2ProblemCount\n        eligible\n      }\n      members {\n        id\n        fullName\n      }\n      headlineProblems {\n        problem {\n          code\n          phase\n          title\n        }\n        evidence {\n          id\n          personId\n          source\n          observedAt\n          indicator {\n            code\n            description\n          }\n        }\n      }\n    }\n  }\n": types.FamilyProblemsDocument,
    "\n  mutation RecordEvidence($input: RecordEvidenceInput!) {\n    recordEvidence(input: $input) {\n      id\n      personId\n      observedAt\n      indicator {\n        code\n        problemCode\n      }\n    }\n  }\n": types.RecordEvidenceDocument,
    "\n  mutation AssignLeadWorker($familyId: ID!, $workerId: ID!, $reason: String, $expectedVersion: Int, $confirmEligible: Boolean) {\n    assignLeadWorker(familyId: $familyId, workerId: $workerId, reason: $reason, expectedVersion: $expectedVersion, confirmEligible: $confirmEligible) {\n      id\n      version\n      status\n      leadWorker {\n        id\n        name\n      }\n    }\n  }\n": types.AssignLeadWorkerDocument,
    "\n  query LeadWorkerChoices($area: String!) {\n    caseloadOversight(area: $area) {\n      area\n      workers {\n        ...WorkerCaseloadFields\n      }\n    }\n  }\n\n  fragment WorkerCaseloadFields on WorkerCaseload {\n    caseloadCount\n    caseloadLimit\n    overLimit\n    worker {\n      id\n      name\n    }\n  }\n": types.LeadWorkerChoicesDocument,
    "\n  query FamilyRecordAuditTrail($familyId: ID!) {\n    family(id: $familyId) {\n      id\n      recordAuditTrail {\n        at\n        source\n        actorUsername\n        actorRole\n        action\n        operation\n        fields\n        reason\n      }\n    }\n  }\n": types.FamilyRecordAuditTrailDocument,
    "\n  mutation SetCaseloadLimit($workerId: ID!, $limit: Int!) {\n    setCaseloadLimit(workerId: $workerId, limit: $limit) {\n      id\n      name\n      caseloadLimit\n      caseloadCount\n      overLimit\n    }\n  }\n": types.SetCaseloadLimitDocument,
    "\n  query MyCaseload {\n    myCaseload {\n      lastContactOn\n      weeksSinceContact\n      nextSteps\n      family {\n        id\n        reference\n        status\n        area\n        members {\n          id\n          fullName\n          role\n        }\n      }\n    }\n  }\n": types.MyCaseloadDocument,
    "\n  query FamilyList($first: Int!, $after: String) {\n    families(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          status\n          area\n          postcode\n          members {\n            id\n            fullName\n          }\n          leadWorker {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.FamilyListDocument,
    "\n  query AgencyDirectory {\n    agencies {\n      id\n      name\n      type\n    }\n  }\n": types.AgencyDirectoryDocument,
    "\n  mutation AddEngagement($input: AddEngagementInput!) {\n    addEngagement(input: $input) {\n      id\n      version\n    }\n  }\n": types.AddEngagementDocument,
    "\n  mutation EndEngagement($input: EndEngagementInput!) {\n    endEngagement(input: $input) {\n      id\n      version\n    }\n  }\n": types.EndEngagementDocument,
    "\n  mutation AddCaseNote($input: AddCaseNoteInput!) {\n    addCaseNote(input: $input) {\n      id\n      contactOn\n    }\n  }\n": types.AddCaseNoteDocument,
    "\n  query FamilyChronology($id: ID!) {\n    family(id: $id) {\n      id\n      chronology {\n        at\n        kind\n        summary\n        source\n      }\n    }\n  }\n": types.FamilyChronologyDocument,
    "\n  query SharingAgreements {\n    informationSharingAgreements {\n      id\n      name\n      reference\n      reviewOn\n      parties {\n        id\n        name\n      }\n    }\n  }\n": types.SharingAgreementsDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      version\n    }\n  }\n": types.RecordConsentDocument,
    "\n  query FamilyRecord($id: ID!, $casework: Boolean!) {\n    family(id: $id) {\n      id\n      reference\n      status\n      version\n      area\n      addressLine\n      postcode\n      identifiedBy\n      cohort\n      programmePhase\n      createdAt\n      lastContactOn @include(if: $casework)\n      members {\n        id\n        fullName\n        dateOfBirth\n        role\n        sex\n        school\n        relationships {\n          id\n          kind\n          personId\n          relatedPersonId\n          person {\n            id\n            fullName\n          }\n          relatedPerson {\n            id\n            fullName\n          }\n        }\n        householdHistory {\n          id\n          familyId\n          role\n          joinedOn\n          leftOn\n          reason\n          family {\n            id\n            reference\n          }\n        }\n      }\n      leadWorker {\n        id\n        name\n        caseloadLimit\n        caseloadCount @include(if: $casework)\n        agency {\n          id\n          name\n          type\n        }\n      }\n      leadWorkerHistory {\n        id\n        allocatedOn\n        endedOn\n        reason\n        worker {\n          id\n          name\n        }\n      }\n      nomination {\n        id\n        reason\n        nominatedAt\n        agency {\n          id\n          name\n        }\n      }\n      allowedNextStatuses\n      statusHistory {\n        id\n        fromStatus\n        toStatus\n        reason\n        changedOn\n        changedAt\n      }\n      engagements {\n        id\n        capacity\n        startedOn\n        endedOn\n        active\n        agency {\n          id\n          name\n          type\n        }\n      }\n      consent {\n        ...ConsentRecord\n      }\n      consentHistory {\n        ...ConsentRecord\n      }\n      restrictions {\n        id\n        kind\n        createdAt\n        detailsVisibleToYourRole\n      }\n      caseNotes @include(if: $casework) {\n        id\n        kind\n        contactOn\n        body\n        writtenAt\n        author {\n          id\n          name\n        }\n      }\n    }\n    areas {\n      name\n      mostDisadvantaged\n    }\n  }\n\n  fragment ConsentRecord on Consent {\n    id\n    status\n    scope\n    recordedOn\n    note\n    agencies {\n      id\n      name\n    }\n    givenBy {\n      id\n      fullName\n    }\n    agreement {\n      id\n      name\n      reference\n    }\n  }\n": types.FamilyRecordDocument,
    "\n  mutation UpdateHousehold($input: UpdateHouseholdInput!) {\n    updateHousehold(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateHouseholdDocument,
    "\n  mutation AddFamilyMember($familyId: ID!, $member: NewPersonInput!, $expectedVersion: Int) {\n    addFamilyMember(familyId: $familyId, member: $member, expectedVersion: $expectedVersion) {\n      id\n      fullName\n    }\n  }\n": types.AddFamilyMemberDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      fullName\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation RecordRelationship($input: RecordRelationshipInput!) {\n    recordRelationship(input: $input) {\n      id\n    }\n  }\n": types.RecordRelationshipDocument,
    "\n  mutation RemoveRelationship($input: RemoveRelationshipInput!) {\n    removeRelationship(input: $input) {\n      id\n      version\n    }\n  }\n": types.RemoveRelationshipDocument,
    "\n  query RestrictedDetails($familyId: ID!, $reason: String!) {\n    restrictedDetails(familyId: $familyId, reason: $reason) {\n      id\n      kind\n      createdAt\n      details\n    }\n  }\n": types.RestrictedDetailsDocument,
    "\n  mutation AddRestriction($input: AddRestrictionInput!) {\n    addRestriction(input: $input) {\n      id\n      version\n    }\n  }\n": types.AddRestrictionDocument,
    "\n  mutation LiftRestriction($restrictionId: ID!, $reason: String!) {\n    liftRestriction(restrictionId: $restrictionId, reason: $reason) {\n      id\n      version\n    }\n  }\n": types.LiftRestrictionDocument,
    "\n  mutation ChangeFamilyStatus($input: ChangeFamilyStatusInput!) {\n    changeFamilyStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ChangeFamilyStatusDocument,
    "\n  query ProgrammeFigures {\n    programmeFigures {\n      totalFamilies\n      familiesWithoutLeadWorker\n      leadWorkers\n      averageCaseload\n      byStatus {\n        status\n        families\n      }\n      byArea {\n        area\n        families\n      }\n      byIdentificationRoute {\n        route\n        families\n      }\n      byCohort {\n        cohort\n        families\n      }\n    }\n  }\n": types.ProgrammeFiguresDocument,
    "\n  query CaseloadOversight($area: String!, $staleAfterWeeks: Int!) {\n    caseloadOversight(area: $area, staleAfterWeeks: $staleAfterWeeks) {\n      area\n      unallocated {\n        id\n        reference\n        status\n        version\n        createdAt\n        leadWorker {\n          id\n          name\n        }\n        members {\n          id\n          fullName\n          role\n        }\n      }\n      workers {\n        ...WorkerCaseloadFields\n      }\n      overLimit {\n        ...WorkerCaseloadFields\n      }\n      stale {\n        lastContactOn\n        weeksSinceContact\n        family {\n          id\n          reference\n          status\n          leadWorker {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CaseloadOversightDocument,
    "\n  query SearchChoices {\n    areas {\n      name\n    }\n    leadWorkers {\n      id\n      name\n    }\n  }\n": types.SearchChoicesDocument,
    "\n  query SearchFamilies($filter: FamilySearchInput!, $first: Int!, $after: String) {\n    searchFamilies(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          status\n          area\n          postcode\n          members {\n            id\n            fullName\n          }\n          leadWorker {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SearchFamiliesDocument,
    "\n  mutation BeginIntervention($id: ID!, $startedOn: String!) {\n    beginIntervention(id: $id, startedOn: $startedOn) {\n      id\n      status\n      startedOn\n    }\n  }\n": types.BeginInterventionDocument,
    "\n  mutation EndIntervention($id: ID!, $status: InterventionStatus!, $endedOn: String!) {\n    endIntervention(id: $id, status: $status, endedOn: $endedOn) {\n      id\n      status\n      begun\n      endedOn\n    }\n  }\n": types.EndInterventionDocument,
    "\n  query FamilyInterventions($id: ID!) {\n    family(id: $id) {\n      id\n      interventions {\n        id\n        status\n        startedOn\n        plannedStartOn\n        begun\n        endedOn\n        model {\n          code\n          number\n          name\n        }\n        leadAgency {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.FamilyInterventionsDocument,
    "\n  query StartInterventionChoices {\n    interventionModels {\n      code\n      number\n      name\n      description\n    }\n    agencies {\n      id\n      name\n    }\n  }\n": types.StartInterventionChoicesDocument,
    "\n  mutation StartIntervention($input: StartInterventionInput!) {\n    startIntervention(input: $input) {\n      id\n      status\n      startedOn\n    }\n  }\n": types.StartInterventionDocument,
    "\n  query InterventionModels {\n    interventionModels {\n      code\n      number\n      name\n      description\n    }\n  }\n": types.InterventionModelsDocument,
    "\n  query FamilyProgress($id: ID!) {\n    family(id: $id) {\n      id\n      outcomeProgress {\n        id\n        problemCode\n        status\n        note\n        effectiveOn\n        updatedAt\n        measure {\n          code\n          description\n          route\n        }\n        history {\n          id\n          status\n          previousStatus\n          note\n          effectiveOn\n          recordedAt\n          recordedBy\n          recorder {\n            id\n            name\n          }\n        }\n      }\n    }\n    headlineProblems(phase: PHASE_2) {\n      code\n      title\n    }\n  }\n": types.FamilyProgressDocument,
    "\n  query OutcomesPlan {\n    outcomesPlan {\n      id\n      name\n      measures {\n        code\n        problemCode\n        route\n        description\n        sustainedForWeeks\n      }\n    }\n    headlineProblems(phase: PHASE_2) {\n      code\n      title\n    }\n  }\n": types.OutcomesPlanDocument,
    "\n  mutation RecordProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      id\n      status\n      effectiveOn\n      measure {\n        code\n        description\n      }\n    }\n  }\n": types.RecordProgressDocument,
    "\n  query AgencyFamilies {\n    families(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n          status\n          area\n          leadWorker {\n            id\n            name\n          }\n          nomination {\n            id\n            nominatedAt\n            agency {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AgencyFamiliesDocument,
    "\n  query NominationChoices {\n    areas {\n      name\n    }\n    headlineProblems(phase: PHASE_2) {\n      code\n      title\n      indicators {\n        code\n        description\n      }\n    }\n  }\n": types.NominationChoicesDocument,
    "\n  mutation NominateFamily($input: NominateFamilyInput!) {\n    nominateFamily(input: $input) {\n      id\n      reference\n    }\n  }\n": types.NominateFamilyDocument,
    "\n  query FamilyHeading($id: ID!) {\n    family(id: $id) {\n      id\n      reference\n    }\n  }\n": types.FamilyHeadingDocument,
    "\n  query FamilyPicker {\n    families(first: 50) {\n      edges {\n        node {\n          id\n          reference\n          area\n        }\n      }\n    }\n  }\n": types.FamilyPickerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeadlineProblems {\n    headlineProblems {\n      code\n      phase\n      title\n      indicators {\n        code\n        description\n      }\n    }\n  }\n"): typeof import('./graphql').HeadlineProblemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyProblems($id: ID!) {\n    family(id: $id) {\n      id\n      reference\n      eligibility {\n        phase2ProblemCount\n        eligible\n      }\n      members {\n        id\n        fullName\n      }\n      headlineProblems {\n        problem {\n          code\n          phase\n          title\n        }\n        evidence {\n          id\n          personId\n          source\n          observedAt\n          indicator {\n            code\n            description\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FamilyProblemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordEvidence($input: RecordEvidenceInput!) {\n    recordEvidence(input: $input) {\n      id\n      personId\n      observedAt\n      indicator {\n        code\n        problemCode\n      }\n    }\n  }\n"): typeof import('./graphql').RecordEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignLeadWorker($familyId: ID!, $workerId: ID!, $reason: String, $expectedVersion: Int, $confirmEligible: Boolean) {\n    assignLeadWorker(familyId: $familyId, workerId: $workerId, reason: $reason, expectedVersion: $expectedVersion, confirmEligible: $confirmEligible) {\n      id\n      version\n      status\n      leadWorker {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AssignLeadWorkerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadWorkerChoices($area: String!) {\n    caseloadOversight(area: $area) {\n      area\n      workers {\n        ...WorkerCaseloadFields\n      }\n    }\n  }\n\n  fragment WorkerCaseloadFields on WorkerCaseload {\n    caseloadCount\n    caseloadLimit\n    overLimit\n    worker {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').LeadWorkerChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyRecordAuditTrail($familyId: ID!) {\n    family(id: $familyId) {\n      id\n      recordAuditTrail {\n        at\n        source\n        actorUsername\n        actorRole\n        action\n        operation\n        fields\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').FamilyRecordAuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCaseloadLimit($workerId: ID!, $limit: Int!) {\n    setCaseloadLimit(workerId: $workerId, limit: $limit) {\n      id\n      name\n      caseloadLimit\n      caseloadCount\n      overLimit\n    }\n  }\n"): typeof import('./graphql').SetCaseloadLimitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCaseload {\n    myCaseload {\n      lastContactOn\n      weeksSinceContact\n      nextSteps\n      family {\n        id\n        reference\n        status\n        area\n        members {\n          id\n          fullName\n          role\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyCaseloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyList($first: Int!, $after: String) {\n    families(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          status\n          area\n          postcode\n          members {\n            id\n            fullName\n          }\n          leadWorker {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FamilyListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyDirectory {\n    agencies {\n      id\n      name\n      type\n    }\n  }\n"): typeof import('./graphql').AgencyDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEngagement($input: AddEngagementInput!) {\n    addEngagement(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').AddEngagementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndEngagement($input: EndEngagementInput!) {\n    endEngagement(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').EndEngagementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCaseNote($input: AddCaseNoteInput!) {\n    addCaseNote(input: $input) {\n      id\n      contactOn\n    }\n  }\n"): typeof import('./graphql').AddCaseNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyChronology($id: ID!) {\n    family(id: $id) {\n      id\n      chronology {\n        at\n        kind\n        summary\n        source\n      }\n    }\n  }\n"): typeof import('./graphql').FamilyChronologyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharingAgreements {\n    informationSharingAgreements {\n      id\n      name\n      reference\n      reviewOn\n      parties {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SharingAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').RecordConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyRecord($id: ID!, $casework: Boolean!) {\n    family(id: $id) {\n      id\n      reference\n      status\n      version\n      area\n      addressLine\n      postcode\n      identifiedBy\n      cohort\n      programmePhase\n      createdAt\n      lastContactOn @include(if: $casework)\n      members {\n        id\n        fullName\n        dateOfBirth\n        role\n        sex\n        school\n        relationships {\n          id\n          kind\n          personId\n          relatedPersonId\n          person {\n            id\n            fullName\n          }\n          relatedPerson {\n            id\n            fullName\n          }\n        }\n        householdHistory {\n          id\n          familyId\n          role\n          joinedOn\n          leftOn\n          reason\n          family {\n            id\n            reference\n          }\n        }\n      }\n      leadWorker {\n        id\n        name\n        caseloadLimit\n        caseloadCount @include(if: $casework)\n        agency {\n          id\n          name\n          type\n        }\n      }\n      leadWorkerHistory {\n        id\n        allocatedOn\n        endedOn\n        reason\n        worker {\n          id\n          name\n        }\n      }\n      nomination {\n        id\n        reason\n        nominatedAt\n        agency {\n          id\n          name\n        }\n      }\n      allowedNextStatuses\n      statusHistory {\n        id\n        fromStatus\n        toStatus\n        reason\n        changedOn\n        changedAt\n      }\n      engagements {\n        id\n        capacity\n        startedOn\n        endedOn\n        active\n        agency {\n          id\n          name\n          type\n        }\n      }\n      consent {\n        ...ConsentRecord\n      }\n      consentHistory {\n        ...ConsentRecord\n      }\n      restrictions {\n        id\n        kind\n        createdAt\n        detailsVisibleToYourRole\n      }\n      caseNotes @include(if: $casework) {\n        id\n        kind\n        contactOn\n        body\n        writtenAt\n        author {\n          id\n          name\n        }\n      }\n    }\n    areas {\n      name\n      mostDisadvantaged\n    }\n  }\n\n  fragment ConsentRecord on Consent {\n    id\n    status\n    scope\n    recordedOn\n    note\n    agencies {\n      id\n      name\n    }\n    givenBy {\n      id\n      fullName\n    }\n    agreement {\n      id\n      name\n      reference\n    }\n  }\n"): typeof import('./graphql').FamilyRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateHousehold($input: UpdateHouseholdInput!) {\n    updateHousehold(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateHouseholdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFamilyMember($familyId: ID!, $member: NewPersonInput!, $expectedVersion: Int) {\n    addFamilyMember(familyId: $familyId, member: $member, expectedVersion: $expectedVersion) {\n      id\n      fullName\n    }\n  }\n"): typeof import('./graphql').AddFamilyMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      fullName\n    }\n  }\n"): typeof import('./graphql').UpdatePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRelationship($input: RecordRelationshipInput!) {\n    recordRelationship(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecordRelationshipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveRelationship($input: RemoveRelationshipInput!) {\n    removeRelationship(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').RemoveRelationshipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestrictedDetails($familyId: ID!, $reason: String!) {\n    restrictedDetails(familyId: $familyId, reason: $reason) {\n      id\n      kind\n      createdAt\n      details\n    }\n  }\n"): typeof import('./graphql').RestrictedDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRestriction($input: AddRestrictionInput!) {\n    addRestriction(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').AddRestrictionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiftRestriction($restrictionId: ID!, $reason: String!) {\n    liftRestriction(restrictionId: $restrictionId, reason: $reason) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').LiftRestrictionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeFamilyStatus($input: ChangeFamilyStatusInput!) {\n    changeFamilyStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').ChangeFamilyStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeFigures {\n    programmeFigures {\n      totalFamilies\n      familiesWithoutLeadWorker\n      leadWorkers\n      averageCaseload\n      byStatus {\n        status\n        families\n      }\n      byArea {\n        area\n        families\n      }\n      byIdentificationRoute {\n        route\n        families\n      }\n      byCohort {\n        cohort\n        families\n      }\n    }\n  }\n"): typeof import('./graphql').ProgrammeFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseloadOversight($area: String!, $staleAfterWeeks: Int!) {\n    caseloadOversight(area: $area, staleAfterWeeks: $staleAfterWeeks) {\n      area\n      unallocated {\n        id\n        reference\n        status\n        version\n        createdAt\n        leadWorker {\n          id\n          name\n        }\n        members {\n          id\n          fullName\n          role\n        }\n      }\n      workers {\n        ...WorkerCaseloadFields\n      }\n      overLimit {\n        ...WorkerCaseloadFields\n      }\n      stale {\n        lastContactOn\n        weeksSinceContact\n        family {\n          id\n          reference\n          status\n          leadWorker {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CaseloadOversightDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchChoices {\n    areas {\n      name\n    }\n    leadWorkers {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').SearchChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchFamilies($filter: FamilySearchInput!, $first: Int!, $after: String) {\n    searchFamilies(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          status\n          area\n          postcode\n          members {\n            id\n            fullName\n          }\n          leadWorker {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchFamiliesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginIntervention($id: ID!, $startedOn: String!) {\n    beginIntervention(id: $id, startedOn: $startedOn) {\n      id\n      status\n      startedOn\n    }\n  }\n"): typeof import('./graphql').BeginInterventionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndIntervention($id: ID!, $status: InterventionStatus!, $endedOn: String!) {\n    endIntervention(id: $id, status: $status, endedOn: $endedOn) {\n      id\n      status\n      begun\n      endedOn\n    }\n  }\n"): typeof import('./graphql').EndInterventionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyInterventions($id: ID!) {\n    family(id: $id) {\n      id\n      interventions {\n        id\n        status\n        startedOn\n        plannedStartOn\n        begun\n        endedOn\n        model {\n          code\n          number\n          name\n        }\n        leadAgency {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FamilyInterventionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartInterventionChoices {\n    interventionModels {\n      code\n      number\n      name\n      description\n    }\n    agencies {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').StartInterventionChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartIntervention($input: StartInterventionInput!) {\n    startIntervention(input: $input) {\n      id\n      status\n      startedOn\n    }\n  }\n"): typeof import('./graphql').StartInterventionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InterventionModels {\n    interventionModels {\n      code\n      number\n      name\n      description\n    }\n  }\n"): typeof import('./graphql').InterventionModelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyProgress($id: ID!) {\n    family(id: $id) {\n      id\n      outcomeProgress {\n        id\n        problemCode\n        status\n        note\n        effectiveOn\n        updatedAt\n        measure {\n          code\n          description\n          route\n        }\n        history {\n          id\n          status\n          previousStatus\n          note\n          effectiveOn\n          recordedAt\n          recordedBy\n          recorder {\n            id\n            name\n          }\n        }\n      }\n    }\n    headlineProblems(phase: PHASE_2) {\n      code\n      title\n    }\n  }\n"): typeof import('./graphql').FamilyProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomesPlan {\n    outcomesPlan {\n      id\n      name\n      measures {\n        code\n        problemCode\n        route\n        description\n        sustainedForWeeks\n      }\n    }\n    headlineProblems(phase: PHASE_2) {\n      code\n      title\n    }\n  }\n"): typeof import('./graphql').OutcomesPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      id\n      status\n      effectiveOn\n      measure {\n        code\n        description\n      }\n    }\n  }\n"): typeof import('./graphql').RecordProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyFamilies {\n    families(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n          status\n          area\n          leadWorker {\n            id\n            name\n          }\n          nomination {\n            id\n            nominatedAt\n            agency {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AgencyFamiliesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NominationChoices {\n    areas {\n      name\n    }\n    headlineProblems(phase: PHASE_2) {\n      code\n      title\n      indicators {\n        code\n        description\n      }\n    }\n  }\n"): typeof import('./graphql').NominationChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NominateFamily($input: NominateFamilyInput!) {\n    nominateFamily(input: $input) {\n      id\n      reference\n    }\n  }\n"): typeof import('./graphql').NominateFamilyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyHeading($id: ID!) {\n    family(id: $id) {\n      id\n      reference\n    }\n  }\n"): typeof import('./graphql').FamilyHeadingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyPicker {\n    families(first: 50) {\n      edges {\n        node {\n          id\n          reference\n          area\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FamilyPickerDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
