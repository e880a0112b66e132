import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../src/accessibility.ts';
import { asWorker, todayParts, type Ask } from '../src/as-worker.ts';
import { launchChromium } from '../src/browser.ts';
import { hearthUrls, signedInPortal } from '../src/session.ts';

interface Progress {
  status: string;
  note: string | null;
  effectiveOn: string;
  measure: { code: string; description: string };
  history: { status: string; previousStatus: string | null; note: string | null; effectiveOn: string; recorder: { name: string } | null }[];
}
interface Family {
  id: string;
  reference: string;
  outcomeProgress: Progress[];
}

const STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'ACHIEVED', 'SUSTAINED'];
const PROGRESS = `query ($id: ID!) {
  family(id: $id) { id reference outcomeProgress { status note effectiveOn measure { code description } history { status previousStatus note effectiveOn recorder { name } } } }
}`;
const humanise = (status: string) => status.charAt(0) + status.slice(1).toLowerCase().replace(/_/g, ' ');

let browser: Browser;
let page: Page;
let ask: Ask;
let family: Family;
let measure: Progress;

beforeAll(async () => {
  browser = await launchChromium();
  page = await signedInPortal(browser, 'Sarah Ahmed');
  ask = await asWorker('sarah.ahmed');
  const { myCaseload } = await ask<{ myCaseload: { family: Family }[] }>(`{ myCaseload { family { id reference outcomeProgress { measure { code } } } } }`);
  // The last of her families with progress: the lead worker test changes the first.
  const withProgress = myCaseload.filter((entry) => entry.family.outcomeProgress.length > 0).at(-1)!.family;
  family = (await ask<{ family: Family }>(PROGRESS, { id: withProgress.id })).family;
  measure = family.outcomeProgress[0]!;
});

afterAll(() => browser?.close());

describe('a lead worker recording progress against the Outcomes Plan', () => {
  it('records where the family stands using only the keyboard, sees the table change, and the gateway has it', async () => {
    const to = STATUSES[(STATUSES.indexOf(measure.status) + 1) % STATUSES.length]!;
    const note = `School's figures ${Date.now()}: attendance above 90% this half term`;
    const today = todayParts();

    await page.goto(`${hearthUrls().portal}/families/${family.id}`);
    await page.getByRole('heading', { level: 1, name: family.reference }).waitFor();
    const section = page.getByRole('region', { name: 'Progress against the Outcomes Plan' });
    await section.getByRole('table', { name: 'The family’s progress, measure by measure' }).waitFor();

    await section.getByRole('button', { name: 'Record progress' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Record progress');

    // Nothing answered: the error summary takes focus.
    const measureSelect = section.getByLabel('Measure of the Outcomes Plan');
    await measureSelect.waitFor();
    await section.getByRole('button', { name: 'Record progress' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).toBe(true);
    await expectAccessible(page, 'the progress form with its errors');

    // The summary's first link takes the worker to the measure, then the keyboard does the rest.
    await section.getByRole('link', { name: 'Select the measure of the Outcomes Plan' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('record-progress-measure');
    for (let i = 0; i < 20 && (await measureSelect.inputValue()) !== measure.measure.code; i++) await page.keyboard.press('ArrowDown');
    expect(await measureSelect.inputValue()).toBe(measure.measure.code);
    await section.getByText(`Now: ${humanise(measure.status).toLowerCase()}`).waitFor();

    await page.keyboard.press('Tab');
    const index = STATUSES.indexOf(to);
    if (index === 0) await page.keyboard.press('Space');
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    expect(await section.getByRole('radio', { name: humanise(to), exact: true }).isChecked()).toBe(true);
    for (const part of [today.day, today.month, today.year]) {
      await page.keyboard.press('Tab');
      await page.keyboard.type(part);
    }
    await page.keyboard.press('Tab');
    await page.keyboard.type(note);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    const banner = page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    expect(await banner.textContent()).toContain(`${measure.measure.description}: ${humanise(to).toLowerCase()} since`);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('govuk-notification-banner'))).toBe(true);
    const row = section.getByRole('table', { name: 'The family’s progress, measure by measure' }).getByRole('row').filter({ hasText: measure.measure.description });
    await row.getByText(note).waitFor();
    expect(await row.locator('.govuk-tag').textContent()).toBe(humanise(to));

    const history = section.locator(`details[data-measure="${measure.measure.code}"]`);
    await history.locator('summary').focus();
    await page.keyboard.press('Enter');
    const newest = history.getByRole('row').nth(1);
    await newest.getByText(note).waitFor();
    expect(await newest.textContent()).toContain(`${humanise(measure.status)}${humanise(to)}`);
    expect(await newest.textContent()).toContain('Sarah Ahmed');
    await expectAccessible(page, 'the family page after recording progress');

    const after = (await ask<{ family: Family }>(PROGRESS, { id: family.id })).family.outcomeProgress.find((p) => p.measure.code === measure.measure.code)!;
    const day = `${today.year}-${today.month.padStart(2, '0')}-${today.day.padStart(2, '0')}`;
    expect(after).toMatchObject({ status: to, note, effectiveOn: day });
    expect(after.history).toHaveLength(measure.history.length + 1);
    expect(after.history[0]).toEqual({ status: to, previousStatus: measure.status, note, effectiveOn: day, recorder: { name: 'Sarah Ahmed' } });
  });
});
