import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../src/accessibility.ts';
import { asWorker } from '../src/as-worker.ts';
import { launchChromium } from '../src/browser.ts';
import { signedInPortal } from '../src/session.ts';

interface Figures {
  programmeFigures: { totalFamilies: number; byArea: { area: string; families: number }[] };
}

const count = new Intl.NumberFormat('en-GB');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(() => browser?.close());

describe('programme figures', () => {
  it('an analyst opens them from the menu and sees the total Hearth gives them, and every area’s count', async () => {
    const { programmeFigures } = await (await asWorker('tom.lee'))<Figures>('{ programmeFigures { totalFamilies byArea { area families } } }');
    expect(programmeFigures.totalFamilies).toBeGreaterThan(0);

    const page = await signedInPortal(browser, 'Tom Lee');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Programme figures' }).click();
    await page.getByRole('heading', { level: 1, name: 'Programme figures' }).waitFor();
    const figures = page.locator('[data-remote="families"] [data-section="programme-figures"]');
    await figures.waitFor();
    expect(await page.title()).toBe('Programme figures – Hearth');
    expect(await page.locator('[data-figures-scope]').textContent()).toBe('All families in Hearth.');

    const total = figures.locator('.govuk-summary-list__row', { hasText: 'Total families' }).locator('dd span').first();
    expect(await total.textContent()).toBe(count.format(programmeFigures.totalFamilies));

    const areaRows = await figures
      .locator('[data-section="by-area"] tbody tr')
      .evaluateAll((rows) => (rows as HTMLTableRowElement[]).map((row) => [row.cells[0]!.textContent, row.cells[1]!.textContent]));
    expect(areaRows).toEqual(programmeFigures.byArea.map((row) => [row.area, count.format(row.families)]));
    expect(await figures.locator('[data-section="by-status"] tbody tr').count()).toBe(11);

    await expectAccessible(page, 'the programme figures as an analyst sees them');
    await page.close();
  });

  it('is not in a lead worker’s menu', async () => {
    const page = await signedInPortal(browser, 'Sarah Ahmed');
    const menu = page.getByRole('navigation', { name: 'Menu' });
    await menu.getByRole('link', { name: 'My caseload' }).waitFor();
    expect(await menu.getByRole('link', { name: 'Programme figures' }).count()).toBe(0);
    await page.close();
  });
});
