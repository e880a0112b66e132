import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../src/accessibility.ts';
import { asWorker, todayParts, type Ask } from '../src/as-worker.ts';
import { launchChromium } from '../src/browser.ts';
import { signedInPortal } from '../src/session.ts';

interface HeldIntervention {
  id: string;
  status: string;
  startedOn: string;
  plannedStartOn: string | null;
  begun: boolean;
  endedOn: string | null;
  model: { code: string };
  leadAgency: { id: string; name: string };
}

let browser: Browser;
let page: Page;
let ask: Ask;
let family: { id: string; reference: string };

const INTERVENTIONS = 'query ($id: ID!) { family(id: $id) { interventions { id status startedOn plannedStartOn begun endedOn model { code } leadAgency { id name } } } }';
const CHRONOLOGY = 'query ($id: ID!) { family(id: $id) { chronology { at kind summary source } } }';
const chronology = async () =>
  (await ask<{ family: { chronology: { at: string; kind: string; summary: string; source: string }[] } }>(CHRONOLOGY, { id: family.id })).family.chronology.filter(
    (entry) => entry.source === 'interventions',
  );
const held = async () => (await ask<{ family: { interventions: HeldIntervention[] } }>(INTERVENTIONS, { id: family.id })).family.interventions;

beforeAll(async () => {
  browser = await launchChromium();
  page = await signedInPortal(browser, 'Sarah Ahmed');
  ask = await asWorker('sarah.ahmed');
  const { myCaseload } = await ask<{ myCaseload: { family: { id: string; reference: string } }[] }>('{ myCaseload { family { id reference } } }');
  family = myCaseload[0]!.family;
});

afterAll(() => browser?.close());

const focused = () => page.evaluate(() => ({ id: document.activeElement?.id ?? '', text: document.activeElement?.textContent ?? '', classes: [...(document.activeElement?.classList ?? [])] }));

async function typeToday() {
  await typeDay(todayParts());
}

async function typeDay(day: { day: string; month: string; year: string }) {
  for (const part of [day.day, day.month, day.year]) {
    await page.keyboard.press('Tab');
    await page.keyboard.type(part);
  }
}

/** A day some weeks ahead in the UK, as the date boxes and the gateway each write it. */
function daysAhead(days: number) {
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(Date.now() + days * 86_400_000));
  const [year, month, day] = iso.split('-');
  return { iso, parts: { day: String(Number(day)), month: String(Number(month)), year: year! } };
}

describe('a lead worker recording interventions', () => {
  const today = todayParts();
  const todayIso = `${today.year}-${today.month.padStart(2, '0')}-${today.day.padStart(2, '0')}`;
  const todayInWords = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${todayIso}T00:00:00Z`));
  let started: HeldIntervention;

  it('starts an intervention for one of their families using only the keyboard, sees it, and Hearth holds it', async () => {
    const before = new Set((await held()).map((intervention) => intervention.id));
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'My caseload' }).click();
    await page.getByRole('link', { name: family.reference, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: family.reference }).waitFor();
    const interventions = page.getByRole('region', { name: 'Interventions' });
    await interventions.getByRole('button', { name: 'Start an intervention' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toMatchObject({ text: 'Start an intervention' });

    // Nothing answered: the error summary takes focus.
    await interventions.getByRole('button', { name: 'Save intervention' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused()).classes).toContain('govuk-error-summary');
    await expectAccessible(page, 'the start intervention form with its errors');

    await interventions.getByLabel('6. Employability support').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect.poll(focused).toMatchObject({ id: 'intervention-lead-agency' });
    // A closed select takes the first letters of an option, as a keyboard user would type them.
    await page.keyboard.type('Families for Change');
    await expect.poll(() => interventions.getByLabel('Lead agency').evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe('Families for Change Team');
    await page.keyboard.press('Tab');
    await expect.poll(focused).toMatchObject({ id: 'intervention-status-ACTIVE' });
    await page.keyboard.press('Space');
    await typeToday();
    await page.keyboard.press('Tab');
    await expect.poll(focused).toMatchObject({ text: 'Save intervention' });
    await page.keyboard.press('Enter');

    const banner = interventions.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    expect(await banner.textContent()).toContain(`Employability support started on ${todayInWords}, led by Families for Change Team`);
    expect((await focused()).classes).toContain('govuk-notification-banner');

    const added = (await held()).filter((intervention) => !before.has(intervention.id));
    expect(added).toEqual([{ id: expect.any(String), status: 'ACTIVE', startedOn: todayIso, plannedStartOn: null, begun: true, endedOn: null, model: { code: 'EMPLOYABILITY_SUPPORT' }, leadAgency: { id: expect.any(String), name: 'Families for Change Team' } }]);
    started = added[0]!;
    const row = interventions.getByRole('row').filter({ has: page.locator(`#end-intervention-${started.id}`) });
    await row.waitFor();
    expect(await row.textContent()).toContain(`6. Employability supportActiveFamilies for Change Team${todayInWords}Not ended`);
    await expectAccessible(page, 'the family page after starting an intervention');
  });

  it('ends it, after checking what will be recorded, and Hearth holds the end', async () => {
    const interventions = page.getByRole('region', { name: 'Interventions' });
    await page.locator(`#end-intervention-${started.id}`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toMatchObject({ text: 'End 6. Employability support' });
    await page.keyboard.press('Tab');
    await expect.poll(focused).toMatchObject({ id: 'end-intervention-status-COMPLETED' });
    await page.keyboard.press('Space');
    await typeToday();
    await page.keyboard.press('Tab');
    await expect.poll(focused).toMatchObject({ text: 'Continue' });
    await page.keyboard.press('Enter');

    await expect.poll(focused).toMatchObject({ text: 'Check before you end the intervention' });
    await expectAccessible(page, 'the check before ending an intervention');
    // Nothing is recorded until the worker confirms.
    expect((await held()).find((intervention) => intervention.id === started.id)).toMatchObject({ status: 'ACTIVE', endedOn: null });
    await page.keyboard.press('Tab');
    await expect.poll(focused).toMatchObject({ text: 'Confirm and end intervention' });
    await page.keyboard.press('Enter');

    const banner = interventions.locator('.govuk-notification-banner--success');
    await expect.poll(() => banner.textContent()).toContain(`Employability support completed on ${todayInWords}`);
    expect((await focused()).classes).toContain('govuk-notification-banner');
    expect((await held()).find((intervention) => intervention.id === started.id)).toMatchObject({ status: 'COMPLETED', endedOn: todayIso });
    await expect.poll(() => page.locator(`#end-intervention-${started.id}`).count()).toBe(0);
    await expectAccessible(page, 'the family page after ending an intervention');
  });

  const planned = daysAhead(30);
  const plannedInWords = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${planned.iso}T00:00:00Z`));

  /** Plans work with the family by keyboard, for a day still to come, and answers what Hearth then holds. */
  async function planByKeyboard(modelLabel: string, modelCode: string): Promise<HeldIntervention> {
    const before = new Set((await held()).map((intervention) => intervention.id));
    const interventions = page.getByRole('region', { name: 'Interventions' });
    await interventions.getByRole('button', { name: 'Start an intervention' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toMatchObject({ text: 'Start an intervention' });
    await interventions.getByLabel(modelLabel).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect.poll(focused).toMatchObject({ id: 'intervention-lead-agency' });
    await page.keyboard.type('Families for Change');
    await page.keyboard.press('Tab');
    await expect.poll(focused).toMatchObject({ id: 'intervention-status-ACTIVE' });
    // Arrows move through a radio group and choose as they go: "No, it is planned to start later".
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toMatchObject({ id: 'intervention-status-PLANNED' });
    await typeDay(planned.parts);
    await page.keyboard.press('Tab');
    await expect.poll(focused).toMatchObject({ text: 'Save intervention' });
    await page.keyboard.press('Enter');

    const banner = interventions.locator('.govuk-notification-banner--success');
    await expect.poll(() => banner.textContent()).toContain(`is planned to start on ${plannedInWords}, led by Families for Change Team`);
    const added = (await held()).filter((intervention) => !before.has(intervention.id));
    expect(added).toEqual([
      {
        id: expect.any(String),
        status: 'PLANNED',
        startedOn: planned.iso,
        plannedStartOn: planned.iso,
        begun: false,
        endedOn: null,
        model: { code: modelCode },
        leadAgency: { id: expect.any(String), name: 'Families for Change Team' },
      },
    ]);
    const row = interventions.getByRole('row').filter({ has: page.locator(`#begin-intervention-${added[0]!.id}`) });
    await row.waitFor();
    expect(await row.textContent()).toContain(`PlannedFamilies for Change TeamPlanned for ${plannedInWords}Not ended`);
    return added[0]!;
  }

  it('plans work for a day still to come, marks it as started on the day it began, and Hearth holds the start and its chronology', async () => {
    const work = await planByKeyboard('4. Stronger Families Opportunities Fund', 'OPPORTUNITIES_FUND');
    const interventions = page.getByRole('region', { name: 'Interventions' });
    await page.locator(`#begin-intervention-${work.id}`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toMatchObject({ text: 'Mark 4. Stronger Families Opportunities Fund as started' });
    // Nothing typed: the error summary takes focus, and axe checks the form with its error.
    await interventions.getByRole('button', { name: 'Mark as started', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused()).classes).toContain('govuk-error-summary');
    await expectAccessible(page, 'the mark as started form with its error');

    await page.locator('#begin-intervention-started-on-day').focus();
    await page.keyboard.type(todayParts().day);
    for (const part of [todayParts().month, todayParts().year]) {
      await page.keyboard.press('Tab');
      await page.keyboard.type(part);
    }
    await page.keyboard.press('Tab');
    await expect.poll(focused).toMatchObject({ text: 'Mark as started' });
    await page.keyboard.press('Enter');

    const banner = interventions.locator('.govuk-notification-banner--success');
    await expect.poll(() => banner.textContent()).toContain(`Stronger Families Opportunities Fund started on ${todayInWords}`);
    expect((await focused()).classes).toContain('govuk-notification-banner');
    expect((await held()).find((intervention) => intervention.id === work.id)).toMatchObject({ status: 'ACTIVE', startedOn: todayIso, plannedStartOn: planned.iso, begun: true, endedOn: null });
    // Started today, not on the day it had been planned for; the plan stays in the chronology.
    const events = (await chronology()).filter((entry) => entry.summary.startsWith('Stronger Families Opportunities Fund'));
    expect(events.map((entry) => [entry.kind, entry.summary])).toEqual(
      expect.arrayContaining([
        ['INTERVENTION_STARTED', 'Stronger Families Opportunities Fund started'],
        ['INTERVENTION_PLANNED', `Stronger Families Opportunities Fund planned, to start on ${planned.iso}`],
      ]),
    );
    expect(events.find((entry) => entry.kind === 'INTERVENTION_STARTED')!.at.slice(0, 10)).toBe(todayIso);
    await expect.poll(() => page.locator(`#begin-intervention-${work.id}`).count()).toBe(0);
    await page.locator(`#end-intervention-${work.id}`).waitFor();
    await expectAccessible(page, 'the family page after marking planned work as started');
  });

  it('withdraws planned work before its planned start, after checking what will be recorded, and Hearth holds it as never begun', async () => {
    const work = await planByKeyboard('5. Evidence based programmes', 'EVIDENCE_BASED_PROGRAMME');
    const interventions = page.getByRole('region', { name: 'Interventions' });
    await page.locator(`#end-intervention-${work.id}`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toMatchObject({ text: 'Withdraw 5. Evidence based programmes' });
    // Planned work is not asked how it ended: it can only be withdrawn.
    expect(await interventions.getByRole('radio', { name: 'Completed' }).count()).toBe(0);
    await typeToday();
    await page.keyboard.press('Tab');
    await expect.poll(focused).toMatchObject({ text: 'Continue' });
    await page.keyboard.press('Enter');

    await expect.poll(focused).toMatchObject({ text: 'Check before you withdraw the intervention' });
    await expectAccessible(page, 'the check before withdrawing planned work');
    expect((await held()).find((intervention) => intervention.id === work.id)).toMatchObject({ status: 'PLANNED', endedOn: null });
    await page.keyboard.press('Tab');
    await expect.poll(focused).toMatchObject({ text: 'Confirm and withdraw intervention' });
    await page.keyboard.press('Enter');

    const banner = interventions.locator('.govuk-notification-banner--success');
    await expect.poll(() => banner.textContent()).toContain(`Evidence based programmes withdrawn on ${todayInWords}, before it started`);
    expect((await focused()).classes).toContain('govuk-notification-banner');
    expect((await held()).find((intervention) => intervention.id === work.id)).toMatchObject({
      status: 'WITHDRAWN',
      startedOn: planned.iso,
      plannedStartOn: planned.iso,
      begun: false,
      endedOn: todayIso,
    });
    expect((await chronology()).map((entry) => entry.summary)).toContain('Evidence based programmes withdrawn before it started');
    const row = interventions.getByRole('row').filter({ hasText: 'Withdrawn before it started' }).filter({ hasText: 'Evidence based programmes' });
    await row.first().waitFor();
    expect(await row.first().textContent()).toContain(`Withdrawn before it startedFamilies for Change TeamPlanned for ${plannedInWords}${todayInWords}`);
    await expect.poll(() => page.locator(`#end-intervention-${work.id}`).count()).toBe(0);
    await expectAccessible(page, 'the family page after withdrawing planned work');
  });
});
