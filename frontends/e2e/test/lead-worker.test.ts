import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../src/accessibility.ts';
import { asWorker, todayParts } from '../src/as-worker.ts';
import { launchChromium } from '../src/browser.ts';
import { signedInPortal } from '../src/session.ts';

interface CaseloadEntry {
  family: { id: string; reference: string; status: string };
  nextSteps: string[];
}

let browser: Browser;
let page: Page;
let caseload: CaseloadEntry[];

beforeAll(async () => {
  browser = await launchChromium();
  page = await signedInPortal(browser, 'Sarah Ahmed');
  const ask = await asWorker('sarah.ahmed');
  ({ myCaseload: caseload } = await ask<{ myCaseload: CaseloadEntry[] }>('{ myCaseload { nextSteps family { id reference status } } }'));
});

afterAll(() => browser?.close());

const humanise = (status: string) => status.charAt(0) + status.slice(1).toLowerCase().replace(/_/g, ' ');

describe('a lead worker', () => {
  it('sees their caseload, the family gone longest without contact first, as Hearth orders it', async () => {
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'My caseload' }).click();
    await page.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor();
    const table = page.locator('[data-section="my-caseload"] table');
    await table.waitFor();
    expect(await table.locator('tbody tr th a').allTextContents()).toEqual(caseload.map((entry) => entry.family.reference));
    await expectAccessible(page, 'my caseload');
  });

  // A family that can still move on; the lead worker then moves it one step.
  const movable = () => caseload.find((entry) => entry.nextSteps.length > 0 && entry.family.status !== 'OUTCOME_ACHIEVED')!;

  it('opens a family from the caseload and adds a case note using only the keyboard', async () => {
    const { family } = movable();
    await page.getByRole('link', { name: family.reference, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: family.reference }).waitFor();
    const notes = page.getByRole('region', { name: 'Case notes' });
    await notes.getByRole('button', { name: 'Add case note' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Add case note');

    // Nothing answered: the error summary takes focus.
    await notes.getByRole('button', { name: 'Add case note' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).toBe(true);
    await expectAccessible(page, 'the case note form with its errors');

    const body = `Home visit ${Date.now()}: Poppy and Ella agreed the attendance plan.`;
    const today = todayParts();
    await notes.getByLabel('Home visit').focus();
    await page.keyboard.press('Space');
    for (const part of [today.day, today.month, today.year]) {
      await page.keyboard.press('Tab');
      await page.keyboard.type(part);
    }
    await page.keyboard.press('Tab');
    await page.keyboard.type(body);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    const banner = page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    expect(await banner.textContent()).toContain(`Case note added to ${family.reference}`);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('govuk-notification-banner'))).toBe(true);
    await notes.getByRole('cell', { name: body }).waitFor();
    await page.getByRole('region', { name: 'Chronology' }).getByText(body, { exact: false }).waitFor();
  });

  it('moves the family to its next status and sees the step in the chronology', async () => {
    const { family, nextSteps } = movable();
    const reason = `Agreed at the Team Around the Family meeting ${Date.now()}`;
    const status = page.getByRole('region', { name: 'Status' });
    await status.getByLabel(humanise(nextSteps[0]!), { exact: true }).check();
    await status.getByLabel('Why?').fill(reason);
    await status.getByRole('button', { name: 'Change status' }).click();

    const banner = page.locator('.govuk-notification-banner--success');
    await expect.poll(() => banner.textContent()).toContain(`${family.reference} is now ${humanise(nextSteps[0]!).toLowerCase()}`);
    const step = `Moved from ${humanise(family.status).toLowerCase()} to ${humanise(nextSteps[0]!).toLowerCase()}: ${reason}`;
    await page.getByRole('region', { name: 'Chronology' }).getByRole('cell', { name: step }).waitFor();
    await status.getByRole('cell', { name: reason }).waitFor();
    await expectAccessible(page, 'the family page after a change of status');
  });
});
