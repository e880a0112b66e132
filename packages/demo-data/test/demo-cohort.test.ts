import { HEADLINE_PROBLEMS, INDICATOR_CODES, INTERVENTION_MODELS, DEFAULT_OUTCOME_MEASURES, PHASE_2_MINIMUM_PROBLEMS } from '@hearth/programme';
import { describe, expect, it } from 'vitest';
import { DEMO_USERS, demoCasework, demoFamilies } from '../src/index.ts';

const families = demoFamilies();
const problemOf = (code: string) => HEADLINE_PROBLEMS.find((p) => p.indicators.some((i) => i.code === code))!;

describe('the demo cohort', () => {
  it('has at least 200 families, every one eligible under Phase 2 (two or more headline problems)', () => {
    expect(families.length).toBeGreaterThanOrEqual(200);
    for (const family of families) {
      const problems = new Set(family.evidence.map((e) => problemOf(e.indicatorCode).code));
      expect(problems.size, family.reference).toBeGreaterThanOrEqual(PHASE_2_MINIMUM_PROBLEMS);
    }
  });

  it('speaks only the programme’s vocabulary', () => {
    const models = new Set(INTERVENTION_MODELS.map((m) => m.code));
    const measures = new Set(DEFAULT_OUTCOME_MEASURES.map((m) => m.code));
    for (const family of families) {
      for (const e of family.evidence) expect(INDICATOR_CODES).toContain(e.indicatorCode);
      for (const i of family.interventions) expect(models.has(i.modelCode)).toBe(true);
      for (const p of family.progress) expect(measures.has(p.measureCode)).toBe(true);
    }
  });

  it('is the same on every machine (stable ids), with unique references and ids', () => {
    expect(families[0]!.id).toBe('47ccea6d-4964-5a54-a655-d5a4b868b019');
    expect(new Set(families.map((f) => f.reference)).size).toBe(families.length);
    const people = families.flatMap((f) => f.members.map((m) => m.id));
    expect(new Set(people).size).toBe(people.length);
  });

  it('gives every allocated family a lead worker, a first contact and a consent decision', () => {
    for (const family of families.filter((f) => f.leadWorkerId)) {
      const casework = demoCasework(family);
      expect(casework.caseNotes.length).toBeGreaterThan(0);
      expect(casework.consent).not.toBeNull();
      expect(casework.statusHistory.at(-1)!.toStatus).toBe(family.status);
    }
  });

  it('has a user to sign in as for every role', () => {
    expect(new Set(DEMO_USERS.map((u) => u.role))).toEqual(new Set(['LEAD_WORKER', 'COORDINATOR', 'MANAGER', 'PARTNER', 'ANALYST']));
  });
});
