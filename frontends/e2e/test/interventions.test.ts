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
  endedOn: string | null;
  model: { code: string };
  leadAgency: { id: string; name: string };
}

let browser: Browser;
let page: Page;
let ask: Ask;
let family: { id: string; reference: string };

const INTERVENTIONS = 'query ($id: ID!) { family(id: $id) { interventions { id status startedOn endedOn model { code } leadAgency { id name } } } }';
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
  const today = todayParts();
  for (const part of [today.day, today.month, today.year]) {
    await page.keyboard.press('Tab');
    await page.keyboard.type(part);
  }
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
    expect(added).toEqual([{ id: expect.any(String), status: 'ACTIVE', startedOn: todayIso, endedOn: null, model: { code: 'EMPLOYABILITY_SUPPORT' }, leadAgency: { id: expect.any(String), name: 'Families for Change Team' } }]);
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
});
